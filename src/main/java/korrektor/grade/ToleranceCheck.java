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
    double diff = Math.abs(found.value() - expected);
    List<Boolean> tests = new ArrayList<>();
    if (t.abs() != null || t.rel() != null) {
      double atol = t.abs() == null ? 0 : t.abs();
      double rtol = t.rel() == null ? 0 : t.rel();
      tests.add(diff <= atol + rtol * Math.abs(expected) + 1e-12);
    }
    if (t.decimals() != null || t.decimalsFromAnswer()) {
      int n = t.decimals() != null ? t.decimals() : Math.max(t.minDecimals(), found.decimals());
      tests.add(diff < 0.51 * Math.pow(10, -n));
    }
    if (t.sigfigs() != null || t.sigfigsFromAnswer()) {
      int n = t.sigfigs() != null ? t.sigfigs() : Math.max(t.minSigfigs(), found.sigfigs());
      int k = expected == 0 ? 0 : (int) Math.floor(Math.log10(Math.abs(expected)));
      tests.add(diff < 0.51 * Math.pow(10, k - n + 1));
    }
    if (tests.isEmpty()) {
      return diff == 0;
    }
    return t.combine() == Tolerance.Combine.ALL
        ? tests.stream().allMatch(b -> b)
        : tests.stream().anyMatch(b -> b);
  }
}
