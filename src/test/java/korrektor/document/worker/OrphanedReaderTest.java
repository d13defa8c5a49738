package korrektor.document.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A reader process does not outlive the Korrektor that started it, even while its stdin stays open. */
class OrphanedReaderTest {
  @Test
  void aReaderProcessEndsWhenTheProcessThatStartedItIsKilled() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    // `sleep` writes nothing into the parent's stdin, which the reader inherits, and keeps it open:
    // the reader never sees the end of its input
    List<Process> pipeline = ProcessBuilder.startPipeline(List.of(new ProcessBuilder("sleep", "120"),
        new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), ReaderParent.class.getName())
            .redirectError(ProcessBuilder.Redirect.DISCARD)));
    Process stdinHolder = pipeline.get(0);
    Process parent = pipeline.get(1);
    ProcessHandle reader = null;
    try {
      String pid = new BufferedReader(new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8)).readLine();
      reader = ProcessHandle.of(Long.parseLong(pid.strip())).orElseThrow();
      Thread.sleep(1000); // the reader is up and waiting for a request
      assertThat(reader.isAlive()).isTrue();

      parent.destroyForcibly();
      parent.waitFor(10, TimeUnit.SECONDS);

      reader.onExit().get(20, TimeUnit.SECONDS);
      assertThat(reader.isAlive()).isFalse();
    } finally {
      parent.destroyForcibly();
      stdinHolder.destroyForcibly();
      if (reader != null) {
        reader.destroyForcibly();
      }
    }
  }
}
