package korrektor.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.extractor.WordExtractor;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The format writers put every number the truth records into their files. Set {@code
 * -Dconformance.samples=DIR} to keep the files (e.g. to open them with LibreOffice).
 */
class FormatWritersTest {
  private static final List<RubricCase> RUBRICS = Rubrics.all();

  @ParameterizedTest(name = "{0}")
  @EnumSource(OutFormat.class)
  void writesEveryRecordedNumberIntoTheFile(OutFormat format, @TempDir Path dir)
      throws IOException {
    Generator gen =
        new Generator(RUBRICS, Rubrics.WEIGHTS, 7, Only.parse("format=" + format.extension()));
    for (int i = 0; i < 12; i++) {
      Submission s = gen.generate(i);
      SubmissionFile f = s.files().get(0);
      Path file = dir.resolve(s.id() + "." + format.extension());
      FormatWriter w = FormatWriter.of(format);
      w.write(f.blocks(), file, new Random(i));
      keep(file);
      if (format.grid() && format != OutFormat.CSV && format != OutFormat.ODS) {
        checkCells(file, (SpreadsheetWriter) w, f);
        continue;
      }
      String text = textOf(format, file).replaceAll("\\s+", " ");
      for (Block b : f.blocks()) {
        for (Line l : Block.lines(b)) {
          for (Piece.Num n : l.numbers()) {
            String expected =
                format == OutFormat.RTF
                    ? RtfWriter.esc(n.written().text())
                    : format == OutFormat.ODT || format == OutFormat.ODS
                        ? OdtWriter.text(n.written().text())
                        : format == OutFormat.HTML
                            ? HtmlWriter.esc(n.written().text())
                            : n.written().text();
            assertThat(text).as(s.id() + " holds " + n.written().text()).contains(expected);
          }
        }
      }
    }
  }

  @Test
  void writtenXlsxHasTheValuesAtTheCellsTheTruthSays(@TempDir Path dir) throws IOException {
    Generator gen =
        new Generator(RUBRICS, Rubrics.WEIGHTS, 11, Only.parse("format=xlsx,layout=column-table"));
    Submission s = gen.generate(0);
    SpreadsheetWriter w = new SpreadsheetWriter(true);
    Path file = dir.resolve("t.xlsx");
    w.write(s.files().get(0).blocks(), file, new Random(1));
    long slotsPlaced =
        w.placed().values().stream().filter(n -> n.role() instanceof Piece.SlotValue).count();
    assertThat(slotsPlaced).isEqualTo(s.truth().slots().size());
    checkCells(file, w, s.files().get(0));
  }

  @Test
  void odfPackagesStartWithAStoredMimetype(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("t.odt");
    new OdtWriter().write(List.of(new Block.Para(Line.text("h(2) = 0.3907"))), file, new Random(1));
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
      ZipEntry first = zip.getNextEntry();
      assertThat(first.getName()).isEqualTo("mimetype");
      assertThat(first.getMethod()).isEqualTo(ZipEntry.STORED);
      assertThat(new String(zip.readAllBytes(), StandardCharsets.US_ASCII))
          .isEqualTo("application/vnd.oasis.opendocument.text");
    }
  }

  private static void checkCells(Path file, SpreadsheetWriter w, SubmissionFile f)
      throws IOException {
    try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
      for (Map.Entry<String, Piece.Num> e : w.placed().entrySet()) {
        int bang = e.getKey().lastIndexOf('!');
        Sheet sheet = wb.getSheet(e.getKey().substring(0, bang));
        CellReference ref = new CellReference(e.getKey().substring(bang + 1));
        Cell cell = sheet.getRow(ref.getRow()).getCell(ref.getCol());
        Written wr = e.getValue().written();
        CellType type =
            cell.getCellType() == CellType.FORMULA
                ? cell.getCachedFormulaResultType()
                : cell.getCellType();
        if (type == CellType.STRING) {
          assertThat(cell.getStringCellValue()).as(e.getKey()).isEqualTo(wr.text());
        } else if (cell.getCellType() == CellType.FORMULA && !hasCache(cell)) {
          double v =
              wb.getCreationHelper().createFormulaEvaluator().evaluate(cell).getNumberValue();
          assertThat(wr.matches(v))
              .as(e.getKey() + " formula " + cell.getCellFormula() + " = " + v)
              .isTrue();
        } else {
          assertThat(wr.matches(cell.getNumericCellValue()))
              .as(e.getKey() + " = " + cell.getNumericCellValue())
              .isTrue();
        }
      }
    }
  }

  private static boolean hasCache(Cell cell) {
    return !(cell instanceof org.apache.poi.xssf.usermodel.XSSFCell x) || x.getCTCell().isSetV();
  }

  private static String textOf(OutFormat format, Path file) throws IOException {
    switch (format) {
      case DOCX -> {
        try (XWPFDocument d = new XWPFDocument(Files.newInputStream(file));
            XWPFWordExtractor x = new XWPFWordExtractor(d)) {
          return x.getText();
        }
      }
      case DOC -> {
        try (InputStream in = Files.newInputStream(file);
            HWPFDocument d = new HWPFDocument(in);
            WordExtractor x = new WordExtractor(d)) {
          return x.getText();
        }
      }
      case ODT, ODS -> {
        try (ZipFile z = new ZipFile(file.toFile())) {
          return new String(
              z.getInputStream(z.getEntry("content.xml")).readAllBytes(), StandardCharsets.UTF_8);
        }
      }
      case PDF -> {
        try (PDDocument d = Loader.loadPDF(file.toFile())) {
          return new PDFTextStripper().getText(d);
        }
      }
      case IPYNB -> {
        JsonNode nb = new ObjectMapper().readTree(file.toFile());
        assertThat(nb.get("nbformat").asInt()).isEqualTo(4);
        return nb.toString();
      }
      case CSV -> {
        byte[] bytes = Files.readAllBytes(file);
        String utf8 = new String(bytes, StandardCharsets.UTF_8);
        return utf8.contains("\uFFFD") ? new String(bytes, Charset.forName("windows-1252")) : utf8;
      }
      default -> {
        return Files.readString(file);
      }
    }
  }

  private static void keep(Path file) throws IOException {
    String dir = System.getProperty("conformance.samples");
    if (dir != null) {
      Files.createDirectories(Path.of(dir));
      Files.copy(
          file,
          Path.of(dir).resolve(file.getFileName()),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
