package korrektor.document;

/**
 * A word on a page with its geometry, in PDF user-space points (y grows downwards, as PDFBox's
 * {@code getYDirAdj}). Formats without geometry leave the numbers at 0.
 *
 * @param text the word's text, Unicode-normalised by the reader (ligatures split, U+2212 kept)
 * @param x left edge
 * @param y baseline
 * @param width width
 * @param fontSize font size in points; smaller than the line's usual size for sub/superscripts
 */
public record Word(String text, double x, double y, double width, double fontSize) {

  public double centerX() {
    return x + width / 2;
  }

  public double right() {
    return x + width;
  }
}
