package korrektor.grade;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import korrektor.extract.Candidate;
import korrektor.extract.NumberToken;
import korrektor.reference.QuantityRef;
import korrektor.reference.ReferenceModel;
import korrektor.rubric.ItemKeys;
import korrektor.rubric.Part;
import korrektor.rubric.Question;
import korrektor.rubric.ValuePolicy;
import korrektor.rubric.Variant;

/**
 * Grades one values part like a careful tutor: each value against the reference; then, for values
 * that are not correct, an accepted convention that explains more of the student's values than the
 * reference, follow-through from the student's own earlier values, named mistakes (the rubric's and
 * automatic ones), and values just outside the tolerance to review.
 */
final class ValuesGrader {
  private final Question question;
  private final Part part;
  private final Variants variants;
  private final Expectations expected;
  private final Feedback feedback;
  private final ValuePolicy policy;
  private String tieNote = "";
  private Map<QuantityRef, double[]> read = Map.of();

  /** One item being graded, with what was found for it. */
  private static final class Item {
    final String quantity;
    final int component;
    final int step;
    final double expected;
    final double max;
    NumberToken found;
    Candidate where;
    ItemResult result;

    Item(String quantity, int component, int step, double expected, double max) {
      this.quantity = quantity;
      this.component = component;
      this.step = step;
      this.expected = expected;
      this.max = max;
    }

    QuantityRef ref() {
      return new QuantityRef(quantity, step);
    }
  }

  ValuesGrader(
      Question question, Part part, Variants variants, Expectations expected, Feedback feedback) {
    this.question = question;
    this.part = part;
    this.variants = variants;
    this.expected = expected;
    this.feedback = feedback;
    this.policy = part.policy() == null ? ValuePolicy.DEFAULT : part.policy();
  }

  List<ItemResult> grade(Map<String, List<Candidate>> byItem) {
    return grade(byItem, Map.of(), korrektor.extract.Coverage.EMPTY);
  }

  /**
   * @param ambiguous item key → why its reading is ambiguous: such items go to review
   * @param coverage the submission's numbers: unexplained ones send missing items to review
   */
  List<ItemResult> grade(
      Map<String, List<Candidate>> byItem,
      Map<String, String> ambiguous,
      korrektor.extract.Coverage coverage) {
    return grade(byItem, ambiguous, coverage, Map.of());
  }

  /**
   * @param earlier the student's values read in the sheet's earlier values parts: an item here
   *     computed correctly from them (y from the student's own h(4) in the part before) follows
   *     through
   */
  List<ItemResult> grade(
      Map<String, List<Candidate>> byItem,
      Map<String, String> ambiguous,
      korrektor.extract.Coverage coverage,
      Map<QuantityRef, double[]> earlier) {
    List<Item> items = new ArrayList<>();
    for (int t : part.steps()) {
      for (String quantity : part.quantitiesAt(t)) {
        int dim = expected.dimension(quantity);
        for (int c = 0; c < dim; c++) {
          int component = dim > 1 ? c + 1 : 0;
          String key = ItemKeys.format(quantity, component, t);
          Item item =
              new Item(
                  quantity,
                  component,
                  t,
                  expected.get(question.id(), part.id(), key),
                  part.itemPoints().get(quantity));
          first(item, byItem.getOrDefault(key, List.of()));
          unsettled(item, ambiguous.get(key), coverage);
          items.add(item);
        }
      }
    }
    List<Item> wrong = items.stream().filter(i -> i.result.verdict() == Verdict.WRONG).toList();
    read = studentValues(items);
    if (!wrong.isEmpty() && variants.reference() != null) {
      Map<QuantityRef, double[]> student = new LinkedHashMap<>();
      earlier.forEach((r, v) -> student.put(r, v.clone()));
      student.putAll(studentValues(items));
      Optional<Variants.Model> convention = convention(items, student);
      convention.ifPresent(m -> explain(items, student, m, true));
      followThrough(items, student, variants.reference(), null);
      convention.ifPresent(m -> followThrough(items, student, m.model(), m.variant()));
      mistakes(items, student);
    }
    for (Item i : items) {
      if (i.result.verdict() == Verdict.WRONG
          && ToleranceCheck.margin(part.tolerance(), i.found, i.expected)
              <= 1 + policy.reviewMargin()) {
        i.result =
            i.result.judged(
                Verdict.REVIEW,
                0,
                feedback.edge(what(i), i.found.raw()),
                ReviewReason.NEAR_TOLERANCE.prefix()
                    + ": "
                    + i.found.raw()
                    + " vs "
                    + Feedback.fmt(i.expected),
                null);
      }
    }
    return items.stream().map(i -> i.result).toList();
  }

  private ItemResult.Target target(Item i) {
    return ItemResult.Target.value(question.id(), part.id(), i.quantity, i.component, i.step);
  }

