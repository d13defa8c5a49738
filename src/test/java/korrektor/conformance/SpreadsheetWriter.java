package korrektor.conformance;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * .xlsx (POI XSSF) and .xls (POI HSSF): a cell that holds one number becomes a numeric cell with a
 * number format showing the decimals written, sometimes a text cell, sometimes a formula with its
 * cached result (.xlsx: sometimes without one, as openpyxl leaves them); text in column A or B; a
 * new sheet per break.
 */
final class SpreadsheetWriter implements FormatWriter {
  private final boolean xlsx;

  SpreadsheetWriter(boolean xlsx) {
    this.xlsx = xlsx;
  }

  /** Where each number went, for tests: sheet!A1 → text or value. */
  private final Map<String, Piece.Num> placed = new HashMap<>();

  Map<String, Piece.Num> placed() {
    return placed;
  }

  @Override
  public String write(List<Block> blocks, Path file, Random rnd) throws IOException {
    placed.clear();
    double textShare = rnd.nextInt(4) == 0 ? (rnd.nextBoolean() ? 1.0 : 0.3) : 0;
    double formulaShare = rnd.nextInt(4) == 0 ? 0.5 : 0;
    boolean cache = !xlsx || rnd.nextInt(3) != 0;
    int col0 = rnd.nextInt(3) == 0 ? 1 : 0;
    try (Workbook wb = xlsx ? new XSSFWorkbook() : new HSSFWorkbook()) {
      FormulaEvaluator eval = wb.getCreationHelper().createFormulaEvaluator();
      Map<String, CellStyle> styles = new HashMap<>();
      Set<String> names = new HashSet<>();
      Sheet sheet = null;
      int row = 0;
      for (Block b : blocks) {
        if (b instanceof Block.Break br) {
          sheet = wb.createSheet(unique(names, br.title()));
          row = 0;
          continue;
        }
        if (sheet == null) {
          sheet = wb.createSheet(unique(names, rnd.nextBoolean() ? "Sheet1" : "Tabelle1"));
        }
        if (b instanceof Block.Table t) {
          for (List<Line> cells : t.rows()) {
            Row r = sheet.createRow(row++);
            for (int c = 0; c < cells.size(); c++) {
              put(
                  wb,
                  r.createCell(col0 + c),
                  cells.get(c),
                  styles,
                  rnd,
                  textShare,
                  formulaShare,
                  cache,
                  eval);
            }
          }
        } else {
          for (Line l : Block.lines(b)) {
            put(
                wb,
                sheet.createRow(row++).createCell(col0),
                l,
                styles,
                rnd,
                textShare,
                formulaShare,
                cache,
                eval);
          }
        }
        row++;
      }
      if (sheet == null) {
        wb.createSheet("Sheet1");
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        wb.write(out);
      }
    }
    return (xlsx ? "xlsx" : "xls")
        + (textShare > 0 ? " text-numbers" : "")
        + (formulaShare > 0 ? " formulas" : "")
        + (formulaShare > 0 && !cache ? " uncached" : "");
  }

  private void put(
      Workbook wb,
      Cell cell,
      Line line,
      Map<String, CellStyle> styles,
      Random rnd,
      double textShare,
      double formulaShare,
      boolean cache,
      FormulaEvaluator eval) {
    var single = line.singleNumber();
    String ref = cell.getSheet().getSheetName() + "!" + cell.getAddress().formatAsString();
    if (single.isEmpty()) {
      String text = line.plain();
      if (!text.isEmpty()) {
        cell.setCellValue(text);
      }
      return;
    }
    Piece.Num n = single.get();
    placed.put(ref, n);
    Written w = n.written();
    if (w.kind() == Written.Kind.APPROX || rnd.nextDouble() < textShare) {
      cell.setCellValue(w.text());
      return;
    }
    cell.setCellStyle(
        styles.computeIfAbsent(
            format(w),
            f -> {
              CellStyle s = wb.createCellStyle();
              s.setDataFormat(wb.createDataFormat().getFormat(f));
              return s;
            }));
    if (w.kind() != Written.Kind.INTEGER && rnd.nextDouble() < formulaShare) {
      cell.setCellFormula(formula(w));
      if (cache) {
        eval.evaluateFormulaCell(cell);
      }
      return;
    }
    cell.setCellValue(w.value());
  }

  /** A formula whose result is exactly the written value. */
  static String formula(Written w) {
    int d = Math.max(w.decimals(), 0);
    double v = w.value();
    if (v > 0 && v < 1) {
      double z = Math.log(v / (1 - v));
      return "ROUND(1/(1+EXP(-("
          + BigDecimal.valueOf(z).setScale(12, java.math.RoundingMode.HALF_UP).toPlainString()
          + "))), "
          + d
          + ")";
    }
    BigDecimal half = BigDecimal.valueOf(v).divide(BigDecimal.valueOf(2));
    return "ROUND(" + half.toPlainString() + "*2, " + d + ")";
  }

  /** The number format that shows what the student wrote. */
  static String format(Written w) {
    int d = Math.max(w.decimals(), 0);
    return switch (w.kind()) {
      case INTEGER -> "0";
      case PERCENT -> "0" + (d > 2 ? "." + "0".repeat(d - 2) : "") + "%";
      case SCIENTIFIC -> "0." + "0".repeat(Math.max(w.sigfigs() - 1, 1)) + "E+00";
      default -> d == 0 ? "0" : "0." + "0".repeat(Math.min(d, 15));
    };
  }

  private static String unique(Set<String> names, String title) {
    String base = WorkbookUtil.createSafeSheetName(title);
    String name = base;
    for (int i = 2; !names.add(name.toLowerCase(java.util.Locale.ROOT)); i++) {
      name = base + " (" + i + ")";
    }
    return name;
  }
}
