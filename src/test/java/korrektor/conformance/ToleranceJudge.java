package korrektor.conformance;

import korrektor.rubric.Tolerance;

/**
 * Decides whether a written value is within a rubric's tolerance of the reference, following the
 * rules of docs/rubric.md, written here anew so the suite does not share the grader's code.
 */
final class ToleranceJudge {
  private static final double EPS = 1e-12;

  private ToleranceJudge() {}

  /** Whether {@code written} counts as {@code expected} under {@code t}. */
  static boolean accepts(Tolerance t, Written written, double expected) {
    return accepts(t, written.value(), written.decimals(), written.sigfigs(), expected);
  }

  /** The same for a value with the given decimals and significant digits written. */
  static boolean accepts(
      Tolerance t, double x, int decimalsWritten, int sigfigsWritten, double expected) {
    double diff = Math.abs(x - expected);
    boolean any = false;
    boolean all = true;
    if (t.abs() != null || t.rel() != null) {
      double allowed =
          (t.abs() == null ? 0 : t.abs()) + (t.rel() == null ? 0 : t.rel()) * Math.abs(expected);
      boolean pass = diff <= allowed + EPS;
      any |= pass;
      all &= pass;
    }
    if (t.decimals() != null || t.decimalsFromAnswer()) {
      int n = t.decimalsFromAnswer() ? Math.max(decimalsWritten, t.minDecimals()) : t.decimals();
      boolean pass = diff < 0.51 * Math.pow(10, -n) - EPS;
      any |= pass;
      all &= pass;
    }
    if (t.sigfigs() != null || t.sigfigsFromAnswer()) {
      int n = t.sigfigsFromAnswer() ? Math.max(sigfigsWritten, t.minSigfigs()) : t.sigfigs();
      int k = expected == 0 ? 0 : (int) Math.floor(Math.log10(Math.abs(expected)));
      boolean pass = diff < 0.51 * Math.pow(10, k - n + 1) - EPS;
      any |= pass;
      all &= pass;
    }
    return t.combine() == Tolerance.Combine.ALL ? all : any;
  }
}
