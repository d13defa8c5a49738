package korrektor.conformance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;
import korrektor.reference.QuantityRef;
import korrektor.reference.ReferenceModel;
import korrektor.reference.Trace;
import korrektor.rubric.Variant;

/**
 * Builds the traces students hand in from a rubric's model: the reference, a slip carried on, a
 * forward pass rounded at every step, and each anticipated mistake or convention of the rubric.
 */
final class Traces {

  private Traces() {}

  /** The reference forward pass. */
  static StudentTrace reference(RubricCase c) {
    return judged(c, "reference", "", values(c, c.reference()), -1);
  }

  /**
   * A slip at one slot, carried on: every later quantity is recomputed from the student's own
   * values with the model's equations.
   */
  static StudentTrace slip(RubricCase c, Slot at, double newValue) {
    double old = c.reference().value(at.quantity(), at.step())[at.index()];
    String detail = at.key() + " " + fmt(old) + "→" + fmt(newValue);
    return judged(c, "slip", detail, carried(c, (slot, v) -> slot.equals(at) ? newValue : v), -1);
  }

  /** A plausible slip at a random graded slot: a digit swapped, a sign lost, or a term off. */
  static StudentTrace randomSlip(RubricCase c, Random rnd) {
    Slot at = c.slots().get(rnd.nextInt(c.slots().size()));
    double old = c.reference().value(at.quantity(), at.step())[at.index()];
    double slipped;
    switch (rnd.nextInt(3)) {
      case 0 -> slipped = old + (rnd.nextBoolean() ? 1 : -1) * (0.05 + 0.25 * rnd.nextDouble());
      case 1 -> slipped = swapDigits(old);
      default -> slipped = Math.abs(old) < 0.02 ? old + 0.1 : -old;
    }
    if (Math.abs(slipped - old) < 0.01) {
      slipped = old + 0.1;
    }
    return slip(c, at, slipped);
  }

  /**
   * Every value rounded to {@code decimals} places, each computed from the rounded earlier values.
   */
  static StudentTrace rounded(RubricCase c, int decimals) {
    return judged(c, "round" + decimals, "", carried(c, (slot, v) -> round(v, decimals)), decimals);
  }

  /** One trace per anticipated mistake and accepted convention of the part (its change applied). */
  static List<StudentTrace> variants(RubricCase c) {
    List<StudentTrace> out = new ArrayList<>();
    List<Variant> all = new ArrayList<>(c.part().policy().mistakes());
    all.addAll(c.part().policy().conventions());
    for (Variant v : all) {
      ReferenceModel changed = ReferenceModel.of(v.change().apply(c.spec()));
      String kind = c.part().policy().conventions().contains(v) ? "convention" : "mistake";
      out.add(judged(c, kind, v.name(), values(c, changed.forward()), -1));
    }
    return out;
  }

  private static Map<Slot, Double> values(RubricCase c, Trace t) {
    Map<Slot, Double> out = new LinkedHashMap<>();
    for (int step = 0; step <= c.steps(); step++) {
      for (String q : c.model().quantities()) {
        if (step == 0 && !t.asMap().containsKey(new QuantityRef(q, 0))) {
          continue;
        }
        put(out, c, q, step, t.value(q, step));
      }
    }
    return out;
  }

  /** Computes the pass step by step, letting {@code edit} change each value before it is used. */
  private static Map<Slot, Double> carried(RubricCase c, BiFunction<Slot, Double, Double> edit) {
    Trace ref = c.reference();
    Map<QuantityRef, double[]> own = new HashMap<>();
    Map<Slot, Double> out = new LinkedHashMap<>();
    ref.asMap()
        .forEach(
            (k, v) -> {
              if (k.step() == 0 || k.quantity().equals("x")) {
                own.put(k, v.clone());
                if (k.step() == 0 && !k.quantity().equals("x")) {
                  put(out, c, k.quantity(), 0, v);
                }
              }
            });
    for (int step = 1; step <= c.steps(); step++) {
      for (String q : c.model().quantities()) {
        QuantityRef ref1 = new QuantityRef(q, step);
        double[] v = c.model().evaluate(ref1, own);
        int dim = v.length;
        for (int i = 0; i < dim; i++) {
          v[i] = edit.apply(new Slot(q, dim == 1 ? 0 : i + 1, step), v[i]);
        }
        own.put(ref1, v);
        put(out, c, q, step, v);
      }
    }
    return out;
  }

  private static void put(Map<Slot, Double> out, RubricCase c, String q, int step, double[] v) {
    for (int i = 0; i < v.length; i++) {
      out.put(new Slot(q, v.length == 1 ? 0 : i + 1, step), v[i]);
    }
  }

  private static StudentTrace judged(
      RubricCase c, String kind, String detail, Map<Slot, Double> values, int roundedTo) {
    Trace ref = c.reference();
    Map<Slot, Boolean> correct = new LinkedHashMap<>();
    for (Slot s : c.slots()) {
      double expected = ref.value(s.quantity(), s.step())[s.index()];
      int decimals = roundedTo >= 0 ? roundedTo : 15;
      correct.put(s, ToleranceJudge.accepts(c.tolerance(), values.get(s), decimals, 15, expected));
    }
    return new StudentTrace(kind, detail, values, correct, roundedTo);
  }

  static double round(double v, int decimals) {
    return new BigDecimal(Double.toString(v))
        .setScale(decimals, RoundingMode.HALF_UP)
        .doubleValue();
  }

  /** 0.5769 → 0.5679: two neighbouring digits of the first four decimals exchanged. */
  private static double swapDigits(double v) {
    String s =
        new BigDecimal(Double.toString(Math.abs(v)))
            .setScale(4, RoundingMode.HALF_UP)
            .toPlainString();
    int dot = s.indexOf('.');
    char[] ch = s.toCharArray();
    for (int i = dot + 1; i + 1 < ch.length; i++) {
      if (ch[i] != ch[i + 1]) {
        char t = ch[i];
        ch[i] = ch[i + 1];
        ch[i + 1] = t;
        double out = Double.parseDouble(new String(ch));
        return v < 0 ? -out : out;
      }
    }
    return v + 0.1;
  }

  private static String fmt(double v) {
    return new BigDecimal(Double.toString(v)).setScale(4, RoundingMode.HALF_UP).toPlainString();
  }
}
