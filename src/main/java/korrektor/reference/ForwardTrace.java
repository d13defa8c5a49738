package korrektor.reference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The trace of one forward pass. Besides the model's quantities (steps 1..T) it answers the states'
 * initial values at step 0 ({@code h@0}, and {@code s@0} for an LSTM) and the input {@code x}
 * (steps 1..T), since follow-through may start from any of them.
 */
final class ForwardTrace implements Trace {
  private final List<String> quantities;
  private final List<String> states;
  private final int steps;
  private final Map<QuantityRef, double[]> values;

  /**
   * @param quantities the model's quantities in computation order
   * @param states the quantities that also have a step-0 value
   * @param values every value, in insertion order (kept for deterministic iteration)
   */
  ForwardTrace(
      List<String> quantities, List<String> states, int steps, Map<QuantityRef, double[]> values) {
    this.quantities = List.copyOf(quantities);
    this.states = List.copyOf(states);
    this.steps = steps;
    Map<QuantityRef, double[]> copy = new LinkedHashMap<>();
    values.forEach((k, v) -> copy.put(k, v.clone()));
    this.values = Collections.unmodifiableMap(copy);
  }

  @Override
  public List<String> quantities() {
    return quantities;
  }

  @Override
  public int steps() {
    return steps;
  }

  @Override
  public double[] value(String quantity, int step) {
    double[] v = step < 0 ? null : values.get(new QuantityRef(quantity, step));
    if (v != null) {
      return v.clone();
    }
    if (!quantities.contains(quantity) && !quantity.equals("x")) {
      throw new IllegalArgumentException(
          "unknown quantity '" + quantity + "'; expected one of " + String.join(", ", known()));
    }
    int first = states.contains(quantity) ? 0 : 1;
    throw new IllegalArgumentException(
        quantity
            + "@"
            + step
            + ": no such step; "
            + quantity
            + " has steps "
            + first
            + ".."
            + steps);
  }

  @Override
  public Map<QuantityRef, double[]> asMap() {
    Map<QuantityRef, double[]> copy = new LinkedHashMap<>();
    values.forEach((k, v) -> copy.put(k, v.clone()));
    return Collections.unmodifiableMap(copy);
  }

  private List<String> known() {
    List<String> names = new ArrayList<>();
    names.add("x");
    names.addAll(quantities);
    return names;
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    values.forEach(
        (k, v) ->
            s.append(k)
                .append(" = ")
                .append(v.length == 1 ? Double.toString(v[0]) : Arrays.toString(v))
                .append('\n'));
    return s.toString();
  }
}
