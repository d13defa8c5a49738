package korrektor.grade;

import korrektor.extract.NumberToken;
import korrektor.rubric.Tolerance;

/** Applies a {@link Tolerance} to a found number; see there for the formulas. */
public final class ToleranceCheck {
  private ToleranceCheck() {}

  /** Whether {@code found} counts as {@code expected}. */
  public static boolean accepts(Tolerance t, NumberToken found, double expected) {
    return margin(t, found, expected) <= 1.0;
  }

  /**
   * How far the value is from passing: the difference divided by the allowed difference of the
   * deciding test (the most lenient one for {@code any}, the strictest for {@code all}). At most 1
   * passes; 1.1 means 10 % outside.
   */
  public static double margin(Tolerance t, NumberToken found, double expected) {
    double diff = Math.abs(found.value() - expected);
    boolean all = t.combine() == Tolerance.Combine.ALL;
    double decided = 0;
    int tests = 0;
    if (t.abs() != null || t.rel() != null) {
      double atol = t.abs() == null ? 0 : t.abs();
      double rtol = t.rel() == null ? 0 : t.rel();
      decided =
          combine(
              decided, tests++, ratio(diff, atol + rtol * Math.abs(expected) + 1e-12, false), all);
    }
    if (t.decimals() != null || t.decimalsFromAnswer()) {
      int n = t.decimals() != null ? t.decimals() : Math.max(t.minDecimals(), found.decimals());
      decided = combine(decided, tests++, ratio(diff, 0.51 * Math.pow(10, -n), true), all);
    }
    if (t.sigfigs() != null || t.sigfigsFromAnswer()) {
      int n = t.sigfigs() != null ? t.sigfigs() : Math.max(t.minSigfigs(), found.sigfigs());
      int k = expected == 0 ? 0 : (int) Math.floor(Math.log10(Math.abs(expected)));
      decided = combine(decided, tests++, ratio(diff, 0.51 * Math.pow(10, k - n + 1), true), all);
    }
    if (tests == 0) {
      return diff == 0 ? 0 : Double.POSITIVE_INFINITY;
    }
    return decided;
  }

  /**
   * The strictest ({@code all}) or most lenient ({@code any}) of the {@code before} tests so far
   * and the next one.
   */
  private static double combine(double sofar, int before, double next, boolean all) {
    if (before == 0) {
      return next;
    }
    return all ? Math.max(sofar, next) : Math.min(sofar, next);
  }

  /** diff / allowed; a strict test ({@code <}) maps diff == allowed just above 1. */
  private static double ratio(double diff, double allowed, boolean strict) {
    if (allowed <= 0) {
      return diff == 0 ? 0 : Double.POSITIVE_INFINITY;
    }
    double r = diff / allowed;
    return strict && r >= 1.0 ? Math.max(r, Math.nextUp(1.0)) : r;
  }
}
