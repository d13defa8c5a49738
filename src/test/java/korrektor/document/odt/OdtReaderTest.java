package korrektor.document.odt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import korrektor.document.Cell;
import korrektor.document.Document;
import korrektor.document.Figure;
import korrektor.document.Format;
import korrektor.document.Grid;
import korrektor.document.ReadLimits;
import korrektor.document.TextLine;
import korrektor.document.detect.FormatDetector;
import korrektor.document.formats.TestPackages;
import korrektor.document.read.DocumentReaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class OdtReaderTest {

  @TempDir Path dir;
  private final DocumentReaders readers = DocumentReaders.standard();

  private Document read(Path file) {
    return readers.read(file, file.getFileName().toString(), ReadLimits.DEFAULT);
  }

  private Path fixture(String name) throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/korrektor/document/odt/" + name)) {
      Path file = dir.resolve(name);
      Files.copy(in, file);
      return file;
    }
  }

  @Test
  void readsParagraphsAndHeadingsOfAWriterDocumentInReadingOrder() throws Exception {
    Document d = read(fixture("sheet.odt"));

    assertThat(d.format()).isEqualTo(Format.ODT);
    assertThat(d.problems()).isEmpty();
    assertThat(d.lines())
        .extracting(TextLine::text)
        .containsExactly(
            "Übungsblatt 9 – Aufgabe 17",
            "Name: Jörg Müller, Matrikelnummer 271099",
            "Größen: σ = 0,25; Straße, Äpfel, Öl, Übung",
            "Hidden state: h(2) = 0.3907 and xt = 1",
            "t\tvalue",
            "• Ergebnis: c(1) = 0.5769", // a List Bullet paragraph
            "Equation: h(2)=0.3907",
            "Plot:",
            "",
            "Ende.");
    assertThat(d.lines().get(6).location().toString()).isEqualTo("sheet.odt l.7");
  }

  @Test
  void readsTablesOfAWriterDocumentAsGrids() throws Exception {
    Document d = read(fixture("sheet.odt"));

    assertThat(d.grids())
        .singleElement()
        .satisfies(
            g -> {
              assertThat(g.name()).isEqualTo("Table 1");
              assertThat(g.at(0, 0))
                  .map(Cell::text)
                  .hasValue("LSTM forward pass"); // spans three columns
              assertThat(g.at(0, 1)).isEmpty();
              assertThat(g.row(1)).extracting(Cell::text).containsExactly("t", "h", "c");
              assertThat(g.at(3, 1)).map(Cell::text).hasValue("0.3907");
              assertThat(g.at(3, 1).orElseThrow().location().toString())
                  .isEqualTo("sheet.odt!Table 1!B4");
            });
  }

  @Test
  void readsPicturesAsFiguresWhereTheyAre() throws Exception {
    Document d = read(fixture("sheet.odt"));

    assertThat(d.figures())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(Figure.Kind.IMAGE);
              assertThat(f.location().toString()).isEqualTo("sheet.odt l.9");
            });
    assertThat(d.metadata()).containsKey("application");
  }

  @Test
  void keepsTheRawValueOfNumberCellsAndHonoursRepeatedRowsAndColumns() throws Exception {
    Document d =
        read(
            odt(
                "<table:table table:name=\"Werte\"><table:table-column table:number-columns-repeated=\"3\"/>"
                    + "<table:table-row><table:table-cell office:value-type=\"string\"><text:p>t</text:p></table:table-cell>"
                    + "<table:table-cell table:number-columns-repeated=\"1\"/>"
                    + "<table:table-cell office:value-type=\"string\"><text:p>h</text:p></table:table-cell></table:table-row>"
                    + "<table:table-row table:number-rows-repeated=\"2\"><table:table-cell table:number-columns-repeated=\"3\"/></table:table-row>"
                    + "<table:table-row><table:table-cell office:value-type=\"float\" office:value=\"2\"><text:p>2</text:p></table:table-cell>"
                    + "<table:table-cell/><table:table-cell office:value-type=\"float\" office:value=\"0.390712\">"
                    + "<text:p>0,39</text:p></table:table-cell></table:table-row></table:table>"
                    + "<table:table><table:table-row><table:table-cell table:number-columns-repeated=\"2\" office:value-type=\"float\""
                    + " office:value=\"1\"><text:p>1</text:p></table:table-cell></table:table-row></table:table>"));

    assertThat(d.grids()).extracting(Grid::name).containsExactly("Table 1", "Table 2");
    Cell h = d.grids().get(0).at(3, 2).orElseThrow();
    assertThat(h.number()).isEqualTo(0.390712);
    assertThat(h.text()).isEqualTo("0,39");
    assertThat(h.location().toString()).isEqualTo("a.odt!Table 1!C4");
    assertThat(d.grids().get(1).cells()).extracting(Cell::column).containsExactly(0, 1);
  }

  @Test
  void splitsLinesAtLineBreaksAndKeepsSpacesAndTabs() throws Exception {
    Document d =
        read(
            odt(
                "<text:p>h(1) =<text:s text:c=\"3\"/>0.2610<text:line-break/>h(2)<text:tab/>= 0.3907</text:p>"
                    + "<text:list><text:list-item><text:p>c(1) = 0.5769</text:p></text:list-item></text:list>"
                    + "<text:h text:outline-level=\"2\">Aufgabe 2</text:h>"));

    assertThat(d.lines())
        .extracting(TextLine::text)
        .containsExactly("h(1) =   0.2610", "h(2)\t= 0.3907", "c(1) = 0.5769", "Aufgabe 2");
  }

  @Test
  void leavesOutTrackedDeletionsCommentsAndFootnoteMarks() throws Exception {
    Document d =
        read(
            odt(
                "<text:tracked-changes><text:changed-region><text:deletion><text:p>h = 9.99</text:p>"
                    + "</text:deletion></text:changed-region></text:tracked-changes>"
                    + "<text:p>h = 0.39<text:note text:note-class=\"footnote\"><text:note-citation>1</text:note-citation>"
                    + "<text:note-body><text:p>rounded</text:p></text:note-body></text:note></text:p>"
                    + "<text:p>c = 0.57<office:annotation><text:p>check this</text:p></office:annotation></text:p>"));

    assertThat(d.lines())
        .extracting(TextLine::text)
        .containsExactly("rounded", "h = 0.39", "c = 0.57");
  }

  @Test
  void readsChartsAndDrawingsAsFigures() throws Exception {
    Document d =
        read(
            odt(
                "<text:p>Plot: <draw:frame><draw:object xlink:href=\"./Object 1\"/>"
                    + "<draw:image xlink:href=\"./ObjectReplacements/Object 1\"/></draw:frame></text:p>"
                    + "<text:p><draw:custom-shape><text:p>arrow</text:p></draw:custom-shape></text:p>"));

    assertThat(d.figures())
        .extracting(Figure::kind)
        .containsExactly(Figure.Kind.CHART, Figure.Kind.DRAWING);
    assertThat(d.figures().get(0).location().toString()).isEqualTo("a.odt l.1");
  }

  @Test
  void saysAPasswordProtectedDocumentIsProtected() throws Exception {
    Path file = dir.resolve("locked.odt");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      TestPackages.entry(zip, "mimetype", "application/vnd.oasis.opendocument.text");
      TestPackages.entry(
          zip,
          "META-INF/manifest.xml",
          "<manifest:manifest xmlns:manifest=\""
              + MANIFEST
              + "\">"
              + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\">"
              + "<manifest:encryption-data/></manifest:file-entry></manifest:manifest>");
      TestPackages.entry(zip, "content.xml", "garbage");
    }

    Document d = read(file);

    assertThat(d.isReadable()).isFalse();
    assertThat(d.problems().get(0).message())
        .startsWith("This .odt file is password-protected.")
        .contains("LibreOffice");
  }

  @Test
  @Timeout(10)
  void refusesAnEntityBombWithoutExpandingIt() throws Exception {
    Path file = dir.resolve("bomb.odt");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      TestPackages.entry(zip, "mimetype", "application/vnd.oasis.opendocument.text");
      TestPackages.entry(
          zip,
          "content.xml",
          "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\">"
              + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
              + "<office:document-content xmlns:office=\""
              + OFFICE
              + "\"><text:p>&c;</text:p></office:document-content>");
    }

    Document d = read(file);

    assertThat(d.format()).isEqualTo(Format.ODT);
    assertThat(d.problems().get(0).message())
        .startsWith("This .odt file is damaged (")
        .contains("DTD");
  }

  @Test
  @Timeout(20)
  void refusesAContentXmlThatInflatesLikeAZipBomb() throws Exception {
    Path file = dir.resolve("bomb.odt");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      TestPackages.entry(zip, "mimetype", "application/vnd.oasis.opendocument.text");
      zip.putNextEntry(new ZipEntry("content.xml"));
      byte[] blanks = new byte[1 << 20];
      java.util.Arrays.fill(blanks, (byte) ' ');
      zip.write(("<office:document-content xmlns:office=\"" + OFFICE + "\">").getBytes());
      for (int i = 0; i < 100; i++) {
        zip.write(blanks);
      }
      zip.closeEntry();
    }

    Document d = read(file);

    assertThat(d.isReadable()).isFalse();
    assertThat(d.problems().get(0).message()).contains("zip bomb");
  }

  @Test
  void detectsAWriterDocumentAsItselfWhateverItsName() throws Exception {
    Path renamed = Files.copy(fixture("sheet.odt"), dir.resolve("answers.zip"));

    assertThat(FormatDetector.detect(renamed)).isEqualTo(Format.ODT);
  }

  static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
  static final String MANIFEST = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0";

  /** An .odt with the given body, a manifest naming "Object 1" a chart, and no other parts. */
  private Path odt(String body) throws IOException {
    Path file = dir.resolve("a.odt");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      TestPackages.entry(zip, "mimetype", "application/vnd.oasis.opendocument.text");
      TestPackages.entry(
          zip,
          "META-INF/manifest.xml",
          "<manifest:manifest xmlns:manifest=\""
              + MANIFEST
              + "\">"
              + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
              + "<manifest:file-entry manifest:full-path=\"Object 1/\" manifest:media-type=\"application/vnd.oasis.opendocument.chart\"/>"
              + "</manifest:manifest>");
      TestPackages.entry(
          zip,
          "content.xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content"
              + " xmlns:office=\""
              + OFFICE
              + "\" xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
              + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
              + " xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">"
              + "<office:body><office:text>"
              + body
              + "</office:text></office:body></office:document-content>");
    }
    return file;
  }
}
