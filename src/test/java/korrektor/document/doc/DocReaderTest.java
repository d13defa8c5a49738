package korrektor.document.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import korrektor.document.Cell;
import korrektor.document.Document;
import korrektor.document.Figure;
import korrektor.document.Fixtures;
import korrektor.document.Format;
import korrektor.document.ReadLimits;
import korrektor.document.TextLine;
import korrektor.document.detect.FormatDetector;
import korrektor.document.read.DocumentReaders;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocReaderTest {

  @TempDir Path dir;
  private final DocumentReaders readers = DocumentReaders.standard();

  private Document read(Path file) {
    return readers.read(file, file.getFileName().toString(), ReadLimits.DEFAULT);
  }

  private Path fixture(String name) throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/korrektor/document/doc/" + name)) {
      Path file = dir.resolve(name);
      Files.copy(in, file);
      return file;
    }
  }

  @Test
  void readsParagraphsOfAWord97DocumentAsLines() throws Exception {
    Document d = read(fixture("sheet.doc"));

    assertThat(d.format()).isEqualTo(Format.DOC);
    assertThat(d.lines())
        .extracting(TextLine::text)
        .containsExactly(
            "Übungsblatt 9 – Aufgabe 17",
            "Name: Jörg Müller, Matrikelnummer 271099",
            "Größen: σ = 0,25; Straße, Äpfel, Öl, Übung",
            "Hidden state: h(2) = 0.3907 and xt = 1",
            "t\tvalue",
            "• Ergebnis: c(1) = 0.5769", // a List Bullet paragraph
            "Equation:",
            "Plot:",
            "",
            "Ende.");
    assertThat(d.lines().get(1).location().toString()).isEqualTo("sheet.doc l.2");
    assertThat(d.metadata()).containsEntry("author", "python-docx");
  }

  @Test
  void readsTablesOfAWord97DocumentAsGrids() throws Exception {
    Document d = read(fixture("sheet.doc"));

    assertThat(d.grids())
        .singleElement()
        .satisfies(
            g -> {
              assertThat(g.name()).isEqualTo("Table 1");
              assertThat(g.at(0, 0)).map(Cell::text).hasValue("LSTM forward pass");
              assertThat(g.row(1)).extracting(Cell::text).containsExactly("t", "h", "c");
              assertThat(g.at(3, 2)).map(Cell::text).hasValue("0.7311");
              assertThat(g.at(3, 2).orElseThrow().location().toString())
                  .isEqualTo("sheet.doc!Table 1!C4");
            });
  }

  @Test
  void readsPicturesAsFiguresButAnEquationObjectAsAWarning() throws Exception {
    Document d = read(fixture("sheet.doc"));

    // the equation's preview picture is no plot; the text of an Equation 3.0 object cannot be read
    assertThat(d.figures())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(Figure.Kind.IMAGE);
              assertThat(f.location().toString()).isEqualTo("sheet.doc l.9");
            });
    assertThat(d.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.location().toString()).isEqualTo("sheet.doc l.7");
              assertThat(p.message()).contains("equation object (Equation.3) cannot be read");
            });
  }

  @Test
  void tellsAWordDocumentFromAnExcelWorkbookByItsStreams() throws Exception {
    Path doc = Files.copy(fixture("sheet.doc"), dir.resolve("answers.xls"));
    Path xls = Fixtures.workbook(dir, "answers.doc", true);

    assertThat(FormatDetector.detect(doc)).isEqualTo(Format.DOC);
    assertThat(FormatDetector.detect(xls)).isEqualTo(Format.XLS);
  }

  @Test
  void saysAnEncryptedWordDocumentIsPasswordProtected() throws Exception {
    Path file = dir.resolve("locked.doc");
    try (POIFSFileSystem fs = new POIFSFileSystem(Files.newInputStream(fixture("sheet.doc")));
        OutputStream out = Files.newOutputStream(file)) {
      byte[] word;
      try (DocumentInputStream in = fs.createDocumentInputStream("WordDocument")) {
        word = in.readAllBytes();
      }
      word[0x0B] |= 0x01; // FIB flag fEncrypted, as Word sets it for a password-protected file
      fs.createOrUpdateDocument(new ByteArrayInputStream(word), "WordDocument");
      fs.writeFilesystem(out);
    }

    Document d = read(file);

    assertThat(d.format()).isEqualTo(Format.DOC);
    assertThat(d.isReadable()).isFalse();
    assertThat(d.problems().get(0).message())
        .startsWith("This .doc file is password-protected.")
        .contains("in Word");
  }

  @Test
  void saysADamagedWordDocumentIsDamaged() throws Exception {
    Path whole = fixture("sheet.doc");
    Path endCut = Fixtures.truncated(whole, dir.resolve("end.doc"), (int) Files.size(whole) - 700);
    Path halved = Fixtures.truncated(whole, dir.resolve("half.doc"), (int) Files.size(whole) / 2);

    assertThat(read(endCut).problems().get(0).message()).startsWith("This .doc file is damaged (");
    // cut before its directory: no telling a .doc from an .xls, but it is damaged, not unknown
    assertThat(read(halved).problems().get(0).message())
        .startsWith(
            "This file is damaged (an Office 97-2003 file whose directory is missing; it may be truncated)");
  }
}
