package korrektor.rubric;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import korrektor.reference.Activation;
import korrektor.reference.Matrix;
import korrektor.reference.ModelSpec;

/**
 * A change to the reference model that describes a convention or a mistake: other activations,
 * other parameter values (a bias set to 0, {@code c} left out), other initial states, a dropped
 * term ({@code forget}: s = g·candidate), or U and W swapped.
 *
 * @param activations role → activation
 * @param parameters unit → parameter → value
 * @param initial state → value
 * @param drop terms left out of the equations
 * @param swapUW U and W exchanged in every unit
 */
public record ModelChange(
    Map<String, Activation> activations,
    Map<String, Map<String, Matrix>> parameters,
    Map<String, Matrix> initial,
    Set<String> drop,
    boolean swapUW) {

  public ModelChange {
    activations = Map.copyOf(activations);
    parameters = Map.copyOf(parameters);
    initial = Map.copyOf(initial);
    drop = Set.copyOf(drop);
  }

  /** The spec with this change applied. */
  public ModelSpec apply(ModelSpec spec) {
    ModelSpec s = spec.withActivations(activations).withParameters(parameters).withInitial(initial);
    for (String d : drop) {
      s = s.withDropped(d);
    }
    if (swapUW) {
      Map<String, Map<String, Matrix>> swapped = new HashMap<>();
      s.parameters().forEach((unit, p) -> {
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
    List<String> parts = new java.util.ArrayList<>();
    activations.forEach((role, a) -> parts.add(a.symbol() + " as the " + role + " activation"));
    parameters.forEach((unit, p) -> p.forEach((name, v) -> parts.add(name + " of " + unit + " = " + v)));
    initial.forEach((state, v) -> parts.add(state + "(0) = " + v));
    drop.forEach(d -> parts.add("the " + d + " term left out"));
    if (swapUW) {
      parts.add("U and W swapped");
    }
    return String.join(", ", parts);
  }
}
