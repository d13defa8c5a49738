package korrektor.conformance;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * How one student writes numbers (reading-cases §4): decimals, decimal comma, a dropped leading
 * zero, e-notation, percent, an approximation sign, a Unicode minus, truncation. A student keeps
 * one style throughout a document.
 *
 * @param id the family name in reports
 * @param decimals decimal places of values, -1 for full precision (11 places)
 * @param truncate cut instead of rounding
 * @param comma decimal comma
 * @param noLeadingZero {@code ,5769} / {@code .5769}
 * @param sci e-notation ({@code 5.769e-01}, or {@code 5,769E-1} with a comma)
 * @param percent values of gates and sigmoid outputs as percent ({@code 57.69 %})
 * @param approx a leading {@code ≈}
 * @param unicodeMinus {@code −} (U+2212) for negative numbers
 * @param python as Python prints floats: the shortest repr ({@code decimals} -1), or {@code
 *     round(x, n)} with trailing zeros dropped ({@code 0.577} for 0.5770)
 */
record NumberStyle(
    String id,
    int decimals,
    boolean truncate,
    boolean comma,
    boolean noLeadingZero,
    boolean sci,
    boolean percent,
    boolean approx,
    boolean unicodeMinus,
    boolean python) {

  NumberStyle(
      String id,
      int decimals,
      boolean truncate,
      boolean comma,
      boolean noLeadingZero,
      boolean sci,
      boolean percent,
      boolean approx,
      boolean unicodeMinus) {
    this(id, decimals, truncate, comma, noLeadingZero, sci, percent, approx, unicodeMinus, false);
  }

  /** Python's {@code print(x)}: the shortest text that reads back as the same double. */
  static final NumberStyle PY_REPR =
      new NumberStyle("py-repr", -1, false, false, false, false, false, false, false, true);

  /** Python's {@code print(round(x, 4))}. */
  static final NumberStyle PY_ROUND4 =
      new NumberStyle("py-round4", 4, false, false, false, false, false, false, false, true);

  /** numpy's and pandas' fixed decimals ({@code %.6f}). */
  static final NumberStyle FIXED6 =
      new NumberStyle("fixed6", 6, false, false, false, false, false, false, false, false);

  static final NumberStyle FIXED8 =
      new NumberStyle("fixed8", 8, false, false, false, false, false, false, false, false);

  /** Every number family, as reading-cases §4 lists them. */
  static final List<NumberStyle> ALL =
      List.of(
          new NumberStyle("plain4", 4, false, false, false, false, false, false, false),
          new NumberStyle("plain3", 3, false, false, false, false, false, false, false),
          new NumberStyle("plain2", 2, false, false, false, false, false, false, false),
          new NumberStyle("comma4", 4, false, true, false, false, false, false, false),
          new NumberStyle("comma3", 3, false, true, false, false, false, false, false),
          new NumberStyle("no-leading-zero", 4, false, false, true, false, false, false, false),
          new NumberStyle(
              "comma-no-leading-zero", 4, false, true, true, false, false, false, false),
          new NumberStyle("scientific", 4, false, false, false, true, false, false, false),
          new NumberStyle("scientific-comma", 4, false, true, false, true, false, false, false),
          new NumberStyle("percent", 4, false, false, false, false, true, false, false),
          new NumberStyle("full", -1, false, false, false, false, false, false, false),
          new NumberStyle("approx", 2, false, false, false, false, false, true, false),
          new NumberStyle("unicode-minus", 4, false, false, false, false, false, false, true),
          new NumberStyle("truncated", 4, true, false, false, false, false, false, false));

  /** This style with another number of decimals (a student who rounded while computing). */
  NumberStyle withDecimals(int d) {
    return new NumberStyle(
        id, d, truncate, comma, noLeadingZero, sci, percent, approx, unicodeMinus, python);
  }

  /**
   * Writes an answer; {@code unitInterval} marks gates and sigmoid outputs (percent is for them).
   */
  Written write(double v, boolean unitInterval) {
    int d = decimals < 0 ? 11 : decimals;
    if (python) {
      BigDecimal b =
          decimals < 0
              ? new BigDecimal(Double.toString(v))
              : scale(BigDecimal.valueOf(v), d).stripTrailingZeros();
      if (b.scale() < 1) {
        b = b.setScale(1);
      }
      return new Written(b.toPlainString(), b.doubleValue(), b.scale(), sig(b), Written.Kind.PLAIN);
    }
    if (v == 0) {
      return new Written("0", 0, 0, 1, Written.Kind.INTEGER);
    }
    if (percent && unitInterval && v > 0 && v < 1) {
      BigDecimal p = scale(BigDecimal.valueOf(v).movePointRight(2), Math.max(d - 2, 1));
      String text = dec(p.toPlainString()) + (comma ? " %" : "%");
      return new Written(
          text, p.movePointLeft(2).doubleValue(), p.scale() + 2, sig(p), Written.Kind.PERCENT);
    }
    if (sci) {
      int sigs = Math.max(d, 2);
      BigDecimal r =
          BigDecimal.valueOf(v)
              .round(new MathContext(sigs, truncate ? RoundingMode.DOWN : RoundingMode.HALF_UP));
      int exp = r.precision() - r.scale() - 1;
      BigDecimal mantissa = r.movePointLeft(exp).setScale(sigs - 1, RoundingMode.UNNECESSARY);
      String e =
          comma ? "E" + exp : "e" + (exp < 0 ? "-" : "+") + String.format("%02d", Math.abs(exp));
      String text = minus(dec(mantissa.toPlainString()) + e);
      return new Written(
          text, r.doubleValue(), Math.max(0, sigs - 1 - exp), sigs, Written.Kind.SCIENTIFIC);
    }
    BigDecimal r = scale(BigDecimal.valueOf(v), d);
    String text = r.toPlainString();
    if (noLeadingZero) {
      text = text.replaceFirst("^(-?)0\\.", "$1.");
    }
    text = minus(dec(text));
    if (approx) {
      text = "≈" + text;
    }
    return new Written(
        text,
        r.doubleValue(),
        r.scale(),
        sig(r),
        approx ? Written.Kind.APPROX : Written.Kind.PLAIN);
  }

  /**
   * Writes a given number exactly as a student restates it ({@code 0,3}, {@code −0.3}, {@code 1}).
   */
  Written exact(double v) {
    BigDecimal b = BigDecimal.valueOf(v).stripTrailingZeros();
    if (b.scale() < 0) {
      b = b.setScale(0);
    }
    String text = minus(dec(b.toPlainString()));
    return new Written(
        text,
        v,
        Math.max(b.scale(), 0),
        sig(b),
        b.scale() == 0 ? Written.Kind.INTEGER : Written.Kind.PLAIN);
  }

  /** A whole number (a step, a point count, an id). */
  static Written integer(long n) {
    return new Written(
        Long.toString(n), n, 0, Long.toString(Math.abs(n)).length(), Written.Kind.INTEGER);
  }

  /** The separator a student uses between the numbers of a vector. */
  String listSeparator() {
    return comma ? "; " : ", ";
  }

  private BigDecimal scale(BigDecimal b, int d) {
    return b.setScale(d, truncate ? RoundingMode.DOWN : RoundingMode.HALF_UP);
  }

  private String dec(String s) {
    return comma ? s.replace('.', ',') : s;
  }

  private String minus(String s) {
    return unicodeMinus ? s.replace('-', '−') : s;
  }

  private static int sig(BigDecimal b) {
    BigDecimal a = b.abs();
    return a.signum() == 0 ? 1 : a.unscaledValue().toString().replaceFirst("^0+", "").length();
  }
}
