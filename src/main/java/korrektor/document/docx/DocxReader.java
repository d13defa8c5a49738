package korrektor.document.docx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
import korrektor.document.ooxml.OoxmlLimits;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Reads a Word document (.docx) with POI: each body paragraph becomes one text line ({@code file
 * l.N}) whose text includes its Word equations (OMML) in reading order and starts with its
 * automatic list number as Word shows it ({@code a) }, {@code 1. }, {@code • }), each table a grid
 * named {@code Table 1}, {@code Table 2}, … ({@code file!Table 1!B3}), and pictures and charts
 * figures. Zip bombs are refused by POI's {@link OoxmlLimits} (POI ZipSecureFile) limits; documents
 * with a DTD by POI's XML settings.
 */
public final class DocxReader implements DocumentReader {

  static {
    OoxmlLimits.apply(); // zip-bomb limits for POI, process-wide
  }

  @Override
  public Set<Format> formats() {
    return Set.of(Format.DOCX);
  }

  @Override
  public Document read(Path file, String displayName, ReadLimits limits) {
    try (InputStream in = Files.newInputStream(file);
        XWPFDocument docx = new XWPFDocument(in)) {
      return read(docx, displayName, limits);
    } catch (EncryptedDocumentException e) {
      return Document.unreadable(displayName, Format.DOCX, ReadFailures.encrypted(Format.DOCX));
    } catch (IOException | RuntimeException e) {
      return Document.unreadable(displayName, Format.DOCX, ReadFailures.describe(Format.DOCX, e));
    }
  }

  private static Document read(XWPFDocument docx, String file, ReadLimits limits) {
    List<TextLine> lines = new ArrayList<>();
    List<Grid> grids = new ArrayList<>();
    List<Figure> figures = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    int cellBudget = limits.maxCells();
    WordNumbering numbering = WordNumbering.of(docx);
    for (IBodyElement element : docx.getBodyElements()) {
      if (element instanceof XWPFParagraph paragraph) {
        int number = lines.size() + 1;
        if (number > limits.maxLines()) {
          problems.add(
              Problem.warning(
                  Problem.Kind.TRUNCATED,
                  Location.ofFile(file),
                  "only the first "
                      + limits.maxLines()
                      + " paragraphs were read; the rest is skipped"));
          break;
        }
        Location at = Location.ofLine(file, 0, number);
        ParagraphText.Result text = ParagraphText.of(paragraph.getCTP(), numbering);
        lines.add(TextLine.plain(text.text(), at));
        text.figures().forEach(kind -> figures.add(new Figure(kind, describe(kind), at)));
      } else if (element instanceof XWPFTable table) {
        String name = "Table " + (grids.size() + 1);
        List<Cell> cells = new ArrayList<>();
        List<XWPFTableRow> rows = table.getRows();
        for (int r = 0; r < rows.size() && cellBudget > 0; r++) {
          List<XWPFTableCell> row = rows.get(r).getTableCells();
          for (int c = 0; c < row.size() && cellBudget > 0; c++) {
            ParagraphText.Result text = ParagraphText.of(row.get(c).getCTTc(), numbering);
            Location at = Location.ofCell(file, name, r, c);
            text.figures().forEach(kind -> figures.add(new Figure(kind, describe(kind), at)));
            if (!text.text().isBlank()) {
              cells.add(new Cell(r, c, text.text(), null, at));
              cellBudget--;
            }
          }
        }
        grids.add(new Grid(name, cells, lines.size()));
      }
    }
    if (cellBudget <= 0) {
      problems.add(
          Problem.warning(
              Problem.Kind.TRUNCATED,
              Location.ofFile(file),
              "only the first " + limits.maxCells() + " table cells were read"));
    }
    if (figures.isEmpty() && !docx.getCharts().isEmpty()) {
      figures.add(new Figure(Figure.Kind.CHART, "chart", Location.ofFile(file)));
    }
    return new Document(file, Format.DOCX, grids, lines, figures, 0, problems)
        .withMetadata(metadata(docx));
  }

  /** Core and extended properties: author, last editor, application, template, company. */
  private static java.util.Map<String, String> metadata(XWPFDocument docx) {
    java.util.Map<String, String> m = new java.util.HashMap<>();
    try {
      korrektor.document.ooxml.OoxmlProperties.read(docx.getPackage(), m);
    } catch (RuntimeException e) {
      // metadata is a nice-to-have; a broken properties part must not cost the student the grade
    }
    return m;
  }

  private static String describe(Figure.Kind kind) {
    return switch (kind) {
      case CHART -> "chart";
      case IMAGE -> "picture";
      case DRAWING -> "drawing";
    };
  }
}
