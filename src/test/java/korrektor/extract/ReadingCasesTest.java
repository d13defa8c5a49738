package korrektor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import korrektor.document.Cell;
import korrektor.document.Document;
import korrektor.document.Format;
import korrektor.document.Grid;
import korrektor.document.Location;
import korrektor.document.TextLine;
import korrektor.grade.Grader;
import korrektor.rubric.RubricReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The writings of ../shared/reading-cases.md that students used and the old reader lost: each read
 * whole, every value at the quantity and step the student meant, with the rubric's model deciding
 * what the notation leaves open.
 */
class ReadingCasesTest {
  /** Sheet 9's forward pass, 4 decimals: quantity → values at t = 1, 2, 3. */
  private static final Map<String, String[]> SHEET = new LinkedHashMap<>();

  static {
    SHEET.put("g", new String[] {"0.5769", "0.5428", "0.5481"});
    SHEET.put("f", new String[] {"0.5436", "0.5507", "0.5725"});
    SHEET.put("q", new String[] {"0.6177", "0.6173", "0.6450"});
    SHEET.put("candidate", new String[] {"0.7324", "0.7371", "0.7400"});
    SHEET.put("s", new String[] {"0.4225", "0.6328", "0.7679"});
    SHEET.put("h", new String[] {"0.2610", "0.3907", "0.4953"});
    SHEET.put("output", new String[] {"0.5757", "0.7218", "0.8140"});
  }

  private static Grader sheet09;

  @BeforeAll
  static void readRubric() throws Exception {
    sheet09 = new Grader(RubricReader.read(Path.of("rubrics/sheet09.yaml")));
  }

  @Test
  void readsOlahLettersWithDescriptionsAndAnInitialStateColumn() {
    Document xls =
        grid(
            "olah.xls",
            row("", "t=0", "t=1", "t=2", "t=3"),
            row("i(t) (input gate)", "", v("g", 1), v("g", 2), v("g", 3)),
            row("f(t) (forget gate)", "", v("f", 1), v("f", 2), v("f", 3)),
            row("o(t) (output gate)", "", v("q", 1), v("q", 2), v("q", 3)),
            row("c~(t) (candidate)", "", v("candidate", 1), v("candidate", 2), v("candidate", 3)),
            row("c(t) (cell state)", "0", v("s", 1), v("s", 2), v("s", 3)),
            row("h(t)", "0", v("h", 1), v("h", 2), v("h", 3)),
            row("y(t)", "", v("output", 1), v("output", 2), v("output", 3)));

    assertReadsTheWholeSheet(read(xls));
  }

  @Test
  void endsATableAtAnEmptyRowSoANoteBelowDoesNotHideItsStepColumn() {
    List<Object[]> rows = new ArrayList<>();
    rows.add(row("t", "g", "f", "q", "c~", "s", "h", "y"));
    rows.add(row("0", "", "", "", "", "0", "0", ""));
    for (int t = 1; t <= 3; t++) {
      rows.add(
          row(
              String.valueOf(t),
              v("g", t),
              v("f", t),
              v("q", t),
              v("candidate", t),
              v("s", t),
              v("h", t),
              v("output", t)));
    }
    rows.add(row());
    rows.add(row("note", "0.1234"));

    Extraction x = read(grid("table.xlsx", rows.toArray(Object[][]::new)));

    assertThat(found(x))
        .containsEntry("g@1", Double.valueOf(v("g", 1)))
        .containsEntry("h@3", Double.valueOf(v("h", 3)))
        .hasSize(21);
    assertThat(x.coverage().unexplained())
        .extracting(Coverage.Unexplained::text)
        .containsExactly("0.1234");
  }

  @Test
  void readsATableWhoseRowsAreSeparatedByEmptyRows() {
    List<Object[]> rows = new ArrayList<>();
    rows.add(row("t", "g", "f", "q", "c~", "s", "h", "y"));
    for (int t = 1; t <= 3; t++) {
      rows.add(row());
      rows.add(
          row(
              String.valueOf(t),
              v("g", t),
              v("f", t),
              v("q", t),
              v("candidate", t),
              v("s", t),
              v("h", t),
              v("output", t)));
    }

    assertReadsTheWholeSheet(read(grid("spaced.csv", rows.toArray(Object[][]::new))));
  }

