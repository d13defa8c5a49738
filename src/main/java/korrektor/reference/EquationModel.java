package korrektor.reference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A reference model given as a list of named equations, run in order at every step. The model
 * classes ({@link LstmModel}, {@link RnnModel}, {@link GruModel}) only write down their equations;
 * the forward pass, follow-through evaluation and input listing live here.
 */
final class EquationModel implements ReferenceModel {
  private final ModelType type;
  private final List<Equation> equations;
  private final Map<String, Equation> byQuantity = new LinkedHashMap<>();
  private final List<String> order;
  private final Map<String, Integer> dimensions;
  private final List<String> states;
  private final List<double[]> inputs;
  private final Map<String, double[]> initial;
  private final ForwardTrace reference;

  /**
   * @param equations in computation order
   * @param order the quantities in the order they are listed (the textbook's)
   * @param dimensions components of every quantity, including {@code x} and the states
   * @param inputs x_1 … x_T
   * @param initial step-0 value of every state quantity ({@code h}, maybe {@code s})
   */
  EquationModel(
      ModelType type,
      List<Equation> equations,
      List<String> order,
      Map<String, Integer> dimensions,
      List<double[]> inputs,
      Map<String, double[]> initial) {
    this.type = type;
    this.equations = List.copyOf(equations);
    this.order = List.copyOf(order);
    equations.forEach(e -> byQuantity.put(e.quantity(), e));
    this.dimensions = Map.copyOf(dimensions);
    this.states = List.copyOf(initial.keySet().stream().sorted().toList());
    this.inputs = inputs.stream().map(double[]::clone).toList();
    this.initial = new LinkedHashMap<>(initial);
    this.reference = run();
  }

  @Override
  public List<String> quantities() {
    return order;
  }

  @Override
  public int dimension(String quantity) {
    Integer d = dimensions.get(quantity);
    if (d == null) {
      throw new IllegalArgumentException(
          "unknown quantity '"
              + quantity
              + "'; "
              + ModelSchema.named(type)
              + " has x, "
              + String.join(", ", quantities()));
    }
    return d;
  }

  @Override
  public int steps() {
    return inputs.size();
  }

  @Override
  public Trace forward() {
    return reference;
  }

  @Override
  public List<QuantityRef> inputsOf(QuantityRef target) {
    Equation e = equationFor(target).at(target.step());
    List<QuantityRef> refs = new ArrayList<>();
    e.terms().forEach(t -> refs.add(t.at(target.step())));
    return List.copyOf(refs);
  }

  @Override
  public double[] evaluate(QuantityRef target, Map<QuantityRef, double[]> given) {
    Equation e = equationFor(target).at(target.step());
    Equation.Values values = new Equation.Values();
    for (Equation.Term term : e.terms()) {
      QuantityRef ref = term.at(target.step());
      double[] v = given.get(ref);
      if (v == null) {
        v = reference.value(ref.quantity(), ref.step());
      } else if (v.length != dimension(ref.quantity())) {
        throw new IllegalArgumentException(
            ref
                + ": given "
                + v.length
                + " components but "
                + ref.quantity()
                + " has "
                + dimension(ref.quantity()));
      }
      values.put(term, v.clone());
    }
    return e.formula().apply(values);
  }

  private Equation equationFor(QuantityRef target) {
    Equation e = byQuantity.get(target.quantity());
    if (e == null) {
      String why =
          target.quantity().equals("x") || states.contains(target.quantity())
              ? " is given, not computed"
              : " is not a quantity of " + ModelSchema.named(type);
      throw new IllegalArgumentException(
          target
              + ": "
              + target.quantity()
              + why
              + "; computed quantities are "
              + String.join(", ", quantities()));
    }
    if (target.step() < 1 || target.step() > steps()) {
      throw new IllegalArgumentException(
          target + ": no such step; " + target.quantity() + " is computed at steps 1.." + steps());
    }
    return e;
  }

  private ForwardTrace run() {
    Map<QuantityRef, double[]> values = new LinkedHashMap<>();
    initial.forEach((q, v) -> values.put(new QuantityRef(q, 0), v.clone()));
    for (int t = 1; t <= inputs.size(); t++) {
      values.put(new QuantityRef("x", t), inputs.get(t - 1).clone());
      for (Equation full : equations) {
        Equation e = full.at(t);
        Equation.Values args = new Equation.Values();
        for (Equation.Term term : e.terms()) {
          args.put(term, values.get(term.at(t)));
        }
        values.put(new QuantityRef(e.quantity(), t), e.formula().apply(args));
      }
    }
    return new ForwardTrace(quantities(), states, inputs.size(), values);
  }
}
