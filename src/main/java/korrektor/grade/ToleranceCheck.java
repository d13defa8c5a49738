package korrektor.grade;

import java.util.ArrayList;
import java.util.List;
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
    List<Double> ratios = new ArrayList<>();
    if (t.abs() != null || t.rel() != null) {
      double atol = t.abs() == null ? 0 : t.abs();
      double rtol = t.rel() == null ? 0 : t.rel();
      ratios.add(ratio(diff, atol + rtol * Math.abs(expected) + 1e-12, false));
    }
    if (t.decimals() != null || t.decimalsFromAnswer()) {
      int n = t.decimals() != null ? t.decimals() : Math.max(t.minDecimals(), found.decimals());
      ratios.add(ratio(diff, 0.51 * Math.pow(10, -n), true));
    }
    if (t.sigfigs() != null || t.sigfigsFromAnswer()) {
      int n = t.sigfigs() != null ? t.sigfigs() : Math.max(t.minSigfigs(), found.sigfigs());
      int k = expected == 0 ? 0 : (int) Math.floor(Math.log10(Math.abs(expected)));
      ratios.add(ratio(diff, 0.51 * Math.pow(10, k - n + 1), true));
    }
    if (ratios.isEmpty()) {
      return diff == 0 ? 0 : Double.POSITIVE_INFINITY;
    }
    return t.combine() == Tolerance.Combine.ALL
        ? ratios.stream().mapToDouble(Double::doubleValue).max().orElseThrow()
        : ratios.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
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
