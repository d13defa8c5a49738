package korrektor.reference;

/** Element-wise vector arithmetic and matrix–vector products on plain arrays. */
final class Vectors {
  private Vectors() {}

  /** Returns {@code m · v}; the caller has checked that {@code m} has {@code v.length} columns. */
  static double[] times(Matrix m, double[] v) {
    double[] out = new double[m.rows()];
    for (int i = 0; i < m.rows(); i++) {
      double sum = 0;
      for (int j = 0; j < m.columns(); j++) {
        sum += m.get(i, j) * v[j];
      }
      out[i] = sum;
    }
    return out;
  }

  /** Returns {@code a + b}. */
  static double[] plus(double[] a, double[] b) {
    double[] out = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = a[i] + b[i];
    }
    return out;
  }

  /** Returns the element-wise (Hadamard) product {@code a ⊙ b}. */
  static double[] hadamard(double[] a, double[] b) {
    double[] out = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = a[i] * b[i];
    }
    return out;
  }

  /** Returns {@code 1 − a}, element-wise. */
  static double[] oneMinus(double[] a) {
    double[] out = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = 1.0 - a[i];
    }
    return out;
  }

  /** Applies an activation to every component. */
  static double[] apply(Activation f, double[] a) {
    double[] out = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = f.apply(a[i]);
    }
    return out;
  }

  /** The vector held by an n×1 matrix, or zeros of length {@code n} when it is absent. */
  static double[] orZeros(Matrix column, int n) {
    return column == null ? new double[n] : column.values();
  }
}
