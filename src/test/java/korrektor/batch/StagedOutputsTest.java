package korrektor.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagedOutputsTest {
  @TempDir Path out;

  private void previousRun() throws Exception {
    Files.writeString(out.resolve("results.json"), "old");
    Files.createDirectories(out.resolve("feedback"));
    Files.writeString(out.resolve("feedback/a.md"), "old a");
    Files.writeString(out.resolve("feedback/gone.md"), "old gone");
    Files.writeString(out.resolve("report.html"), "old report");
  }

  @Test
  void publishesTheWholeSetAndRemovesWhatThisRunDidNotWrite() throws Exception {
    previousRun();
    StagedOutputs s = StagedOutputs.begin(out);
    Files.writeString(s.folder().resolve("results.json"), "new");
    Files.createDirectories(s.folder().resolve("feedback"));
    Files.writeString(s.folder().resolve("feedback/a.md"), "new a");
    s.publish(List.of("results.json", "feedback", "report.html"));

    assertThat(out.resolve("results.json")).hasContent("new");
    assertThat(out.resolve("feedback/a.md")).hasContent("new a");
    assertThat(out.resolve("feedback/gone.md")).doesNotExist();
    assertThat(out.resolve("report.html")).doesNotExist();
    assertThat(out.resolve(StagedOutputs.STAGING)).doesNotExist();
    assertThat(out.resolve(StagedOutputs.JOURNAL)).doesNotExist();
  }

  @Test
  void aRunKilledWhileWritingLeavesThePreviousSet() throws Exception {
    previousRun();
    StagedOutputs s = StagedOutputs.begin(out);
    Files.writeString(s.folder().resolve("results.json"), "new"); // killed here

    StagedOutputs.begin(out); // the next run
    assertThat(out.resolve("results.json")).hasContent("old");
    assertThat(out.resolve("feedback/a.md")).hasContent("old a");
  }

  @Test
  void aRunKilledWhileMovingIsCompletedByTheNextRun() throws Exception {
    previousRun();
    StagedOutputs s = StagedOutputs.begin(out);
    Files.writeString(s.folder().resolve("results.json"), "new");
    Files.createDirectories(s.folder().resolve("feedback"));
    Files.writeString(s.folder().resolve("feedback/a.md"), "new a");
    // killed after the journal and the first move
    Files.writeString(out.resolve(StagedOutputs.JOURNAL), "+results.json\n+feedback\n");
    Files.move(
        s.folder().resolve("results.json"),
        out.resolve("results.json"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);

    StagedOutputs next = StagedOutputs.begin(out);
    assertThat(next.recovered()).isTrue();
    assertThat(out.resolve("results.json")).hasContent("new");
    assertThat(out.resolve("feedback/a.md")).hasContent("new a");
    assertThat(out.resolve("feedback/gone.md")).doesNotExist();
  }
}