  @Test
  void decodesLettersWithoutDescriptionsByTheStudentsOwnValues() {
    // a / o: candidate and output; nothing but the values says which is which
    Document csv =
        grid(
            "ao.csv",
            row("Name", "Mia Beispiel"),
            row("LSTM forward pass"),
            row("g(t)", v("g", 1), v("g", 2), v("g", 3)),
            row("f(t)", v("f", 1), v("f", 2), v("f", 3)),
            row("q(t)", v("q", 1), v("q", 2), v("q", 3)),
            row("a(t)", v("candidate", 1), v("candidate", 2), v("candidate", 3)),
            row("s(t)", v("s", 1), v("s", 2), v("s", 3)),
            row("h(t)", v("h", 1), v("h", 2), v("h", 3)),
            row("o(t)", v("output", 1), v("output", 2), v("output", 3)));

    assertReadsTheWholeSheet(read(csv));
  }

  @Test
  void readsOlahsOAsTheOutputGateWhenTheValuesSaySo() {
    Document md =
        lines(
            "olah.md",
            "| t | i | f | o | C~ | C | h | y |",
            "|---|---|---|---|---|---|---|---|",
            tableRow(1),
            tableRow(2),
            tableRow(3));

    assertReadsTheWholeSheet(read(md));
  }

  @Test
  void readsMarkdownListsAndInlineMath() {
    List<String> text = new ArrayList<>();
    String[] names = {
      "input gate",
      "forget gate",
      "output gate",
      "candidate",
      "cell state",
      "hidden state",
      "output"
    };
    int k = 0;
    for (String q : SHEET.keySet()) {
      for (int t = 1; t <= 3; t++) {
        text.add(
            k % 2 == 0
                ? "- " + names[k] + " (t=" + t + ") = " + v(q, t)
                : "1. **" + names[k] + "** at $t=" + t + "$: " + v(q, t));
      }
      k++;
    }
    assertReadsTheWholeSheet(read(lines("list.md", text.toArray(String[]::new))));
  }

  @Test
  void readsANotebookPrintoutInTheOrderItsCodeNames() {
    List<String> text =
        new ArrayList<>(List.of("for t in range(1, 4):", "    print(t, g, f, q, cand, s, h, y)"));
    for (int t = 1; t <= 3; t++) {
      StringBuilder row = new StringBuilder().append(t);
      for (String q : SHEET.keySet()) {
        row.append(' ').append(v(q, t));
      }
      text.add(row.toString());
    }
    assertReadsTheWholeSheet(read(lines("nb.ipynb", text.toArray(String[]::new))));
  }

  @Test
  void readsHeaderlessRowsInTheSheetsOrderWhenTheValuesAgree() {
    List<String> text = new ArrayList<>();
    for (int t = 1; t <= 3; t++) {
      StringBuilder row = new StringBuilder().append(t);
      for (String q : SHEET.keySet()) {
        row.append(',').append(v(q, t));
      }
      text.add(row.toString());
    }
    assertReadsTheWholeSheet(read(lines("rows.txt", text.toArray(String[]::new))));
  }

  @Test
  void leavesHeaderlessRowsThatDisagreeWithTheSheetsOrderUnreadAndUnexplained() {
    List<String> text = new ArrayList<>();
    List<String> shuffled = new ArrayList<>(SHEET.keySet());
    java.util.Collections.reverse(shuffled);
    for (int t = 1; t <= 3; t++) {
      StringBuilder row = new StringBuilder().append(t);
      for (String q : shuffled) {
        row.append(',').append(v(q, t));
      }
      text.add(row.toString());
    }
    Extraction x = read(lines("rows.txt", text.toArray(String[]::new)));

    assertThat(x.candidates()).isEmpty();
    assertThat(x.coverage().unexplained()).hasSize(21);
  }

