package korrektor.document.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import korrektor.document.Document;
import korrektor.document.ReadLimits;
import korrektor.document.worker.DocumentJson;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StreamingXlsxTest {

  @TempDir Path dir;

  private Path workbook(String name, Consumer<XSSFWorkbook> fill) throws Exception {
    Path file = dir.resolve(name);
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      fill.accept(wb);
      wb.write(out);
    }
    return file;
  }

  private static CellStyle format(XSSFWorkbook wb, String format) {
    CellStyle style = wb.createCellStyle();
    style.setDataFormat(wb.createDataFormat().getFormat(format));
    return style;
  }

  private static void values(XSSFWorkbook wb) {
    Sheet sheet = wb.createSheet("Values");
    String[] formats = {"0.00", "0.000%", "0.00E+00", "yyyy-mm-dd", "#,##0.00000", "General"};
    for (int i = 0; i < formats.length; i++) {
      Row row = sheet.createRow(i * 2);
      var cell = row.createCell(1);
      cell.setCellValue(1234.56789 / (i + 1));
      cell.setCellStyle(format(wb, formats[i]));
      row.createCell(3).setCellValue("  text " + i + "  ");
    }
    Row row = sheet.createRow(20);
    row.createCell(0).setCellValue(true);
    row.createCell(1).setCellErrorValue(FormulaError.DIV0.getCode());
    row.createCell(2).setCellValue("   ");
    row.createCell(4);
    wb.createSheet("Empty");
    wb.createSheet("Hidden").createRow(0).createCell(0).setCellValue(7);
    wb.setSheetHidden(2, true);
  }

  private static String json(Document document) throws Exception {
    return DocumentJson.toJson(document);
  }

  @Test
  void readsAPlainWorkbookExactlyAsTheUsermodelDoes() throws Exception {
    Path file = workbook("plain.xlsx", StreamingXlsxTest::values);

    Document streamed = StreamingXlsx.read(file, "plain.xlsx", ReadLimits.DEFAULT);

    assertThat(streamed).isNotNull();
    assertThat(json(streamed))
        .isEqualTo(json(WorkbookReader.readWithUsermodel(file, "plain.xlsx", ReadLimits.DEFAULT)));
    assertThat(streamed.grids().get(0).at(20, 1).orElseThrow().text()).isEqualTo("#DIV/0!");
  }

  @Test
  void keepsTheCellBudgetAndItsWarningAsTheUsermodelDoes() throws Exception {
    Path file = workbook("plain.xlsx", StreamingXlsxTest::values);
    ReadLimits limits = new ReadLimits(1 << 20, 1, 5, 10);

    Document streamed = StreamingXlsx.read(file, "plain.xlsx", limits);

    assertThat(streamed).isNotNull();
    assertThat(json(streamed)).isEqualTo(json(WorkbookReader.readWithUsermodel(file, "plain.xlsx", limits)));
    assertThat(streamed.problems()).hasSize(1);
  }

  @Test
  void leavesAFormulaWithoutAStoredResultToTheUsermodel() throws Exception {
    Path file =
        workbook(
            "formula.xlsx",
            wb -> {
              Row row = wb.createSheet("S").createRow(0);
              row.createCell(0).setCellValue(2);
              row.createCell(1).setCellFormula("A1*3");
            });

    assertThat(StreamingXlsx.read(file, "formula.xlsx", ReadLimits.DEFAULT)).isNull();
    assertThat(new WorkbookReader().read(file, "formula.xlsx", ReadLimits.DEFAULT).grids().get(0).at(0, 1))
        .hasValueSatisfying(c -> assertThat(c.number()).isEqualTo(6.0));
  }

  @Test
  void leavesSheetsWithDrawingsToTheUsermodel() throws Exception {
    Path file =
        workbook(
            "drawing.xlsx",
            wb -> {
              var sheet = wb.createSheet("S");
              sheet.createRow(0).createCell(0).setCellValue(1);
              sheet.createDrawingPatriarch();
            });

    assertThat(StreamingXlsx.read(file, "drawing.xlsx", ReadLimits.DEFAULT)).isNull();
  }

  @Test
  void leavesFilesThatAreNoZipToTheUsermodel() throws Exception {
    Path file = dir.resolve("fake.xlsx");
    Files.writeString(file, "not a workbook");

    assertThat(StreamingXlsx.read(file, "fake.xlsx", ReadLimits.DEFAULT)).isNull();
  }
}
