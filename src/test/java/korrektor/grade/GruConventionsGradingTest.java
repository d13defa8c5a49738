package korrektor.grade;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import korrektor.document.Cell;
import korrektor.document.Document;
import korrektor.document.Format;
import korrektor.document.Grid;
import korrektor.document.Location;
import korrektor.rubric.Rubric;
import korrektor.rubric.RubricReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A GRU sheet that accepts both update forms: students using either get {@code correct} or {@code
 * alternative} on every item, without follow-through. Student values come from plain maths written
 * here (not the reference package), rounded and carried on rounded as students do.
 */
class GruConventionsGradingTest {
  private static final String[] QUANTITIES = {"z", "r", "candidate", "h", "output"};
  private static final double[] X = {1.0, 0.5, -0.5, 0.8};

  /**
   * The example sheet's GRU; {@code form} is the reference's update form, {@code other} the
   * accepted one.
   */
  private static Rubric rubric(String form, String conventionForm, boolean reset) {
    String convention =
        conventionForm == null
            ? ""
            : """
                conventions:
                  - {name: other-update-form, message: "accepted", credit: 1, change: {forms: {update: %s}}}
        """
                .formatted(conventionForm);
    String mistakes =
        !reset
            ? ""
            : """
                mistakes:
                  - {name: no-reset-gate, message: "r is missing", credit: 0.5, change: {drop: [reset]}}
        """;
    String yaml =
        """
        id: gru
        model:
          type: gru
          inputs: [1.0, 0.5, -0.5, 0.8]
          forms: {update: %s}
          parameters:
            z: {U: 0.6, W: 0.5, b: -0.8}
            r: {U: -0.4, W: 0.8, b: 0.3}
            candidate: {U: 1.2, W: -0.6, b: 0.2}
            output: {V: 2.0, c: -0.5}
        questions:
          - id: "1"
            parts:
              - id: forward
                kind: values
                items: {z: 0.25, r: 0.25, candidate: 0.25, h: 0.5, output: 0.25}
                followThrough: {credit: 0}
        %s%s"""
            .formatted(form, convention, mistakes);
    RubricReader.Result r = RubricReader.parse(yaml, "gru.yaml");
    assertThat(r.diagnostics()).as("diagnostics").noneMatch(korrektor.rubric.Diagnostic::isError);
    return r.rubricOrNull();
  }

  private static double sigma(double a) {
    return 1 / (1 + Math.exp(-a));
  }

  /**
   * A student's table: z keeps the old state ({@code zKeeps}) or weights the candidate; values
   * carried rounded.
   */
  private static double[][] work(boolean zKeeps, boolean withReset, int decimals) {
    double scale = Math.pow(10, decimals);
    double h = 0;
    double[][] out = new double[X.length][];
    for (int t = 0; t < X.length; t++) {
      double z = Math.round(sigma(-0.8 + 0.6 * X[t] + 0.5 * h) * scale) / scale;
      double r = Math.round(sigma(0.3 - 0.4 * X[t] + 0.8 * h) * scale) / scale;
      double c =
          Math.round(Math.tanh(0.2 + 1.2 * X[t] - 0.6 * (withReset ? r * h : h)) * scale) / scale;
      h = Math.round((zKeeps ? z * h + (1 - z) * c : (1 - z) * h + z * c) * scale) / scale;
      double y = Math.round(sigma(2.0 * h - 0.5) * scale) / scale;
      out[t] = new double[] {z, r, c, h, y};
    }
    return out;
  }

  private static Document sheet(double[][] values, int decimals) {
    String file = "gru.xlsx";
    List<Cell> cells = new ArrayList<>();
    cells.add(new Cell(0, 0, "t", null, Location.ofCell(file, "Sheet1", 0, 0)));
    for (int c = 0; c < QUANTITIES.length; c++) {
      cells.add(new Cell(0, c + 1, QUANTITIES[c], null, Location.ofCell(file, "Sheet1", 0, c + 1)));
    }
    for (int t = 0; t < values.length; t++) {
      cells.add(
          new Cell(
              t + 1,
              0,
              Integer.toString(t + 1),
              (double) (t + 1),
              Location.ofCell(file, "Sheet1", t + 1, 0)));
      for (int c = 0; c < QUANTITIES.length; c++) {
        String shown = String.format(Locale.ROOT, "%." + decimals + "f", values[t][c]);
        cells.add(
            new Cell(
                t + 1, c + 1, shown, values[t][c], Location.ofCell(file, "Sheet1", t + 1, c + 1)));
      }
    }
    return new Document(
        file, Format.XLSX, List.of(new Grid("Sheet1", cells)), List.of(), List.of(), 0, List.of());
  }

