package korrektor.document.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import korrektor.document.Fixtures;
import korrektor.document.Format;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatDetectorTest {

  @TempDir Path dir;

  private Path write(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void detectsEmptyFile() throws Exception {
    assertThat(FormatDetector.detect(write("a.pdf", ""))).isEqualTo(Format.EMPTY);
  }

  @Test
  void detectsACsvLargerThanTheBytesItLooksAtEvenWhenACharacterIsCutThere() throws Exception {
    // detection reads the first 64 KB: a two-byte "ä" straddles that edge, which is no encoding
    // error
    StringBuilder csv = new StringBuilder("Schritt;Größe;Notiz\n");
    while (csv.toString().getBytes(StandardCharsets.UTF_8).length < 65_535 - 20) {
      csv.append("1;0,5;gut\n");
    }
    int missing =
        65_535 - csv.toString().getBytes(StandardCharsets.UTF_8).length - "2;0,7;".length();
    csv.append("2;0,7;").append("x".repeat(missing)).append("ä\n");
    csv.append("3;0,9;Ende\n".repeat(100));
    byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
    assertThat(bytes[65_535])
        .isEqualTo((byte) 0xC3); // the first byte of "ä" is the last one looked at

    assertThat(FormatDetector.detect(write("big.csv", csv.toString()))).isEqualTo(Format.CSV);
    // and a file of a few bytes is read whole
    assertThat(FormatDetector.detect(write("tiny.csv", "t;h\n1;2\n"))).isEqualTo(Format.CSV);
  }

  @Test
  void detectsCsvDespiteXlsxExtension() throws Exception {
    assertThat(FormatDetector.detect(write("lstm.xlsx", "t;h\n1;0,5\n2;0,7\n")))
        .isEqualTo(Format.CSV);
  }

  @Test
  void detectsGermanWindows1252CsvAsCsv() throws Exception {
    byte[] bytes =
        "Schritt;Größe ä\n1;0,5\n2;0,75\n"
            .getBytes(java.nio.charset.Charset.forName("windows-1252"));

    assertThat(FormatDetector.detect(Files.write(dir.resolve("a.txt"), bytes)))
        .isEqualTo(Format.CSV);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "pdf      | %PDF-1.7\\n%âãÏÓ\\n                          | PDF",
        "notebook | {\\n \"cells\": [], \"metadata\": {}}              | IPYNB",
        "html     | <!DOCTYPE html>\\n<html><body>h</body></html>  | HTML",
        "fragment | <p>h = 0.5</p>                                | HTML",
        "prose    | The result is h = 0.5.\\nThat is all.           | TEXT",
        "csv      | t,h\\n1,0.5\\n2,0.7                             | CSV",
      })
  void detectsTextualFormatsFromTheirContent(String name, String content, Format expected)
      throws Exception {
    assertThat(FormatDetector.detect(write(name + ".bin", content.replace("\\n", "\n"))))
        .isEqualTo(expected);
  }

  @Test
  void detectsWorkbooksFromTheirContainer() throws Exception {
    assertThat(FormatDetector.detect(Fixtures.workbook(dir, "a.csv", false)))
        .isEqualTo(Format.XLSX);
    assertThat(FormatDetector.detect(Fixtures.workbook(dir, "b.pdf", true))).isEqualTo(Format.XLS);
  }

  @Test
  void detectsZipKindsFromEntryNames() throws Exception {
    assertThat(
            FormatDetector.detect(
                Fixtures.zip(dir.resolve("w"), "[Content_Types].xml", "word/document.xml")))
        .isEqualTo(Format.DOCX);
    assertThat(FormatDetector.detect(Fixtures.zip(dir.resolve("o"), "mimetype", "content.xml")))
        .isEqualTo(Format.ODS);
    assertThat(FormatDetector.detect(Fixtures.zip(dir.resolve("z"), "answers/lstm.pdf")))
        .isEqualTo(Format.ZIP);
  }

  @Test
  void detectsTruncatedXlsxAsDamaged() throws Exception {
    Path whole = Fixtures.workbook(dir, "whole.xlsx", false);
    Path cut = Fixtures.truncated(whole, dir.resolve("cut.xlsx"), (int) Files.size(whole) - 100);

    FormatDetector.Detection detection = FormatDetector.inspect(cut);

    assertThat(detection.format()).isEqualTo(Format.XLSX);
    assertThat(detection.damage()).isEqualTo("truncated zip");
  }

  @Test
  void detectsImagesByMagicBytes() throws Exception {
    Path png = Files.write(dir.resolve("plot.xlsx"), Fixtures.png(8, 8));
    Path jpeg =
        Files.write(dir.resolve("j"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0});

    assertThat(FormatDetector.detect(png)).isEqualTo(Format.IMAGE);
    assertThat(FormatDetector.detect(jpeg)).isEqualTo(Format.IMAGE);
  }

  @Test
  void callsBinaryGarbageUnknown() throws Exception {
    Path file = Files.write(dir.resolve("x.csv"), new byte[] {1, 2, 3, 0, 0, 5, 7});

    assertThat(FormatDetector.detect(file)).isEqualTo(Format.UNKNOWN);
  }
}
