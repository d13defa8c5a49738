package korrektor.document.spreadsheet;

import java.io.IOException;
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
import korrektor.document.ooxml.OoxmlLimits;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads .xlsx and .xls workbooks (POI's {@link WorkbookFactory}, read-only): every sheet becomes a
 * grid named as the sheet, charts and pictures become figures. Plain .xlsx files are read with
 * POI's streaming API ({@link StreamingXlsx}), which gives the same document faster; whatever it
 * cannot promise to read the same goes the usermodel way. Zip bombs are refused by POI's {@link
 * OoxmlLimits} (POI ZipSecureFile) limits (on both paths: both open the zip through it); at most
 * {@link ReadLimits#maxCells} cells are kept.
 */
public final class WorkbookReader implements DocumentReader {

  static {
    OoxmlLimits.apply(); // zip-bomb limits for POI, process-wide
  }

  @Override
  public Set<Format> formats() {
    return Set.of(Format.XLSX, Format.XLS);
  }

  @Override
  public Document read(Path file, String displayName, ReadLimits limits) {
    Document streamed = StreamingXlsx.read(file, displayName, limits);
    if (streamed != null) {
      return streamed;
    }
    return readWithUsermodel(file, displayName, limits);
  }

  /** The usermodel path: every workbook POI opens, with its figures and formula evaluation. */
  static Document readWithUsermodel(Path file, String displayName, ReadLimits limits) {
    // named before opening: a damaged .xls that POI cannot open is still called an .xls in its
    // message
    Format format = ole2(file) && detected(file) == Format.XLS ? Format.XLS : Format.XLSX;
    try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
      format = workbook instanceof HSSFWorkbook ? Format.XLS : Format.XLSX;
      return read(workbook, format, displayName, limits);
    } catch (EncryptedDocumentException e) {
      return Document.unreadable(displayName, format, ReadFailures.encrypted(format));
    } catch (IOException | RuntimeException e) {
      return Document.unreadable(displayName, format, ReadFailures.describe(format, e));
    }
  }

  /** The detector's format (an encrypted .xlsx is an OLE2 file too, but no .xls). */
  private static Format detected(Path file) {
    try {
      return korrektor.document.detect.FormatDetector.detect(file);
    } catch (IOException | RuntimeException e) {
      return Format.UNKNOWN;
    }
  }

  private static boolean ole2(Path file) {
    try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
      byte[] head = in.readNBytes(4);
      return head.length == 4
          && (head[0] & 0xff) == 0xD0
          && (head[1] & 0xff) == 0xCF
          && (head[2] & 0xff) == 0x11
          && (head[3] & 0xff) == 0xE0;
    } catch (IOException e) {
      return false;
    }
  }

  private static Document read(Workbook workbook, Format format, String file, ReadLimits limits) {
    FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
    CellConverter converter = new CellConverter(evaluator, file);
    List<Grid> grids = new ArrayList<>();
    List<Figure> figures = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    int budget = limits.maxCells();
    for (Sheet sheet : workbook) {
      String name = sheet.getSheetName();
      List<Cell> cells = new ArrayList<>();
      budget = readCells(sheet, converter, cells, problems, budget);
      grids.add(new Grid(name, cells));
      figures.addAll(figures(sheet, file, problems));
      if (budget < 0) {
        problems.add(
            Problem.warning(
                Problem.Kind.TRUNCATED,
                Location.ofFile(file),
                "only the first "
                    + limits.maxCells()
                    + " cells were read (sheet "
                    + name
                    + " and later sheets are cut short)"));
        break;
      }
    }
    return new Document(file, format, grids, List.of(), figures, 0, problems)
        .withMetadata(metadata(workbook));
  }

  /** OOXML core and extended properties, or the OLE2 summary of an .xls. */
  private static java.util.Map<String, String> metadata(Workbook workbook) {
    java.util.Map<String, String> m = new java.util.HashMap<>();
    try {
      if (workbook instanceof org.apache.poi.ooxml.POIXMLDocument x) {
        korrektor.document.ooxml.OoxmlProperties.read(x.getPackage(), m);
      } else if (workbook instanceof HSSFWorkbook h && h.getSummaryInformation() != null) {
        m.put("author", h.getSummaryInformation().getAuthor());
        m.put("lastModifiedBy", h.getSummaryInformation().getLastAuthor());
        m.put("application", h.getSummaryInformation().getApplicationName());
        m.put("template", h.getSummaryInformation().getTemplate());
        m.put("title", h.getSummaryInformation().getTitle());
      }
    } catch (RuntimeException e) {
      // metadata is a nice-to-have; a broken properties part must not cost the student the grade
    }
    return m;
  }

  /** Reads a sheet's cells; returns the cell budget left, negative when it ran out. */
  private static int readCells(
      Sheet sheet, CellConverter converter, List<Cell> cells, List<Problem> problems, int budget) {
    for (Row row : sheet) {
      for (org.apache.poi.ss.usermodel.Cell poiCell : row) {
        Cell cell = converter.convert(poiCell, sheet.getSheetName(), problems);
        if (cell == null) {
          continue;
        }
        if (budget-- <= 0) {
          return -1;
        }
        cells.add(cell);
      }
    }
    return budget;
  }

  private static List<Figure> figures(Sheet sheet, String file, List<Problem> problems) {
    try {
      return WorkbookFigures.of(sheet, file);
    } catch (RuntimeException e) {
      problems.add(
          Problem.warning(
              Problem.Kind.UNREAD_CONTENT,
              Location.ofCell(file, sheet.getSheetName(), 0, 0),
              "the charts and pictures of this sheet could not be read; a tutor should look at"
                  + " the file"));
      return List.of();
    }
  }
}
