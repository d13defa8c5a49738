package korrektor.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import korrektor.grade.Points;
import korrektor.rubric.Part;
import korrektor.rubric.PartKind;
import korrektor.rubric.Predictions;
import korrektor.rubric.Question;
import korrektor.rubric.Rubric;

/**
 * Prints what the conventions and mistakes of a rubric's values parts predict ({@code solve
 * --variant NAME}, {@code solve --all-variants}): one table per variant with the values that differ
 * from the reference marked {@code *}, the graded items where it differs, and the variants a
 * student's values cannot tell apart.
 */
final class VariantTables {
  private final Rubric rubric;
  private final int decimals;
  private final PrintWriter out;

  /** A values part with what its model and variants predict. */
  private record Section(Question question, Part part, Predictions predictions) {
    String id() {
      return question.id() + "/" + part.id();
    }
  }

  VariantTables(Rubric rubric, int decimals, PrintWriter out) {
    this.rubric = rubric;
    this.decimals = decimals;
    this.out = out;
  }

  private List<Section> sections() {
    List<Section> out = new ArrayList<>();
    for (Question q : rubric.questions()) {
      for (Part p : q.parts()) {
        if (p.kind() == PartKind.VALUES) {
          out.add(new Section(q, p, Predictions.of(rubric.model(), p, true)));
        }
      }
    }
    return out;
  }

  /** Every variant's names, for messages. */
  List<String> names() {
    List<String> names = new ArrayList<>();
    for (Section s : sections()) {
      java.util.stream.Stream.concat(
              s.predictions().predictions().stream().skip(1),
              s.predictions().inapplicable().stream())
          .map(Predictions.Prediction::name)
          .filter(n -> !names.contains(n))
          .forEach(names::add);
    }
    return names;
  }

  /** Prints the variants named; returns the names not found. */
  List<String> printNamed(List<String> wanted) {
    List<String> missing = new ArrayList<>(wanted);
    boolean first = true;
    for (Section s : sections()) {
      for (String name : wanted) {
        Optional<Predictions.Prediction> p = s.predictions().named(name);
        if (p.isPresent() && p.get().kind() != Predictions.Kind.REFERENCE) {
          if (!first) {
            out.println();
          }
          first = false;
          table(s, p.get());
          missing.remove(name);
        }
      }
    }
    return missing;
  }

  /**
   * The reference, every convention and mistake as tables, the automatic mistakes in a list, and
   * the collisions.
   */
  void printAll() {
    List<Section> sections = sections();
    if (sections.isEmpty()) {
      out.println(
          "the rubric has no values parts, so there are no conventions or mistakes to show");
      return;
    }
    boolean several = sections.size() > 1;
    for (int k = 0; k < sections.size(); k++) {
      Section s = sections.get(k);
      if (k > 0) {
        out.println();
      }
      if (several) {
        out.println("== " + s.id() + " ==");
      }
      Predictions ps = s.predictions();
      table(s, ps.reference());
      for (Predictions.Prediction p : ps.predictions()) {
        if (p.kind() == Predictions.Kind.CONVENTION || p.kind() == Predictions.Kind.MISTAKE) {
          out.println();
          table(s, p);
        }
      }
      List<Predictions.Prediction> auto =
          ps.predictions().stream().filter(p -> p.kind() == Predictions.Kind.AUTOMATIC).toList();
      if (!auto.isEmpty()) {
        out.println();
        out.println(
            "automatic mistakes of "
                + s.id()
                + " (tried without the rubric naming them; a table: --variant NAME):");
        int width = auto.stream().mapToInt(p -> p.name().length()).max().orElse(0);
        for (Predictions.Prediction p : auto) {
          int n = ps.differences(p).size();
          List<Predictions.Prediction> same = ps.sameAs(p);
          out.printf(
              Locale.ROOT,
              "  %-" + width + "s  differs in %d of %d graded items: %s%s%n",
              p.name(),
              n,
              ps.items().size(),
              p.variant().change().describe(rubric.model().type()),
              same.isEmpty()
                  ? ""
                  : " (the same values as "
                      + same.stream()
                          .map(Predictions.Prediction::name)
                          .collect(Collectors.joining(", "))
                      + ")");
        }
      }
      if (!ps.inapplicable().isEmpty()) {
        out.println();
        int n = ps.inapplicable().size();
        out.println(
            "not listed: "
                + n
                + (n == 1 ? " automatic mistake that changes" : " automatic mistakes that change")
                + " fewer than "
                + korrektor.rubric.AutoMistakes.MIN_VALUES
                + " graded items of "
                + s.id()
                + " (an automatic mistake must explain "
                + korrektor.rubric.AutoMistakes.MIN_VALUES
                + " values), so never "
                + (n == 1 ? "applies" : "apply")
                + ": "
                + ps.inapplicable().stream()
                    .map(Predictions.Prediction::name)
                    .collect(Collectors.joining(", ")));
      }
      out.println();
      collisions(s);
    }
  }

