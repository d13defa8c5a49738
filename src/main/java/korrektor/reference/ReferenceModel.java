package korrektor.reference;

import java.util.List;
import java.util.Map;

/**
 * A recurrent model's forward pass written as named equations, one per quantity and step, so that
 * the grader can both compute the reference trace and recompute any single quantity from a
 * student's own values of its inputs (follow-through).
 */
public interface ReferenceModel {

  /**
   * Builds the model a spec describes; the spec is validated first ({@link ModelSpec#validate}).
   */
  static ReferenceModel of(ModelSpec spec) {
    return Models.create(spec);
  }

  /**
   * The quantities this model computes at each step, in computation order (e.g. g, f, q, candidate,
   * s, h, output).
   */
  List<String> quantities();

  /** Number of components of a quantity (1 for scalars). */
  int dimension(String quantity);

  /** Number of time steps (the length of the input sequence). */
  int steps();

  /** Runs the whole forward pass. */
  Trace forward();

  /**
   * The quantities (with steps) that {@code quantity@step} is computed from, including x@step and
   * step-0 initial values.
   */
  List<QuantityRef> inputsOf(QuantityRef target);

  /**
   * Computes {@code target} from the given values of its inputs; inputs missing from the map take
   * their reference values.
   */
  double[] evaluate(QuantityRef target, Map<QuantityRef, double[]> inputs);
}
