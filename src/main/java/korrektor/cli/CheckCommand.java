package korrektor.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import korrektor.batch.IsolatedReader;
import korrektor.document.ReadLimits;
import korrektor.document.read.DocumentReaders;
import korrektor.grade.Points;
import korrektor.rubric.Rubric;
import korrektor.web.SelfCheck;
import korrektor.web.SelfCheckReport;
import korrektor.web.SelfCheckReport.ItemCheck;
import korrektor.web.SelfCheckReport.QuestionCheck;
import korrektor.web.SelfCheckReport.State;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code korrektor check FILE --rubric R}: a student's self-check of one file before handing it in.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Checks one submission the way it will be graded and says, per question, what was found, "
          + "what is fine and what to look at again, with hints. Expected values are never shown unless the "
          + "rubric says reveal: after-deadline.",
      "Exit code 0 when all is fine, 1 when something needs another look or the file cannot be read, 2 for a usage or rubric error."
    })
final class CheckCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  @Mixin RubricOption rubric = new RubricOption();

  @Parameters(
      paramLabel = "FILE",
      arity = "1..*",
      description =
          "Your submission, e.g. 271001_Anna_Becker.xlsx; several"
              + " files handed in together (values.csv plot.png) are checked together.")
  List<Path> files;

  @Option(names = "--json", description = "Print the result as JSON instead of text.")
  boolean json;

  @Option(
      names = "--file-timeout",
      paramLabel = "SECONDS",
      defaultValue = "20",
      description = "Time allowed to read the file (default: ${DEFAULT-VALUE}).")
  int fileTimeout;

  @Option(
      names = "--isolation",
      description =
          "Read the file in a separate reader process with its own memory and time "
              + "limit, as `grade` and `serve` do. Off by default: `check` reads the student's own file, and a second JVM "
              + "doubles the start-up time.")
  boolean isolation;

  @Option(names = "--no-isolation", hidden = true, description = "The default; kept for scripts.")
  boolean noIsolation;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Rubric r = rubric.load(spec);
    if (r == null) {
      return 2;
    }
    for (Path file : files) {
      if (!Files.isRegularFile(file)) {
        err.println(
            file
                + ": no such file. Give the file you want to hand in, e.g. 271001_Anna_Becker.xlsx.");
        return 2;
      }
    }
    if (fileTimeout < 1) {
      err.println("--file-timeout must be at least 1 (seconds).");
      return 2;
    }
    SelfCheckReport report;
    if (isolation && !noIsolation) {
      try (SelfCheck check =
          SelfCheck.isolated(
              r,
              rubric.text,
              rubric.file.toString(),
              ReadLimits.DEFAULT,
              new IsolatedReader.Options(Duration.ofSeconds(fileTimeout), 256),
              1)) {
        report = check.check(files, Long.MAX_VALUE);
      }
    } else {
      report =
          new SelfCheck(
                  r, (f, name) -> DocumentReaders.standard().read(f, name, ReadLimits.DEFAULT))
              .check(files, Long.MAX_VALUE);
    }
    if (json) {
      out.println(
          new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
    } else {
      print(out, report);
    }
    return report.outcome() == SelfCheckReport.Outcome.FINE ? 0 : 1;
  }

  /**
   * The report as a student reads it, in the rubric's language: a line per question, then what to
   * look at again.
   */
  static void print(PrintWriter out, SelfCheckReport r) {
    korrektor.grade.Messages m = korrektor.grade.Messages.of(r.language());
    out.println(r.file() + " — " + r.sheet());
    out.println(m.get(r.expectedShown() ? "check.cli.expectedShown" : "check.cli.expectedHidden"));
    out.println();
    if (r.outcome() == SelfCheckReport.Outcome.UNREADABLE) {
      out.println(m.get("check.cli.unreadable"));
      r.problems().forEach(p -> out.println("  " + p));
      return;
    }
    for (QuestionCheck q : r.questions()) {
      StringBuilder line =
          new StringBuilder(m.get("check.cli.question", q.id(), q.title(), q.state().words(m)));
      if (q.valuesAsked() > 0) {
        line.append(m.get("check.cli.counts", q.valuesFound(), q.valuesAsked(), q.valuesFine()));
      }
      out.println(line);
      for (ItemCheck i : q.items()) {
        if (i.state() == State.FINE) {
          continue;
        }
        StringBuilder s =
            new StringBuilder(
                String.format(Locale.ROOT, "  %-10s %s", i.state().words(m), i.item()));
        if (i.yourValue() != null) {
          s.append(
              m.get(
                  "check.cli.youWrote",
                  i.yourValue(),
                  i.where() != null ? m.get("check.cli.in", i.where()) : ""));
        }
        if (i.expected() != null) {
          s.append(m.get("check.cli.expected", i.expected()));
        }
        if (i.hint() != null && !(i.state() == State.FOUND)) {
          s.append(": ").append(i.hint());
        } else if (i.state() == State.FOUND) {
          s.append(m.get("check.cli.tutorGrades"))
              .append(i.where() != null ? m.get("check.cli.foundIn", i.where()) : "");
        }
        out.println(s);
      }
    }
    if (!r.problems().isEmpty()) {
      out.println();
      r.problems().forEach(p -> out.println(m.get("check.cli.note") + " " + p));
    }
    out.println();
    out.println(
        m.get("check.cli.points", Points.format(r.score()), Points.format(r.maxScore()))
            + (r.pendingPoints() > 0
                ? "; " + m.get("check.pending", Points.format(r.pendingPoints()))
                : ""));
    out.println(
        m.get(
            r.outcome() == SelfCheckReport.Outcome.FINE
                ? "check.outcome.fine"
                : "check.cli.lookAgain"));
  }
}
