package korrektor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import korrektor.batch.BatchGrader;
import korrektor.integrity.SimilarityReport;
import korrektor.web.ReviewServer;
import korrektor.web.ReviewSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code korrektor review OUT}: the tutor's review page over a {@code grade} output folder. It
 * grades the submissions again exactly as the {@code grade} run that wrote OUT (its arguments are
 * recorded there), keeps that batch, and applies each decision to it the way {@code grade} applies
 * overrides.csv; "publish" writes the outputs with {@code grade}'s own code.
 */
@Command(
    name = "review",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the review page for a grade output folder OUT on 127.0.0.1: the queue grouped by item and "
          + "by identical answer, the student's work around each value, point buttons; every decision is written to "
          + "overrides.csv at once, and Publish rewrites grades.csv, feedback, worksheet.csv and feedback.zip as grade "
          + "would. The address printed at start holds a random token; only it opens the page.",
      "Stop it with Ctrl-C. See docs/review.md."
    })
final class ReviewCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "OUT", description = "The output folder of a grade run.")
  Path out;

  @Option(
      names = "--port",
      defaultValue = "8080",
      paramLabel = "PORT",
      description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  /** Counted down when the server is listening (tests). */
  final CountDownLatch started = new CountDownLatch(1);

  volatile ReviewServer server;
  private final CountDownLatch stopped = new CountDownLatch(1);

  /** Stops the server and lets {@link #call} return (tests; Ctrl-C ends the JVM instead). */
  void stop() {
    ReviewServer s = server;
    if (s != null) {
      s.close();
    }
    stopped.countDown();
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path runFile = out.resolve(GradeCommand.RUN_FILE);
    if (!Files.isRegularFile(runFile)) {
      err.println(
          out
              + ": not the output folder of a grade run (no "
              + GradeCommand.RUN_FILE
              + "); run grade with --out "
              + out
              + " first (a folder written by an older Korrektor needs one grade run again).");
      return 2;
    }
    List<String> args = new ArrayList<>(Files.readAllLines(runFile, StandardCharsets.UTF_8));
    int o = args.indexOf("--out");
    if (o >= 0 && o + 1 < args.size()) {
      args.set(
          o + 1, out.toAbsolutePath().normalize().toString()); // the folder may have moved since
    }
    GradeCommand grade = new GradeCommand();
    CommandLine gradeLine = new CommandLine(grade);
    gradeLine.setOut(stdout);
    gradeLine.setErr(err);
    try {
      gradeLine.parseArgs(args.toArray(String[]::new));
    } catch (CommandLine.ParameterException e) {
      err.println(runFile + ": " + e.getMessage() + "; run grade with --out " + out + " again.");
      return 2;
    }
    stdout.println("Grading the submissions again as " + runFile + " records…");
    stdout.flush();
    GradeCommand.Batch batch = grade.gradeBatch(err);
    if (batch.exitCode() != null) {
      return batch.exitCode();
    }
    List<SimilarityReport.Pair> pairs =
        SimilarityReport.of(batch.graded().stream().map(BatchGrader.Graded::fingerprint).toList())
            .pairs();
    ReviewSession session =
        new ReviewSession(
            batch.rubric(),
            batch.graded().stream().map(BatchGrader.Graded::result).toList(),
            pairs,
            batch.root(),
            grade.overridesPath(),
            () -> {
              StringWriter w = new StringWriter();
              StringWriter e = new StringWriter();
              int code = grade.writeOutputs(batch, new PrintWriter(w), new PrintWriter(e));
              err.print(e);
              err.flush();
              return "grade's outputs written (exit code " + code + ")";
            });
    try {
      server = ReviewServer.start(session, out, port, err);
    } catch (IOException e) {
      err.println(
          "Cannot listen on 127.0.0.1:"
              + port
              + " ("
              + e.getMessage()
              + "); choose another --port.");
      return 2;
    }
    ReviewServer s = server;
    Thread stop = new Thread(s::close, "korrektor-review-shutdown");
    Runtime.getRuntime().addShutdownHook(stop);
    stdout.println("Review page for " + batch.rubric().title() + ": " + s.uri());
    stdout.println(
        "Decisions go to " + grade.overridesPath() + " as they are made. Stop with Ctrl-C.");
    stdout.flush();
    started.countDown();
    stopped.await(); // until Ctrl-C or stop()
    try {
      Runtime.getRuntime().removeShutdownHook(stop);
    } catch (IllegalStateException e) {
      // shutting down: the hook closes it
    }
    s.close();
    return 0;
  }
}
