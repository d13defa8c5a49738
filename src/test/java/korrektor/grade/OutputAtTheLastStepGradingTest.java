package korrektor.grade;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import korrektor.document.Document;
import korrektor.document.Format;
import korrektor.document.Location;
import korrektor.document.TextLine;
import korrektor.rubric.Rubric;
import korrektor.rubric.RubricReader;
import org.junit.jupiter.api.Test;

/**
 * A sheet that asks the output only at its last step, in a part of its own after the forward pass:
 * {@code y = …} without a step is that step's, and y computed from the student's own h(4) of the
 * part before follows through.
 */
class OutputAtTheLastStepGradingTest {
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
                items: {z: 0.25, r: 0.25, candidate: 0.25, h: 0.5}
                followThrough: {credit: 1}
              - id: output
                kind: values
                steps: [4]
                items: {output: 1}
                followThrough: {credit: 1}
        """;
    RubricReader.Result r = RubricReader.parse(yaml, "gru.yaml");
    assertThat(r.diagnostics()).as("diagnostics").noneMatch(korrektor.rubric.Diagnostic::isError);
    return r.rubricOrNull();
  }

  private static double sigma(double a) {
    return 1 / (1 + Math.exp(-a));
  }

  /**
   * The student's lines; {@code slip} is added to h(4), and y is computed from the h(4) written.
   */
  private static Document answers(double slip) {
    List<String> lines = new ArrayList<>();
    double h = 0;
    for (int t = 0; t < X.length; t++) {
      double z = sigma(-0.8 + 0.6 * X[t] + 0.5 * h);
      double r = sigma(0.3 - 0.4 * X[t] + 0.8 * h);
      double c = Math.tanh(0.2 + 1.2 * X[t] - 0.6 * r * h);
      h = (1 - z) * h + z * c + (t == X.length - 1 ? slip : 0);
      lines.add(
          String.format(
              Locale.ROOT,
              "z(%d) = %.4f, r(%d) = %.4f, h~(%d) = %.4f, h(%d) = %.4f",
              t + 1,
              z,
              t + 1,
              r,
              t + 1,
              c,
              t + 1,
              h));
    }
    lines.add("");
    lines.add(String.format(Locale.ROOT, "y = %.4f", sigma(2.0 * Math.round(h * 1e4) / 1e4 - 0.5)));
    List<TextLine> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      out.add(TextLine.plain(lines.get(i), Location.ofLine("answers.txt", 0, i + 1)));
    }
    return new Document("answers.txt", Format.TEXT, List.of(), out, List.of(), 0, List.of());
  }

  private static ItemResult y(Grading g) {
    return g.items().stream()
        .filter(i -> i.id().equals("1/output/output@4"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void readsAnOutputWrittenWithoutAStepAsTheOnlyStepTheSheetAsks() {
    Grading g = new Grader(rubric()).grade(List.of(answers(0)));

    assertThat(y(g).verdict()).isEqualTo(Verdict.CORRECT);
    assertThat(g.score()).isEqualTo(6.0);
  }

  @Test
  void followsThroughFromTheStudentsOwnHiddenStateInTheFormerPart() {
    Grading g = new Grader(rubric()).grade(List.of(answers(0.05)));

    assertThat(y(g).verdict()).as(y(g).feedback()).isEqualTo(Verdict.FOLLOW_THROUGH);
    assertThat(y(g).points()).isEqualTo(1.0);
  }
}
