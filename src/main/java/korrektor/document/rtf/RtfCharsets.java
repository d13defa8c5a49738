package korrektor.document.rtf;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The charsets RTF names: the document's code page ({@code \ansicpg1252}, {@code \mac}, {@code
 * \pc}) and a font's {@code \fcharsetN}. The Symbol font (charset 2) is no charset but a glyph
 * table: its Latin letters are the Greek ones ({@code s} is σ), which old Word files use for
 * formulas.
 */
final class RtfCharsets {

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** Marks the Symbol font, whose bytes {@link #symbol} maps. */
  static final Charset SYMBOL = StandardCharsets.US_ASCII;

  private static final String GREEK_LOWER = "αβχδεφγηιϕκλμνοπθρστυϖωξψζ";
  private static final String GREEK_UPPER = "ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ";

  private RtfCharsets() {}

  /** The Java charset of a Windows code page number, or null when Java has none. */
  static Charset codePage(int page) {
    String name =
        switch (page) {
          case 437 -> "IBM437";
          case 850 -> "IBM850";
          case 10000 -> "x-MacRoman";
          case 932 -> "windows-31j";
          case 936 -> "GBK";
          case 949 -> "x-windows-949";
          case 950 -> "x-windows-950";
          case 874 -> "x-windows-874";
          case 65001 -> "UTF-8";
          default -> page >= 1250 && page <= 1258 ? "windows-" + page : null;
        };
    try {
      return name == null ? null : Charset.forName(name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * The charset of a font's {@code \fcharsetN}; null for "the document's" (0, 1) and unknown ones.
   */
  static Charset fontCharset(int fcharset) {
    return switch (fcharset) {
      case 2 -> SYMBOL;
      case 77 -> codePage(10000);
      case 128 -> codePage(932);
      case 129 -> codePage(949);
      case 134 -> codePage(936);
      case 136 -> codePage(950);
      case 161 -> codePage(1253);
      case 162 -> codePage(1254);
      case 163 -> codePage(1258);
      case 177 -> codePage(1255);
      case 178 -> codePage(1256);
      case 186 -> codePage(1257);
      case 204 -> codePage(1251);
      case 222 -> codePage(874);
      case 238 -> codePage(1250);
      default -> null;
    };
  }

  /** A byte in the Symbol font: Greek for Latin letters, the byte itself for the rest of ASCII. */
  static char symbol(int b) {
    if (b >= 'a' && b <= 'z') {
      return GREEK_LOWER.charAt(b - 'a');
    }
    if (b >= 'A' && b <= 'Z') {
      return GREEK_UPPER.charAt(b - 'A');
    }
    return b < 0x80 ? (char) b : '\uFFFD';
  }
}
