package korrektor.extract;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Normalises student text before matching: minus signs and dashes before digits become {@code -},
 * odd spaces become spaces, Unicode sub/superscript digits become {@code _d} / {@code ^d},
 * combining or spacing tildes and hats follow their letter ({@code s̃} → {@code s~}), and
 * compatibility forms (ligatures) are folded. The result keeps the text's reading order.
 */
public final class Text {
  private static final String SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉";
  private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

  private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

  private Text() {}

  /**
   * Whether {@code c} is what {@code \s} matches in a pattern without {@code
   * UNICODE_CHARACTER_CLASS}: space, tab, line feed, vertical tab, form feed, carriage return. For
   * quick tests that must agree exactly with such a pattern.
   */
  public static boolean isPatternBlank(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  /**
   * Lower case with German umlauts spelled out ({@code ä} → {@code ae}, {@code ß} → {@code ss}) and
   * other accents dropped ({@code é} → {@code e}): text as it survives re-typing on any keyboard.
   * Plain ASCII is only lower-cased.
   */
  public static String fold(String s) {
    String t = s.toLowerCase(Locale.ROOT);
    if (t.chars().allMatch(c -> c < 128)) {
      return t;
    }
    t = t.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
    return MARKS.matcher(Normalizer.normalize(t, Normalizer.Form.NFD)).replaceAll("");
  }

  /**
   * Printable ASCII without the characters normalisation changes ({@code ~ ^} tab): nothing to do
   * but spaces.
   */
  private static boolean plainAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c > 0x7e || c == '~') {
        return false;
      }
    }
    return true;
  }

  public static String normalize(String s) {
    if (plainAscii(s)) {
      return s.indexOf("  ") >= 0 ? Regex.replaceAll(s, "[ ]{2,}", " ").strip() : s.strip();
    }
    // composed first, so that a letter with a combining hat from a PDF (y + U+0302) reads like the
    // precomposed one a rubric lists (ŷ); letters with no precomposed form keep the mark (s̃ → s~)
    s = Normalizer.normalize(s, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      int sub = SUBSCRIPTS.indexOf(ch);
      int sup = SUPERSCRIPTS.indexOf(ch);
      boolean afterSub = i > 0 && SUBSCRIPTS.indexOf(s.charAt(i - 1)) >= 0;
      boolean afterSup = i > 0 && SUPERSCRIPTS.indexOf(s.charAt(i - 1)) >= 0;
      if (sub >= 0) {
        out.append(afterSub ? "" : "_").append((char) ('0' + sub)); // g₁₀ is g_10, not g_1_0
      } else if (sup >= 0) {
        out.append(afterSup ? "" : "^").append((char) ('0' + sup));
      } else if (ch == '₍' || ch == '⁽') {
        out.append(ch == '⁽' ? "^(" : "_(");
      } else if (ch == '₎' || ch == '⁾') {
        out.append(')');
      } else if (ch == '\u2212'
          || ch == '\u2012'
          || ch == '\u2013'
          || ch == '\uFE63'
          || ch == '\uFF0D') {
        out.append('-');
      } else if (ch == '\u00A0'
          || ch == '\u2009'
          || ch == '\u202F'
          || ch == '\u2007'
          || ch == '\u2002'
          || ch == '\u2003'
          || ch == '\t') {
        out.append(' ');
      } else if (ch == '\u0303' || ch == '\u02DC' || ch == '\u223C') {
        out.append('~');
      } else if (ch == '\u0302' || ch == '\u02C6') {
        out.append('^').append('^');
      } else if (ch == '\u2248') {
        out.append('≈');
      } else {
        out.append(ch);
      }
    }
    String folded = Normalizer.normalize(out, Normalizer.Form.NFKC);
    // "~s" (tilde typeset before its letter, as PDF text of \tilde{s} often comes out) -> "s~"
    folded = Regex.replaceAll(folded, "(?<![\\p{L}\\d])~\\s?([A-Za-z])(?![A-Za-z])", "$1~");
    folded = folded.replace("^^", "^"); // hat
    return Regex.replaceAll(folded, "[ ]{2,}", " ").strip();
  }
}