  private void table(Section s, Predictions.Prediction p) {
    Predictions ps = s.predictions();
    if (p.kind() == Predictions.Kind.REFERENCE) {
      String forms =
          rubric.model().forms().isEmpty()
              ? ""
              : " ("
                  + rubric.model().forms().entrySet().stream()
                      .sorted(java.util.Map.Entry.comparingByKey())
                      .map(e -> e.getKey() + ": " + e.getValue())
                      .collect(Collectors.joining(", "))
                  + ")";
      out.println("reference: the rubric's model" + forms);
    } else {
      out.println(
          p.kind().id()
              + " "
              + p.name()
              + " ("
              + s.id()
              + ", credit "
              + Points.format(p.variant().credit())
              + "): "
              + p.variant().change().describe(rubric.model().type()));
    }
    int width = decimals + 7;
    StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-4s", "t"));
    List<String> quantities = p.model().quantities();
    for (String q : quantities) {
      int dim = p.model().dimension(q);
      for (int c = 1; c <= dim; c++) {
        head.append(
            String.format(Locale.ROOT, " %" + width + "s", dim > 1 ? q + "[" + c + "]" : q));
      }
    }
    out.println(head);
    for (int t = 1; t <= p.model().steps(); t++) {
      StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-4d", t));
      for (String q : quantities) {
        double[] v = p.trace().value(q, t);
        double[] r = ps.reference().trace().value(q, t);
        boolean asked = SolveCommand.asked(rubric, q, t);
        for (int c = 0; c < v.length; c++) {
          boolean differs = p.kind() != Predictions.Kind.REFERENCE && !ps.same(v[c], r[c]);
          String cell =
              !asked
                  ? "-"
                  : (differs ? "*" : "") + String.format(Locale.ROOT, "%." + decimals + "f", v[c]);
          row.append(String.format(Locale.ROOT, " %" + width + "s", cell));
        }
      }
      out.println(row);
    }
    if (p.kind() == Predictions.Kind.REFERENCE) {
      SolveCommand.notGraded(rubric, p.model()).ifPresent(out::println);
    } else {
      List<Predictions.Item> d = ps.differences(p);
      out.println(
          d.isEmpty()
              ? "same as the reference in every graded item of "
                  + s.id()
                  + ": this variant never applies"
              : "differs from the reference in "
                  + d.size()
                  + " of "
                  + ps.items().size()
                  + " graded items: "
                  + d.stream().map(Predictions.Item::key).collect(Collectors.joining(", ")));
    }
  }

  private void collisions(Section s) {
    List<Predictions.Collision> found = s.predictions().collisions();
    if (found.isEmpty()) {
      out.println(
          "collisions in "
              + s.id()
              + ": none; the reference and every variant predict values of their own"
              + " (compared as written to "
              + Predictions.DECIMALS
              + " decimals)");
      return;
    }
    out.println(
        "collisions in "
            + s.id()
            + " (compared as written to "
            + Predictions.DECIMALS
            + " decimals):");
    for (Predictions.Collision c : found) {
      if (c.first().kind() == Predictions.Kind.REFERENCE) {
        out.println(
            "  "
                + describe(c.second())
                + ": the reference's values in every graded item (it never applies)");
      } else if (c.everywhere()) {
        out.println(
            "  "
                + describe(c.first())
                + " and "
                + describe(c.second())
                + ": the same values in every graded item");
      } else {
        out.println(
            "  "
                + describe(c.first())
                + " and "
                + describe(c.second())
                + ": the same value in "
                + c.items().stream().map(Predictions.Item::key).collect(Collectors.joining(", ")));
      }
    }
  }

  private static String describe(Predictions.Prediction p) {
    return p.kind().id() + " " + p.name();
  }
}
