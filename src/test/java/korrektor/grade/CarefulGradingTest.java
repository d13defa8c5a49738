package korrektor.grade;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;
import korrektor.document.Cell;
import korrektor.document.Document;
import korrektor.document.Format;
import korrektor.document.Grid;
import korrektor.document.Location;
import korrektor.result.Student;
import korrektor.rubric.RubricReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Crafted submissions for each careful-grading verdict. Student values come from a small simulator
 * written here with plain maths (independent of the reference package), so each test states what a
 * student did, not what the code computes.
 */
class CarefulGradingTest {
  private static final String[] QUANTITIES = {"g", "f", "q", "candidate", "s", "h", "output"};
  private static Grader grader;

  @BeforeAll
  static void readRubric() throws Exception {
    grader = new Grader(RubricReader.read(Path.of("rubrics/sheet09.yaml")));
  }

  /** How a simulated student works. */
  private record Student(
      DoubleUnaryOperator candidateAct,
      DoubleUnaryOperator stateAct,
      boolean forget,
      int roundTo,
      String slipItem,
      double slipValue) {
    static Student careful() {
      return new Student(CarefulGradingTest::sigma, x -> Math.max(0, x), true, 4, null, 0);
    }
  }

  private static double sigma(double z) {
    return 1 / (1 + Math.exp(-z));
  }

  /** The student's table: values rounded to {@code roundTo} decimals and carried on rounded. */
  private static double[][] work(Student st) {
    double[] x = {0.7, 0.5, 0.7};
    double h = 0;
    double s = 0;
    double[][] out = new double[3][7];
    for (int t = 0; t < 3; t++) {
      double g = r(sigma(0.1 + 0.3 * x[t] - 0.3 * h), st);
      double f = r(sigma(0.25 * x[t] + 0.3 * h), st);
      double q = r(sigma(0.2 + 0.4 * x[t] + 0.3 * h), st);
      double c = r(st.candidateAct().applyAsDouble(1 + 0.01 * x[t] + 0.1 * h), st);
      c = slip(st, "candidate@" + (t + 1), c);
      s = r(st.forget() ? f * s + g * c : g * c, st);
      s = slip(st, "s@" + (t + 1), s);
      h = r(st.stateAct().applyAsDouble(s) * q, st);
      h = slip(st, "h@" + (t + 1), h);
      double o = r(sigma(5 * h - 1), st);
      out[t] = new double[] {g, f, q, c, s, h, o};
    }
    return out;
  }

  private static double r(double v, Student st) {
    double scale = Math.pow(10, st.roundTo());
    return Math.round(v * scale) / scale;
  }

  private static double slip(Student st, String item, double v) {
    return item.equals(st.slipItem()) ? st.slipValue() : v;
  }

  private static Document sheet(double[][] values, int decimals) {
    String file = "student.xlsx";
    List<Cell> cells = new ArrayList<>();
    cells.add(new Cell(0, 0, "t", null, Location.ofCell(file, "Sheet1", 0, 0)));
    for (int c = 0; c < QUANTITIES.length; c++) {
      cells.add(new Cell(0, c + 1, QUANTITIES[c], null, Location.ofCell(file, "Sheet1", 0, c + 1)));
    }
    for (int t = 0; t < 3; t++) {
      cells.add(
          new Cell(
              t + 1,
              0,
              Integer.toString(t + 1),
              (double) (t + 1),
              Location.ofCell(file, "Sheet1", t + 1, 0)));
      for (int c = 0; c < QUANTITIES.length; c++) {
        double v = values[t][c];
        String shown = String.format(Locale.ROOT, "%." + decimals + "f", v);
        cells.add(new Cell(t + 1, c + 1, shown, v, Location.ofCell(file, "Sheet1", t + 1, c + 1)));
      }
    }
    return new Document(
        file, Format.XLSX, List.of(new Grid("Sheet1", cells)), List.of(), List.of(), 0, List.of());
  }

  private static ItemResult item(Grading g, String key) {
    return g.items().stream()
        .filter(i -> i.id().equals("17/forward/" + key))
        .findFirst()
        .orElseThrow();
  }

  private static List<ItemResult> forward(Grading g) {
    return g.items().stream().filter(i -> i.part().equals("forward")).toList();
  }

  @Test
  void creditsValuesComputedFromTheStudentsOwnSlip() {
    Student st =
        new Student(CarefulGradingTest::sigma, x -> Math.max(0, x), true, 4, "s@1", 0.4522);
    Grading g = grader.grade(List.of(sheet(work(st), 4)));

    assertThat(item(g, "s@1").verdict()).isEqualTo(Verdict.WRONG);
    assertThat(item(g, "h@1").verdict()).isEqualTo(Verdict.FOLLOW_THROUGH);
    assertThat(item(g, "h@1").points()).isEqualTo(0.5);
    assertThat(item(g, "h@1").feedback()).contains("s(1) = 0.4522");
    assertThat(item(g, "output@1").verdict()).isEqualTo(Verdict.FOLLOW_THROUGH);
    assertThat(item(g, "g@2").verdict())
        .isEqualTo(Verdict.FOLLOW_THROUGH); // the gates at t=2 use the student's h(1)
    assertThat(item(g, "s@2").verdict()).isEqualTo(Verdict.FOLLOW_THROUGH);
  }

