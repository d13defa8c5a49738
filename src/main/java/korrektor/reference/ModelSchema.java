package korrektor.reference;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a model type expects from a {@link ModelSpec}: its recurrent units, activation roles and
 * state quantities; every type may also have an {@code output} unit (V, c). Also assembles a
 * validated spec's equations into an {@link EquationModel}.
 *
 * @param type the model type
 * @param units the required recurrent units (each with U, W and optional b), in order
 * @param roles the activation roles a rubric may set
 * @param states the quantities with a step-0 initial value
 */
record ModelSchema(ModelType type, List<String> units, List<String> roles, List<String> states) {

  /** The name of the optional output unit. */
  static final String OUTPUT = "output";

  /** Parameters of a recurrent unit. */
  static final List<String> UNIT_PARAMETERS = List.of("U", "W", "b");

  /** Parameters of the output unit. */
  static final List<String> OUTPUT_PARAMETERS = List.of("V", "c");

  ModelSchema {
    units = List.copyOf(units);
    roles = List.copyOf(roles);
    states = List.copyOf(states);
  }

  /** "an lstm", "an rnn", "a gru", for messages. */
  String named() {
    return named(type);
  }

  /** "an lstm", "an rnn", "a gru", for messages. */
  static String named(ModelType type) {
    return (type == ModelType.GRU ? "a " : "an ") + type.id();
  }

  /** The activation for a role, or the default when the spec leaves it out. */
  static Activation activation(ModelSpec spec, String role, Activation fallback) {
    return spec.activations().getOrDefault(role, fallback);
  }

  /** The recurrent unit of a validated spec (without its bias when the spec drops the biases). */
  static RecurrentUnit unit(ModelSpec spec, String name) {
    RecurrentUnit u = RecurrentUnit.of(spec.parameters().get(name));
    return spec.dropped().contains(Forms.BIASES) ? new RecurrentUnit(u.u(), u.w(), null) : u;
  }

  /**
   * The output equation, when the spec has an output unit (without c when the spec drops the
   * biases).
   */
  static Optional<Equation> output(ModelSpec spec, Activation act) {
    Map<String, Matrix> p = spec.parameters().get(OUTPUT);
    if (p == null) {
      return Optional.empty();
    }
    Readout r = Readout.of(p);
    if (spec.dropped().contains(Forms.BIASES)) {
      r = new Readout(r.v(), null);
    }
    return Optional.of(Equation.readout(r, act));
  }

  /**
   * Builds the model from a validated spec and its equations, in the textbook's order (the order
   * quantities are listed in); the {@code recurrence} form may compute them in another.
   */
  EquationModel assemble(ModelSpec spec, List<Equation> textbook) {
    List<String> order = textbook.stream().map(Equation::quantity).toList();
    List<Equation> equations = Recurrence.apply(spec.form(Forms.RECURRENCE), textbook, states);
    int hidden = unit(spec, units.get(0)).hidden();
    Map<String, Integer> dimensions = new LinkedHashMap<>();
    dimensions.put("x", spec.inputs().get(0).rows());
    states.forEach(s -> dimensions.put(s, hidden));
    for (Equation e : equations) {
      dimensions.put(e.quantity(), hidden);
    }
    Map<String, Matrix> out = spec.parameters().get(OUTPUT);
    if (out != null) {
      dimensions.put(OUTPUT, out.get("V").rows());
    }
    Map<String, double[]> initial = new LinkedHashMap<>();
    for (String s : states) {
      initial.put(s, Vectors.orZeros(spec.initial().get(s), hidden));
    }
    List<double[]> inputs = spec.inputs().stream().map(Matrix::values).toList();
    return new EquationModel(type, equations, order, dimensions, inputs, initial);
  }
}
