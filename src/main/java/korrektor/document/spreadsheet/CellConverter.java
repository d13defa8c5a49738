package korrektor.document.spreadsheet;

import java.util.List;
import java.util.Locale;
import korrektor.document.Cell;
import korrektor.document.Location;
import korrektor.document.Problem;
import org.apache.poi.ss.formula.eval.NotImplementedException;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFCell;

/**
 * Turns one POI cell into a {@link Cell}: numbers keep their raw double and their displayed text;
 * text stays text even when it looks numeric; formulas give their cached value, or, when the file
 * stores none (openpyxl, POI), the value the formula evaluator computes.
 */
final class CellConverter {

  // A fixed locale so that the displayed text is the same on every machine. One per thread: it is
  // not thread-safe, costs more to build than a small sheet's cells, and only caches formats.
  private static final ThreadLocal<DataFormatter> FORMATTERS =
      ThreadLocal.withInitial(() -> new DataFormatter(Locale.US));
  private final FormulaEvaluator evaluator;
  private final String file;

  CellConverter(FormulaEvaluator evaluator, String file) {
    this.evaluator = evaluator;
    this.file = file;
  }

  /** The cell, or null when it is blank; problems met are added to {@code problems}. */
  Cell convert(org.apache.poi.ss.usermodel.Cell cell, String sheet, List<Problem> problems) {
    Location location = Location.ofCell(file, sheet, cell.getRowIndex(), cell.getColumnIndex());
    CellType type = cell.getCellType();
    if (type == CellType.FORMULA) {
      return formula(cell, location, problems);
    }
    return switch (type) {
      case NUMERIC -> number(cell, cell.getNumericCellValue(), location);
      case STRING -> text(cell, cell.getStringCellValue(), location);
      case BOOLEAN -> text(cell, booleanText(cell.getBooleanCellValue()), location);
      case ERROR -> text(cell, errorText(cell.getErrorCellValue()), location);
      default -> null;
    };
  }

  private Cell formula(
      org.apache.poi.ss.usermodel.Cell cell, Location location, List<Problem> problems) {
    if (hasCachedValue(cell)) {
      return switch (cell.getCachedFormulaResultType()) {
        case NUMERIC -> number(cell, cell.getNumericCellValue(), location);
        case STRING -> text(cell, cell.getStringCellValue(), location);
        case BOOLEAN -> text(cell, booleanText(cell.getBooleanCellValue()), location);
        case ERROR -> text(cell, errorText(cell.getErrorCellValue()), location);
        default -> null;
      };
    }
    String formula = "=" + cell.getCellFormula();
    try {
      CellValue value = evaluator.evaluate(cell);
      if (value == null) {
        return null;
      }
      return switch (value.getCellType()) {
        case NUMERIC -> number(cell, value.getNumberValue(), location);
        case STRING -> text(cell, value.getStringValue(), location);
        case BOOLEAN -> text(cell, booleanText(value.getBooleanValue()), location);
        case ERROR -> text(cell, errorText(value.getErrorValue()), location);
        default -> null;
      };
    } catch (RuntimeException e) { // NotImplementedException, FormulaParseException, external refs

      problems.add(
          Problem.warning(
              Problem.Kind.UNREAD_CONTENT,
              location,
              "the file stores no value for the formula "
                  + formula
                  + " and it could not be computed here ("
                  + reason(e)
                  + "); open the file in"
                  + " Excel/LibreOffice, save it so the values are stored, and hand it in again"));
      return text(cell, formula, location);
    }
  }

  /**
   * Whether the file stores the formula's last result; POI-written files have no {@code <v>},
   * openpyxl-written ones an empty {@code <v></v>}.
   */
  private static boolean hasCachedValue(org.apache.poi.ss.usermodel.Cell cell) {
    if (cell instanceof XSSFCell xssf) {
      var ct = xssf.getCTCell();
      return ct.isSetV() && ct.getV() != null && !ct.getV().isBlank();
    }
    return true; // .xls always stores a result with the formula record
  }

  private Cell number(org.apache.poi.ss.usermodel.Cell cell, double value, Location location) {
    return number(cell.getRowIndex(), cell.getColumnIndex(), value, cell.getCellStyle(), location);
  }

  private static Cell text(org.apache.poi.ss.usermodel.Cell cell, String text, Location location) {
    return text(cell.getRowIndex(), cell.getColumnIndex(), text, location);
  }

  /**
   * A numeric cell: the raw value and the text the style's data format shows (General without a
   * style).
   */
  static Cell number(int row, int column, double value, CellStyle style, Location location) {
    return style == null
        ? number(row, column, value, (short) 0, "General", location)
        : number(row, column, value, style.getDataFormat(), style.getDataFormatString(), location);
  }

  /**
   * A numeric cell shown in the data format {@code formatIndex}, {@code format}. A value that is no
   * date (a negative number) in a date format is shown with a formatter of its own: the shared one
   * keeps the first format it built for each format string, and one built for a non-date value
   * would show later dates in that format as numbers, one built for a date would show this value as
   * a date of 1969 — what a cell shows would depend on the files read before it.
   */
  static Cell number(
      int row, int column, double value, short formatIndex, String format, Location location) {
    DataFormatter formatter =
        DateUtil.isADateFormat(formatIndex, format) && !DateUtil.isValidExcelDate(value)
            ? new DataFormatter(Locale.US)
            : FORMATTERS.get();
    String shown = formatter.formatRawCellContents(value, formatIndex, format);
    return new Cell(row, column, shown, value, location);
  }

  /** A text cell with the text stripped, or null when nothing is left. */
  static Cell text(int row, int column, String text, Location location) {
    String stripped = text == null ? "" : text.strip();
    return stripped.isEmpty() ? null : new Cell(row, column, stripped, null, location);
  }

  /** How a boolean value is shown. */
  static String booleanText(boolean value) {
    return value ? "TRUE" : "FALSE";
  }

  /** How an error value (a {@link FormulaError} code) is shown, e.g. {@code #DIV/0!}. */
  static String errorText(byte code) {
    return FormulaError.forInt(code).getString();
  }

  private static String reason(RuntimeException e) {
    Throwable t = e.getCause() != null && e instanceof NotImplementedException ? e.getCause() : e;
    String message = t.getMessage();
    return message == null ? t.getClass().getSimpleName() : message.replaceAll("\\s+", " ");
  }
}
