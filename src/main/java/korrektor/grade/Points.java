package korrektor.grade;

import java.util.Locale;

/**
 * Formats points the way every output writes them: a plain number with a dot, no trailing zeros
 * (7.5, 10, 0.25).
 */
public final class Points {
  private Points() {}

  public static String format(double v) {
    String s = String.format(Locale.ROOT, "%.4f", v);
    s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
    return s.equals("-0") ? "0" : s;
  }
}
