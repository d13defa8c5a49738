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
    try (XSSFWorkbook wb = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
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
    assertThat(json(streamed))
        .isEqualTo(json(WorkbookReader.readWithUsermodel(file, "plain.xlsx", limits)));
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
    assertThat(
            new WorkbookReader()
                .read(file, "formula.xlsx", ReadLimits.DEFAULT)
                .grids()
                .get(0)
                .at(0, 1))
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

  @Test
  void readsTheWorkbooksOwnNumberFormatsAsTheUsermodelDoes() throws Exception {
    // a format of the workbook's own that replaces a built-in id (as locale-specific Excel files
    // do), a second definition of an id (the last counts), a style without a format id (General)
    Path file =
        withStyles(
            workbook("plain.xlsx", StreamingXlsxTest::values),
            "formats.xlsx",
            xml ->
                xml.replace(
                        "<numFmts count=\"3\">",
                        "<numFmts count=\"5\"><numFmt numFmtId=\"2\" formatCode=\"0.0000\"/>")
                    .replace(
                        "</numFmts>", "<numFmt numFmtId=\"164\" formatCode=\"0.0\"/></numFmts>")
                    .replace(
                        "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"true\"/>",
                        "<xf fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"true\"/>"));

    Document streamed = StreamingXlsx.read(file, "formats.xlsx", ReadLimits.DEFAULT);

    assertThat(streamed).isNotNull();
    assertThat(json(streamed))
        .isEqualTo(
            json(WorkbookReader.readWithUsermodel(file, "formats.xlsx", ReadLimits.DEFAULT)));
    assertThat(streamed.grids().get(0).at(0, 1).orElseThrow().text()).isEqualTo("1234.5679");
    assertThat(streamed.grids().get(0).at(2, 1).orElseThrow().text()).isEqualTo("617.3");
    assertThat(streamed.grids().get(0).at(10, 1).orElseThrow().text()).isEqualTo("205.761315");
  }

  @Test
  void leavesNumberFormatsItCannotReadExactlyToTheUsermodel() throws Exception {
    Path plain = workbook("plain.xlsx", StreamingXlsxTest::values);
    Path oddId =
        withStyles(
            plain, "odd-id.xlsx", xml -> xml.replace("<xf numFmtId=\"2\"", "<xf numFmtId=\" 2\""));
    Path twoLists =
        withStyles(
            plain,
            "two-lists.xlsx",
            xml -> xml.replace("</cellXfs>", "</cellXfs><cellXfs count=\"0\"/>"));
    Path tooLarge =
        withStyles(
            plain,
            "large-id.xlsx",
            xml -> xml.replace("<xf numFmtId=\"2\"", "<xf numFmtId=\"40000\""));

    assertThat(StreamingXlsx.read(oddId, "odd-id.xlsx", ReadLimits.DEFAULT)).isNull();
    assertThat(StreamingXlsx.read(twoLists, "two-lists.xlsx", ReadLimits.DEFAULT)).isNull();
    assertThat(StreamingXlsx.read(tooLarge, "large-id.xlsx", ReadLimits.DEFAULT)).isNull();
    assertThat(
            new WorkbookReader()
                .read(oddId, "odd-id.xlsx", ReadLimits.DEFAULT)
                .grids()
                .get(0)
                .at(0, 1))
        .hasValueSatisfying(c -> assertThat(c.text()).isEqualTo("1234.57"));
  }

  /**
   * A copy of {@code source} whose styles part is changed by {@code edit} (which must change it).
   */
  private Path withStyles(Path source, String name, java.util.function.UnaryOperator<String> edit)
      throws Exception {
    Path target = dir.resolve(name);
    try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(source.toFile());
        var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(target))) {
      for (var entry : java.util.Collections.list(in.entries())) {
        byte[] bytes = in.getInputStream(entry).readAllBytes();
        if (entry.getName().equals("xl/styles.xml")) {
          String xml = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
          String changed = edit.apply(xml);
          assertThat(changed).as("styles of " + name).isNotEqualTo(xml);
          bytes = changed.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
        out.write(bytes);
        out.closeEntry();
      }
    }
    return target;
  }

  @Test
  void readsWorkbooksAlikeAfterOneWhosePartsAreNotWellFormed() throws Exception {
    // the SAX parser is kept per thread between parts; one that failed half-way is not reused
    Path plain = workbook("plain.xlsx", StreamingXlsxTest::values);
    Path broken =
        withStyles(plain, "broken.xlsx", xml -> xml.replace("</cellXfs>", "</cellXfs><unclosed>"));
    String before = json(StreamingXlsx.read(plain, "plain.xlsx", ReadLimits.DEFAULT));

    assertThat(StreamingXlsx.read(broken, "broken.xlsx", ReadLimits.DEFAULT)).isNull();
    for (int i = 0; i < 300; i++) { // more parts than one parser reads
      assertThat(json(StreamingXlsx.read(plain, "plain.xlsx", ReadLimits.DEFAULT)))
          .isEqualTo(before);
    }
  }
}