  /**
   * The plain verdict against the reference: correct, wrong, missing, or review for conflicting
   * values.
   */
  private void first(Item i, List<Candidate> found) {
    if (found.isEmpty()) {
      i.result =
          ItemResult.of(
              target(i),
              ItemResult.Reading.NOTHING,
              i.expected,
              i.max,
              ItemResult.Judgement.of(
                  Verdict.MISSING, 0, feedback.missing(what(i), i.expected, inputsOf(i))));
      return;
    }
    List<List<Candidate>> groups = Candidates.agreeingGroups(found);
    Candidate best = Candidates.representative(groups.get(0));
    boolean ok = ToleranceCheck.accepts(part.tolerance(), best.number(), i.expected);
    List<String> others = new ArrayList<>();
    boolean sameVerdict = true;
    for (List<Candidate> g : groups.subList(1, groups.size())) {
      Candidate o = Candidates.representative(g);
      others.add(o.number().raw() + " (" + o.location() + ")");
      sameVerdict &= ToleranceCheck.accepts(part.tolerance(), o.number(), i.expected) == ok;
    }
    String raw = best.number().raw();
    if (!sameVerdict) {
      String reason =
          ReviewReason.CONFLICTING.prefix()
              + ItemKeys.format(i.quantity, i.component, i.step)
              + ": "
              + raw
              + " ("
              + best.location()
              + ") and "
              + String.join(", ", others);
      i.result =
          ItemResult.of(
              target(i),
              ItemResult.Reading.value(best.value(), raw, best.location().toString(), others),
              i.expected,
              i.max,
              ItemResult.Judgement.review(feedback.conflict(what(i)), reason));
      return;
    }
    i.found = best.number();
    i.where = best;
    i.result =
        ItemResult.of(
            target(i),
            ItemResult.Reading.value(best.value(), raw, best.location().toString(), others),
            i.expected,
            i.max,
            ok
                ? ItemResult.Judgement.of(Verdict.CORRECT, i.max, feedback.correct(what(i), raw))
                : ItemResult.Judgement.of(
                    Verdict.WRONG, 0, feedback.wrong(what(i), raw, i.expected, inputsOf(i))));
  }

  /**
   * An item whose reading two notations explain equally well, or a missing item while numbers in
   * the files are unexplained: a tutor decides, seeing the numbers and where they stand.
   */
  private void unsettled(Item i, String ambiguity, korrektor.extract.Coverage coverage) {
    if (ambiguity != null && i.result.verdict() != Verdict.MISSING) {
      i.result =
          i.result.judged(
              Verdict.REVIEW,
              0,
              feedback.ambiguous(what(i)),
              ReviewReason.AMBIGUOUS.prefix() + ambiguity,
              null);
      i.found = null;
      return;
    }
    if (i.result.verdict() == Verdict.MISSING && !coverage.unexplained().isEmpty()) {
      List<String> shown = new ArrayList<>();
      for (var u : coverage.unexplained()) {
        if (shown.size() == 6) {
          shown.add("and " + (coverage.unexplained().size() - 6) + " more");
          break;
        }
        shown.add(u.text() + " (" + u.location() + ")");
      }
      i.result =
          i.result.judged(
              Verdict.REVIEW,
              0,
              feedback.unplaced(what(i)),
              ReviewReason.UNEXPLAINED.prefix()
                  + " Korrektor could not place: "
                  + String.join(", ", shown),
              null);
    }
  }

  /** The student's values this part read (after {@link #grade}), for the parts after it. */
  Map<QuantityRef, double[]> read() {
    return read;
  }

  /**
   * The student's values by quantity and step; components the student did not give take reference
   * values.
   */
  private Map<QuantityRef, double[]> studentValues(List<Item> items) {
    Map<QuantityRef, double[]> out = new LinkedHashMap<>();
    for (Item i : items) {
      if (i.found == null) {
        continue;
      }
      double[] v = out.computeIfAbsent(i.ref(), r -> variants.referenceValue(r).clone());
      v[Math.max(0, i.component - 1)] = i.found.value();
    }
    return out;
  }

