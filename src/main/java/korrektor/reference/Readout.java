package korrektor.reference;

import java.util.Map;

/**
 * The output unit's parameters, {@code c + V·h}: V is output×hidden, c (output×1) zero when absent.
 */
record Readout(Matrix v, Matrix c) {

  /** Reads a validated output unit's parameters. */
  static Readout of(Map<String, Matrix> parameters) {
    return new Readout(parameters.get("V"), parameters.get("c"));
  }

  /** Output size (rows of V). */
  int size() {
    return v.rows();
  }

  /** The pre-activation {@code c + V·h}. */
  double[] affine(double[] h) {
    return Vectors.plus(Vectors.orZeros(c, size()), Vectors.times(v, h));
  }
}
