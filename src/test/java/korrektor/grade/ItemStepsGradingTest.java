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
import korrektor.rubric.Diagnostic;
import korrektor.rubric.Rubric;
import korrektor.rubric.RubricReader;
import org.junit.jupiter.api.Test;

/**
 * An item with steps of its own ({@code output: {points: 1, steps: [4]}}): y is graded only at the
 * last step, in the same part as the forward pass, so follow-through uses the student's own h(4).
 * Student values come from plain maths written here, rounded and carried on rounded.
 */
class ItemStepsGradingTest {
  private static final String[] QUANTITIES = {"z", "r", "candidate", "h", "output"};
  private static final double[] X = {1.0, 0.5, -0.5, 0.8};

  private static Rubric rubric() {
    String yaml =
        """
        id: gru
        model:
          type: gru
          inputs: [1.0, 0.5, -0.5, 0.8]
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
                points: 5
                items: {z: 0.25, r: 0.25, candidate: 0.25, h: 0.25, output: {points: 1, steps: [4]}}
                mistakes:
                  - {name: no-reset-gate, message: "r is missing", credit: 0.5, change: {drop: [reset]}}
        """;
    RubricReader.Result r = RubricReader.parse(yaml, "gru.yaml");
    assertThat(r.diagnostics()).as("diagnostics").noneMatch(Diagnostic::isError);
    return r.rubricOrNull();
  }

  private static double sigma(double a) {
    return 1 / (1 + Math.exp(-a));
  }

  /** A student's z, r, h̃, h and y for t = 1..4, with or without the reset gate, to 4 decimals. */
  private static double[][] work(boolean withReset) {
    double h = 0;
    double[][] out = new double[X.length][];
    for (int t = 0; t < X.length; t++) {
      double z = round(sigma(-0.8 + 0.6 * X[t] + 0.5 * h));
      double r = round(sigma(0.3 - 0.4 * X[t] + 0.8 * h));
      double c = round(Math.tanh(0.2 + 1.2 * X[t] - 0.6 * (withReset ? r * h : h)));
      h = round((1 - z) * h + z * c);
      out[t] = new double[] {z, r, c, h, round(sigma(2.0 * h - 0.5))};
    }
    return out;
  }

  private static double round(double v) {
    return Math.round(v * 1e4) / 1e4;
  }

  private static Document sheet(double[][] values) {
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
        String shown = String.format(Locale.ROOT, "%.4f", values[t][c]);
        cells.add(
            new Cell(
                t + 1, c + 1, shown, values[t][c], Location.ofCell(file, "Sheet1", t + 1, c + 1)));
      }
    }
    return new Document(
        file, Format.XLSX, List.of(new Grid("Sheet1", cells)), List.of(), List.of(), 0, List.of());
  }

  private static List<ItemResult> outputs(Grading g) {
    return g.items().stream().filter(i -> i.quantity().equals("output")).toList();
  }

  @Test
  void gradesTheOutputOnlyAtItsOwnStepInsideTheForwardPart() {
    Grading g = new Grader(rubric()).grade(List.of(sheet(work(true))));

    assertThat(outputs(g))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.id()).isEqualTo("1/forward/output@4");
              assertThat(i.verdict()).isEqualTo(Verdict.CORRECT);
              assertThat(i.points()).isEqualTo(1.0);
            });
    assertThat(g.items()).hasSize(17);
    assertThat(g.score()).isEqualTo(5.0);
  }

  @Test
  void followsThroughFromTheStudentsOwnLastStateInTheSamePart() {
    Grading g = new Grader(rubric()).grade(List.of(sheet(work(false))));

    // h(4) is wrong by the forgotten reset gate; y(4) = σ(2·h(4) − 0.5) from the student's own h(4)
    assertThat(outputs(g))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.verdict()).as(i.feedback()).isEqualTo(Verdict.FOLLOW_THROUGH);
              assertThat(i.points()).isEqualTo(1.0);
            });
  }
}
