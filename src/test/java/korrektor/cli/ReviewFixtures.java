package korrektor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import korrektor.lms.MoodleFixtures;
import picocli.CommandLine;

/**
 * A small Moodle download made here for the review page: Anna, Ben and Cem each hand in the same
 * two tables that disagree on h at t=2 (0,3907 and 0,9100), so their h@2 is one answer group of
 * three; Dora's second table says 0,8000, a group of her own. Graded in this process.
 */
final class ReviewFixtures {
  static final String AT = "2024-05-03T14:05:00+02:00";
  static final String[] STUDENTS = {
    "Anna Becker_101", "Ben Roth_102", "Cem Arslan_103", "Dora Weiss_104"
  };

  private ReviewFixtures() {}

  /** Writes the submissions folder under {@code dir} and returns it. */
  static Path submissions(Path dir) throws IOException {
    Path in = dir.resolve("download");
    for (String s : STUDENTS) {
      Path d = Files.createDirectories(in.resolve(s + "_assignsubmission_file"));
      Files.writeString(d.resolve("a.csv"), MoodleFixtures.GOOD_CSV, StandardCharsets.UTF_8);
      String other =
          s.startsWith("Dora")
              ? MoodleFixtures.GOOD_CSV.replace("0,3907", "0,8000")
              : MoodleFixtures.CONFLICTING_CSV;
      Files.writeString(d.resolve("b.csv"), other, StandardCharsets.UTF_8);
    }
    return in;
  }

  /** The arguments of the grade run the review is over. */
  static String[] gradeArgs(Path in, Path out) {
    return new String[] {
      "grade",
      in.toString(),
      "--rubric",
      "rubrics/sheet09.yaml",
      "--out",
      out.toString(),
      "--no-isolation",
      "--no-pdf",
      "--threads",
      "1",
      "--graded-at",
      AT
    };
  }

  static int grade(Path in, Path out) {
    StringWriter sink = new StringWriter();
    return Main.run(new PrintWriter(sink), new PrintWriter(sink), gradeArgs(in, out));
  }

  /** A review server started in this process on a free port; close it to stop it. */
  static final class Running implements AutoCloseable {
    final ReviewCommand command = new ReviewCommand();
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    private final Thread thread;

    Running(Path outFolder) throws Exception {
      CommandLine cl = new CommandLine(command);
      cl.setOut(new PrintWriter(out, true));
      cl.setErr(new PrintWriter(err, true));
      thread =
          new Thread(() -> cl.execute(outFolder.toString(), "--port", "0"), "review-under-test");
      thread.setDaemon(true);
      thread.start();
      long until = System.nanoTime() + Duration.ofSeconds(120).toNanos();
      while (!command.started.await(200, TimeUnit.MILLISECONDS)) {
        if (!thread.isAlive() || System.nanoTime() > until) {
          throw new IllegalStateException("review did not start: " + out + err);
        }
      }
    }

    String uri() {
      return command.server.uri().toString();
    }

    @Override
    public void close() throws InterruptedException {
      command.stop();
      thread.join(10_000);
    }
  }
}
