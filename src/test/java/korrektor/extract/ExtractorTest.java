package korrektor.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import korrektor.document.Cell;
import korrektor.document.Document;
import korrektor.document.Format;
import korrektor.document.Grid;
import korrektor.document.Location;
import korrektor.document.TextLine;
import korrektor.document.Word;
import korrektor.rubric.Rubric;
import korrektor.rubric.RubricReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExtractorTest {
  private static final String XLSX = "a.xlsx";
  private static final String PDF = "a.pdf";
  private static Extractor extractor;

  @BeforeAll
  static void readRubric() throws Exception {
    Rubric rubric = RubricReader.read(Path.of("rubrics/sheet09.yaml"));
    Map<String, Integer> ones =
        rubric.quantities().keySet().stream().collect(Collectors.toMap(q -> q, q -> 1));
    extractor = new Extractor(rubric.quantities().values(), ones, 3);
  }

  // ---- grids ---------------------------------------------------------------------------------

  @Test
  void readsStepsAsRowsWithAStepColumn() {
    Grid g =
        grid(
            row("t", "g", "f", "h"),
            row(1, 0.5769, 0.5436, 0.2610),
            row(2, 0.5428, 0.5507, 0.3907),
            row(3, 0.5481, 0.5725, 0.4953));

    List<Candidate> found = extract(g);

    assertThat(found)
        .extracting(Candidate::key, Candidate::value, Candidate::evidence)
        .containsExactlyInAnyOrder(
            tuple("g@1", 0.5769, Candidate.Evidence.TABLE),
            tuple("f@1", 0.5436, Candidate.Evidence.TABLE),
            tuple("h@1", 0.2610, Candidate.Evidence.TABLE),
            tuple("g@2", 0.5428, Candidate.Evidence.TABLE),
            tuple("f@2", 0.5507, Candidate.Evidence.TABLE),
            tuple("h@2", 0.3907, Candidate.Evidence.TABLE),
            tuple("g@3", 0.5481, Candidate.Evidence.TABLE),
            tuple("f@3", 0.5725, Candidate.Evidence.TABLE),
            tuple("h@3", 0.4953, Candidate.Evidence.TABLE));
    assertThat(found)
        .filteredOn(c -> c.key().equals("h@2"))
        .singleElement()
        .satisfies(c -> assertThat(c.location().toString()).isEqualTo("a.xlsx!Sheet1!D3"));
  }

  @Test
  void readsStepsInRowOrderWithoutAStepColumn() {
    Grid g = grid(row("g", "h"), row(0.5769, 0.2610), row(0.5428, 0.3907));

    assertThat(extract(g))
        .extracting(Candidate::key, Candidate::value, Candidate::evidence)
        .containsExactlyInAnyOrder(
            tuple("g@1", 0.5769, Candidate.Evidence.ORDER),
                tuple("h@1", 0.2610, Candidate.Evidence.ORDER),
            tuple("g@2", 0.5428, Candidate.Evidence.ORDER),
                tuple("h@2", 0.3907, Candidate.Evidence.ORDER));
  }

  @Test
  void readsATransposedTableWithStepHeaders() {
    Grid g =
        grid(
            row("", "t=1", "t=2", "t=3"),
            row("g", 0.5769, 0.5428, 0.5481),
            row("h", 0.2610, 0.3907, 0.4953));

    assertThat(extract(g))
        .extracting(Candidate::key, Candidate::value, Candidate::evidence)
        .containsExactlyInAnyOrder(
            tuple("g@1", 0.5769, Candidate.Evidence.TABLE),
                tuple("g@2", 0.5428, Candidate.Evidence.TABLE),
            tuple("g@3", 0.5481, Candidate.Evidence.TABLE),
                tuple("h@1", 0.2610, Candidate.Evidence.TABLE),
            tuple("h@2", 0.3907, Candidate.Evidence.TABLE),
                tuple("h@3", 0.4953, Candidate.Evidence.TABLE));
  }

  @Test
  void readsKeyValueCells() {
    Grid g = grid(row("h(2)", 0.39), row("g_1", 0.5769), row("s^{(3)}", "0,7679"));

    assertThat(extract(g))
        .extracting(Candidate::key, Candidate::value, Candidate::evidence)
        .containsExactlyInAnyOrder(
            tuple("h@2", 0.39, Candidate.Evidence.LABEL),
            tuple("g@1", 0.5769, Candidate.Evidence.LABEL),
            tuple("s@3", 0.7679, Candidate.Evidence.LABEL));
  }

  @Test
  void readsLongFormatLabelStepValue() {
    Grid g =
        grid(
            row("quantity", "t", "value"),
            row("h", 1, 0.2610),
            row("h", 2, 0.3907),
            row("g", 1, 0.5769));

    assertThat(extract(g))
        .extracting(Candidate::key, Candidate::value, Candidate::evidence)
        .containsExactlyInAnyOrder(
            tuple("h@1", 0.2610, Candidate.Evidence.TABLE),
            tuple("h@2", 0.3907, Candidate.Evidence.TABLE),
            tuple("g@1", 0.5769, Candidate.Evidence.TABLE));
  }

  @Test
  void ignoresAParameterTableInAGrid() {
    Grid g =
        grid(
            row("", "U", "W", "b"),
            row("g", 0.3, -0.3, 0.1),
            row("f", 0.25, 0.3, 0),
            row("q", 0.4, 0.3, 0.2));

    assertThat(extract(g)).isEmpty();
  }

  @Test
  void ignoresAParameterTableInText() {
    List<Candidate> found = extract("U W b", "g 0.3 -0.3 0.1", "f 0.25 0.3 0", "q 0.4 0.3 0.2");

    assertThat(found).isEmpty();
  }

  // ---- prose ---------------------------------------------------------------------------------

  @Test
  void takesTheStepFromAPrecedingContext() {
    assertThat(extract("t = 2: h = 0.3907"))
        .extracting(Candidate::key, Candidate::value, Candidate::evidence)
        .containsExactly(tuple("h@2", 0.3907, Candidate.Evidence.CONTEXT));
  }

  @Test
  void carriesTheStepContextToLaterLines() {
    assertThat(extract("t = 3", "g = 0.5481", "h = 0.4953"))
        .extracting(Candidate::key, Candidate::value)
        .containsExactly(tuple("g@3", 0.5481), tuple("h@3", 0.4953));
  }

  @Test
  void takesTheLastPlainNumberOfAChain() {
    assertThat(extract("g(1) = σ(0.31) = 0.5769"))
        .extracting(Candidate::key, Candidate::value, Candidate::evidence)
        .containsExactly(tuple("g@1", 0.5769, Candidate.Evidence.LABEL));
  }

  @Test
  void treatsLabelsInsideAFormulaAsReferences() {
    List<Candidate> found = extract("h(2) = ReLU(s(2))·q(2) = 0.6328 · 0.6173 = 0.3907");

    assertThat(found)
        .extracting(Candidate::key, Candidate::value)
        .containsExactly(tuple("h@2", 0.3907));
  }

  @Test
  void readsAStepWrittenAfterAName() {
    assertThat(extract("the hidden state at t=3 is 0.4953"))
        .extracting(Candidate::key, Candidate::value)
        .containsExactly(tuple("h@3", 0.4953));
  }

  @Test
  void joinsAValueBrokenOntoTheNextLine() {
    List<Candidate> found = extract("t = 1", "At this step the cell state is s", "= 0.4225");

    assertThat(found)
        .extracting(Candidate::key, Candidate::value)
        .containsExactly(tuple("s@1", 0.4225));
    assertThat(found.get(0).location())
        .isEqualTo(Location.ofLine(PDF, 1, 3)); // where the number stands
  }

  @Test
  void readsGermanDecimalCommasInProse() {
    List<Candidate> found = extract("Im Schritt 2 ist h = 0,3907", "f(1) = 0,5436");

    assertThat(found)
        .extracting(Candidate::key, Candidate::value, c -> c.number().raw())
        .containsExactlyInAnyOrder(tuple("h@2", 0.3907, "0,3907"), tuple("f@1", 0.5436, "0,5436"));
  }

  @Test
  void readsNoIntegersFromStepsMentionedInASentence() {
    List<Candidate> found =
        extract(
            "No: the output at t = 1 (0.5757) differs from the output at t = 3 (0.8140).",
            "Bei t = 1 und t = 3 ist die Ausgabe verschieden (t = 1 vs. t = 3).",
            "The outputs for t = 1 and t = 3 (see the table) differ.");

    assertThat(found).noneMatch(c -> c.number().isInteger());
    assertThat(found).extracting(Candidate::value).allMatch(v -> v == 0.5757 || v == 0.8140);
  }

  // ---- tables of text with geometry (PDF) -------------------------------------------------------

  @Test
  void readsAPdfTableByColumnPosition() {
    List<TextLine> lines =
        List.of(
            pdfLine(1, 100, "t", "g", "f", "h"),
            pdfLine(2, 115, "1", "0.5769", "0.5436", "0.2610"),
            pdfLine(3, 130, "2", "0.5428", "0.5507", "0.3907"),
            pdfLine(4, 145, "3", "0.5481", "0.5725", "0.4953"));
    Document d = new Document(PDF, Format.PDF, List.of(), lines, List.of(), 1, List.of());

    List<Candidate> found = extractor.extract(d).candidates();

    assertThat(found)
        .extracting(Candidate::key, Candidate::value, Candidate::evidence)
        .containsExactlyInAnyOrder(
            tuple("g@1", 0.5769, Candidate.Evidence.TABLE),
            tuple("f@1", 0.5436, Candidate.Evidence.TABLE),
            tuple("h@1", 0.2610, Candidate.Evidence.TABLE),
            tuple("g@2", 0.5428, Candidate.Evidence.TABLE),
            tuple("f@2", 0.5507, Candidate.Evidence.TABLE),
            tuple("h@2", 0.3907, Candidate.Evidence.TABLE),
            tuple("g@3", 0.5481, Candidate.Evidence.TABLE),
            tuple("f@3", 0.5725, Candidate.Evidence.TABLE),
            tuple("h@3", 0.4953, Candidate.Evidence.TABLE));
    assertThat(found)
        .filteredOn(c -> c.key().equals("h@2"))
        .singleElement()
        .satisfies(c -> assertThat(c.location()).isEqualTo(Location.ofLine(PDF, 1, 3)));
  }

  @Test
  void assignsEachPdfNumberToTheNearestColumnEvenWhenRaggedRight() {
    // numbers are wider than the one-letter headers; their centres still fall nearest their column
    List<TextLine> lines =
        List.of(
            new TextLine(
                "t g h",
                List.of(
                    new Word("t", 10, 100, 5, 10),
                    new Word("g", 60, 100, 5, 10),
                    new Word("h", 110, 100, 5, 10)),
                Location.ofLine(PDF, 1, 1)),
            new TextLine(
                "2 0.5428 0.3907",
                List.of(
                    new Word("2", 10, 115, 5, 10),
                    new Word("0.5428", 50, 115, 28, 10),
                    new Word("0.3907", 100, 115, 28, 10)),
                Location.ofLine(PDF, 1, 2)));
    Document d = new Document(PDF, Format.PDF, List.of(), lines, List.of(), 1, List.of());

    assertThat(extractor.extract(d).candidates())
        .extracting(Candidate::key, Candidate::value)
        .containsExactlyInAnyOrder(tuple("g@2", 0.5428), tuple("h@2", 0.3907));
  }

  // ---- helpers -------------------------------------------------------------------------------

  @Test
  void readsALabelledValueSetBesideAPlotsTickLabels() {
    // "g = 0.5769" at the left, the plot's axis label "1.0" far right on the same baseline
    List<TextLine> lines =
        List.of(
            TextLine.plain("t = 1", Location.ofLine(PDF, 1, 1)),
            new TextLine(
                "g = 0.5769 1.0",
                List.of(
                    new Word("g", 50, 120, 6, 10),
                    new Word("=", 60, 120, 6, 10),
                    new Word("0.5769", 70, 120, 30, 10),
                    new Word("1.0", 400, 120, 14, 8)),
                Location.ofLine(PDF, 1, 2)));
    Document d = new Document(PDF, Format.PDF, List.of(), lines, List.of(), 1, List.of());

    List<Candidate> found = extractor.extract(d).candidates();

    assertThat(found)
        .extracting(Candidate::key, c -> c.number().raw())
        .containsExactly(tuple("g@1", "0.5769"));
  }

  private static List<Candidate> extract(Grid g) {
    return extractor
        .extract(new Document(XLSX, Format.XLSX, List.of(g), List.of(), List.of(), 0, List.of()))
        .candidates();
  }

  private static List<Candidate> extract(String... lines) {
    List<TextLine> out = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      out.add(TextLine.plain(lines[i], Location.ofLine(PDF, 1, i + 1)));
    }
    return extractor
        .extract(new Document(PDF, Format.PDF, List.of(), out, List.of(), 1, List.of()))
        .candidates();
  }

  private static TextLine pdfLine(int line, double y, String... words) {
    List<Word> ws = new ArrayList<>();
    double[] xs = {10, 60, 110, 160};
    for (int i = 0; i < words.length; i++) {
      // every word centred on its column (x + width / 2 = column centre)
      double width = 5 * words[i].length();
      double center = xs[i] + 10;
      ws.add(new Word(words[i], center - width / 2, y, width, 10));
    }
    return new TextLine(String.join(" ", words), ws, Location.ofLine(PDF, 1, line));
  }

  private static Object[] row(Object... values) {
    return values;
  }

  /**
   * A sheet "Sheet1": numbers become numeric cells shown with their usual text, strings text cells;
   * "" is left empty.
   */
  private static Grid grid(Object[]... rows) {
    List<Cell> cells = new ArrayList<>();
    for (int r = 0; r < rows.length; r++) {
      for (int c = 0; c < rows[r].length; c++) {
        Object v = rows[r][c];
        Location at = Location.ofCell(XLSX, "Sheet1", r, c);
        if (v instanceof Number n) {
          String shown =
              v instanceof Integer
                  ? v.toString()
                  : String.format(java.util.Locale.ROOT, "%s", n.doubleValue());
          cells.add(new Cell(r, c, shown, n.doubleValue(), at));
        } else if (!v.toString().isEmpty()) {
          cells.add(new Cell(r, c, v.toString(), null, at));
        }
      }
    }
    return new Grid("Sheet1", cells);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(
      strings = {
        "h(2) =",
        "h(2) = ",
        "h(2):\t",
        "c ≈",
        "= 0.5",
        "  = 0.5",
        "≈0.5",
        "h = 0.5",
        "",
        " ",
        "=",
        "a = b\nc",
        "a =\n",
        "a\n=",
        "\n= 0.5",
        "= 0.5\n",
        "= 0.5\u2028x",
        "a =\u2028",
        "x\u0085=",
        "a =\u000b\f\r",
        "a = \u00a0",
        "\u00a0= 0.5",
        "a:",
        ":",
        "a :b"
      })
  void joinsLinesExactlyWhereTheRegexesDid(String text) {
    // the character scans replaced ".*[=:≈]\\s*$" and "^\\s*[=≈].*" (run for every line); they must
    // agree
    assertThat(Extractor.endsWithEquals(text)).isEqualTo(text.matches(".*[=:≈]\\s*$"));
    assertThat(Extractor.startsWithEquals(text)).isEqualTo(text.matches("^\\s*[=≈].*"));
  }
}