  @Test
  void readsNumpyPrintsDictsAndProse() {
    Extraction x =
        read(
            lines(
                "mixed.md",
                "$h_{1} = " + v("h", 1) + "$",
                "s = [" + v("s", 1) + " " + v("s", 2) + " " + v("s", 3) + "]",
                "{'g': [" + v("g", 1) + ", " + v("g", 2) + ", " + v("g", 3) + "]}",
                "In the second step the hidden state becomes " + v("h", 2) + ".",
                "Der Zellzustand beträgt nach dem dritten Schritt "
                    + v("s", 3).replace('.', ',')
                    + "."));

    assertThat(found(x))
        .containsEntry("h@1", Double.valueOf(v("h", 1)))
        .containsEntry("h@2", Double.valueOf(v("h", 2)))
        .containsEntry("s@1", Double.valueOf(v("s", 1)))
        .containsEntry("s@3", Double.valueOf(v("s", 3)))
        .containsEntry("g@3", Double.valueOf(v("g", 3)));
  }

  @Test
  void readsATabSeparatedTablePastedIntoText() {
    List<String> text = new ArrayList<>(List.of("My results", "t\tg\tf\tq\tcand\ts\th\ty"));
    for (int t = 1; t <= 3; t++) {
      StringBuilder row = new StringBuilder().append(t);
      for (String q : SHEET.keySet()) {
        row.append('\t').append(v(q, t));
      }
      text.add(row.toString());
    }
    assertReadsTheWholeSheet(read(lines("pasted.txt", text.toArray(String[]::new))));
  }

  @Test
  void countsFromZeroWhenTheFirstRowHoldsGateValues() {
    List<String> text = new ArrayList<>(List.of("t;g;f;q;cand;s;h;y"));
    for (int t = 1; t <= 3; t++) {
      StringBuilder row = new StringBuilder().append(t - 1);
      for (String q : SHEET.keySet()) {
        row.append(';').append(v(q, t).replace('.', ','));
      }
      text.add(row.toString());
    }
    assertReadsTheWholeSheet(read(lines("zero.csv", text.toArray(String[]::new))));
  }

  @Test
  void listsNumbersNoReadingExplainsAndSetsDistractorsAside() {
    Extraction x =
        read(
            lines(
                "notes.txt",
                "Parameters: U_g = 0.3, W_g = -0.3, b = 1, x = 0.7, 0.5, 0.7",
                "Student id 271099, 27.06.2018, 10 points",
                "z_g = 0.3·0.7 + 0.1 = 0.31",
                "some value 0.4444 without a name"));

    assertThat(x.candidates()).isEmpty();
    assertThat(x.coverage().unexplained())
        .extracting(Coverage.Unexplained::text)
        .containsExactly("0.4444");
  }

  @Test
  void setsAsideNumbersInWebAddressesAndTheInitialStateWrittenOut() {
    Extraction x =
        read(
            lines(
                "notes.txt",
                "Submit via https://learnweb.example.org/course/search.php?search=3108 or mail tutor17@example.org",
                "h, s = 0.0, 0.0",
                "left over 0.4444"));

    assertThat(x.coverage().unexplained())
        .extracting(Coverage.Unexplained::text)
        .containsExactly("0.4444");
  }

  @Test
  void decodesTheNotationOfAStudentWhoseValuesAreAllWrongTheSameWay() {
    // tanh instead of σ for the candidate (an anticipated mistake), written in the a/o letters
    String[][] tanh = {
      {"0.5769", "0.5436", "0.6177", "0.7645", "0.4410", "0.2725", "0.5896"},
      {"0.5420", "0.5515", "0.6182", "0.7748", "0.6632", "0.4099", "0.7407"},
      {"0.5466", "0.5739", "0.6463", "0.7810", "0.8075", "0.5219", "0.8334"}
    };
    List<String> text = new ArrayList<>(List.of("t g f q a s h o"));
    for (int t = 1; t <= 3; t++) {
      text.add(t + " " + String.join(" ", tanh[t - 1]));
    }

    Map<String, Double> found = found(read(lines("tanh.txt", text.toArray(String[]::new))));

    assertThat(found)
        .containsEntry("candidate@2", 0.7748)
        .containsEntry("output@3", 0.8334)
        .containsEntry("q@1", 0.6177)
        .doesNotContainKey("q@4");
    assertThat(found).hasSize(21);
  }

