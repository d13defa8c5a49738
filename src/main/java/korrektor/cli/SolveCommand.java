package korrektor.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import korrektor.reference.ReferenceModel;
import korrektor.reference.Trace;
import korrektor.rubric.Rubric;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code korrektor solve --rubric FILE}: prints the reference solution table (steps × quantities). */
@Command(name = "solve", mixinStandardHelpOptions = true,
    description = "Prints the reference model's values per step: the tutor's solution.")
final class SolveCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  @Mixin RubricOption rubric = new RubricOption();

  @Option(names = "--decimals", defaultValue = "5", description = "Decimals to print (default: ${DEFAULT-VALUE}).")
  int decimals;

  @Override
  public Integer call() {
    Rubric r = rubric.load(spec);
    if (r == null) {
      return 2;
    }
    if (r.model() == null) {
      spec.commandLine().getErr().println(rubric.file + ": the rubric declares no model, so there is nothing to solve.");
      return 2;
    }
    ReferenceModel model = ReferenceModel.of(r.model());
    print(spec.commandLine().getOut(), model, model.forward(), decimals);
    return 0;
  }

  static void print(PrintWriter out, ReferenceModel model, Trace trace, int decimals) {
    StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-4s", "t"));
    int width = decimals + 6;
    for (String q : model.quantities()) {
      int dim = model.dimension(q);
      for (int c = 1; c <= dim; c++) {
        head.append(String.format(Locale.ROOT, " %" + width + "s", dim > 1 ? q + "[" + c + "]" : q));
      }
    }
    out.println(head);
    for (int t = 1; t <= model.steps(); t++) {
      StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-4d", t));
      for (String q : model.quantities()) {
        for (double v : trace.value(q, t)) {
          row.append(String.format(Locale.ROOT, " %" + width + "." + decimals + "f", v));
        }
      }
      out.println(row);
    }
  }
}
