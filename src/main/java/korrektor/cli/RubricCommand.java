package korrektor.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import korrektor.grade.Points;
import korrektor.rubric.Diagnostic;
import korrektor.rubric.RubricReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code korrektor rubric check FILE}: validates a rubric; {@code rubric try}: tries text against it. */
@Command(name = "rubric", description = "Work with rubrics.", subcommands = {RubricCommand.Check.class, RubricTry.class},
    mixinStandardHelpOptions = true)
final class RubricCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "check", mixinStandardHelpOptions = true,
      description = "Validates a rubric: unknown keys, wrong types, points that don't add up, unknown quantities, "
          + "an invalid model. Prints file:line:column: error: message (hint). Exits 2 on errors.")
  static final class Check implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The rubric to check.")
    Path file;

    @Override
    public Integer call() {
      RubricReader.Result r = RubricReader.check(file);
      for (Diagnostic d : r.diagnostics()) {
        (d.isError() ? spec.commandLine().getErr() : spec.commandLine().getOut()).println(d);
      }
      if (r.hasErrors()) {
        long n = r.diagnostics().stream().filter(Diagnostic::isError).count();
        spec.commandLine().getErr().println(n + (n == 1 ? " error" : " errors") + " in " + file);
        return 2;
      }
      var rubric = r.rubricOrNull();
      spec.commandLine().getOut().printf("%s: ok (%s, %d questions, %s points)%n", file, rubric.id(),
          rubric.questions().size(), korrektor.grade.Points.format(rubric.maxScore()));
      return 0;
    }
  }
}
