package korrektor.document.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import korrektor.document.Document;
import korrektor.document.DocumentReader;
import korrektor.document.Figure;
import korrektor.document.Format;
import korrektor.document.Location;
import korrektor.document.Problem;
import korrektor.document.ReadFailures;
import korrektor.document.ReadLimits;
import korrektor.document.TextLine;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads a PDF (PDFBox 3) page by page into text lines with word geometry ({@code file p.P l.L}),
 * figures (images and vector plots) and warnings for pages without a text layer. Pages beyond
 * {@link ReadLimits#maxPages} are skipped with a warning.
 */
public final class PdfReader implements DocumentReader {

  /** Path segments in one region above which the region is a plot, not table rules. */
  static final int DRAWING_SEGMENTS = 20;

  /** A page whose largest image covers this share and that has fewer characters is a scan. */
  private static final double SCAN_IMAGE_SHARE = 0.5;

  private static final int SCAN_MAX_CHARS = 20;
  private static final int MAX_GLYPHS_PER_PAGE = 50_000;

  @Override
  public Set<Format> formats() {
    return Set.of(Format.PDF);
  }

  @Override
  public Document read(Path file, String displayName, ReadLimits limits) {
    try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
      return read(pdf, displayName, limits);
    } catch (InvalidPasswordException e) {
      return Document.unreadable(displayName, Format.PDF, ReadFailures.encrypted(Format.PDF));
    } catch (IOException | RuntimeException e) {
      return Document.unreadable(displayName, Format.PDF, ReadFailures.describe(Format.PDF, e));
    }
  }

  private static Document read(PDDocument pdf, String file, ReadLimits limits) throws IOException {
    int pageCount = pdf.getNumberOfPages();
    int pagesToRead = Math.min(pageCount, limits.maxPages());
    List<TextLine> lines = new ArrayList<>();
    List<Figure> figures = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    GlyphCollector collector = new GlyphCollector();
    int characters = 0;
    boolean linesCut = false;
    for (int p = 1; p <= pagesToRead; p++) {
      GlyphCollector.Page page = collector.collect(pdf, p);
      List<Glyph> glyphs = page.glyphs();
      if (glyphs.size() > MAX_GLYPHS_PER_PAGE) {
        problems.add(
            Problem.warning(
                Problem.Kind.TRUNCATED,
                Location.ofLine(file, p, 0),
                "page "
                    + p
                    + " has "
                    + glyphs.size()
                    + " characters; only the first "
                    + MAX_GLYPHS_PER_PAGE
                    + " are read"));
        glyphs = glyphs.subList(0, MAX_GLYPHS_PER_PAGE);
      }
      int pageChars = (int) glyphs.stream().filter(g -> !g.isBlank()).count();
      characters += pageChars;
      int number = 0;
      for (LineBuilder.Line line : LineBuilder.build(glyphs)) {
        number++;
        if (lines.size() >= limits.maxLines()) {
          linesCut = true;
          break;
        }
        lines.add(new TextLine(line.text(), line.words(), Location.ofLine(file, p, number)));
      }
      pageFigures(page.figures(), p, pageChars, file, figures, problems);
    }
    if (linesCut) {
      problems.add(
          Problem.warning(
              Problem.Kind.TRUNCATED,
              Location.ofFile(file),
              "only the first " + limits.maxLines() + " lines were read; the rest is skipped"));
    }
    if (pageCount > pagesToRead) {
      problems.add(
          Problem.warning(
              Problem.Kind.TRUNCATED,
              Location.ofLine(file, pagesToRead + 1, 0),
              "the PDF has "
                  + pageCount
                  + " pages; only the first "
                  + pagesToRead
                  + " were read. Hand in only the pages with your answers."));
    }
    if (pageCount > 0 && characters == 0) {
      problems.add(
          Problem.warning(
              Problem.Kind.NO_TEXT_LAYER,
              Location.ofFile(file),
              "no text layer: this looks like a scan; a tutor has to read it"));
    }
    return new Document(file, Format.PDF, List.of(), lines, figures, pageCount, problems)
        .withMetadata(metadata(pdf));
  }

  /** Author, creator (the program that made the original) and producer (the PDF writer). */
  private static java.util.Map<String, String> metadata(PDDocument pdf) {
    java.util.Map<String, String> m = new java.util.HashMap<>();
    org.apache.pdfbox.pdmodel.PDDocumentInformation info = pdf.getDocumentInformation();
    if (info != null) {
      m.put("author", info.getAuthor());
      m.put("creator", info.getCreator());
      m.put("producer", info.getProducer());
      m.put("title", info.getTitle());
    }
    return m;
  }

  /**
   * Adds the figures the text pass found on page {@code p}; {@code found} is empty when an error in
   * the figure bookkeeping stopped it (the page's text is kept).
   */
  private static void pageFigures(
      Optional<FigureFinder> found,
      int p,
      int pageChars,
      String file,
      List<Figure> figures,
      List<Problem> problems) {
    Location at = Location.ofLine(file, p, 0);
    if (found.isEmpty()) {
      problems.add(
          Problem.warning(
              Problem.Kind.UNREAD_CONTENT,
              at,
              "the drawings on page "
                  + p
                  + " could not be examined; a tutor should check it for plots"));
      return;
    }
    FigureFinder finder = found.get();
    double largestShare = 0;
    for (FigureFinder.PlacedImage image : finder.images()) {
      largestShare = Math.max(largestShare, image.pageShare());
      figures.add(
          new Figure(
              Figure.Kind.IMAGE,
              "image " + image.pixelWidth() + "x" + image.pixelHeight() + " on page " + p,
              at));
    }
    for (FigureFinder.Drawing drawing : finder.drawings(DRAWING_SEGMENTS)) {
      var b = drawing.bounds();
      figures.add(
          new Figure(
              Figure.Kind.DRAWING,
              String.format(
                  Locale.ROOT,
                  "drawing of %d path segments (%.0fx%.0f pt) on page %d",
                  drawing.segments(),
                  b.getWidth(),
                  b.getHeight(),
                  p),
              at));
    }
    if (largestShare >= SCAN_IMAGE_SHARE && pageChars < SCAN_MAX_CHARS) {
      problems.add(
          Problem.warning(
              Problem.Kind.NO_TEXT_LAYER, at, "page " + p + " has no text layer (a scan?)"));
    }
  }
}
