package korrektor.reference;

import java.util.Map;

/**
 * The parameters of one recurrent unit, {@code b + U·x + W·h}: U is hidden×input, W is
 * hidden×hidden and b (hidden×1) is zero when absent.
 */
record RecurrentUnit(Matrix u, Matrix w, Matrix b) {

  /** Reads a validated unit's parameters. */
  static RecurrentUnit of(Map<String, Matrix> parameters) {
    return new RecurrentUnit(parameters.get("U"), parameters.get("W"), parameters.get("b"));
  }

  /** Hidden size (rows of W). */
  int hidden() {
    return w.rows();
  }

  /**
   * The pre-activation {@code b + U·x + gate ⊙ (W·h)}: a gate applied after the recurrent product.
   */
  double[] affineGatedAfter(double[] x, double[] h, double[] gate) {
    double[] bias = Vectors.orZeros(b, hidden());
    return Vectors.plus(
        bias, Vectors.plus(Vectors.times(u, x), Vectors.hadamard(gate, Vectors.times(w, h))));
  }

  /** The pre-activation {@code b + U·x + W·h}. */
  double[] affine(double[] x, double[] h) {
    double[] bias = Vectors.orZeros(b, hidden());
    return Vectors.plus(bias, Vectors.plus(Vectors.times(u, x), Vectors.times(w, h)));
  }
}
