package korrektor.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import korrektor.grade.Points;
import korrektor.rubric.Diagnostic;
import korrektor.rubric.RubricReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code korrektor rubric check FILE}: validates a rubric; {@code rubric try}: tries text against
 * it.
 */
@Command(
    name = "rubric",
    description = "Work with rubrics.",
    subcommands = {RubricCommand.Check.class, RubricTry.class},
    mixinStandardHelpOptions = true)
final class RubricCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "check",
      mixinStandardHelpOptions = true,
      description =
          "Validates a rubric: unknown keys, wrong types, points that don't add up, unknown quantities, "
              + "an invalid model. Prints file:line:column: error: message (hint). Exits 2 on errors.")
  static final class Check implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The rubric to check.")
    Path file;

    /**
     * Prints the whole report, each diagnostic on its own line in line order, to one stream: stdout
     * when the rubric is usable, stderr when it has errors. (Warnings on stdout and errors on
     * stderr ran together when a terminal or a log showed one stream after the other.)
     */
    @Override
    public Integer call() {
      RubricReader.Result r = RubricReader.check(file);
      java.io.PrintWriter report =
          r.hasErrors() ? spec.commandLine().getErr() : spec.commandLine().getOut();
      for (Diagnostic d : r.diagnostics()) {
        report.println(d);
      }
      if (r.hasErrors()) {
        long n = r.diagnostics().stream().filter(Diagnostic::isError).count();
        long w = r.diagnostics().size() - n;
        report.println(
            n
                + (n == 1 ? " error" : " errors")
                + (w == 0 ? "" : " and " + w + (w == 1 ? " warning" : " warnings"))
                + " in "
                + file);
        report.flush();
        return 2;
      }
      var rubric = r.rubricOrNull();
      report.printf(
          "%s: ok (%s, %d questions, %s points)%n",
          file, rubric.id(), rubric.questions().size(), Points.format(rubric.maxScore()));
      report.flush();
      return 0;
    }
  }
}
