package korrektor.document.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipOutputStream;
import korrektor.document.Cell;
import korrektor.document.Document;
import korrektor.document.Figure;
import korrektor.document.Format;
import korrektor.document.ReadLimits;
import korrektor.document.TextLine;
import korrektor.document.read.DocumentReaders;
import korrektor.document.worker.DocumentJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden tests of the readers for .docx, .ods, .ipynb, HTML and Markdown: each fixture is written
 * by the test (the XML a producer writes, reduced to what matters) and read through {@link
 * DocumentReaders#standard()}, so detection by content is covered too.
 */
class NewFormatsTest {

  @TempDir Path dir;
  private final DocumentReaders readers = DocumentReaders.standard();

  private Document read(Path file) {
    return readers.read(file, file.getFileName().toString(), ReadLimits.DEFAULT);
  }

  private static String text(Document d) {
    return String.join("\n", d.lines().stream().map(TextLine::text).toList());
  }

  @Test
  void readsWordEquationsInReadingOrderAndTablesAsGrids() throws Exception {
    String m =
        "<m:oMath><m:sSup><m:e><m:r><m:t>h</m:t></m:r></m:e><m:sup><m:r><m:t>(2)</m:t></m:r>"
            + "</m:sup></m:sSup><m:r><m:t>=0.3907</m:t></m:r></m:oMath>";
    String body =
        "<w:p><w:r><w:t>Name: Anna Becker</w:t></w:r></w:p>"
            + "<w:p><w:r><w:t xml:space=\"preserve\">Hidden state: </w:t></w:r>"
            + m
            + "</w:p>"
            + "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>t</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>h</w:t></w:r>"
            + "</w:p></w:tc></w:tr><w:tr><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r>"
            + "<w:t>0.2610</w:t></w:r></w:p></w:tc></w:tr></w:tbl>";
    Document d = read(docx(dir.resolve("a.pdf"), body)); // wrong extension on purpose

    assertThat(d.format()).isEqualTo(Format.DOCX);
    assertThat(d.problems()).isEmpty();
    assertThat(text(d)).isEqualTo("Name: Anna Becker\nHidden state: h(2)=0.3907");
    assertThat(d.lines().get(1).location().toString()).isEqualTo("a.pdf l.2");
    assertThat(d.grids())
        .singleElement()
        .satisfies(
            g -> {
              assertThat(g.name()).isEqualTo("Table 1");
              assertThat(g.at(1, 1)).map(Cell::text).hasValue("0.2610");
              assertThat(g.at(1, 1).orElseThrow().location().toString())
                  .isEqualTo("a.pdf!Table 1!B2");
            });
  }

  @Test
  void readsOdsRawValuesAndRepeatedColumns() throws Exception {
    String rows =
        "<table:table table:name=\"LSTM\">"
            + "<table:table-row><table:table-cell office:value-type=\"string\"><text:p>t</text:p></table:table-cell>"
            + "<table:table-cell table:number-columns-repeated=\"2\"/>"
            + "<table:table-cell office:value-type=\"string\"><text:p>h</text:p></table:table-cell></table:table-row>"
            + "<table:table-row table:number-rows-repeated=\"3\"><table:table-cell table:number-columns-repeated=\"1024\"/></table:table-row>"
            + "<table:table-row><table:table-cell office:value-type=\"float\" office:value=\"1\"><text:p>1</text:p></table:table-cell>"
            + "<table:table-cell table:number-columns-repeated=\"2\"/>"
            + "<table:table-cell office:value-type=\"float\" office:value=\"0.261023\"><text:p>0,26</text:p></table:table-cell>"
            + "</table:table-row></table:table>";
    Document d = read(ods(dir.resolve("a.ods"), rows, true));

    assertThat(d.format()).isEqualTo(Format.ODS);
    assertThat(d.problems()).isEmpty();
    Cell h = d.grids().get(0).at(4, 3).orElseThrow();
    assertThat(h.number()).isEqualTo(0.261023);
    assertThat(h.text()).isEqualTo("0,26");
    assertThat(h.location().toString()).isEqualTo("a.ods!LSTM!D5");
    assertThat(d.grids().get(0).at(0, 3)).map(Cell::text).hasValue("h");
    assertThat(d.figures()).extracting(Figure::kind).containsExactly(Figure.Kind.CHART);
  }

  @Test
  void readsNotebookSourcesTextOutputsAndImageOutputs() throws Exception {
    Path nb =
        Files.writeString(
            dir.resolve("a.ipynb"),
            """
        {"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [
          {"cell_type": "markdown", "metadata": {}, "source": ["# Sheet 9\\n", "Group members: Lea Hahn, Max Roth"]},
          {"cell_type": "code", "metadata": {}, "execution_count": 1, "source": "print(h)",
           "outputs": [{"output_type": "stream", "name": "stdout", "text": ["h(1) = 0.2610\\n"]},
                       {"output_type": "execute_result", "execution_count": 1, "metadata": {},
                        "data": {"text/plain": ["0.3907"]}},
                       {"output_type": "display_data", "metadata": {},
                        "data": {"image/png": "iVBORw0KGgo=", "text/plain": ["<Figure>"]}}]}]}
        """);
    Document d = read(nb);

    assertThat(d.format()).isEqualTo(Format.IPYNB);
    assertThat(text(d))
        .isEqualTo(
            "# Sheet 9\nGroup members: Lea Hahn, Max Roth\nprint(h)\nh(1) = 0.2610\n0.3907\n<Figure>");
    assertThat(d.lines().get(3).location().toString()).isEqualTo("a.ipynb cell 2 l.2");
    assertThat(d.figures())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(Figure.Kind.IMAGE);
              assertThat(f.location().toString()).isEqualTo("a.ipynb cell 2");
            });
  }

  @Test
  void readsMoodleOnlineTextWithTablesAndImages() throws Exception {
    Path html =
        Files.writeString(
            dir.resolve("onlinetext.html"),
            "<p>Name: David Schmid<br>Partner: Anna Keller</p><table><tr><td>t</td><td>h</td></tr>"
                + "<tr><td>1</td><td>0,2610</td></tr></table><p>The output&nbsp;differs.</p>"
                + "<p><img src=\"@@PLUGINFILE@@/plot.png\" alt=\"plot\"></p>");
    Document d = read(html);

    assertThat(d.format()).isEqualTo(Format.HTML);
    assertThat(text(d)).isEqualTo("Name: David Schmid\nPartner: Anna Keller\nThe output differs.");
    assertThat(d.grids().get(0).at(1, 1)).map(Cell::text).hasValue("0,2610");
    assertThat(d.figures()).extracting(Figure::kind).containsExactly(Figure.Kind.IMAGE);
  }

  @Test
  void readsMarkdownTablesAsGrids() throws Exception {
    Path md =
        Files.writeString(
            dir.resolve("a.md"), "# Sheet 9\n\n| t | h |\n|---|:---:|\n| 1 | 0.2610 |\n\nDone.\n");
    Document d = read(md);

    assertThat(d.grids())
        .singleElement()
        .satisfies(
            g -> {
              assertThat(g.at(1, 1)).map(Cell::text).hasValue("0.2610");
              assertThat(g.at(1, 1).orElseThrow().location().toString())
                  .isEqualTo("a.md!Table 1!B2");
            });
    assertThat(text(d)).isEqualTo("# Sheet 9\n\n\nDone.");
  }

  @Test
  void documentsSurviveTheJsonRoundTripOfIsolatedReading() throws Exception {
    Document d =
        read(
            ods(
                dir.resolve("b.ods"),
                "<table:table table:name=\"S\"><table:table-row>"
                    + "<table:table-cell office:value-type=\"float\" office:value=\"0.5\"><text:p>0.5</text:p>"
                    + "</table:table-cell></table:table-row></table:table>",
                false));

    assertThat(DocumentJson.fromJson(DocumentJson.toJson(d))).isEqualTo(d);
  }

  static Path docx(Path file, String body) throws IOException {
    return TestPackages.docx(
        file,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\""
            + "http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:m=\""
            + "http://schemas.openxmlformats.org/officeDocument/2006/math\"><w:body>"
            + body
            + "</w:body></w:document>");
  }

  static Path ods(Path file, String tables, boolean chart) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      TestPackages.entry(zip, "mimetype", "application/vnd.oasis.opendocument.spreadsheet");
      TestPackages.entry(
          zip,
          "META-INF/manifest.xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest"
              + " xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"><manifest:file-entry"
              + " manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/>"
              + (chart
                  ? "<manifest:file-entry manifest:full-path=\"Object 1/\" manifest:media-type=\""
                      + "application/vnd.oasis.opendocument.chart\"/>"
                  : "")
              + "</manifest:manifest>");
      TestPackages.entry(
          zip,
          "content.xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content"
              + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:table=\""
              + "urn:oasis:names:tc:opendocument:xmlns:table:1.0\" xmlns:text=\""
              + "urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:spreadsheet>"
              + tables
              + "</office:spreadsheet></office:body></office:document-content>");
    }
    return file;
  }
}
