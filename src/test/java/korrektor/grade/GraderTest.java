package korrektor.grade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import korrektor.document.Cell;
import korrektor.document.Document;
import korrektor.document.Figure;
import korrektor.document.Format;
import korrektor.document.Grid;
import korrektor.document.Location;
import korrektor.document.TextLine;
import korrektor.rubric.RubricReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GraderTest {
  private static final String FILE = "271001_Anna_Becker.xlsx";
  private static final String[] QUANTITIES = {"g", "f", "q", "candidate", "s", "h", "output"};

  /** The sheet 9 solution, rounded to 5 decimals (see LstmModelTest), steps 1..3 by quantity. */
  private static final double[][] SOLUTION = {
    {0.57689, 0.54364, 0.61775, 0.73243, 0.42253, 0.26102, 0.57568},
    {0.54282, 0.55065, 0.61735, 0.73713, 0.63279, 0.39065, 0.72177},
    {0.54805, 0.57253, 0.64501, 0.74002, 0.76786, 0.49528, 0.81403}
  };

  private static Grader grader;

  @BeforeAll
  static void readRubric() throws Exception {
    grader = new Grader(RubricReader.read(Path.of("rubrics/sheet09.yaml")));
  }

  @Test
  void gradesACorrectTableFullMarks() {
    Grading g = grader.grade(List.of(workbook(solution(), List.of())));

    List<ItemResult> forward = forward(g);
    assertThat(forward)
        .hasSize(21)
        .allSatisfy(i -> assertThat(i.verdict()).as(i.id()).isEqualTo(Verdict.CORRECT));
    assertThat(forward.stream().mapToDouble(ItemResult::points).sum()).isCloseTo(7.5, within(1e-9));
    assertThat(g.questionScores().get("17")).isCloseTo(7.5, within(1e-9));
    assertThat(g.maxScore()).isEqualTo(20.0);
    assertThat(item(g, "17/forward/h@2").source()).isEqualTo(FILE + "!Sheet1!G3");
    assertThat(item(g, "17/forward/h@2").found()).isEqualTo(0.39065);
  }

  @Test
  void sendsMissingItemsToReviewWithTheNumbersNoReadingExplains() {
    Document notes =
        new Document(
            "notes.txt",
            Format.TEXT,
            List.of(),
            List.of(
                TextLine.plain(
                    "my results: 0.2610 0.3907 0.4953", Location.ofLine("notes.txt", 0, 1))),
            List.of(),
            0,
            List.of());

    Grading g = grader.grade(List.of(notes));

    ItemResult h2 = item(g, "17/forward/h@2");
    assertThat(h2.verdict()).isEqualTo(Verdict.REVIEW);
    assertThat(h2.reason()).contains("0.3907 (notes.txt l.1)");
    assertThat(g.status()).isEqualTo(Grading.Status.NEEDS_REVIEW);
    assertThat(g.coverage().unexplained())
        .extracting(korrektor.extract.Coverage.Unexplained::text)
        .containsExactly("0.2610", "0.3907", "0.4953");
  }

  @Test
  void leavesAnItemMissingWhenNothingInTheFilesCouldBeIt() {
    Document notes =
        new Document(
            "notes.txt",
            Format.TEXT,
            List.of(),
            List.of(
                TextLine.plain(
                    "U_g = 0.3, x = 0.7, Matrikelnummer 271001, 10 Punkte",
                    Location.ofLine("notes.txt", 0, 1))),
            List.of(),
            0,
            List.of());

    Grading g = grader.grade(List.of(notes));

    assertThat(forward(g)).allSatisfy(i -> assertThat(i.verdict()).isEqualTo(Verdict.MISSING));
    assertThat(g.coverage().numbers()).isEqualTo(4);
    assertThat(g.coverage().distractors()).isEqualTo(4);
    assertThat(g.coverage().unexplained()).isEmpty();
  }

  @Test
  void givesNoPointsForAWrongValue() {
    double[][] values = solution();
    values[1][5] = 0.4; // h@2 should be 0.39065
    Grading g = grader.grade(List.of(workbook(values, List.of())));

    ItemResult h2 = item(g, "17/forward/h@2");
    assertThat(h2.verdict()).isEqualTo(Verdict.WRONG);
    assertThat(h2.points()).isZero();
    assertThat(h2.maxPoints()).isEqualTo(0.5);
    assertThat(h2.expected()).isCloseTo(0.39065, within(5e-6));
    assertThat(g.questionScores().get("17")).isCloseTo(7.0, within(1e-9));
    assertThat(forward(g)).filteredOn(i -> i.verdict() == Verdict.CORRECT).hasSize(20);
  }

  @Test
  void sendsDisagreeingValuesForOneItemToReview() {
    Document table = workbook(solution(), List.of());
    Document prose =
        new Document(
            "notes.pdf",
            Format.PDF,
            List.of(),
            List.of(TextLine.plain("h(2) = 0.45", Location.ofLine("notes.pdf", 1, 1))),
            List.of(),
            1,
            List.of());

    Grading g = grader.grade(List.of(table, prose));

    ItemResult h2 = item(g, "17/forward/h@2");
    assertThat(h2.verdict()).isEqualTo(Verdict.REVIEW);
    assertThat(h2.points()).isZero();
    assertThat(h2.reason()).contains("h@2").contains("0.45").contains("0.39065");
    assertThat(g.status()).isEqualTo(Grading.Status.NEEDS_REVIEW);
    assertThat(g.pendingPoints()).isGreaterThanOrEqualTo(0.5);
  }

  @Test
  void acceptsTheSameValueFoundTwiceAtDifferentPrecision() {
    Document table = workbook(solution(), List.of());
    Document prose =
        new Document(
            "notes.pdf",
            Format.PDF,
            List.of(),
            List.of(TextLine.plain("h(2) = 0.39", Location.ofLine("notes.pdf", 1, 1))),
            List.of(),
            1,
            List.of());

    ItemResult h2 = item(grader.grade(List.of(table, prose)), "17/forward/h@2");

    assertThat(h2.verdict()).isEqualTo(Verdict.CORRECT);
    assertThat(h2.points()).isEqualTo(0.5);
  }

  @Test
  void marksItemsMissingWhenNothingIsFound() {
    Document d =
        new Document(
            "empty.pdf",
            Format.PDF,
            List.of(),
            List.of(TextLine.plain("Hello", Location.ofLine("empty.pdf", 1, 1))),
            List.of(),
            1,
            List.of());

    Grading g = grader.grade(List.of(d));

    assertThat(forward(g))
        .hasSize(21)
        .allSatisfy(
            i -> {
              assertThat(i.verdict()).isEqualTo(Verdict.MISSING);
              assertThat(i.points()).isZero();
            });
    assertThat(g.score()).isZero();
    assertThat(g.status()).isEqualTo(Grading.Status.GRADED);
  }

  @Test
  void reportsAnErrorWhenNoDocumentIsReadable() {
    Document broken =
        Document.unreadable("271015_Emma_Hartmann.pdf", Format.PDF, "the PDF is damaged");

    Grading g = grader.grade(List.of(broken));

    assertThat(g.status()).isEqualTo(Grading.Status.ERROR);
    assertThat(g.items()).isEmpty();
    assertThat(g.score()).isZero();
    assertThat(g.maxScore()).isEqualTo(20.0);
    assertThat(g.messages())
        .anySatisfy(
            m -> assertThat(m).contains("271015_Emma_Hartmann.pdf").contains("the PDF is damaged"));
  }

  @Test
  void reportsAnErrorWhenThereAreNoFiles() {
    Grading g = grader.grade(List.of());

    assertThat(g.status()).isEqualTo(Grading.Status.ERROR);
    assertThat(g.messages()).contains("no files found for this student");
  }

  @Test
  void marksThePlotMissingWithoutAFigure() {
    ItemResult plot = item(grader.grade(List.of(workbook(solution(), List.of()))), "17/plot");

    assertThat(plot.verdict()).isEqualTo(Verdict.MISSING);
    assertThat(plot.points()).isZero();
    assertThat(plot.maxPoints()).isEqualTo(1.0);
  }

  @Test
  void sendsAPlotToReviewWhenAFigureIsPresent() {
    Figure chart =
        new Figure(Figure.Kind.CHART, "line chart", Location.ofCell(FILE, "Sheet1", 0, 9));

    Grading g = grader.grade(List.of(workbook(solution(), List.of(chart))));

    ItemResult plot = item(g, "17/plot");
    assertThat(plot.verdict()).isEqualTo(Verdict.REVIEW);
    assertThat(plot.points()).isZero();
    assertThat(plot.source()).contains("line chart");
    assertThat(plot.reason()).isNotBlank();
    assertThat(g.status()).isEqualTo(Grading.Status.NEEDS_REVIEW);
  }

  @Test
  void countsAFoundPlotInFullWhenTheRubricSaysReviewNever() throws Exception {
    String yaml =
        java.nio.file.Files.readString(Path.of("rubrics/sheet09.yaml"))
            .replace(
                "{id: plot, kind: plot, points: 1,",
                "{id: plot, kind: plot, points: 1, review: never,");
    Grader never = new Grader(RubricReader.parse(yaml, "sheet09.yaml").rubricOrNull());
    Figure chart =
        new Figure(Figure.Kind.CHART, "line chart", Location.ofCell(FILE, "Sheet1", 0, 9));

    ItemResult plot = item(never.grade(List.of(workbook(solution(), List.of(chart)))), "17/plot");

    assertThat(plot.verdict()).isEqualTo(Verdict.CORRECT);
    assertThat(plot.points()).isEqualTo(1.0);
    assertThat(plot.reason()).isNull();
    assertThat(item(never.grade(List.of(workbook(solution(), List.of()))), "17/plot").verdict())
        .isEqualTo(Verdict.MISSING);
  }

  // ---- helpers -------------------------------------------------------------------------------

  private static double[][] solution() {
    double[][] copy = new double[3][];
    for (int t = 0; t < 3; t++) {
      copy[t] = SOLUTION[t].clone();
    }
    return copy;
  }

  private static List<ItemResult> forward(Grading g) {
    return g.items().stream()
        .filter(i -> i.question().equals("17") && i.part().equals("forward"))
        .toList();
  }

  private static ItemResult item(Grading g, String id) {
    return g.items().stream()
        .filter(i -> i.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no item " + id + " in " + g.items()));
  }

  /** A sheet with a header row {@code t, g, f, q, candidate, s, h, output} and one row per step. */
  private static Document workbook(double[][] values, List<Figure> figures) {
    List<Cell> cells = new ArrayList<>();
    cells.add(text(0, 0, "t"));
    for (int c = 0; c < QUANTITIES.length; c++) {
      cells.add(text(0, c + 1, QUANTITIES[c]));
    }
    for (int t = 0; t < values.length; t++) {
      cells.add(
          new Cell(
              t + 1,
              0,
              Integer.toString(t + 1),
              (double) (t + 1),
              Location.ofCell(FILE, "Sheet1", t + 1, 0)));
      for (int c = 0; c < values[t].length; c++) {
        double v = values[t][c];
        cells.add(
            new Cell(
                t + 1,
                c + 1,
                String.format(Locale.ROOT, "%.5f", v),
                v,
                Location.ofCell(FILE, "Sheet1", t + 1, c + 1)));
      }
    }
    return new Document(
        FILE, Format.XLSX, List.of(new Grid("Sheet1", cells)), List.of(), figures, 0, List.of());
  }

  private static Cell text(int row, int column, String text) {
    return new Cell(row, column, text, null, Location.ofCell(FILE, "Sheet1", row, column));
  }
}
