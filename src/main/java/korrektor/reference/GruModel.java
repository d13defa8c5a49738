package korrektor.reference;

import static korrektor.reference.Equation.Term.now;
import static korrektor.reference.Equation.Term.previous;

import java.util.ArrayList;
import java.util.List;

/**
 * The gated recurrent unit (Cho et al. 2014; Chung et al. 2014):
 *
 * <pre>
 *   z_t         = act_gate(b^z + U^z·x_t + W^z·h_{t−1})                (update gate, default σ)
 *   r_t         = act_gate(b^r + U^r·x_t + W^r·h_{t−1})                (reset gate, default σ)
 *   candidate_t = act_candidate(b + U·x_t + W·(r_t ⊙ h_{t−1}))         (default tanh; form reset: before)
 *   h_t         = (1 − z_t) ⊙ h_{t−1} + z_t ⊙ candidate_t              (form update: candidate)
 *   output_t    = act_output(V·h_t + c)                                (default σ; only with an output unit)
 * </pre>
 *
 * <p>By default z weights the <em>new</em> candidate, as in Chung et al. (2014, eq. 5). Cho et al.
 * (2014, eq. 7), Goodfellow et al. (eq. 10.45), PyTorch and Keras let z keep the old state: form
 * {@code update: previous}, {@code h_t = z_t ⊙ h_{t−1} + (1 − z_t) ⊙ candidate_t}, with the same
 * gate z. Form {@code reset: after} applies the reset gate after the recurrent product, {@code r_t
 * ⊙ (W·h_{t−1})}, as PyTorch does. Mistakes: {@code reset} dropped (the candidate reads h_{t−1}
 * without r), {@code update} dropped (h_t = candidate_t); r and z are still computed.
 *
 * <p>Activation roles: {@code gate}, {@code candidate}, {@code output}. The state {@code h} starts
 * from the spec's initial value, zero when missing.
 */
final class GruModel {
  static final ModelSchema SCHEMA =
      new ModelSchema(
          ModelType.GRU,
          List.of("z", "r", "candidate"),
          List.of("gate", "candidate", "output"),
          List.of("h"));

  private GruModel() {}

  /** Builds the model of a validated spec. */
  static ReferenceModel create(ModelSpec spec) {
    Activation gate = ModelSchema.activation(spec, "gate", Activation.SIGMOID);
    Activation candidate = ModelSchema.activation(spec, "candidate", Activation.TANH);
    Activation output = ModelSchema.activation(spec, "output", Activation.SIGMOID);
    RecurrentUnit cand = ModelSchema.unit(spec, "candidate");

    List<Equation> equations = new ArrayList<>();
    equations.add(Equation.layer("z", ModelSchema.unit(spec, "z"), gate));
    equations.add(Equation.layer("r", ModelSchema.unit(spec, "r"), gate));
    if (spec.dropped().contains("reset")) {
      equations.add(
          new Equation(
              "candidate",
              List.of(now("x"), previous("h")),
              v -> Vectors.apply(candidate, cand.affine(v.now("x"), v.previous("h")))));
    } else if (spec.form(Forms.RESET).equals("after")) {
      equations.add(
          new Equation(
              "candidate",
              List.of(now("x"), now("r"), previous("h")),
              v ->
                  Vectors.apply(
                      candidate, cand.affineGatedAfter(v.now("x"), v.previous("h"), v.now("r")))));
    } else {
      equations.add(
          new Equation(
              "candidate",
              List.of(now("x"), now("r"), previous("h")),
              v ->
                  Vectors.apply(
                      candidate,
                      cand.affine(v.now("x"), Vectors.hadamard(v.now("r"), v.previous("h"))))));
    }
    if (spec.dropped().contains("update")) {
      equations.add(new Equation("h", List.of(now("candidate")), v -> v.now("candidate")));
    } else if (spec.form(Forms.UPDATE).equals("previous")) {
      equations.add(
          new Equation(
              "h",
              List.of(now("z"), previous("h"), now("candidate")),
              v ->
                  Vectors.plus(
                      Vectors.hadamard(v.now("z"), v.previous("h")),
                      Vectors.hadamard(Vectors.oneMinus(v.now("z")), v.now("candidate")))));
    } else {
      equations.add(
          new Equation(
              "h",
              List.of(now("z"), previous("h"), now("candidate")),
              v ->
                  Vectors.plus(
                      Vectors.hadamard(Vectors.oneMinus(v.now("z")), v.previous("h")),
                      Vectors.hadamard(v.now("z"), v.now("candidate")))));
    }
    ModelSchema.output(spec, output).ifPresent(equations::add);
    return SCHEMA.assemble(spec, equations);
  }
}
