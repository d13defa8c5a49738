package korrektor.reference;

import static korrektor.reference.Equation.Term.now;
import static korrektor.reference.Equation.Term.previous;

import java.util.ArrayList;
import java.util.List;

/**
 * The gated recurrent unit of Cho et al. (2014), as in Goodfellow et al., <i>Deep Learning</i>,
 * §10.10.2 (there the update gate is called u):
 *
 * <pre>
 *   z_t         = act_gate(b^z + U^z·x_t + W^z·h_{t−1})                (update gate, default σ)
 *   r_t         = act_gate(b^r + U^r·x_t + W^r·h_{t−1})                (reset gate, default σ)
 *   candidate_t = act_candidate(b + U·x_t + W·(r_t ⊙ h_{t−1}))         (default tanh)
 *   h_t         = (1 − z_t) ⊙ h_{t−1} + z_t ⊙ candidate_t
 *   output_t    = act_output(V·h_t + c)                                (default σ; only with an output unit)
 * </pre>
 *
 * <p>Here z weights the <em>new</em> candidate. PyTorch and Keras write {@code h_t = (1 − z_t) ⊙
 * n_t + z_t ⊙ h_{t−1}}, which swaps the roles of z and 1 − z: a rubric copying PyTorch weights
 * must take that into account (see {@code docs/models.md}). The reset gate is applied to h before
 * multiplying by W, as in Cho et al.; PyTorch applies it after (r ⊙ (W·h + b_hn)).
 *
 * <p>Activation roles: {@code gate}, {@code candidate}, {@code output}. The state {@code h} starts
 * from the spec's initial value, zero when missing.
 */
final class GruModel {
  static final ModelSchema SCHEMA = new ModelSchema(ModelType.GRU,
      List.of("z", "r", "candidate"), List.of("gate", "candidate", "output"), List.of("h"));

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
    equations.add(new Equation("candidate", List.of(now("x"), now("r"), previous("h")),
        v -> Vectors.apply(candidate,
            cand.affine(v.now("x"), Vectors.hadamard(v.now("r"), v.previous("h"))))));
    equations.add(new Equation("h", List.of(now("z"), previous("h"), now("candidate")),
        v -> Vectors.plus(Vectors.hadamard(Vectors.oneMinus(v.now("z")), v.previous("h")),
            Vectors.hadamard(v.now("z"), v.now("candidate")))));
    ModelSchema.output(spec, output).ifPresent(equations::add);
    return SCHEMA.assemble(spec, equations);
  }
}
