package korrektor.document.pdf;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects every glyph PDFBox extracts from one page, in content order, after PDFBox has merged
 * diacritics and dropped duplicated overprinted glyphs. PDFBox's own word and line grouping is not
 * run (it may glue {@code 0.544h(2)} into one run); {@link LineBuilder} rebuilds both from the
 * glyphs' positions.
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

  /**
   * Takes the page's text positions as PDFBox gathered them (per article, in content order)
   * instead of letting it build lines and words: every position would reach {@code writeString}
   * unchanged anyway, and that grouping is thrown away here.
   */
  @Override
  protected void writePage() {
    for (List<TextPosition> article : getCharactersByArticle()) {
      for (TextPosition position : article) {
        glyphs.add(Glyph.of(position));
      }
    }
  }
}
