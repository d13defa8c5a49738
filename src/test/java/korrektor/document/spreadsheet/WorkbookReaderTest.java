package korrektor.document.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import korrektor.document.Cell;
import korrektor.document.Document;
import korrektor.document.Figure;
import korrektor.document.Fixtures;
import korrektor.document.Format;
import korrektor.document.Grid;
import korrektor.document.Problem;
import korrektor.document.ReadLimits;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookReaderTest {

  @TempDir Path dir;
  private final WorkbookReader reader = new WorkbookReader();

  private Document read(Path file) {
    return reader.read(file, file.getFileName().toString(), ReadLimits.DEFAULT);
  }

  @Test
  void readsFormulaWithoutCachedValueByEvaluatingIt() throws Exception {
    Document doc = read(Fixtures.workbook(dir, "lstm.xlsx", false));

    Cell formula = doc.grids().get(0).at(1, 3).orElseThrow();
    assertThat(formula.number()).isEqualTo(1.088);
    assertThat(formula.text()).isEqualTo("1.088");
    assertThat(formula.location().toString()).isEqualTo("lstm.xlsx!LSTM!D2");
    assertThat(doc.problems()).isEmpty();
  }

  @Test
  void keepsRawNumberAndDisplayedTextOfNumericCells() throws Exception {
    Document doc = read(Fixtures.workbook(dir, "lstm.xlsx", false));

    Cell h = doc.grids().get(0).at(1, 1).orElseThrow();
    assertThat(h.number()).isEqualTo(0.544);
    assertThat(h.text()).isEqualTo("0.544");
    assertThat(doc.format()).isEqualTo(Format.XLSX);
  }

  @Test
  void keepsNumericLookingTextAsText() throws Exception {
    Cell c = read(Fixtures.workbook(dir, "lstm.xlsx", false)).grids().get(0).at(1, 2).orElseThrow();

    assertThat(c.text()).isEqualTo("0,3907");
    assertThat(c.number()).isNull();
  }

  @Test
  void readsEverySheetAsAGridNamedAsTheSheet() throws Exception {
    Document doc = read(Fixtures.workbook(dir, "lstm.xlsx", false));

    assertThat(doc.grids()).extracting(Grid::name).containsExactly("LSTM", "Notes");
    Cell bool = doc.grids().get(1).at(2, 1).orElseThrow();
    assertThat(bool.text()).isEqualTo("TRUE");
    assertThat(bool.number()).isNull();
  }

  @Test
  void readsXlsWorkbooksToo() throws Exception {
    Document doc = read(Fixtures.workbook(dir, "lstm.xls", true));

    assertThat(doc.format()).isEqualTo(Format.XLS);
    Grid grid = doc.grids().get(0);
    assertThat(grid.at(1, 1).orElseThrow().number()).isEqualTo(0.544);
    assertThat(grid.at(1, 2).orElseThrow().number()).isNull();
    assertThat(grid.at(0, 0).orElseThrow().location().toString()).isEqualTo("lstm.xls!LSTM!A1");
  }

  @Test
  void keepsFormulaTextWithWarningWhenItCannotBeEvaluated() throws Exception {
    Path file = dir.resolve("odd.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      wb.createSheet("S").createRow(0).createCell(0).setCellFormula("INFO(\"osversion\")");
      Fixtures.write(wb, file);
    }

    Document doc = read(file);

    assertThat(doc.grids().get(0).at(0, 0).orElseThrow().text()).isEqualTo("=INFO(\"osversion\")");
    assertThat(doc.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
              assertThat(p.location().toString()).isEqualTo("odd.xlsx!S!A1");
              assertThat(p.message()).contains("stores no value for the formula =INFO");
            });
  }

  @Test
  void reportsChartAsFigureAtItsAnchorCell() throws Exception {
    Path file = dir.resolve("chart.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      XSSFSheet sheet = wb.createSheet("Loss");
      for (int r = 0; r < 5; r++) {
        var row = sheet.createRow(r);
        row.createCell(0).setCellValue(r);
        row.createCell(1).setCellValue(1.0 / (r + 1));
      }
      XSSFDrawing drawing = sheet.createDrawingPatriarch();
      XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 3, 1, 10, 15));
      chart.setTitleText("loss");
      var x = chart.createCategoryAxis(AxisPosition.BOTTOM);
      var y = chart.createValueAxis(AxisPosition.LEFT);
      XDDFChartData data = chart.createData(ChartTypes.LINE, x, y);
      data.addSeries(
          XDDFDataSourcesFactory.fromNumericCellRange(
              sheet, new org.apache.poi.ss.util.CellRangeAddress(0, 4, 0, 0)),
          XDDFDataSourcesFactory.fromNumericCellRange(
              sheet, new org.apache.poi.ss.util.CellRangeAddress(0, 4, 1, 1)));
      chart.plot(data);
      Fixtures.write(wb, file);
    }

    Document doc = read(file);

    assertThat(doc.figures())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(Figure.Kind.CHART);
              assertThat(f.description()).isEqualTo("chart \"loss\"");
              assertThat(f.location().toString()).isEqualTo("chart.xlsx!Loss!D2");
            });
  }

  @Test
  void stopsAtTheCellLimitWithAWarning() throws Exception {
    Path file = Fixtures.workbook(dir, "lstm.xlsx", false);

    Document doc = reader.read(file, "lstm.xlsx", new ReadLimits(1 << 20, 1, 3, 10));

    assertThat(doc.grids().get(0).cells()).hasSize(3);
    assertThat(doc.problems())
        .extracting(Problem::message)
        .anySatisfy(m -> assertThat(m).contains("only the first 3 cells"));
  }

  @Test
  void refusesAWorkbookThatInflatesLikeAZipBomb() throws Exception {
    Path bomb =
        Fixtures.inflated(
            Fixtures.workbook(dir, "plain.xlsx", false), dir.resolve("bomb.xlsx"), 8 << 20);

    Document doc = read(bomb);

    assertThat(doc.isReadable()).isFalse();
    assertThat(doc.problems().get(0).message())
        .startsWith("This .xlsx file is damaged (it unpacks to far more data than it holds");
  }

  @Test
  void saysDamagedWhenTheZipIsCutOff() throws Exception {
    Path whole = Fixtures.workbook(dir, "whole.xlsx", false);
    Path cut = Fixtures.truncated(whole, dir.resolve("cut.xlsx"), 1500);

    Document doc = read(cut);

    assertThat(doc.isReadable()).isFalse();
    assertThat(doc.problems().get(0).message())
        .startsWith("This .xlsx file is damaged (")
        .endsWith("Open it in Excel/LibreOffice, save it again and hand it in.");
  }

  @Test
  void showsACellTheSameWhateverWasReadBeforeInTheSameThread() throws Exception {
    // POI's DataFormatter keeps the first format it built per format string: one built for a date
    // showed a negative number in a date format as "Dec-69", one built for a negative number showed
    // later dates as numbers
    Path date = dated("date.xlsx", 46000.5);
    Path negative = dated("negative.xlsx", -1.25);

    String negativeAlone = text(read(negative));
    String dateAfterNegative = text(read(date));
    String negativeAfterDate = text(read(negative));

    assertThat(negativeAlone).isEqualTo("-1.25");
    assertThat(negativeAfterDate).isEqualTo(negativeAlone);
    assertThat(dateAfterNegative).isEqualTo("Dec-25");
  }

  /**
   * A workbook with one cell in the date format {@code mmm\-yy}, written with a format string no
   * other test uses.
   */
  private Path dated(String name, double value) throws Exception {
    Path file = dir.resolve(name);
    try (XSSFWorkbook wb = new XSSFWorkbook();
        var out = java.nio.file.Files.newOutputStream(file)) {
      var style = wb.createCellStyle();
      style.setDataFormat(wb.createDataFormat().getFormat("mmm\\-yy"));
      var cell = wb.createSheet("S").createRow(0).createCell(0);
      cell.setCellValue(value);
      cell.setCellStyle(style);
      wb.write(out);
    }
    return file;
  }

  private static String text(Document doc) {
    return doc.grids().get(0).at(0, 0).orElseThrow().text();
  }
}
