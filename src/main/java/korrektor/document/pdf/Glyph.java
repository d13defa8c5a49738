package korrektor.document.pdf;

import java.util.Map;
import org.apache.pdfbox.text.TextPosition;

/**
 * One character drawn on a page, in direction-adjusted user space (y grows downwards).
 *
 * @param text the character(s), ligatures split
 * @param x left edge
 * @param y baseline
 * @param width advance width
 * @param fontSize font size in points
 * @param spaceWidth the width of a space in this font, 0 when unknown
 */
record Glyph(String text, double x, double y, double width, double fontSize, double spaceWidth) {

  private static final Map<Character, String> LIGATURES =
      Map.of(
          '\uFB00', "ff",
          '\uFB01', "fi",
          '\uFB02', "fl",
          '\uFB03', "ffi",
          '\uFB04', "ffl",
          '\uFB05', "st",
          '\uFB06', "st");

  static Glyph of(TextPosition p) {
    double size = p.getFontSizeInPt();
    if (!(size > 0) || Double.isInfinite(size)) {
      size = p.getHeightDir() > 0 ? p.getHeightDir() : 10;
    }
    double space = p.getWidthOfSpace();
    if (!(space > 0) || Double.isInfinite(space)) {
      space = 0;
    }
    return new Glyph(
        normalise(p.getUnicode()), p.getXDirAdj(), p.getYDirAdj(), p.getWidthDirAdj(), size, space);
  }

  /** Splits ligatures; leaves everything else (U+2212 minus, Greek, sub/superscript digits). */
  static String normalise(String unicode) {
    if (unicode == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(unicode.length());
    for (int i = 0; i < unicode.length(); i++) {
      char c = unicode.charAt(i);
      String replacement = LIGATURES.get(c);
      if (replacement != null) {
        out.append(replacement);
      } else if (c == '\u00A0') {
        out.append(' ');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  boolean isBlank() {
    return text.isBlank();
  }

  double right() {
    return x + width;
  }
}
