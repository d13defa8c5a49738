package korrektor.document.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import korrektor.document.Cell;
import korrektor.document.Document;
import korrektor.document.Fixtures;
import korrektor.document.Format;
import korrektor.document.Problem;
import korrektor.document.ReadLimits;
import korrektor.document.detect.FormatDetector;
import korrektor.document.formats.TestPackages;
import korrektor.document.read.DocumentReaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class ArchiveReaderTest {

  @TempDir Path dir;
  private final DocumentReaders readers = DocumentReaders.standard();

  private Document read(Path file) {
    return readers.read(file, file.getFileName().toString(), ReadLimits.DEFAULT);
  }

  private static byte[] text(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] zip(Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (var e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  private Path write(String name, Map<String, byte[]> entries) throws IOException {
    return Files.write(dir.resolve(name), zip(entries));
  }

  private static byte[] resource(String path) throws IOException {
    try (InputStream in =
        ArchiveReaderTest.class.getResourceAsStream("/korrektor/document/" + path)) {
      return in.readAllBytes();
    }
  }

  private static List<String> texts(Document d) {
    return d.lines().stream().map(l -> l.location() + ": " + l.text()).toList();
  }

  @Test
  void readsEveryFileOfAStudentsZipAsOneDocumentLocatedInsideTheZip() throws Exception {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("abgabe/lstm.csv", text("t;h\n1;0,2610\n2;0,3907\n"));
    entries.put("abgabe/notes.txt", text("Name: Anna Becker\nc(1) = 0.5769\n"));
    entries.put("abgabe/sheet.odt", resource("odt/sheet.odt"));
    entries.put("abgabe/plot.png", Fixtures.png(20, 10));
    entries.put("__MACOSX/abgabe/._lstm.csv", text("\0\5\26\7 mac resource fork"));
    entries.put("abgabe/.DS_Store", text("\0\0\0\1Bud1"));
    entries.put("abgabe/Thumbs.db", new byte[] {(byte) 0xD0, (byte) 0xCF});
    entries.put("abgabe/desktop.ini", text("[.ShellClassInfo]"));
    entries.put("abgabe/~$sheet.docx", text("\7Anna"));

    Document d = read(write("271001_Anna_Becker.zip", entries));

    assertThat(d.format()).isEqualTo(Format.ZIP);
    assertThat(d.problems()).isEmpty();
    assertThat(d.fileName()).isEqualTo("271001_Anna_Becker.zip");
    Cell h = d.grids().get(0).at(2, 1).orElseThrow();
    assertThat(h.text()).isEqualTo("0,3907");
    assertThat(h.location().toString()).isEqualTo("271001_Anna_Becker.zip/abgabe/lstm.csv!B3");
    assertThat(texts(d))
        .contains(
            "271001_Anna_Becker.zip/abgabe/notes.txt l.2: c(1) = 0.5769",
            "271001_Anna_Becker.zip/abgabe/sheet.odt l.7: Equation: h(2)=0.3907");
    assertThat(d.grids().get(1).at(3, 1).orElseThrow().location().toString())
        .isEqualTo("271001_Anna_Becker.zip/abgabe/sheet.odt!Table 1!B4");
    assertThat(d.figures())
        .extracting(f -> f.location().file())
        .containsExactly(
            "271001_Anna_Becker.zip/abgabe/plot.png", "271001_Anna_Becker.zip/abgabe/sheet.odt");
  }

  @Test
  void keepsTheProblemsOfAnUnreadableFileAsWarningsWithItsName() throws Exception {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("a.csv", text("t,h\n1,0.5\n"));
    entries.put("empty.xlsx", new byte[0]);
    entries.put(
        "broken.docx",
        zip(Map.of("[Content_Types].xml", text("<x/>"), "word/document.xml", text("<x/>"))));

    Document d = read(write("hand-in.zip", entries));

    assertThat(d.isReadable()).isTrue();
    assertThat(d.grids().get(0).at(1, 1)).map(Cell::text).hasValue("0.5");
    assertThat(d.problems()).extracting(Problem::severity).containsOnly(Problem.Severity.WARNING);
    assertThat(d.problems())
        .extracting(p -> p.location().file())
        .containsExactly("hand-in.zip/broken.docx", "hand-in.zip/empty.xlsx");
    assertThat(d.problems().get(1).toString())
        .isEqualTo(
            "hand-in.zip/empty.xlsx: warning: this file in the zip was"
                + " not read: The file is empty (0 bytes). Hand in the file again; it may not have been saved.");
  }

  @Test
  void saysAZipWithNothingReadableIsUnreadable() throws Exception {
    Document onlySystemFiles =
        read(write("mac.zip", Map.of("__MACOSX/._a.pdf", text("x"), "folder/", new byte[0])));
    Document onlyBroken = read(write("bad.zip", Map.of("a.pdf", text("%PDF-1.4 garbage"))));

    assertThat(onlySystemFiles.isReadable()).isFalse();
    assertThat(onlySystemFiles.problems().get(0).message()).startsWith("The zip holds no files");
    assertThat(onlyBroken.isReadable()).isFalse();
    assertThat(onlyBroken.problems().get(0).message())
        .startsWith("None of the files in the zip could be read");
    assertThat(onlyBroken.problems().get(1).location().file()).isEqualTo("bad.zip/a.pdf");
  }

  @Test
  void readsZipsInsideZipsThreeLevelsDeepAndNoDeeper() throws Exception {
    byte[] level4 = zip(Map.of("d.txt", text("four")));
    byte[] level3 = zip(Map.of("c.txt", text("three"), "deeper.zip", level4));
    byte[] level2 = zip(Map.of("b.txt", text("two"), "inner.zip", level3));

    Document d = read(write("outer.zip", Map.of("a.txt", text("one"), "middle.zip", level2)));

    assertThat(texts(d))
        .containsExactly(
            "outer.zip/a.txt l.1: one",
            "outer.zip/middle.zip/b.txt l.1: two",
            "outer.zip/middle.zip/inner.zip/c.txt l.1: three");
    assertThat(d.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.location().file())
                  .isEqualTo("outer.zip/middle.zip/inner.zip/deeper.zip");
              assertThat(p.message()).contains("3 levels deep");
            });
  }

  @Test
  @Timeout(20)
  void refusesAZipBombEntryAndReadsTheRest() throws Exception {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("a.txt", text("h = 0.39"));
    entries.put("bomb.csv", new byte[64 << 20]); // 64 MB of zeros deflate to about 64 KB

    Document d = read(write("bomb.zip", entries));

    assertThat(texts(d)).containsExactly("bomb.zip/a.txt l.1: h = 0.39");
    assertThat(d.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.location().file()).isEqualTo("bomb.zip/bomb.csv");
              assertThat(p.message()).containsAnyOf("zip bomb", "unpacks to more than");
            });
  }

  @Test
  void refusesEntriesThatWouldBeWrittenOutsideItsFolder() throws Exception {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("../../evil.txt", text("pwned"));
    entries.put("/tmp/evil2.txt", text("pwned"));
    entries.put("ok.txt", text("fine"));

    Document d = read(write("slip.zip", entries));

    assertThat(texts(d)).containsExactly("slip.zip/ok.txt l.1: fine");
    assertThat(d.problems())
        .hasSize(2)
        .allSatisfy(
            p -> assertThat(p.message()).containsAnyOf("outside the folder", "absolute path"));
    assertThat(dir.getParent().resolve("evil.txt")).doesNotExist();
    assertThat(Path.of("/tmp/evil2.txt")).doesNotExist();
  }

  @Test
  void stopsAfterTheEntryBudget() throws Exception {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    for (int i = 0; i < ArchiveReader.MAX_ENTRIES + 20; i++) {
      entries.put(String.format("f%04d.txt", i), text("x = " + i));
    }

    Document d = read(write("many.zip", entries));

    assertThat(d.lines()).hasSize(ArchiveReader.MAX_ENTRIES);
    assertThat(d.problems())
        .hasSize(20)
        .allSatisfy(p -> assertThat(p.message()).contains("more than 500 entries"));
  }

  @Test
  void deletesItsTemporaryFolderAfterReading() throws Exception {
    Path zip =
        write("a.zip", Map.of("a.txt", text("one"), "b.zip", zip(Map.of("b.txt", text("two")))));
    read(zip); // the first read also sweeps folders of ended processes

    List<Path> before = ourFolders();
    Document d = read(zip);

    assertThat(d.lines()).hasSize(2);
    assertThat(ourFolders()).isEqualTo(before);
  }

  @Test
  void saysAPasswordProtectedZipIsProtected() throws Exception {
    byte[] bytes = zip(Map.of("a.txt", text("one")));
    for (int i = 0;
        i + 10 < bytes.length;
        i++) { // set the "encrypted" flag in the local and central headers
      if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 3 && bytes[i + 3] == 4) {
        bytes[i + 6] |= 1;
      } else if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 1 && bytes[i + 3] == 2) {
        bytes[i + 8] |= 1;
      }
    }

    Document d = read(Files.write(dir.resolve("locked.zip"), bytes));

    assertThat(d.format()).isEqualTo(Format.ZIP);
    assertThat(d.problems().get(0).message()).startsWith("This zip archive is password-protected.");
  }

  @Test
  void stillDetectsOfficeAndOpenDocumentFilesAsThemselves() throws Exception {
    assertThat(FormatDetector.detect(Files.write(dir.resolve("a.zip"), resource("odt/sheet.odt"))))
        .isEqualTo(Format.ODT);
    assertThat(FormatDetector.detect(Fixtures.workbook(dir, "b.zip", false)))
        .isEqualTo(Format.XLSX);
    assertThat(FormatDetector.detect(TestPackages.docx(dir.resolve("c.zip"), "<w:document/>")))
        .isEqualTo(Format.DOCX);
    assertThat(FormatDetector.detect(write("d.zip", Map.of("a.txt", text("x")))))
        .isEqualTo(Format.ZIP);
    // packages without their main part are broken workbooks or other Office files, not a folder of
    // files
    assertThat(
            FormatDetector.detect(
                write(
                    "e.zip",
                    Map.of(
                        "[Content_Types].xml",
                        text("<Types/>"),
                        "xl/worksheets/sheet1.xml",
                        text("<x/>")))))
        .isEqualTo(Format.XLSX);
    assertThat(
            FormatDetector.detect(
                write(
                    "f.zip",
                    Map.of(
                        "[Content_Types].xml",
                        text("<Types/>"),
                        "ppt/presentation.xml",
                        text("<x/>")))))
        .isEqualTo(Format.UNKNOWN);
    assertThat(
            FormatDetector.detect(
                write(
                    "g.zip",
                    Map.of(
                        "mimetype",
                        text("application/vnd.oasis.opendocument.presentation"),
                        "content.xml",
                        text("<x/>")))))
        .isEqualTo(Format.UNKNOWN);
  }

  @Test
  void ignoresTheSystemFilesOfMacsAndWindows() {
    assertThat(ArchiveReader.ignored("__MACOSX/a/._x.pdf")).isTrue();
    assertThat(ArchiveReader.ignored("a/.DS_Store")).isTrue();
    assertThat(ArchiveReader.ignored("THUMBS.DB")).isTrue();
    assertThat(ArchiveReader.ignored("a\\desktop.ini")).isTrue();
    assertThat(ArchiveReader.ignored("~$blatt.docx")).isTrue();
    assertThat(ArchiveReader.ignored("a/blatt.docx")).isFalse();
    assertThat(ArchiveReader.ignored("macosx/notes.txt")).isFalse();
  }

  private static List<Path> ourFolders() throws IOException {
    List<Path> found = new ArrayList<>();
    String prefix = "korrektor-zip-" + ProcessHandle.current().pid() + "-";
    try (DirectoryStream<Path> s =
        Files.newDirectoryStream(Path.of(System.getProperty("java.io.tmpdir")), prefix + "*")) {
      s.forEach(found::add);
    }
    found.sort(null);
    return found;
  }
}
