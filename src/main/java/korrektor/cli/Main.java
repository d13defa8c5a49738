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
    subcommands = {
      GradeCommand.class,
      ReviewCommand.class,
      CheckCommand.class,
      ServeCommand.class,
      SolveCommand.class,
      RubricCommand.class,
      ExtractCommand.class,
      BenchCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:all fine",
      "1:some submissions could not be read (status error) or a check found problems",
      "2:usage or rubric error"
    })
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
    cl.setParameterExceptionHandler(Main::usageError);
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /**
   * A usage error in a few lines instead of the whole usage: an unknown option is named with the
   * options it may have meant (before any "missing required option" it causes: {@code --rubirc}
   * leaves {@code --rubric} missing, and the typo is the cause), then where to read all options.
   */
  static int usageError(CommandLine.ParameterException ex, String[] args) {
    CommandLine cl = ex.getCommandLine();
    PrintWriter err = cl.getErr();
    java.util.Set<String> known =
        new java.util.HashSet<>(cl.getCommandSpec().optionsMap().keySet());
    java.util.List<String> unknown = new java.util.ArrayList<>();
    for (String a : args) {
      String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
      if (name.startsWith("-")
          && name.length() > 1
          && !known.contains(name)
          && !name.matches("-\\d.*")
          && !cl.getCommandSpec().subcommands().containsKey(name)
          && !isCommandName(cl, name)) {
        unknown.add(name);
      }
    }
    if (!unknown.isEmpty() && !(ex instanceof CommandLine.UnmatchedArgumentException)) {
      ex = new CommandLine.UnmatchedArgumentException(cl, unknown);
    }
    if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
      String first = u.getUnmatched().get(0);
      err.println(
          (first.startsWith("-") ? "Unknown option: '" : "Unexpected argument: '") + first + "'");
      if (u.getSuggestions().isEmpty() && first.startsWith("--")) {
        // picocli misses swapped letters (--lnag); the nearest option names by edit distance catch
        // them
        String typed = first.contains("=") ? first.substring(0, first.indexOf('=')) : first;
        java.util.List<String> near =
            known.stream()
                .filter(k -> k.startsWith("--"))
                .filter(k -> korrektor.rubric.EditDistance.between(k, typed) <= 2)
                .sorted()
                .toList();
        if (!near.isEmpty()) {
          err.println("Did you mean: " + String.join(", ", near) + "?");
        }
      } else {
        CommandLine.UnmatchedArgumentException.printSuggestions(u, err);
      }
    } else {
      err.println(ex.getMessage());
    }
    err.println("Run '" + cl.getCommandSpec().qualifiedName() + " --help' for all options.");
    err.flush();
    return 2;
  }

  private static boolean isCommandName(CommandLine cl, String name) {
    for (CommandLine c = cl; c != null; c = c.getParent()) {
      if (c.getCommandName().equals(name)) {
        return true;
      }
    }
    return false;
  }

  public static void main(String[] args) {
    System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }
}
