package korrektor.rubric;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import korrektor.reference.Activation;
import korrektor.reference.Forms;
import korrektor.reference.Matrix;
import korrektor.reference.ModelSpec;
import korrektor.reference.ModelType;

/**
 * The mistakes Korrektor tries without a rubric naming them ({@code autoMistakes}): every
 * activation swap of every role, the LSTM's forget term dropped, each non-zero bias {@code b} or
 * {@code c} left out, U and W swapped, and for a GRU the other update form and the reset gate left
 * out. Each is reported as "your values match …".
 */
public final class AutoMistakes {
  /**
   * An automatic mistake is named only when it explains at least this many of a part's values (one
   * value is too easily a coincidence); the grader and {@link Predictions} both use it.
   */
  public static final int MIN_VALUES = 2;

  private AutoMistakes() {}

  /** The automatic mistakes of a model, each with {@code credit}, in a fixed order. */
  public static List<Variant> of(ModelSpec spec, double credit) {
    List<Variant> out = new ArrayList<>();
    for (String role : spec.type().roles()) {
      Activation current =
          spec.activations().getOrDefault(role, spec.type().defaultActivation(role));
      for (Activation a : Activation.values()) {
        if (a != current) {
          out.add(
              new Variant(
                  "auto:" + role + "=" + a.id(),
                  "your values match the model with "
                      + a.symbol()
                      + " instead of "
                      + current.symbol()
                      + " as the "
                      + role
                      + " activation.",
                  credit,
                  new ModelChange(Map.of(role, a), Map.of(), Map.of(), Set.of(), false)));
        }
      }
    }
    if (spec.type() == ModelType.LSTM) {
      out.add(
          new Variant(
              "auto:no-forget-term",
              "your values match s = g·candidate, without the forget term f·s(t−1).",
              credit,
              ModelChange.dropping(Set.of("forget"))));
    }
    new java.util.TreeMap<>(spec.parameters())
        .forEach(
            (unit, p) -> {
              for (String bias : List.of("b", "c")) {
                Matrix m = p.get(bias);
                if (m != null && !allZero(m)) {
                  out.add(
                      new Variant(
                          "auto:no-" + bias + "-" + unit,
                          "your values match the model without the bias "
                              + bias
                              + " of "
                              + unit
                              + ".",
                          credit,
                          new ModelChange(
                              Map.of(),
                              Map.of(unit, Map.of(bias, zeros(m))),
                              Map.of(),
                              Set.of(),
                              false)));
                }
              }
            });
    out.add(
        new Variant(
            "auto:U-W-swapped",
            "your values match the model with U and W swapped (U multiplies the input x, W the previous h).",
            credit,
            new ModelChange(Map.of(), Map.of(), Map.of(), Set.of(), true)));
    if (spec.type() == ModelType.GRU) {
      String other = spec.form(Forms.UPDATE).equals("previous") ? "candidate" : "previous";
      out.add(
          new Variant(
              "auto:update=" + other,
              "your values match the other form of the GRU's update, "
                  + Forms.meaning(Forms.UPDATE, other)
                  + ".",
              credit,
              ModelChange.ofForms(Map.of(Forms.UPDATE, other))));
      out.add(
          new Variant(
              "auto:no-reset-gate",
              "your values match the candidate computed without the reset gate: "
                  + "candidate = act(b + U·x + W·h(t−1)).",
              credit,
              ModelChange.dropping(Set.of("reset"))));
    }
    return out;
  }

  private static boolean allZero(Matrix m) {
    for (double v : m.values()) {
      if (v != 0) {
        return false;
      }
    }
    return true;
  }

  private static Matrix zeros(Matrix like) {
    return Matrix.of(new double[like.rows()][like.columns()]);
  }
}
