package korrektor.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a submissions folder may hold that is no student's plain file: links, pipes, deep folders,
 * one id twice.
 */
class SubmissionFolderHostilityTest {
  @TempDir Path dir;
  @TempDir Path elsewhere;

  private Submission only(List<Submission> all, String id) {
    return all.stream().filter(s -> s.student().id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void refusesSymbolicLinksInsteadOfFollowingThem() throws Exception {
    Path secret = Files.writeString(elsewhere.resolve("secret.txt"), "h(1) = 0.2610");
    Files.createSymbolicLink(dir.resolve("100001_Link_Top.csv"), secret);
    Files.createDirectories(dir.resolve("100002_Link_Inside"));
    Files.createSymbolicLink(dir.resolve("100002_Link_Inside/answers.csv"), secret);
    Files.writeString(dir.resolve("100002_Link_Inside/real.csv"), "t;h\n1;0,26\n");

    List<Submission> all = SubmissionFinder.find(dir);

    assertThat(only(all, "100001").files()).isEmpty();
    assertThat(only(all, "100001").refused())
        .singleElement()
        .asString()
        .contains("symbolic link")
        .contains("never followed");
    assertThat(only(all, "100002").files())
        .extracting(p -> p.getFileName().toString())
        .containsExactly("real.csv");
    assertThat(only(all, "100002").refused()).singleElement().asString().contains("answers.csv");
  }

  @Test
  void refusesPipesWithARow() throws Exception {
    Path fifo = dir.resolve("100003_Pipe_Student.csv");
    Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertThat(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0).isTrue();

    Submission s = only(SubmissionFinder.find(dir), "100003");

    assertThat(s.files()).isEmpty();
    assertThat(s.refused()).singleElement().asString().contains("not a regular file");
  }

  @Test
  void findsFilesElevenFoldersDownAndRefusesBeyondTheDepthLimit() throws Exception {
    Path deep = dir.resolve("100004_Deep_Student/a/b/c/d/e/f/g/h/i/j/k");
    Files.createDirectories(deep);
    Files.writeString(deep.resolve("x.csv"), "t;h\n1;0,26\n");
    Path tooDeep = dir.resolve("100005_Deeper_Student");
    for (int i = 0; i < SubmissionFinder.MAX_DEPTH + 2; i++) {
      tooDeep = tooDeep.resolve("d");
    }
    Files.createDirectories(tooDeep);
    Files.writeString(tooDeep.resolve("x.csv"), "t;h\n1;0,26\n");

    List<Submission> all = SubmissionFinder.find(dir);

    assertThat(only(all, "100004").files()).hasSize(1);
    assertThat(only(all, "100005").refused())
        .singleElement()
        .asString()
        .contains("nested more than");
  }

  @Test
  void oneIdWithTwoNamesIsTwoRowsAndAWarning() throws Exception {
    Files.writeString(dir.resolve("271001_Anna_Becker.csv"), "t;h\n1;0,26\n");
    Files.writeString(dir.resolve("271001_Mallory_Evil.csv"), "t;h\n1;0,99\n");

    List<Submission> all = SubmissionFinder.find(dir);

    assertThat(all)
        .extracting(s -> s.student().name())
        .containsExactly("Anna Becker", "Mallory Evil");
    assertThat(SubmissionFinder.warnings(all))
        .singleElement()
        .asString()
        .contains("271001")
        .contains("Anna Becker")
        .contains("Mallory Evil");
  }

  @Test
  void aNewlineInAFolderNameStillGivesTheIdAndAOneLineName() throws Exception {
    Files.createDirectories(dir.resolve("100006_New\nLine"));
    Files.writeString(dir.resolve("100006_New\nLine/a.csv"), "t;h\n1;0,26\n");

    Submission s = only(SubmissionFinder.find(dir), "100006");

    assertThat(s.student().name()).isEqualTo("New Line");
  }
}
