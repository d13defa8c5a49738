package korrektor.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds numbers in text in the writings students use: {@code 0.3907}, {@code 0,3907}, {@code .39},
 * {@code 3.907e-1}, {@code 3,9·10^-1}, {@code −0.3} (U+2212, after {@link Text#normalize}), with
 * {@code ≈} or {@code ~} in front. A comma is a decimal separator when digits follow it directly
 * ({@code 0,39}); a comma followed by a space separates list items ({@code (0.5, 0.3)}). {@link
 * java.text.NumberFormat} is not used: it misreads {@code 0.544} in German locales.
 */
public final class Numbers {
  private static final Pattern NUMBER =
      Pattern.compile(
          "(?<![\\p{L}\\d.,_^])(?:(-|\\+)\\s?)?(\\d+(?:[.,]\\d+)?|[.,]\\d+)"
              + "(?:\\s?(?:[eE]\\s?([-+]?\\d+)|[·x×*]\\s?10\\s?\\^\\s?\\{?\\(?([-+]?\\d+)\\)?\\}?))?"
              + "(\\s?%)?"
              + "(?![\\d\\p{L}]|[.,]\\d)");

  private Numbers() {}

  /**
   * A comma right after a number with a decimal point, before another number: a list separator
   * ({@code (0.50,0.30)}).
   */
  private static final Pattern LIST_COMMA = Pattern.compile("(?<=\\d\\.\\d{1,20}),(?=[-+]?\\d)");

  /** All numbers in a normalised text, left to right. */
  public static List<NumberToken> findAll(String text) {
    List<NumberToken> out = new ArrayList<>();
    if (!hasDigit(text)) {
      return out; // most prose lines: no need to run the pattern
    }
    if (text.indexOf(',') >= 0 && text.indexOf('.') >= 0) {
      // "0.5000,0.3000": a number has one decimal sign, so this comma separates (same length:
      // offsets hold)
      text = LIST_COMMA.matcher(text).replaceAll(";");
    }
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      out.add(token(m, text));
    }
    return out;
  }

  /**
   * The text read as exactly one number (surrounding spaces and {@code ≈} allowed; {@code 57.69 %}
   * is 0.5769).
   */
  public static Optional<NumberToken> whole(String text) {
    if (text.length() > RECENT_MAX_LENGTH) {
      return parseWhole(text);
    }
    Map<String, Optional<NumberToken>> recent = RECENT.get();
    Optional<NumberToken> known = recent.get(text);
    if (known == null) {
      known = parseWhole(text);
      if (recent.size() >= RECENT_SIZE) {
        recent
            .clear(); // a new submission's cells, most likely: start over (cheaper than keeping an
        // LRU order)
      }
      recent.put(text, known);
    }
    return known;
  }

  /**
   * Cell texts recently read on this thread (at most a few hundred; full, it starts over): the
   * extraction rules look at the same cells several times per submission (tables by row, by column,
   * key-value pairs, prose).
   */
  private static final int RECENT_MAX_LENGTH = 64;

  private static final int RECENT_SIZE = 384;
  private static final ThreadLocal<Map<String, Optional<NumberToken>>> RECENT =
      ThreadLocal.withInitial(() -> new HashMap<>(2 * RECENT_SIZE));

  private static Optional<NumberToken> parseWhole(String text) {
    String t = Text.normalize(text);
    if (!hasDigit(t)) {
      return Optional.empty();
    }
    if (!t.isEmpty() && "≈~ca".indexOf(t.charAt(0)) >= 0) {
      t = Regex.replaceFirst(t, "^(?:≈|~|ca\\.?|approx\\.?)\\s*", "");
    }
    Matcher m = NUMBER.matcher(t);
    if (m.matches()) {
      return Optional.of(token(m, t));
    }
    return Optional.empty();
  }

  private static NumberToken token(Matcher m, String text) {
    String sign = m.group(1) == null ? "" : m.group(1);
    String mantissa = m.group(2);
    String exp = m.group(3) != null ? m.group(3) : m.group(4);
    String plain = mantissa.replace(',', '.');
    if (plain.startsWith(".")) {
      plain = "0" + plain;
    }
    int dot = plain.indexOf('.');
    int decimals = dot < 0 ? 0 : plain.length() - dot - 1;
    int sigfigs = significantDigits(plain);
    double value = Double.parseDouble(sign + plain);
    if (exp != null) {
      int e = Integer.parseInt(exp);
      value = value * Math.pow(10, e);
      decimals = Math.max(0, decimals - e);
    }
    if (m.group(5) != null) {
      value = value / 100; // "57.69 %": a share written in percent
      decimals += 2;
    }
    return new NumberToken(
        value, text.substring(m.start(), m.end()).strip(), decimals, sigfigs, m.start(), m.end());
  }

  /** Digits without the decimal point and leading zeros (at least 1). */
  private static int significantDigits(String plain) {
    int digits = 0;
    boolean leading = true;
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      if (c == '.') {
        continue;
      }
      if (leading && c == '0') {
        continue;
      }
      leading = false;
      digits++;
    }
    return Math.max(1, digits);
  }

  /** Whether the text holds an ASCII digit (what {@code \\d} matches). */
  static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }
}
