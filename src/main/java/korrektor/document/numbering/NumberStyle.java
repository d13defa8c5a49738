package korrektor.document.numbering;

/**
 * How the number of a list level is written. Word repeats a letter after z ({@code aa, bb}); HTML
 * and OpenDocument (unless {@code style:num-letter-sync}) count on like spreadsheet columns ({@code
 * aa, ab}).
 */
public enum NumberStyle {
  /** 1, 2, 3. */
  DECIMAL,
  /** 01, 02, …, 10 (Word's {@code decimalZero}, CSS {@code decimal-leading-zero}). */
  DECIMAL_ZERO,
  /** a … z, aa, bb (Word's {@code lowerLetter}). */
  LOWER_LETTER,
  /** A … Z, AA, BB. */
  UPPER_LETTER,
  /** a … z, aa, ab (CSS {@code lower-alpha}, ODF {@code a}). */
  LOWER_ALPHA,
  /** A … Z, AA, AB. */
  UPPER_ALPHA,
  /** i, ii, iii, iv. */
  LOWER_ROMAN,
  /** I, II, III, IV. */
  UPPER_ROMAN,
  /** No number: the label is a bullet. */
  BULLET,
  /** No number: a placeholder for this level is left empty. */
  NONE;

  /** Letters longer than this are no list label a student meant. */
  private static final int MAX_LETTERS = 10;

  private static final int[] ROMAN_VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
  private static final String[] ROMAN = {
    "m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"
  };

  /**
   * The number {@code n} written in this style; "" for {@link #BULLET} and {@link #NONE}; null when
   * the style cannot write it (letters and roman numerals below 1, roman numerals from 4000, more
   * than ten letters).
   */
  public String format(int n) {
    return switch (this) {
      case DECIMAL -> Integer.toString(n);
      case DECIMAL_ZERO -> n >= 0 && n < 10 ? "0" + n : Integer.toString(n);
      case LOWER_LETTER -> repeated(n);
      case UPPER_LETTER -> upper(repeated(n));
      case LOWER_ALPHA -> alphabetic(n);
      case UPPER_ALPHA -> upper(alphabetic(n));
      case LOWER_ROMAN -> roman(n);
      case UPPER_ROMAN -> upper(roman(n));
      case BULLET, NONE -> "";
    };
  }

  private static String repeated(int n) {
    if (n < 1 || (n - 1) / 26 >= MAX_LETTERS) {
      return null;
    }
    return String.valueOf((char) ('a' + (n - 1) % 26)).repeat((n - 1) / 26 + 1);
  }

  private static String alphabetic(int n) {
    if (n < 1) {
      return null;
    }
    StringBuilder s = new StringBuilder();
    for (long k = n; k > 0; k = (k - 1) / 26) {
      s.insert(0, (char) ('a' + (k - 1) % 26));
    }
    return s.length() > MAX_LETTERS ? null : s.toString();
  }

  private static String roman(int n) {
    if (n < 1 || n >= 4000) {
      return null;
    }
    StringBuilder s = new StringBuilder();
    int rest = n;
    for (int i = 0; i < ROMAN_VALUES.length; i++) {
      while (rest >= ROMAN_VALUES[i]) {
        s.append(ROMAN[i]);
        rest -= ROMAN_VALUES[i];
      }
    }
    return s.toString();
  }

  private static String upper(String s) {
    return s == null ? null : s.toUpperCase(java.util.Locale.ROOT);
  }
}