  @Test
  void carriedRoundingToTwoDecimalsIsNeverWrong() {
    Student st = new Student(CarefulGradingTest::sigma, x -> Math.max(0, x), true, 2, null, 0);
    Grading g = grader.grade(List.of(sheet(work(st), 2)));

    assertThat(forward(g))
        .allSatisfy(
            i -> assertThat(i.verdict()).as(i.id()).isIn(Verdict.CORRECT, Verdict.FOLLOW_THROUGH));
    assertThat(g.questionScores().get("17")).isEqualTo(7.5);
  }

  @Test
  void namesTheTanhCandidateMistakeAndFollowsThroughBelowIt() {
    Student st = new Student(Math::tanh, x -> Math.max(0, x), true, 4, null, 0);
    Grading g = grader.grade(List.of(sheet(work(st), 4)));

    for (int t = 1; t <= 3; t++) {
      ItemResult c = item(g, "candidate@" + t);
      assertThat(c.verdict()).as("candidate@" + t).isEqualTo(Verdict.MISCONCEPTION);
      assertThat(c.mistake()).isEqualTo("tanh-candidate");
      assertThat(c.points()).isEqualTo(0.125); // credit 0.5 of 0.25
      assertThat(c.feedback()).contains("tanh");
    }
    assertThat(item(g, "s@1").verdict()).isEqualTo(Verdict.FOLLOW_THROUGH);
    assertThat(item(g, "output@3").verdict()).isEqualTo(Verdict.FOLLOW_THROUGH);
  }

  @Test
  void namesTheMissingForgetTerm() {
    Student st = new Student(CarefulGradingTest::sigma, x -> Math.max(0, x), false, 4, null, 0);
    Grading g = grader.grade(List.of(sheet(work(st), 4)));

    assertThat(item(g, "s@1").verdict()).isEqualTo(Verdict.CORRECT); // s(0) = 0: no difference yet
    assertThat(item(g, "s@2").verdict()).isEqualTo(Verdict.MISCONCEPTION);
    assertThat(item(g, "s@2").mistake()).isEqualTo("no-forget-term");
    assertThat(item(g, "s@3").mistake()).isEqualTo("no-forget-term");
    assertThat(item(g, "h@2").verdict()).isEqualTo(Verdict.FOLLOW_THROUGH);
  }

  @Test
  void namesTanhInsteadOfReluForTheState() {
    Student st = new Student(CarefulGradingTest::sigma, Math::tanh, true, 4, null, 0);
    Grading g = grader.grade(List.of(sheet(work(st), 4)));

    assertThat(item(g, "h@1").verdict()).isEqualTo(Verdict.MISCONCEPTION);
    assertThat(item(g, "h@1").mistake()).isEqualTo("tanh-state");
    assertThat(item(g, "h@1").points()).isEqualTo(0.125); // credit 0.25 of 0.5
    assertThat(item(g, "output@1").verdict()).isEqualTo(Verdict.FOLLOW_THROUGH);
  }

  @Test
  void findsAnUnauthoredActivationSwapAutomatically() {
    // identity instead of σ for the output: no rubric mistake describes it
    double[][] v = work(Student.careful());
    for (int t = 0; t < 3; t++) {
      v[t][6] = Math.round((5 * v[t][5] - 1) * 1e4) / 1e4;
    }
    Grading g = grader.grade(List.of(sheet(v, 4)));

    assertThat(item(g, "output@2").verdict()).isEqualTo(Verdict.MISCONCEPTION);
    // ReLU and identity agree on positive arguments: either names the mistake, the other is
    // mentioned
    assertThat(item(g, "output@2").mistake()).isIn("auto:output=identity", "auto:output=relu");
    assertThat(item(g, "output@2").feedback()).contains("equally well");
    assertThat(item(g, "output@2").feedback()).contains("your values match");
    assertThat(item(g, "output@2").points()).isZero();
  }

  @Test
  void givesNoFollowThroughForAllZeroInputs() {
    double[][] v = work(Student.careful());
    v[0][0] = 0; // g@1, candidate@1 typed as 0
    v[0][3] = 0;
    v[0][4] = 0.1; // s@1 = f·0 + 0·0 would be 0; 0.1 follows from nothing
    Grading g = grader.grade(List.of(sheet(v, 4)));

    assertThat(item(g, "s@1").verdict()).isNotEqualTo(Verdict.FOLLOW_THROUGH);
  }

  @Test
  void sendsAValueJustOutsideTheToleranceToReview() {
    double[][] v = work(Student.careful());
    v[1][5] =
        0.3909; // h@2 = 0.390654: 0.000246 off; sheet09 allows 0.0002 (abs), so 1.23× the tolerance
    v[1][6] = Math.round(sigma(5 * 0.390654 - 1) * 1e4) / 1e4;
    Grading g = grader.grade(List.of(sheet(v, 4)));

    assertThat(item(g, "h@2").verdict()).isEqualTo(Verdict.REVIEW);
    assertThat(item(g, "h@2").reason()).contains("just outside the tolerance");
  }

  @Test
  void capsFollowThroughCreditPerQuestion() {
    // a slip in s@1 carried through all later values: most items are follow-through, the cap is 5
    // points
    Student st = new Student(CarefulGradingTest::sigma, x -> Math.max(0, x), true, 4, "s@1", 0.9);
    Grading g = grader.grade(List.of(sheet(work(st), 4)));

    double ft =
        forward(g).stream()
            .filter(i -> i.verdict() == Verdict.FOLLOW_THROUGH)
            .mapToDouble(ItemResult::points)
            .sum();
    assertThat(ft).isLessThanOrEqualTo(5.0);
    assertThat(forward(g).stream().filter(i -> i.verdict() == Verdict.FOLLOW_THROUGH).count())
        .isGreaterThan(10);
  }
}
