package korrektor.document.pdf;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects every glyph PDFBox extracts from one page, in content order, after PDFBox has merged
 * diacritics and dropped duplicated overprinted glyphs, and in the same walk over the page the
 * figures (images and path segments, see {@link FigureOperators}). PDFBox's own word and line
 * grouping is not run (it may glue {@code 0.544h(2)} into one run); {@link LineBuilder} rebuilds
 * both from the glyphs' positions.
 */
final class GlyphCollector extends PDFTextStripper {

  /**
   * What one page holds.
   *
   * @param glyphs the page's glyphs in content order
   * @param figures its images and drawings, or empty when its drawings could not be examined
   */
  record Page(List<Glyph> glyphs, Optional<FigureFinder> figures) {}

  private final List<Glyph> glyphs = new ArrayList<>();
  private final FigureScan figures = new FigureScan();

  GlyphCollector() {
    setSortByPosition(false); // LineBuilder orders the glyphs itself
    FigureOperators.register(this, figures);
  }

  /** The glyphs and figures of a 1-based page. */
  Page collect(PDDocument document, int page) throws IOException {
    glyphs.clear();
    figures.reset();
    setStartPage(page);
    setEndPage(page);
    writeText(document, new StringWriter());
    return new Page(List.copyOf(glyphs), figures.result());
  }

  /**
   * Takes the page's text positions as PDFBox gathered them (per article, in content order) instead
   * of letting it build lines and words: every position would reach {@code writeString} unchanged
   * anyway, and that grouping is thrown away here.
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
