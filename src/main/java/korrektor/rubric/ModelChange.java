package korrektor.rubric;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import korrektor.reference.Activation;
import korrektor.reference.Forms;
import korrektor.reference.Matrix;
import korrektor.reference.ModelSpec;
import korrektor.reference.ModelType;

/**
 * A change to the reference model that describes a convention or a mistake: other activations,
 * other parameter values (a bias set to 0, {@code c} left out), other initial states, dropped terms
 * or gates ({@code forget}: s = g·candidate; {@code reset}: the GRU's candidate without r), U and W
 * swapped, or another form of the equations ({@code update: previous}, {@code recurrence: initial};
 * see {@link Forms}).
 *
 * @param activations role → activation
 * @param parameters unit → parameter → value
 * @param initial state → value
 * @param drop terms left out of the equations
 * @param swapUW U and W exchanged in every unit
 * @param forms form → value
 */
public record ModelChange(
    Map<String, Activation> activations,
    Map<String, Map<String, Matrix>> parameters,
    Map<String, Matrix> initial,
    Set<String> drop,
    boolean swapUW,
    Map<String, String> forms) {

  public ModelChange {
    activations = Map.copyOf(activations);
    parameters = Map.copyOf(parameters);
    initial = Map.copyOf(initial);
    drop = Set.copyOf(drop);
    forms = Map.copyOf(forms);
  }

  /** A change that keeps the equations' forms. */
  public ModelChange(
      Map<String, Activation> activations,
      Map<String, Map<String, Matrix>> parameters,
      Map<String, Matrix> initial,
      Set<String> drop,
      boolean swapUW) {
    this(activations, parameters, initial, drop, swapUW, Map.of());
  }

  /** A change of forms only, e.g. {@code Map.of("update", "previous")}. */
  public static ModelChange ofForms(Map<String, String> forms) {
    return new ModelChange(Map.of(), Map.of(), Map.of(), Set.of(), false, forms);
  }

  /** A change that drops terms only, e.g. {@code Set.of("reset")}. */
  public static ModelChange dropping(Set<String> terms) {
    return new ModelChange(Map.of(), Map.of(), Map.of(), terms, false, Map.of());
  }

  /** The spec with this change applied. */
  public ModelSpec apply(ModelSpec spec) {
    ModelSpec s =
        spec.withActivations(activations)
            .withParameters(parameters)
            .withInitial(initial)
            .withForms(forms);
    for (String d : drop) {
      s = s.withDropped(d);
    }
    if (swapUW) {
      Map<String, Map<String, Matrix>> swapped = new HashMap<>();
      s.parameters()
          .forEach(
              (unit, p) -> {
                if (p.containsKey("U") && p.containsKey("W")) {
                  swapped.put(unit, Map.of("U", p.get("W"), "W", p.get("U")));
                }
              });
      s = s.withParameters(swapped);
    }
    return s;
  }

  /** A phrase for feedback, e.g. "tanh for candidate, forget term dropped". */
  public String describe() {
    return describe(null);
  }

  /**
   * A phrase for a tutor, e.g. "tanh as the candidate activation, h = z ⊙ h(t−1) + (1 − z) ⊙
   * candidate"; with the model's type, dropped terms say what they leave out.
   */
  public String describe(ModelType type) {
    List<String> parts = new java.util.ArrayList<>();
    new java.util.TreeMap<>(activations)
        .forEach((role, a) -> parts.add(a.symbol() + " as the " + role + " activation"));
    new java.util.TreeMap<>(parameters)
        .forEach(
            (unit, p) ->
                new java.util.TreeMap<>(p)
                    .forEach((name, v) -> parts.add(name + " of " + unit + " = " + shown(v))));
    new java.util.TreeMap<>(initial).forEach((state, v) -> parts.add(state + "(0) = " + v));
    new java.util.TreeSet<>(drop)
        .forEach(
            d ->
                parts.add(
                    type == null ? "the " + d + " term left out" : Forms.dropMeaning(type, d)));
    if (swapUW) {
      parts.add("U and W swapped");
    }
    new java.util.TreeMap<>(forms).forEach((name, v) -> parts.add(Forms.meaning(name, v)));
    return String.join(", ", parts);
  }

  /** A matrix as a rubric writes it: one number when every entry is the same ({@code b: 0}). */
  private static String shown(Matrix m) {
    double[] v = m.values();
    for (double d : v) {
      if (d != v[0]) {
        return m.toString();
      }
    }
    return RubricReader.fmt(v[0]);
  }
}
