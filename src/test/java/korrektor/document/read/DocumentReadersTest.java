package korrektor.document.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import korrektor.document.Document;
import korrektor.document.DocumentReader;
import korrektor.document.Figure;
import korrektor.document.Fixtures;
import korrektor.document.Format;
import korrektor.document.Location;
import korrektor.document.ReadLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentReadersTest {

  @TempDir Path dir;
  private final DocumentReaders readers = DocumentReaders.standard();

  private static String error(Document doc) {
    assertThat(doc.isReadable()).isFalse();
    return doc.problems().get(0).message();
  }

  @Test
  void saysAnEmptyFileIsEmptyAndShouldBeHandedInAgain() throws Exception {
    Path file = Files.write(dir.resolve("lstm.xlsx"), new byte[0]);

    Document doc = readers.read(file, "lstm.xlsx", ReadLimits.DEFAULT);

    assertThat(doc.format()).isEqualTo(Format.EMPTY);
    assertThat(error(doc))
        .isEqualTo(
            "The file is empty (0 bytes). Hand in the file again; it may not have been saved.");
  }

  @Test
  void readsCsvContentNamedXlsxAsCsv() throws Exception {
    Path file = Files.writeString(dir.resolve("lstm.xlsx"), "t;h\n1;0,5\n");

    Document doc = readers.read(file, "lstm.xlsx", ReadLimits.DEFAULT);

    assertThat(doc.format()).isEqualTo(Format.CSV);
    assertThat(doc.grids().get(0).at(1, 1).orElseThrow().text()).isEqualTo("0,5");
  }

  @Test
  void saysATruncatedXlsxIsDamagedAndHowToFixIt() throws Exception {
    Path whole = Fixtures.workbook(dir, "whole.xlsx", false);
    Path cut = Fixtures.truncated(whole, dir.resolve("cut.xlsx"), (int) Files.size(whole) / 2);

    assertThat(error(readers.read(cut, "cut.xlsx", ReadLimits.DEFAULT)))
        .isEqualTo(
            "This .xlsx file is damaged (truncated zip). Open it in Excel/LibreOffice, save it again"
                + " and hand it in.");
  }

  @Test
  void saysAPasswordProtectedWorkbookIsProtected() throws Exception {
    Path file = Fixtures.encryptedWorkbook(dir, "locked.xlsx");

    Document doc = readers.read(file, "locked.xlsx", ReadLimits.DEFAULT);

    assertThat(doc.format()).isEqualTo(Format.XLSX);
    assertThat(error(doc)).startsWith("This .xlsx file is password-protected. Remove the password");
  }

  @Test
  void saysAWordDocumentWithoutItsPartsIsDamaged() throws Exception {
    Path file = Fixtures.zip(dir.resolve("a.docx"), "[Content_Types].xml", "word/document.xml");

    assertThat(error(readers.read(file, "a.docx", ReadLimits.DEFAULT)))
        .startsWith("This .docx file is damaged (");
  }

  @Test
  void refusesFilesAboveTheSizeLimit() throws Exception {
    Path file = Files.writeString(dir.resolve("a.csv"), "a,b\n1,2\n".repeat(100));

    String message = error(readers.read(file, "a.csv", new ReadLimits(100, 1, 10, 10)));

    assertThat(message).startsWith("The file is too large");
  }

  @Test
  void readsAnImageAsOneFigureWithoutText() throws Exception {
    Path file = Files.write(dir.resolve("plot.png"), Fixtures.png(64, 48));

    Document doc = readers.read(file, "plot.png", ReadLimits.DEFAULT);

    assertThat(doc.isReadable()).isTrue();
    assertThat(doc.lines()).isEmpty();
    assertThat(doc.figures())
        .containsExactly(
            new Figure(Figure.Kind.IMAGE, "PNG image 64x48", Location.ofFile("plot.png")));
  }

  @Test
  void readsPlainTextAsNumberedLines() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("a.txt"), "h = 0.5\n\n  c  =  0.25 \n", StandardCharsets.UTF_8);

    Document doc = readers.read(file, "a.txt", ReadLimits.DEFAULT);

    assertThat(doc.format()).isEqualTo(Format.TEXT);
    assertThat(doc.lines().get(2).text())
        .isEqualTo("  c  =  0.25"); // blanks that may set columns are kept
    assertThat(doc.lines().get(2).location().toString()).isEqualTo("a.txt l.3");
  }

  @Test
  void turnsAReaderCrashIntoAnUnreadableDocument() throws Exception {
    DocumentReader crashing =
        new DocumentReader() {
          @Override
          public Set<Format> formats() {
            return Set.of(Format.TEXT);
          }

          @Override
          public Document read(Path file, String displayName, ReadLimits limits) {
            throw new StackOverflowError();
          }
        };
    Path file = Files.writeString(dir.resolve("a.txt"), "hello\n");

    Document doc =
        DocumentReaders.of(java.util.List.of(crashing)).read(file, "a.txt", ReadLimits.DEFAULT);

    assertThat(error(doc)).contains("damaged (nested too deeply to read)");
  }
}
