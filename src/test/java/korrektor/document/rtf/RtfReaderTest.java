package korrektor.document.rtf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import korrektor.document.Cell;
import korrektor.document.Document;
import korrektor.document.Figure;
import korrektor.document.Format;
import korrektor.document.ReadLimits;
import korrektor.document.TextLine;
import korrektor.document.read.DocumentReaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class RtfReaderTest {

  @TempDir Path dir;
  private final DocumentReaders readers = DocumentReaders.standard();

  private Document read(Path file) {
    return readers.read(file, file.getFileName().toString(), ReadLimits.DEFAULT);
  }

  private Document rtf(String content) throws IOException {
    return read(Files.write(dir.resolve("a.rtf"), content.getBytes(StandardCharsets.ISO_8859_1)));
  }

  private Path fixture(String name) throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/korrektor/document/rtf/" + name)) {
      Path file = dir.resolve(name);
      Files.copy(in, file);
      return file;
    }
  }

  private static java.util.List<String> texts(Document d) {
    return d.lines().stream().map(TextLine::text).toList();
  }

  @Test
  void readsParagraphsOfLibreOfficeRtfWithUmlautsGreekAndTheEquation() throws Exception {
    Document d = read(fixture("sheet.rtf"));

    assertThat(d.format()).isEqualTo(Format.RTF);
    assertThat(d.problems()).isEmpty();
    assertThat(texts(d))
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
    assertThat(d.lines().get(3).location().toString()).isEqualTo("sheet.rtf l.4");
  }

  @Test
  void readsTablesOfLibreOfficeRtfAsGrids() throws Exception {
    Document d = read(fixture("sheet.rtf"));

    assertThat(d.grids())
        .singleElement()
        .satisfies(
            g -> {
              assertThat(g.name()).isEqualTo("Table 1");
              assertThat(g.at(0, 0)).map(Cell::text).hasValue("LSTM forward pass");
              assertThat(g.row(1)).extracting(Cell::text).containsExactly("t", "h", "c");
              assertThat(g.at(3, 1)).map(Cell::text).hasValue("0.3907");
              assertThat(g.at(3, 1).orElseThrow().location().toString())
                  .isEqualTo("sheet.rtf!Table 1!B4");
            });
  }

  @Test
  void countsEachPictureOnceNotItsFallbackCopy() throws Exception {
    Document d = read(fixture("sheet.rtf")); // \*\shppict and \nonshppict hold the same picture

    assertThat(d.figures())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(Figure.Kind.IMAGE);
              assertThat(f.location().toString()).isEqualTo("sheet.rtf l.9");
            });
  }

  @Test
  void decodesHexEscapesInTheDocumentsCodePageAndTheFontsCharset() throws Exception {
    Document d =
        rtf(
            "{\\rtf1\\ansi\\ansicpg1253{\\fonttbl{\\f0 Arial;}{\\f1\\fcharset238 Arial CE;}{\\f2\\fcharset2 Symbol;}}"
                + "{\\colortbl;\\red0\\green0\\blue0;}{\\stylesheet{\\s0 Normal;}}{\\info{\\title Blatt 9}{\\author Anna Becker}}"
                + "\\f0 \\'f3 = 0,5\\par {\\f1 \\'e8asov\\'fd}\\par {\\f2 s} = 1\\par}");

    assertThat(texts(d)).containsExactly("σ = 0,5", "časový", "σ = 1");
    assertThat(d.metadata())
        .containsEntry("title", "Blatt 9")
        .containsEntry("author", "Anna Becker");
  }

  @Test
  void skipsUnicodeFallbacksByTheirCount() throws Exception {
    Document d =
        rtf(
            "{\\rtf1\\ansi \\u963\\'3f = 1\\par\\uc2 \\u963\\'3f\\'3f = 2\\par\\uc0 \\u963  = 3\\par"
                + "{\\uc1 \\u8722 ?0,5}\\par}");

    assertThat(texts(d)).containsExactly("σ = 1", "σ = 2", "σ = 3", "\u22120,5");
  }

  @Test
  void ignoresDestinationsWithoutBodyText() throws Exception {
    Document d =
        rtf(
            "{\\rtf1{\\*\\generator Writer;}{\\header h = 9.99\\par}{\\*\\unknown x = 1}"
                + "{\\field{\\*\\fldinst PAGE}{\\fldrslt 3}} h = 0.39{\\footnote\\chftn rounded}\\line c = 0.57\\par}");

    assertThat(texts(d)).containsExactly("3 h = 0.39", "c = 0.57");
  }

  @Test
  void readsWordStyleTablesWithCellsInGroupsAndEndsThemAtTheNextParagraph() throws Exception {
    Document d =
        rtf(
            "{\\rtf1\\pard Before\\par"
                + "\\trowd\\cellx1000\\cellx2000\\pard\\intbl{t\\cell}{h\\cell}{\\trowd\\cellx1000\\cellx2000\\row}"
                + "\\pard\\intbl{1\\cell}{0,2610\\par 2. Zeile\\cell}{\\row}\\pard After\\par}");

    assertThat(texts(d)).containsExactly("Before", "After");
    assertThat(d.grids().get(0).cells())
        .extracting(Cell::text)
        .containsExactly("t", "h", "1", "0,2610 2. Zeile");
  }

  @Test
  void countsChartObjectsButNotEquationObjectsAsFigures() throws Exception {
    Document d =
        rtf(
            "{\\rtf1 Plot: {\\object\\objemb{\\*\\objclass Excel.Chart.8}{\\*\\objdata 0105}"
                + "{\\result{\\pict\\wmetafile8 0100}}}\\par Formula: {\\object\\objemb{\\*\\objclass Equation.3}"
                + "{\\result{\\pict\\wmetafile8 0100}}}\\par}");

    assertThat(d.figures())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(Figure.Kind.CHART);
              assertThat(f.location().toString()).isEqualTo("a.rtf l.1");
            });
    assertThat(d.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("Equation.3"));
  }

  @Test
  void skipsBinaryPictureDataEvenWithBracesInIt() throws Exception {
    Document d = rtf("{\\rtf1 A{\\pict\\bin6 }}{{{x}\\par B\\par}");

    assertThat(texts(d)).containsExactly("A", "B");
    assertThat(d.figures()).hasSize(1);
  }

  @Test
  @Timeout(10)
  void refusesGroupsNestedDeeperThanAnyEditorWrites() throws Exception {
    Document d = rtf("{\\rtf1 " + "{".repeat(200_000) + "x" + "}".repeat(200_000) + "}");

    assertThat(d.isReadable()).isFalse();
    assertThat(d.problems().get(0).message())
        .startsWith("This RTF file is damaged (groups nested more than 512 levels deep)");
  }

  @Test
  @Timeout(10)
  void readsATenMegabyteLineQuicklyAndCutsIt() throws Exception {
    Document d = rtf("{\\rtf1 h = 0.39 " + "a".repeat(10_000_000) + "\\par c = 0.57\\par}");

    assertThat(d.isReadable()).isTrue();
    assertThat(d.lines()).hasSize(2);
    assertThat(d.lines().get(0).text())
        .startsWith("h = 0.39 aaa")
        .hasSizeLessThanOrEqualTo(100_000);
    assertThat(d.lines().get(1).text()).isEqualTo("c = 0.57");
    assertThat(d.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("was cut"));
  }

  @Test
  @Timeout(10)
  void readsTruncatedAndUnbalancedFilesWithoutHanging() throws Exception {
    assertThat(texts(rtf("{\\rtf1 h = 0.39\\par c = 0.5"))).containsExactly("h = 0.39", "c = 0.5");
    assertThat(texts(rtf("{\\rtf1 a}}}} b\\par"))).containsExactly("a b");
    assertThat(rtf("{\\rtf1 \\" + "x".repeat(1_000_000) + "123456789012345 y\\'4").isReadable())
        .isTrue();
  }
}
