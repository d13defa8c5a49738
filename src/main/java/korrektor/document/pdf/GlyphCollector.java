package korrektor.document.pdf;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects every glyph PDFBox extracts from one page. PDFBox's own word and line grouping is
 * ignored (it may glue {@code 0.544h(2)} into one run); {@link LineBuilder} rebuilds both.
 */
final class GlyphCollector extends PDFTextStripper {

  private final List<Glyph> glyphs = new ArrayList<>();

  GlyphCollector() {
    setSortByPosition(false); // LineBuilder orders the glyphs itself
  }

  /** The glyphs of a 1-based page. */
  List<Glyph> collect(PDDocument document, int page) throws IOException {
    glyphs.clear();
    setStartPage(page);
    setEndPage(page);
    writeText(document, new StringWriter());
    return List.copyOf(glyphs);
  }

  @Override
  protected void writeString(String text, List<TextPosition> positions) {
    for (TextPosition position : positions) {
      glyphs.add(Glyph.of(position));
    }
  }
}
