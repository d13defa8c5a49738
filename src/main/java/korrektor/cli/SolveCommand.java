package korrektor.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import korrektor.feedback.Charts;
import korrektor.feedback.Figure;
import korrektor.reference.ReferenceModel;
import korrektor.reference.Trace;
import korrektor.rubric.Rubric;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code korrektor solve --rubric FILE}: prints the reference solution table (steps × quantities);
 * with {@code --variant NAME} or {@code --all-variants} what the rubric's conventions and mistakes
 * predict.
 */
@Command(
    name = "solve",
    mixinStandardHelpOptions = true,
    description =
        "Prints the reference model's values per step: the tutor's solution. With --variant or "
            + "--all-variants, what each convention and mistake predicts (values that differ from the reference marked *).")
final class SolveCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  @Mixin RubricOption rubric = new RubricOption();

  @Option(
      names = "--decimals",
      defaultValue = "5",
      description = "Decimals to print (default: ${DEFAULT-VALUE}).")
  int decimals;

  @Option(
      names = "--plot",
      paramLabel = "FILE",
      description =
          "Also draw each quantity over t, for the solution sheet: FILE.png (1600×960 pixels) or FILE.svg.")
  java.nio.file.Path plot;

  @Option(
      names = "--variant",
      paramLabel = "NAME",
      description =
          "Print what this convention or mistake predicts (a name from the rubric, or an automatic one "
              + "such as auto:candidate=sigmoid); repeat for several.")
  java.util.List<String> variants = new java.util.ArrayList<>();

  @Option(
      names = "--all-variants",
      description =
          "Print the reference, one table per convention and mistake, the automatic mistakes, and the "
              + "variants a student's values cannot tell apart.")
  boolean allVariants;

  @Override
  public Integer call() throws java.io.IOException {
    Rubric r = rubric.load(spec);
    if (r == null) {
      return 2;
    }
    if (r.model() == null) {
      spec.commandLine()
          .getErr()
          .println(rubric.file + ": the rubric declares no model, so there is nothing to solve.");
      return 2;
    }
    ReferenceModel model = ReferenceModel.of(r.model());
    Trace trace = model.forward();
    String kind = plot == null ? "" : plot.getFileName().toString().toLowerCase(Locale.ROOT);
    if (plot != null && !kind.endsWith(".png") && !kind.endsWith(".svg")) {
      spec.commandLine()
          .getErr()
          .println(plot + ": --plot writes .png or .svg; name the file e.g. solution.png");
      return 2;
    }
    if (allVariants || !variants.isEmpty()) {
      VariantTables tables = new VariantTables(r, decimals, spec.commandLine().getOut());
      if (allVariants) {
        tables.printAll();
      } else {
        java.util.List<String> missing = tables.printNamed(variants);
        if (!missing.isEmpty()) {
          java.util.List<String> names = tables.names();
          spec.commandLine()
              .getErr()
              .println(
                  rubric.file
                      + ": no convention or mistake named "
                      + String.join(", ", missing)
                      + "; expected one of "
                      + (names.isEmpty()
                          ? "(none: the rubric's values parts have no variants)"
                          : String.join(", ", names)));
          return 2;
        }
      }
    } else {
      print(spec.commandLine().getOut(), model, trace, decimals, r);
    }
    if (plot != null) {
      Figure f = Charts.reference(model, trace, r.title());
      if (kind.endsWith(".svg")) {
        korrektor.batch.AtomicFiles.writeString(
            plot,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + f.svg("solution-")
                    .replaceFirst(
                        "<svg ", "<svg width=\"" + f.width() + "\" height=\"" + f.height() + "\" ")
                + "\n");
      } else {
        byte[] png = f.png(2);
        korrektor.batch.AtomicFiles.writeBytes(plot, o -> o.write(png));
      }
      spec.commandLine().getErr().println("Wrote " + plot);
    }
    return 0;
  }

  /**
   * The reference table. A quantity the rubric grades only at some steps (an item with steps of its
   * own, or a part with fewer steps) shows "-" at the others, so the table is the sheet's solution;
   * a quantity no part grades is shown at every step, as a help to check the rest.
   */
  static void print(
      PrintWriter out, ReferenceModel model, Trace trace, int decimals, Rubric rubric) {
    StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-4s", "t"));
    int width = decimals + 6;
    for (String q : model.quantities()) {
      int dim = model.dimension(q);
      for (int c = 1; c <= dim; c++) {
        head.append(
            String.format(Locale.ROOT, " %" + width + "s", dim > 1 ? q + "[" + c + "]" : q));
      }
    }
    out.println(head);
    for (int t = 1; t <= model.steps(); t++) {
      StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-4d", t));
      for (String q : model.quantities()) {
        boolean asked = asked(rubric, q, t);
        for (double v : trace.value(q, t)) {
          row.append(
              asked
                  ? String.format(Locale.ROOT, " %" + width + "." + decimals + "f", v)
                  : String.format(Locale.ROOT, " %" + width + "s", "-"));
        }
      }
      out.println(row);
    }
    notGraded(rubric, model).ifPresent(out::println);
  }

  /** The line that explains the "-" cells, when the rubric grades a quantity at some steps only. */
  static java.util.Optional<String> notGraded(Rubric rubric, ReferenceModel model) {
    java.util.List<String> some = new java.util.ArrayList<>();
    for (String q : model.quantities()) {
      java.util.SortedSet<Integer> steps = rubric.gradedSteps(q);
      if (!steps.isEmpty() && steps.size() < model.steps()) {
        some.add(
            q
                + " at "
                + steps.stream()
                    .map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining(", ")));
      }
    }
    return some.isEmpty()
        ? java.util.Optional.empty()
        : java.util.Optional.of(
            "- : not graded at that step (graded only: " + String.join("; ", some) + ")");
  }

  /** Whether the rubric grades {@code quantity} at {@code step}, or does not grade it at all. */
  static boolean asked(Rubric rubric, String quantity, int step) {
    java.util.SortedSet<Integer> steps = rubric.gradedSteps(quantity);
    return steps.isEmpty() || steps.contains(step);
  }
}
