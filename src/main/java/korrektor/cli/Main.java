package korrektor.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code korrektor} command: grades exercise-sheet submissions against a rubric. */
@Command(
    name = "korrektor",
    mixinStandardHelpOptions = true,
    version = "korrektor 0.1.0",
    description = "Grades students' exercise sheets against a rubric and a reference model.",
    subcommands = {GradeCommand.class, ReviewCommand.class, CheckCommand.class, ServeCommand.class, SolveCommand.class, RubricCommand.class,
        ExtractCommand.class, BenchCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:all fine", "1:some submissions could not be read (status error) or a check found problems", "2:usage or rubric error"})
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Runs the command line with the given streams and returns the exit code. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExitCodeExceptionMapper(e -> 2);
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  public static void main(String[] args) {
    System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }
}
