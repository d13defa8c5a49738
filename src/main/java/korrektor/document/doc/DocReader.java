package korrektor.document.doc;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import korrektor.document.Cell;
import korrektor.document.Document;
import korrektor.document.DocumentReader;
import korrektor.document.Figure;
import korrektor.document.Format;
import korrektor.document.Grid;
import korrektor.document.Location;
import korrektor.document.Problem;
import korrektor.document.ReadFailures;
import korrektor.document.ReadLimits;
import korrektor.document.TextLine;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Reads a Word 97-2003 document (.doc) with POI HWPF: each paragraph of the main text becomes a
 * line ({@code file.doc l.7}; a field's code is left out, its result kept), each table a grid
 * {@code Table 1}, … ({@code file.doc!Table 1!B3}), pictures, shapes and embedded charts figures.
 * An encrypted file, a Word 6/95 file and a damaged one each get their own message.
 */
public final class DocReader implements DocumentReader {

  @Override
  public Set<Format> formats() {
    return Set.of(Format.DOC);
  }

  @Override
  public Document read(Path file, String displayName, ReadLimits limits) {
    try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
      if (encrypted(fs)) {
        return Document.unreadable(displayName, Format.DOC, ReadFailures.encrypted(Format.DOC));
      }
      try (HWPFDocument doc = new HWPFDocument(fs)) {
        return read(doc, displayName, limits);
      }
    } catch (EncryptedDocumentException e) {
      return Document.unreadable(displayName, Format.DOC, ReadFailures.encrypted(Format.DOC));
    } catch (OldWordFileFormatException e) {
      return Document.unreadable(
          displayName,
          Format.DOC,
          "This is a Word 6.0/95 document, which is too old"
              + " to read. Open it in Word or LibreOffice, save it as .docx (or export a PDF) and hand that in.");
    } catch (IOException | RuntimeException e) {
      return Document.unreadable(displayName, Format.DOC, ReadFailures.describe(Format.DOC, e));
    }
  }

  /**
   * Whether the file information block says the document is encrypted (flag {@code fEncrypted});
   * checked before HWPF, which tries a default password and then fails in ways that do not say so.
   */
  private static boolean encrypted(POIFSFileSystem fs) throws IOException {
    try (DocumentInputStream in = fs.createDocumentInputStream("WordDocument")) {
      byte[] fib = in.readNBytes(12);
      return fib.length == 12 && (fib[0x0B] & 0x01) != 0;
    }
  }

  private static Document read(HWPFDocument doc, String file, ReadLimits limits) {
    List<TextLine> lines = new ArrayList<>();
    List<Grid> grids = new ArrayList<>();
    List<Figure> figures = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    RunText runs = new RunText(doc);
    Range range = doc.getRange();
    int cellBudget = limits.maxCells();
    int paragraphs = range.numParagraphs();
    for (int i = 0; i < paragraphs; i++) {
      Paragraph p = range.getParagraph(i);
      if (p.isInTable()) {
        Table table = range.getTable(p);
        String name = "Table " + (grids.size() + 1);
        List<Cell> cells = new ArrayList<>();
        for (int r = 0; r < table.numRows(); r++) {
          TableRow row = table.getRow(r);
          for (int c = 0; c < row.numCells(); c++) {
            Location at = Location.ofCell(file, name, r, c);
            RunText.Result text = runs.of(row.getCell(c));
            add(figures, problems, text, at);
            if (!text.text().isEmpty() && cellBudget-- > 0) {
              cells.add(new Cell(r, c, text.text(), null, at));
            }
          }
        }
        grids.add(new Grid(name, cells, lines.size()));
        i += Math.max(1, table.numParagraphs()) - 1;
        continue;
      }
      if (lines.size() >= limits.maxLines()) {
        problems.add(
            Problem.warning(
                Problem.Kind.TRUNCATED,
                Location.ofFile(file),
                "only the first "
                    + limits.maxLines()
                    + " paragraphs were read; the rest is skipped"));
        break;
      }
      Location at = Location.ofLine(file, 0, lines.size() + 1);
      RunText.Result text = runs.of(p);
      lines.add(TextLine.plain(text.text(), at));
      add(figures, problems, text, at);
    }
    if (cellBudget < 0) {
      problems.add(
          Problem.warning(
              Problem.Kind.TRUNCATED,
              Location.ofFile(file),
              "only the first " + limits.maxCells() + " table cells were read"));
    }
    return new Document(file, Format.DOC, grids, lines, figures, 0, problems)
        .withMetadata(metadata(doc));
  }

  private static void add(
      List<Figure> figures, List<Problem> problems, RunText.Result text, Location at) {
    for (Figure.Kind kind : text.figures()) {
      figures.add(
          new Figure(
              kind,
              switch (kind) {
                case CHART -> "chart";
                case IMAGE -> "picture";
                case DRAWING -> "drawing";
              },
              at));
    }
    for (String object : text.unreadObjects()) {
      problems.add(
          Problem.warning(
              Problem.Kind.UNREAD_CONTENT,
              at,
              "an equation object ("
                  + object
                  + ") cannot be read; write the values"
                  + " as text too, or save the file as .docx with Word's built-in equations"));
    }
  }

  /** Author, last editor, title, application and company from the OLE2 property sets. */
  private static Map<String, String> metadata(HWPFDocument doc) {
    Map<String, String> m = new HashMap<>();
    try {
      var summary = doc.getSummaryInformation();
      if (summary != null) {
        m.put("author", summary.getAuthor());
        m.put("lastModifiedBy", summary.getLastAuthor());
        m.put("title", summary.getTitle());
        m.put("application", summary.getApplicationName());
        m.put("template", summary.getTemplate());
      }
      var more = doc.getDocumentSummaryInformation();
      if (more != null) {
        m.put("company", more.getCompany());
      }
    } catch (RuntimeException e) {
      // metadata is a nice-to-have; broken property sets must not cost the student the grade
    }
    return m;
  }
}
