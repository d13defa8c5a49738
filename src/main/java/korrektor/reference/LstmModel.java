package korrektor.reference;

import static korrektor.reference.Equation.Term.now;
import static korrektor.reference.Equation.Term.previous;

import java.util.ArrayList;
import java.util.List;

/**
 * The LSTM of Goodfellow et al., <i>Deep Learning</i>, §10.10.1, in the exercise sheets' form. For
 * each gate u in {g (input), f (forget), q (output)} and the candidate:
 *
 * <pre>
 *   u_t         = act_gate(b^u + U^u·x_t + W^u·h_{t−1})           (default σ)
 *   candidate_t = act_candidate(b + U·x_t + W·h_{t−1})             (default σ, as on the sheets;
 *                                                                   tanh is the other convention)
 *   s_t         = f_t ⊙ s_{t−1} + g_t ⊙ candidate_t
 *   h_t         = act_state(s_t) ⊙ q_t                             (default tanh)
 *   output_t    = act_output(V·h_t + c)                            (default σ; only with an output unit)
 * </pre>
 *
 * <p>Mistakes a rubric can model by dropping terms: {@code forget} (s = g ⊙ candidate), and a gate
 * left out as a factor: {@code input-gate} (s = f ⊙ s_{t−1} + candidate), {@code forget-gate} (s =
 * s_{t−1} + g ⊙ candidate), {@code output-gate} (h = act_state(s)).
 *
 * <p>Activation roles: {@code gate}, {@code candidate}, {@code state}, {@code output}. States
 * {@code h} and {@code s} start from the spec's initial values, zero when missing.
 */
final class LstmModel {
  static final ModelSchema SCHEMA =
      new ModelSchema(
          ModelType.LSTM,
          List.of("g", "f", "q", "candidate"),
          List.of("gate", "candidate", "state", "output"),
          List.of("h", "s"));

  private LstmModel() {}

  /** Builds the model of a validated spec. */
  static ReferenceModel create(ModelSpec spec) {
    Activation gate = ModelSchema.activation(spec, "gate", Activation.SIGMOID);
    Activation candidate = ModelSchema.activation(spec, "candidate", Activation.SIGMOID);
    Activation state = ModelSchema.activation(spec, "state", Activation.TANH);
    Activation output = ModelSchema.activation(spec, "output", Activation.SIGMOID);

    List<Equation> equations = new ArrayList<>();
    for (String g : List.of("g", "f", "q")) {
      equations.add(Equation.layer(g, ModelSchema.unit(spec, g), gate));
    }
    equations.add(Equation.layer("candidate", ModelSchema.unit(spec, "candidate"), candidate));
    java.util.Set<String> dropped = spec.dropped();
    if (dropped.contains("forget")) {
      // a mistake model: the forget term left out, s = g ⊙ candidate (or candidate, input gate
      // dropped too)
      boolean input = !dropped.contains("input-gate");
      equations.add(
          new Equation(
              "s",
              input ? List.of(now("g"), now("candidate")) : List.of(now("candidate")),
              v -> input ? Vectors.hadamard(v.now("g"), v.now("candidate")) : v.now("candidate")));
    } else {
      // a dropped gate is a factor left out (the gate is still computed and reported)
      boolean forgetGate = !dropped.contains("forget-gate");
      boolean inputGate = !dropped.contains("input-gate");
      List<Equation.Term> terms = new ArrayList<>();
      if (forgetGate) {
        terms.add(now("f"));
      }
      terms.add(previous("s"));
      if (inputGate) {
        terms.add(now("g"));
      }
      terms.add(now("candidate"));
      equations.add(
          new Equation(
              "s",
              terms,
              v ->
                  Vectors.plus(
                      forgetGate ? Vectors.hadamard(v.now("f"), v.previous("s")) : v.previous("s"),
                      inputGate
                          ? Vectors.hadamard(v.now("g"), v.now("candidate"))
                          : v.now("candidate"))));
    }
    if (dropped.contains("output-gate")) {
      equations.add(new Equation("h", List.of(now("s")), v -> Vectors.apply(state, v.now("s"))));
    } else {
      equations.add(
          new Equation(
              "h",
              List.of(now("s"), now("q")),
              v -> Vectors.hadamard(Vectors.apply(state, v.now("s")), v.now("q"))));
    }
    ModelSchema.output(spec, output).ifPresent(equations::add);
    return SCHEMA.assemble(spec, equations);
  }
}
