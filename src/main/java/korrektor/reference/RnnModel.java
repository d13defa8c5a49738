package korrektor.reference;

import static korrektor.reference.Equation.Term.now;

import java.util.ArrayList;
import java.util.List;

/**
 * The vanilla RNN of Goodfellow et al., <i>Deep Learning</i>, §10.2 (eq. 10.8–10.11):
 *
 * <pre>
 *   a_t      = b + W·h_{t−1} + U·x_t        (unit {@code hidden})
 *   h_t      = act_hidden(a_t)              (default tanh)
 *   output_t = act_output(c + V·h_t)        (default σ; only with an output unit)
 * </pre>
 *
 * <p>Activation roles: {@code hidden}, {@code output}. The state {@code h} starts from the spec's
 * initial value, zero when missing.
 */
final class RnnModel {
  static final ModelSchema SCHEMA =
      new ModelSchema(ModelType.RNN, List.of("hidden"), List.of("hidden", "output"), List.of("h"));

  private RnnModel() {}

  /** Builds the model of a validated spec. */
  static ReferenceModel create(ModelSpec spec) {
    Activation hidden = ModelSchema.activation(spec, "hidden", Activation.TANH);
    Activation output = ModelSchema.activation(spec, "output", Activation.SIGMOID);
    RecurrentUnit unit = ModelSchema.unit(spec, "hidden");

    List<Equation> equations = new ArrayList<>();
    equations.add(Equation.layer("a", unit, Activation.IDENTITY));
    equations.add(new Equation("h", List.of(now("a")), v -> Vectors.apply(hidden, v.now("a"))));
    ModelSchema.output(spec, output).ifPresent(equations::add);
    return SCHEMA.assemble(spec, equations);
  }
}
