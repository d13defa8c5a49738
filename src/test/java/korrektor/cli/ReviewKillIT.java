package korrektor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import korrektor.batch.DecisionFile;
import korrektor.submission.Overrides;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The review server killed (SIGKILL) in the middle of a decision: overrides.csv holds either the
 * decisions before it or those after it, never a damaged file. The server runs in a JVM of its own,
 * made to pause halfway through writing the file ({@code korrektor.review.writePauseMillis}), and
 * is killed before, during and after that write.
 */
class ReviewKillIT {
  private static final long PAUSE = 2000;

  @TempDir Path dir;

  @ParameterizedTest(name = "killed {0} ms after the decision was sent")
  @ValueSource(longs = {50, 1000, 1800, 5000})
  void overridesAreBeforeOrAfterTheDecisionNeverDamaged(long killAfterMillis) throws Exception {
    Path in = ReviewFixtures.submissions(dir);
    Path out = dir.resolve("out");
    ReviewFixtures.grade(in, out);
    String handWritten =
        "student,item,points,comment\n101,17/forward/h@1,0.25,\"hand-written, kept\"\n";
    Files.writeString(out.resolve("overrides.csv"), handWritten, StandardCharsets.UTF_8);

    Process server = start(out);
    try {
      String uri = address(server);
      HttpClient http = HttpClient.newHttpClient();
      // a first decision completes: the file is "before" for the one the kill interrupts
      assertThat(decide(http, uri, "102", "0.5").get(30, TimeUnit.SECONDS).statusCode())
          .isEqualTo(200);
      String before = Files.readString(out.resolve("overrides.csv"));
      assertThat(before)
          .isEqualTo(handWritten + DecisionFile.MARKER + "\n102,17/forward/h@2,0.5,\n");
      String after = before + "103,17/forward/h@2,0.25,\n";

      CompletableFuture<HttpResponse<String>> pending = decide(http, uri, "103", "0.25");
      Thread.sleep(killAfterMillis);
      server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      pending.handle((r, e) -> null).get(30, TimeUnit.SECONDS);

      String now = Files.readString(out.resolve("overrides.csv"));
      assertThat(now).isIn(before, after);
      if (killAfterMillis == 1000) {
        assertThat(now).as("killed halfway through writing").isEqualTo(before);
      }
      if (killAfterMillis == 5000) {
        assertThat(now).isEqualTo(after);
      }
      // and it is a file grade reads without a problem
      assertThat(Overrides.read(out.resolve("overrides.csv")).problems()).isEmpty();
      assertThat(ReviewFixtures.grade(in, out)).isIn(0, 1);
      assertThat(Files.readString(out.resolve("grades.csv"))).contains("102,Ben Roth,");
    } finally {
      server.destroyForcibly();
    }
  }

  private static Process start(Path out) throws Exception {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-Djava.awt.headless=true",
                "-Dkorrektor.review.writePauseMillis=" + PAUSE,
                "-cp",
                System.getProperty("java.class.path"),
                "korrektor.cli.Main",
                "review",
                out.toString(),
                "--port",
                "0"));
    return new ProcessBuilder(cmd).redirectErrorStream(true).start();
  }

  /** Reads the server's output until it prints its address. */
  private static String address(Process p) throws Exception {
    BufferedReader r =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    CompletableFuture<String> found =
        CompletableFuture.supplyAsync(
            () -> {
              StringBuilder seen = new StringBuilder();
              try {
                for (String line; (line = r.readLine()) != null; ) {
                  seen.append(line).append('\n');
                  int at = line.indexOf("http://127.0.0.1:");
                  if (at >= 0) {
                    Thread drain =
                        new Thread(
                            () -> {
                              try {
                                while (r.readLine() != null) {
                                  // keep the pipe empty
                                }
                              } catch (java.io.IOException e) {
                                // the process ended
                              }
                            });
                    drain.setDaemon(true);
                    drain.start();
                    return line.substring(at).strip();
                  }
                }
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
              throw new IllegalStateException("review printed no address:\n" + seen);
            });
    return found.get(120, TimeUnit.SECONDS);
  }

  private static CompletableFuture<HttpResponse<String>> decide(
      HttpClient http, String uri, String student, String points) {
    String body =
        "{\"keys\":[{\"student\":\""
            + student
            + "\",\"item\":\"17/forward/h@2\"}],\"points\":\""
            + points
            + "\",\"comment\":\"\"}";
    return http.sendAsync(
        HttpRequest.newBuilder(URI.create(uri + "api/decide"))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