  private static List<ItemResult> forward(Grading g) {
    return g.items().stream().filter(i -> i.part().equals("forward")).toList();
  }

  @ParameterizedTest(
      name = "reference {0}, convention {1}, student z keeps old state: {2}, {3} decimals")
  @CsvSource({
    "candidate, previous, true, 4", "candidate, previous, false, 4", "candidate, previous, true, 3",
    "previous, candidate, true, 4", "previous, candidate, false, 4", "previous, candidate, false, 3"
  })
  void studentsUsingEitherUpdateFormAreCorrectOrAlternativeWithoutFollowThrough(
      String form, String other, boolean zKeeps, int decimals) {
    Grading g =
        new Grader(rubric(form, other, false))
            .grade(List.of(sheet(work(zKeeps, true, decimals), decimals)));

    boolean usesReference = zKeeps == form.equals("previous");
    assertThat(forward(g))
        .hasSize(20)
        .allSatisfy(
            i -> {
              assertThat(i.verdict())
                  .as(i.id() + " " + i.foundText())
                  .isIn(Verdict.CORRECT, Verdict.ALTERNATIVE);
              assertThat(i.points()).as(i.id()).isEqualTo(i.maxPoints());
            });
    assertThat(forward(g).stream().anyMatch(i -> i.verdict() == Verdict.ALTERNATIVE))
        .isEqualTo(!usesReference);
    assertThat(g.score()).isEqualTo(6.0);
  }

  @Test
  void zOfTheOtherFormIsTheSameGateAtTheFirstStep() {
    Grading g =
        new Grader(rubric("candidate", "previous", false))
            .grade(List.of(sheet(work(true, true, 4), 4)));

    ItemResult z1 =
        forward(g).stream().filter(i -> i.id().equals("1/forward/z@1")).findFirst().orElseThrow();
    ItemResult h1 =
        forward(g).stream().filter(i -> i.id().equals("1/forward/h@1")).findFirst().orElseThrow();
    assertThat(z1.verdict()).isEqualTo(Verdict.CORRECT);
    assertThat(h1.verdict()).isEqualTo(Verdict.ALTERNATIVE);
    assertThat(h1.mistake()).isEqualTo("other-update-form");
  }

  @Test
  void namesTheOtherUpdateFormAutomaticallyWhenTheRubricDoesNotAcceptIt() {
    Grading g =
        new Grader(rubric("candidate", null, false)).grade(List.of(sheet(work(true, true, 4), 4)));

    ItemResult h2 =
        forward(g).stream().filter(i -> i.id().equals("1/forward/h@2")).findFirst().orElseThrow();
    assertThat(h2.verdict()).isEqualTo(Verdict.MISCONCEPTION);
    assertThat(h2.mistake()).isEqualTo("auto:update=previous");
    assertThat(h2.feedback()).contains("h = z ⊙ h(t−1) + (1 − z) ⊙ candidate");
  }

  @Test
  void namesTheForgottenResetGateWhileTheGateItselfIsCorrect() {
    Grading g =
        new Grader(rubric("candidate", null, true)).grade(List.of(sheet(work(false, false, 4), 4)));

    for (ItemResult i : forward(g)) {
      if (i.quantity().equals("candidate") && i.step() >= 2) {
        assertThat(i.verdict()).as(i.id()).isEqualTo(Verdict.MISCONCEPTION);
        assertThat(i.mistake()).isEqualTo("no-reset-gate");
      }
      if (i.step() == 1) {
        assertThat(i.verdict())
            .as(i.id())
            .isEqualTo(Verdict.CORRECT); // h(0) = 0: r changes nothing yet
      }
    }
    // r is computed as everyone's; at t = 3 from the student's own h(2) (follow-through, here
    // without credit)
    assertThat(
            forward(g).stream()
                .filter(i -> i.quantity().equals("r") && i.step() == 2)
                .findFirst()
                .orElseThrow()
                .verdict())
        .isEqualTo(Verdict.CORRECT);
  }
}
