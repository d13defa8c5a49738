package korrektor.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Items written as {@code {points: P, steps: [..]}}: graded only at their own steps. */
class ItemStepsTest {
  private static final String MODEL =
      """
      id: x
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
      """;

  private static RubricReader.Result parse(String part) {
    return RubricReader.parse(MODEL + part.indent(6), "r.yaml");
  }

  private static List<String> errors(RubricReader.Result r) {
    return r.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::toString).toList();
  }

  @Test
  void gradesAnItemOnlyAtItsOwnStepsAndCountsItsPointsThere() {
    RubricReader.Result r =
        parse(
            """
        - id: forward
          kind: values
          points: 5
          items: {z: 0.25, r: 0.25, candidate: 0.25, h: 0.25, output: {points: 1, steps: [4]}}
        """);

    assertThat(errors(r)).isEmpty();
    Part p = r.rubricOrNull().questions().get(0).parts().get(0);
    assertThat(p.steps("output")).containsExactly(4);
    assertThat(p.steps("h")).containsExactly(1, 2, 3, 4);
    assertThat(p.quantitiesAt(3)).containsExactly("z", "r", "candidate", "h");
    assertThat(p.quantitiesAt(4)).containsExactly("z", "r", "candidate", "h", "output");
    assertThat(r.rubricOrNull().gradedSteps("output")).containsExactly(4);
    assertThat(Predictions.of(r.rubricOrNull().model(), p, false).items()).hasSize(17);
  }

  @Test
  void refusesAnItemStepThatIsNotOneOfThePartsSteps() {
    RubricReader.Result r =
        parse(
            """
        - id: forward
          kind: values
          steps: [1, 2]
          items: {h: 0.5, output: {points: 1, steps: [4]}}
        """);

    assertThat(errors(r))
        .anySatisfy(
            e ->
                assertThat(e)
                    .startsWith(
                        "r.yaml:16:53: error: step 4 is not one of the part's steps [1, 2]"));
  }

  @Test
  void refusesAnUnknownKeyOfAnItemAndAMissingPoints() {
    RubricReader.Result r =
        parse(
            """
        - id: forward
          kind: values
          items: {h: 0.5, output: {step: [4]}}
        """);

    assertThat(errors(r))
        .anySatisfy(e -> assertThat(e).contains("unknown key 'step' (did you mean 'steps'?"))
        .anySatisfy(e -> assertThat(e).contains("missing required key 'points'"));
  }

  @Test
  void saysHowToWriteAnItemGivenAsAList() {
    RubricReader.Result r =
        parse(
            """
        - id: forward
          kind: values
          items: {h: 0.5, output: [4]}
        """);

    assertThat(errors(r))
        .singleElement()
        .asString()
        .contains(
            "expected the points per value, found a list (e.g. output: 0.5, or for some steps only output: "
                + "{points: 1, steps: [4]})");
  }

  @Test
  void checksLiteralExpectedValuesAgainstTheItemsOwnSteps() {
    RubricReader.Result r =
        parse(
            """
        - id: forward
          kind: values
          items: {h: 0.5, output: {points: 1, steps: [4]}}
          expected: {"output@3": 0.5}
        """);

    assertThat(errors(r))
        .singleElement()
        .asString()
        .contains(
            "item 'output@3' names a step this part does not grade (graded steps of output: [4])");
  }
}