  /**
   * The accepted convention that explains more of the student's values than the reference, if any.
   */
  private Optional<Variants.Model> convention(
      List<Item> items, Map<QuantityRef, double[]> student) {
    long reference = items.stream().filter(i -> i.result.verdict() == Verdict.CORRECT).count();
    Variants.Model best = null;
    long bestCount = reference;
    for (Variants.Model m : variants.conventions()) {
      long n =
          items.stream()
              .filter(i -> i.found != null && matches(i, m.value(i.ref(), i.component)))
              .count();
      if (n > bestCount) {
        best = m;
        bestCount = n;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Marks wrong items that a variant explains (directly or from the student's own inputs). */
  private int explain(
      List<Item> items, Map<QuantityRef, double[]> student, Variants.Model m, boolean convention) {
    int n = 0;
    for (Item i : items) {
      if (i.result.verdict() != Verdict.WRONG) {
        continue;
      }
      boolean direct = matches(i, m.value(i.ref(), i.component));
      boolean carried =
          !direct && recomputed(i, student, m.model()).filter(v -> matches(i, v)).isPresent();
      if (!direct && !carried) {
        continue;
      }
      Variant v = m.variant();
      double points = round(v.credit() * i.max);
      i.result =
          convention
              ? i.result.judged(
                  Verdict.ALTERNATIVE,
                  points,
                  feedback.alternative(what(i), i.found.raw(), v.name(), v.message(), v.credit()),
                  null,
                  v.name())
              : i.result.judged(
                  Verdict.MISCONCEPTION,
                  points,
                  feedback.misconception(what(i), i.found.raw(), v.message(), v.credit()) + tieNote,
                  null,
                  v.name());
      n++;
    }
    return n;
  }

  /** Wrong items computed correctly from the student's own inputs become follow-through. */
  private void followThrough(
      List<Item> items,
      Map<QuantityRef, double[]> student,
      ReferenceModel model,
      Variant convention) {
    for (Item i : items) {
      if (i.result.verdict() != Verdict.WRONG) {
        continue;
      }
      Map<QuantityRef, double[]> own = ownInputs(i, student, model);
      if (own.isEmpty() || own.values().stream().allMatch(ValuesGrader::allZero)) {
        continue; // nothing of the student's own to follow, or only zeros
      }
      double[] v = model.evaluate(i.ref(), own);
      if (!matches(i, v[Math.max(0, i.component - 1)])) {
        continue;
      }
      List<String> used =
          own.entrySet().stream()
              .map(e -> Feedback.ref(e.getKey()) + " = " + shown(e.getKey(), items))
              .toList();
      double credit = policy.followThroughCredit() * (convention == null ? 1 : convention.credit());
      i.result =
          i.result.judged(
              Verdict.FOLLOW_THROUGH,
              round(credit * i.max),
              feedback.followThrough(what(i), i.found.raw(), used, credit),
              null,
              convention == null ? null : convention.name());
    }
  }

  /** The best mistakes (authored first on ties), repeatedly, while they explain values. */
  private void mistakes(List<Item> items, Map<QuantityRef, double[]> student) {
    for (int round = 0; round < 3; round++) {
      Variants.Model best = null;
      int bestCount = 0;
      for (Variants.Model m : variants.mistakes()) {
        int n = count(items, student, m);
        int needed = m.automatic() ? korrektor.rubric.AutoMistakes.MIN_VALUES : 1;
        if (n >= needed && n > bestCount) {
          best = m;
          bestCount = n;
        }
      }
      if (best == null) {
        return;
      }
      final int n = bestCount;
      final Variants.Model chosen = best;
      List<String> ties =
          variants.mistakes().stream()
              .filter(m -> m != chosen && count(items, student, m) == n)
              .map(m -> m.variant().name())
              .toList();
      tieNote =
          ties.isEmpty() ? "" : " (The values fit " + String.join(", ", ties) + " equally well.)";
      explain(items, student, best, false);
      tieNote = "";
    }
  }

  private int count(List<Item> items, Map<QuantityRef, double[]> student, Variants.Model m) {
    int n = 0;
    for (Item i : items) {
      if (i.result.verdict() == Verdict.WRONG
          && (matches(i, m.value(i.ref(), i.component))
              || recomputed(i, student, m.model()).filter(v -> matches(i, v)).isPresent())) {
        n++;
      }
    }
    return n;
  }

  private Optional<Double> recomputed(
      Item i, Map<QuantityRef, double[]> student, ReferenceModel model) {
    Map<QuantityRef, double[]> own = ownInputs(i, student, model);
    if (!own.isEmpty() && own.values().stream().allMatch(ValuesGrader::allZero)) {
      return Optional.empty(); // degenerate inputs explain nothing
    }
    return Optional.of(model.evaluate(i.ref(), own)[Math.max(0, i.component - 1)]);
  }

  /** The item's inputs the student gave a value for. */
  private static Map<QuantityRef, double[]> ownInputs(
      Item i, Map<QuantityRef, double[]> student, ReferenceModel model) {
    Map<QuantityRef, double[]> own = new HashMap<>();
    for (QuantityRef r : model.inputsOf(i.ref())) {
      double[] v = student.get(r);
      if (v != null) {
        own.put(r, v);
      }
    }
    return own;
  }

  private boolean matches(Item i, double value) {
    return i.found != null && ToleranceCheck.accepts(part.tolerance(), i.found, value);
  }

  private static String shown(QuantityRef r, List<Item> items) {
    return items.stream()
        .filter(i -> i.ref().equals(r) && i.found != null)
        .map(i -> i.found.raw())
        .reduce((a, b) -> a + "/" + b)
        .orElse("?");
  }

  private List<QuantityRef> inputsOf(Item i) {
    return variants.reference() == null ? List.of() : variants.reference().inputsOf(i.ref());
  }

  private String what(Item i) {
    return feedback.what(i.quantity, i.component, i.step);
  }

  private static boolean allZero(double[] v) {
    for (double d : v) {
      if (d != 0) {
        return false;
      }
    }
    return true;
  }

  static double round(double v) {
    return Math.round(v * 1e6) / 1e6;
  }
}
