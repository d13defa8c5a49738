package korrektor.rubric;

/**
 * When a found value counts as equal to the expected one. Each rule that is set gives a test;
 * {@code combine} says whether any or all of them must pass. Formulas (x found, e expected):
 *
 * <ul>
 *   <li>absolute/relative: {@code |x−e| ≤ abs + rel·|e|} (one test when either is set)
 *   <li>decimal places n: {@code |x−e| < 0.51·10^−n}; n fixed, or from the digits the student wrote
 *       after the decimal separator ({@code decimals: answer}), at least {@code minDecimals}
 *   <li>significant figures n: {@code |x−e| < 0.51·10^(k−n+1)} with {@code k = ⌊log10|e|⌋}; n fixed
 *       or from the answer's significant digits, at least {@code minSigfigs}
 * </ul>
 *
 * @param abs absolute tolerance, or null
 * @param rel relative tolerance, or null
 * @param decimals fixed decimal places, or null
 * @param decimalsFromAnswer take n from the student's answer
 * @param minDecimals the least n when taken from the answer (fewer digits are judged as if n were
 *     this)
 * @param sigfigs fixed significant figures, or null
 * @param sigfigsFromAnswer take n from the student's answer
 * @param minSigfigs the least n when taken from the answer
 * @param combine any or all
 */
public record Tolerance(
    Double abs,
    Double rel,
    Integer decimals,
    boolean decimalsFromAnswer,
    int minDecimals,
    Integer sigfigs,
    boolean sigfigsFromAnswer,
    int minSigfigs,
    Combine combine) {

  /** How several rules combine. */
  public enum Combine {
    ANY,
    ALL
  }

  /**
   * A default for hand-computed values: rounding of the student's digits (at least 2 decimals), or
   * 0.0005.
   */
  public static final Tolerance DEFAULT =
      new Tolerance(0.0005, null, null, true, 2, null, false, 1, Combine.ANY);

  public boolean hasRules() {
    return abs != null
        || rel != null
        || decimals != null
        || decimalsFromAnswer
        || sigfigs != null
        || sigfigsFromAnswer;
  }

  /**
   * The largest difference from {@code expected} these rules accept for a value written with {@code
   * decimals} decimal places and {@code sigfigs} significant digits (the most lenient test for
   * {@code any}, the strictest for {@code all}); {@code grade.ToleranceCheck} applies the same
   * formulas to a value found.
   */
  public double allowed(double expected, int decimals, int sigfigs) {
    double out = Double.NaN;
    if (abs != null || rel != null) {
      out = merge(out, (abs == null ? 0 : abs) + (rel == null ? 0 : rel) * Math.abs(expected));
    }
    if (this.decimals != null || decimalsFromAnswer) {
      int n = this.decimals != null ? this.decimals : Math.max(minDecimals, decimals);
      out = merge(out, 0.51 * Math.pow(10, -n));
    }
    if (this.sigfigs != null || sigfigsFromAnswer) {
      int n = this.sigfigs != null ? this.sigfigs : Math.max(minSigfigs, sigfigs);
      int k = expected == 0 ? 0 : (int) Math.floor(Math.log10(Math.abs(expected)));
      out = merge(out, 0.51 * Math.pow(10, k - n + 1));
    }
    return Double.isNaN(out) ? 0 : out;
  }

  private double merge(double sofar, double next) {
    if (Double.isNaN(sofar)) {
      return next;
    }
    return combine == Combine.ALL ? Math.min(sofar, next) : Math.max(sofar, next);
  }
}
