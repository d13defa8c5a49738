package korrektor.feedback;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of every report: DejaVu Sans (regular and bold), shipped in the jar so that umlauts,
 * accents and Greek letters look the same on every machine, in charts and in PDFs (see NOTICE).
 */
final class Fonts {
  static final String REGULAR = "/korrektor/fonts/DejaVuSans.ttf";
  static final String BOLD = "/korrektor/fonts/DejaVuSans-Bold.ttf";
  private static final Font AWT_REGULAR = load(REGULAR);
  private static final Font AWT_BOLD = load(BOLD);

  private Fonts() {}

  /** The font for charts at a size in points. */
  static Font awt(boolean bold, float size) {
    return (bold ? AWT_BOLD : AWT_REGULAR).deriveFont(size);
  }

  /** The font embedded (as a subset) in a PDF. */
  static PDType0Font pdf(PDDocument doc, boolean bold) throws IOException {
    try (InputStream in = open(bold ? BOLD : REGULAR)) {
      return PDType0Font.load(doc, in, true);
    }
  }

  private static Font load(String resource) {
    try (InputStream in = open(resource)) {
      return Font.createFont(Font.TRUETYPE_FONT, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (FontFormatException e) {
      throw new IllegalStateException(
          resource + ": not a TrueType font; the jar is damaged, rebuild it", e);
    }
  }

  private static InputStream open(String resource) throws IOException {
    InputStream in = Fonts.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IOException(
          resource + ": font missing from the class path; rebuild the jar (mvn package)");
    }
    return in;
  }
}