  @Test
  void sendsAReadingThatTwoNotationsExplainEquallyWellToReview() {
    // c at step 2 alone: the candidate (c/y letters) or the cell state (Olah); nothing settles it
    Extraction x = read(lines("c.txt", "c(2) = 0.5000"));

    assertThat(x.ambiguous()).isNotEmpty();
    assertThat(x.ambiguous().values())
        .allSatisfy(why -> assertThat(why).contains("candidate").contains("s"));
  }

  @Test
  void neverReadsStepTenAsStepOne() throws Exception {
    Grader twelve =
        new Grader(
            RubricReader.read(Path.of("src/test/resources/korrektor/conformance/lstm12.yaml")));
    Extraction x =
        twelve.read(
            List.of(lines("long.txt", "h(10) = 0.4400", "h_{12} = 0.4500", "t = 11: s = 0.8000")));

    assertThat(found(x)).containsOnlyKeys("h@10", "h@12", "s@11");
  }

  @Test
  void setsADraftAsideWhenTheFinalVersionHasValues() {
    Document draft = lines("loesung_entwurf.txt", "h(1) = 0.9999");
    Document fin = lines("loesung_final.txt", "h(1) = 0.2610");

    Extraction x = sheet09.read(List.of(draft, fin));

    assertThat(found(x)).containsExactly(Map.entry("h@1", 0.2610));
    assertThat(x.notes())
        .anySatisfy(n -> assertThat(n).contains("loesung_entwurf.txt").contains("draft"));
  }

  private static String tableRow(int t) {
    StringBuilder row = new StringBuilder("| ").append(t).append(" |");
    for (String q : SHEET.keySet()) {
      row.append(' ').append(v(q, t)).append(" |");
    }
    return row.toString();
  }

  private static void assertReadsTheWholeSheet(Extraction x) {
    Map<String, Double> expected = new LinkedHashMap<>();
    SHEET.forEach(
        (q, values) -> {
          for (int t = 1; t <= 3; t++) {
            expected.put(q + "@" + t, Double.valueOf(values[t - 1]));
          }
        });
    assertThat(x.ambiguous()).isEmpty();
    assertThat(found(x)).containsExactlyInAnyOrderEntriesOf(expected);
    assertThat(x.coverage().unexplained()).isEmpty();
  }

  private static Map<String, Double> found(Extraction x) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (var e : x.byItem().entrySet()) {
      out.put(e.getKey(), e.getValue().get(0).value());
    }
    return out;
  }

  private static Extraction read(Document d) {
    return sheet09.read(List.of(d));
  }

  private static String v(String q, int t) {
    return SHEET.get(q)[t - 1];
  }

  private static Object[] row(Object... cells) {
    return cells;
  }

  private static Document grid(String file, Object[]... rows) {
    List<Cell> cells = new ArrayList<>();
    for (int r = 0; r < rows.length; r++) {
      for (int c = 0; c < rows[r].length; c++) {
        String s = rows[r][c].toString();
        if (s.isEmpty()) {
          continue;
        }
        Location at = Location.ofCell(file, "Sheet1", r, c);
        boolean number = s.matches("-?\\d+(\\.\\d+)?");
        cells.add(new Cell(r, c, s, number ? Double.valueOf(s) : null, at));
      }
    }
    return new Document(
        file, Format.XLSX, List.of(new Grid("Sheet1", cells)), List.of(), List.of(), 0, List.of());
  }

  private static Document lines(String file, String... text) {
    List<TextLine> out = new ArrayList<>();
    for (int i = 0; i < text.length; i++) {
      out.add(TextLine.plain(text[i], Location.ofLine(file, 0, i + 1)));
    }
    return new Document(file, Format.TEXT, List.of(), out, List.of(), 0, List.of());
  }
}
