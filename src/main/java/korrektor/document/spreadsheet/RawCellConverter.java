package korrektor.document.spreadsheet;

import java.util.List;
import korrektor.document.Cell;
import korrektor.document.Location;
import org.apache.poi.ss.usermodel.FormulaError;

/**
 * Turns a {@link RawCell} into a {@link Cell} by the rules of {@link CellConverter}, reading the
 * stored value the way {@code XSSFCell} does. A formula without a stored result, or a value {@code
 * XSSFCell} would fail on or replace, throws {@link NotStreamable}.
 */
final class RawCellConverter {
  private final StyleFormats styles;
  private final List<String> sharedStrings;
  private final String file;

  /**
   * @param styles the number formats of the workbook's cell styles
   * @param sharedStrings the workbook's shared strings, null when it has none
   * @param file the file name the locations give
   */
  RawCellConverter(StyleFormats styles, List<String> sharedStrings, String file) {
    this.styles = styles;
    this.sharedStrings = sharedStrings;
    this.file = file;
  }

  /** The cell, or null when it is blank. */
  Cell convert(RawCell raw, String sheet) {
    Location location = Location.ofCell(file, sheet, raw.row(), raw.column());
    String v = raw.value();
    if (raw.formula() && (v == null || v.isBlank())) {
      throw new NotStreamable("formula without a stored result");
    }
    int row = raw.row();
    int column = raw.column();
    return switch (raw.type()) {
      case "n" -> {
        if (v == null) {
          yield null;
        }
        int xf = style(raw);
        yield CellConverter.number(
            row, column, number(v), styles.index(xf), styles.format(xf), location);
      }
      case "b" ->
          CellConverter.text(row, column, CellConverter.booleanText("1".equals(v)), location);
      case "e" -> CellConverter.text(row, column, error(v), location);
      default -> CellConverter.text(row, column, string(raw), location);
    };
  }

  private static double number(String v) {
    if (v.isEmpty()) {
      return 0.0;
    }
    try {
      return Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw new NotStreamable("not a number: " + v);
    }
  }

  private static String error(String v) {
    if (v == null) {
      throw new NotStreamable("error cell without a value");
    }
    try {
      return CellConverter.errorText(FormulaError.forString(v).getCode());
    } catch (IllegalArgumentException e) {
      throw new NotStreamable("unknown error value " + v);
    }
  }

  /** The text of a string cell, as {@code XSSFCell.getStringCellValue()} finds it. */
  private String string(RawCell raw) {
    String v = raw.value();
    return switch (raw.type()) {
      case "inlineStr" -> raw.inlineSet() ? raw.inline() : v == null ? "" : RichText.decode(v);
      case "str" -> v == null ? "" : RichText.decode(v);
      default -> v == null ? "" : sharedString(v);
    };
  }

  private String sharedString(String v) {
    int index;
    try {
      index = Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new NotStreamable("bad shared string index " + v);
    }
    if (sharedStrings == null || index < 0 || index >= sharedStrings.size()) {
      throw new NotStreamable("no shared string " + v);
    }
    return sharedStrings.get(index);
  }

  /**
   * The cell's own style, else the workbook's first (column styles are refused in {@link
   * SheetXml}).
   */
  private int style(RawCell raw) {
    int index = Math.max(raw.style(), 0);
    if (index >= styles.count()) {
      throw new NotStreamable("no cell style " + index);
    }
    return index;
  }
}
