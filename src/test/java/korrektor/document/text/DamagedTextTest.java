package korrektor.document.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import korrektor.document.Cell;
import korrektor.document.Document;
import korrektor.document.Format;
import korrektor.document.Problem;
import korrektor.document.ReadLimits;
import korrektor.document.TextLine;
import korrektor.document.detect.FormatDetector;
import korrektor.document.read.DocumentReaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CSV and text files with a NUL byte or a few broken bytes are read with a warning; binaries are
 * not.
 */
class DamagedTextTest {

  @TempDir Path dir;
  private final DocumentReaders readers = DocumentReaders.standard();

  private Document read(String name, byte[] bytes) throws Exception {
    Path file = Files.write(dir.resolve(name), bytes);
    return readers.read(file, name, ReadLimits.DEFAULT);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void readsACsvWithANulByteAndSaysWhereItWas() throws Exception {
    byte[] bytes =
        concat(utf8("Schritt;Größe\n1;0,2610\n2;0,39"), new byte[] {0}, utf8("07\n3;0,5\n"));

    Document doc = read("lstm.csv", bytes);

    assertThat(doc.format()).isEqualTo(Format.CSV);
    assertThat(doc.isReadable()).isTrue();
    assertThat(doc.grids().get(0).at(2, 1)).map(Cell::text).hasValue("0,3907");
    assertThat(doc.grids().get(0).at(0, 1)).map(Cell::text).hasValue("Größe");
    assertThat(doc.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
              assertThat(p.location().toString()).isEqualTo("lstm.csv l.3");
              assertThat(p.message())
                  .startsWith("The file holds 1 byte that is not text")
                  .contains("at byte offset 31");
            });
  }

  @Test
  void readsUtf8WithAFewInvalidBytesAsUtf8AndShowsThemAsReplacementCharacters() throws Exception {
    // a UTF-8 file with one windows-1252 "ä" pasted in: the other umlauts must not turn into "Ã¶"
    byte[] bytes =
        concat(
            utf8("Größe: h(1) = 0,2610\nBemerkung: "),
            new byte[] {(byte) 0xE4},
            utf8("hnlich\nÜbung: 0,5\n"));

    Document doc = read("antwort.txt", bytes);

    assertThat(doc.format()).isEqualTo(Format.TEXT);
    assertThat(doc.lines())
        .extracting(TextLine::text)
        .containsExactly("Größe: h(1) = 0,2610", "Bemerkung: \uFFFDhnlich", "Übung: 0,5");
    assertThat(doc.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.location().toString()).isEqualTo("antwort.txt l.2");
              assertThat(p.message())
                  .contains("invalid UTF-8 sequence")
                  .contains("at byte offset 34");
            });
  }

  @Test
  void readsWindows1252TextWithoutAWarning() throws Exception {
    Document doc = read("a.txt", "Größe: 0,5 €\n".getBytes(TextDecoder.WINDOWS_1252));

    assertThat(doc.lines().get(0).text()).isEqualTo("Größe: 0,5 €");
    assertThat(doc.problems()).isEmpty();
  }

  @Test
  void stillRefusesRealBinaries() throws Exception {
    byte[] noise = new byte[8192];
    new Random(3).nextBytes(noise);
    byte[] elfLike =
        concat(utf8("\u007fELF"), new byte[200], utf8("some strings in a binary"), new byte[100]);

    assertThat(read("noise.csv", noise).problems().get(0).message()).contains("not recognised");
    assertThat(read("prog.txt", elfLike).isReadable()).isFalse();
  }

  @Test
  void refusesTextWhoseBinaryPartStartsAfterTheBytesDetectionLooksAt() throws Exception {
    byte[] start = utf8("t;h\n1;0,5\n".repeat(8000)); // 80 KB of CSV
    byte[] binary = new byte[20_000];
    new Random(5).nextBytes(binary);

    Document doc = read("big.csv", concat(start, binary));

    assertThat(doc.isReadable()).isFalse();
    assertThat(doc.problems().get(0).message())
        .startsWith("This CSV file is damaged (it holds")
        .contains("bytes that are not text");
  }

  @Test
  void detectsAMostlyTextFileAsTextButNotUtf16WithoutByteOrderMark() throws Exception {
    Path nul =
        Files.write(
            dir.resolve("a.bin"), concat(utf8("t,h\n1,0.5\n"), new byte[] {0}, utf8("2,0.7\n")));
    Path utf16 =
        Files.write(
            dir.resolve("b.bin"), "t,h\n1,0.5\n2,0.7\n".getBytes(StandardCharsets.UTF_16LE));

    assertThat(FormatDetector.detect(nul)).isEqualTo(Format.CSV);
    assertThat(FormatDetector.detect(utf16)).isEqualTo(Format.UNKNOWN);
  }

  @Test
  void salvageCountsEveryBadByteAndKeepsTheRest() {
    byte[] bytes =
        concat(utf8("ab"), new byte[] {0, 0x01}, utf8("c\nd"), new byte[] {(byte) 0xFF}, utf8("ü"));

    TextDecoder.Salvaged s = TextDecoder.salvage(bytes);

    assertThat(s.text()).isEqualTo("abc\nd\uFFFDü");
    assertThat(s.damage()).isEqualTo(new TextDecoder.Damage(3, 2, 1));
  }
}
