package korrektor.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class RubricReaderTest {
  private static final String SOURCE = "rubrics/x.yaml";

  private static List<String> diagnostics(String yaml) {
    return RubricReader.parse(yaml, SOURCE).diagnostics().stream()
        .map(Diagnostic::toString)
        .toList();
  }

  @Test
  void reportsAnUnknownKeyWithTheNearestValidKey() {
    String yaml =
        """
        id: x
        pionts: 2
        questions:
          - id: "1"
            parts:
              - {id: a, kind: text, points: 2}
        """;

    RubricReader.Result r = RubricReader.parse(yaml, SOURCE);

    assertThat(r.rubric()).isEmpty();
    assertThat(r.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.line()).isEqualTo(2);
              assertThat(d.column()).isEqualTo(1);
              assertThat(d.isError()).isTrue();
              assertThat(d.message()).isEqualTo("unknown key 'pionts'");
              assertThat(d.hint()).startsWith("did you mean 'points'?");
              assertThat(d.toString())
                  .isEqualTo(
                      "rubrics/x.yaml:2:1: error: unknown key 'pionts' (did you mean 'points'? "
                          + "valid keys: id, title, points, reveal, model, quantities, tolerance, questions, policies, notations, shared, language)");
            });
  }

  @Test
  void reportsAnUnknownKeyInsideAPartAtItsPosition() {
    String yaml =
        """
        id: x
        questions:
          - id: "1"
            parts:
              - id: a
                kind: text
                points: 2
                lables: [a)]
        """;

    assertThat(diagnostics(yaml))
        .singleElement()
        .asString()
        .startsWith("rubrics/x.yaml:8:9: error: unknown key 'lables' (did you mean 'labels'?");
  }

  @Test
  void reportsAWrongTypeAtTheValue() {
    String yaml =
        """
        id: x
        points: 2
        questions:
          - id: "1"
            points: ten
            parts:
              - {id: a, kind: text, points: 2}
        """;

    assertThat(diagnostics(yaml))
        .containsExactly(
            "rubrics/x.yaml:5:13: error: expected a number, found 'ten' (write numbers with a decimal point, e.g. 0.5)");
  }

  @Test
  void reportsPointsThatDoNotAddUp() {
    String yaml =
        """
        id: x
        points: 5
        questions:
          - id: "1"
            points: 3
            parts:
              - {id: a, kind: text, points: 2}
        """;

    assertThat(diagnostics(yaml))
        .containsExactly(
            "rubrics/x.yaml:2:9: error: points: 5 but the questions add up to 2 (make the question points add up, or change points to 2)",
            "rubrics/x.yaml:5:13: error: question 1 has points: 3 but its parts add up to 2 "
                + "(make the parts add up, or change points to 2)");
  }

  @Test
  void reportsPartPointsThatDoNotMatchItsItems() {
    String yaml =
        rnn("tanh", "0.1")
            + """
        questions:
          - id: "1"
            parts:
              - id: forward
                kind: values
                points: 3
                items: {h: 0.5}
        """;

    // h is a scalar over two steps: 2 × 0.5 = 1
    assertThat(diagnostics(yaml))
        .singleElement()
        .asString()
        .startsWith(
            "rubrics/x.yaml:13:17: error: part forward has points: 3 but its items add up to 1 ");
  }

  @Test
  void reportsAnUnknownQuantityInItems() {
    String yaml =
        rnn("tanh", "0.1")
            + """
        questions:
          - id: "1"
            parts:
              - id: forward
                kind: values
                items:
                  h: 0.5
                  hh: 0.5
        """;

    assertThat(diagnostics(yaml))
        .containsExactly(
            "rubrics/x.yaml:15:11: error: unknown quantity 'hh' (did you mean 'h'? known quantities: a, h)");
  }

  @Test
  void reportsAnUnknownActivation() {
    String yaml =
        rnn("tanhh", "0.1")
            + """
        questions:
          - id: "1"
            parts:
              - {id: forward, kind: values, items: {h: 0.5}}
        """;

    assertThat(diagnostics(yaml))
        .containsExactly(
            "rubrics/x.yaml:5:25: error: unknown activation 'tanhh' (expected one of sigmoid, tanh, relu, identity)");
  }

  @Test
  void reportsAnInvalidModelShape() {
    String yaml =
        rnn("tanh", "[[0.1, 0.2]]")
            + """
        questions:
          - id: "1"
            parts:
              - {id: forward, kind: values, items: {h: 0.5}}
        """;

    RubricReader.Result r = RubricReader.parse(yaml, SOURCE);

    assertThat(r.hasErrors()).isTrue();
    assertThat(r.diagnostics())
        .map(Diagnostic::toString)
        .contains(
            "rubrics/x.yaml:7:25: error: model.parameters.hidden.W: is 1×2; W is hidden×hidden, so it must be square");
  }

  @Test
  void reportsAYamlSyntaxErrorWithItsLine() {
    String yaml =
        """
        id: x
        questions: [
          - id: "1"
        """;

    RubricReader.Result r = RubricReader.parse(yaml, SOURCE);

    assertThat(r.rubric()).isEmpty();
    assertThat(r.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.message()).startsWith("YAML syntax: ");
              assertThat(d.line()).isGreaterThanOrEqualTo(2);
              assertThat(d.toString()).startsWith("rubrics/x.yaml:" + d.line() + ":");
            });
  }

  @Test
  void printsDiagnosticsLikeACompiler() {
    assertThat(
            new Diagnostic(
                "rubrics/x.yaml",
                12,
                5,
                Diagnostic.Severity.ERROR,
                "unknown key 'pionts'",
                "did you mean 'points'?"))
        .hasToString("rubrics/x.yaml:12:5: error: unknown key 'pionts' (did you mean 'points'?)");
    assertThat(new Diagnostic("rubrics/x.yaml", 3, 0, Diagnostic.Severity.WARNING, "odd", null))
        .hasToString("rubrics/x.yaml:3: warning: odd");
    assertThat(
            new Diagnostic(
                "rubrics/x.yaml", 0, 0, Diagnostic.Severity.ERROR, "rubric file not found", " "))
        .hasToString("rubrics/x.yaml: error: rubric file not found");
  }

  @Test
  void readsTheShippedSheet09Rubric() throws Exception {
    RubricReader.Result r = RubricReader.check(Path.of("rubrics/sheet09.yaml"));
    assertThat(r.hasErrors()).as("%s", r.diagnostics()).isFalse();

    Rubric rubric = r.rubric().orElseThrow();
    assertThat(rubric.maxScore()).isEqualTo(20.0);
    assertThat(rubric.id()).isEqualTo("sheet09");
    assertThat(rubric.questions()).extracting(Question::id).containsExactly("16", "17");
    assertThat(rubric.quantities().keySet())
        .containsExactly("g", "f", "q", "candidate", "s", "h", "output");
    Part forward = rubric.questions().get(1).parts().get(0);
    assertThat(forward.kind()).isEqualTo(PartKind.VALUES);
    assertThat(forward.points()).isEqualTo(7.5);
    assertThat(forward.steps()).containsExactly(1, 2, 3);
  }

  @Test
  void readsTheShippedRnn2Rubric() throws Exception {
    Rubric rubric = RubricReader.read(Path.of("rubrics/rnn2.yaml"));
    assertThat(rubric.id()).isEqualTo("rnn2");
    assertThat(rubric.maxScore()).isEqualTo(10.0);
  }

  @Test
  void throwsWithEveryDiagnosticWhenReadingABrokenFile() {
    assertThatThrownBy(() -> RubricReader.read(Path.of("rubrics/does-not-exist.yaml")))
        .isInstanceOf(RubricException.class)
        .hasMessageContaining("rubrics/does-not-exist.yaml: error: rubric file not found");
  }

  private static String rnn(String activation, String w) {
    return """
        id: x
        model:
          type: rnn
          inputs: [1, 0.5]
          activations: {hidden: %s}
          parameters:
            hidden: {U: 0.5, W: %s, b: 0}
        """
        .formatted(activation, w);
  }
}
