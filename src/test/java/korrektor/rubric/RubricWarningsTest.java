package korrektor.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the checker says about rubrics that are valid but may not grade as meant, and about YAML
 * traps.
 */
class RubricWarningsTest {
  private static final String SOURCE = "r.yaml";

  private static final String GRU =
      """
      id: g
      model:
        type: gru
        inputs: [1.0, 0.5]
        parameters:
          z: {U: 0.6, W: 0.5, b: -0.8}
          r: {U: -0.4, W: 0.8, b: 0.3}
          candidate: {U: 1.2, W: -0.6, b: 0.2}
      notations: {pytorch: {}}
      %s
      questions:
        - id: "1"
          parts:
            - id: f
              kind: values
              items: {h: 1}
      %s
      """;

  private static List<String> diagnostics(String yaml) {
    return RubricReader.parse(yaml, SOURCE).diagnostics().stream()
        .map(Diagnostic::toString)
        .toList();
  }

  private static String gru(String quantities, String partKeys) {
    return GRU.formatted(quantities, partKeys.indent(8));
  }

  @Test
  void namesAnUnquotedLatexItemAsTheLikelyCauseOfAFlowSequenceError() {
    String yaml = gru("quantities:\n  candidate: {aliases: [h~, \\tilde{h}]}\n  h: {}", "");

    assertThat(diagnostics(yaml))
        .singleElement()
        .asString()
        .startsWith("r.yaml:11:35: error: YAML syntax: while parsing a flow sequence")
        .contains(
            "an unquoted item of a [...] list holds a '{' or a '\\' (LaTeX such as \\tilde{h}): write it in single quotes");
  }

  @Test
  void namesTheBackslashInDoubleQuotesAsTheCauseOfAnUnknownEscape() {
    String yaml = gru("quantities:\n  output: {aliases: [\"\\hat{y}\"]}\n  h: {}", "");

    assertThat(diagnostics(yaml))
        .singleElement()
        .asString()
        .contains(
            "in double quotes a backslash starts an escape (\\t is a tab, \\n a line break, \\h is none)");
  }

  @Test
  void warnsThatATabCameFromBackslashTInDoubleQuotes() {
    String yaml = gru("quantities:\n  candidate: {aliases: [h~, \"\\tilde{h}\"]}\n  h: {}", "");

    assertThat(diagnostics(yaml))
        .contains(
            "r.yaml:11:29: warning: text '⇥ilde{h}' holds \\t (a tab): in double quotes YAML"
                + " reads a backslash and the letter after it as an escape (write LaTeX in single quotes, e.g. '\\tilde{h}'"
                + " (or double the backslash: \"\\\\tilde{h}\"))");
  }

  @Test
  void warnsThatUnquotedNoIsABooleanAndATildeIsNothing() {
    String yaml = gru("quantities:\n  candidate: {aliases: [h~, no, ~]}\n  h: {}", "");

    assertThat(diagnostics(yaml))
        .containsExactly(
            "r.yaml:11:29: warning: 'no' is read by YAML as false, not as text (YAML reads yes, no, on, off, true and false"
                + " unquoted as true or false; write it in quotes: 'no')",
            "r.yaml:11:33: warning: an empty item (~, null or nothing) is left out (write '~' in quotes if you mean the tilde)");
  }

  @Test
  void warnsThatALatexAliasNeverMatches() {
    String yaml = gru("quantities:\n  candidate: {aliases: ['\\tilde{h}']}\n  h: {}", "");

    assertThat(diagnostics(yaml))
        .singleElement()
        .asString()
        .contains("warning: alias '\\tilde{h}' of candidate is LaTeX")
        .contains("write the symbol instead: 'h~'");
  }

  @Test
  void warnsAboutAOneLetterAliasThatProseUsesForACount() {
    String yaml = gru("quantities:\n  candidate: {aliases: [n]}\n  h: {}", "");

    assertThat(diagnostics(yaml))
        .singleElement()
        .asString()
        .startsWith(
            "r.yaml:11:25: warning: alias 'n' of candidate is one letter that prose also uses for a count");
  }

  @Test
  void warnsAboutPyTorchsLetterUnlessTheRubricSwitchesTheFamilyOff() {
    String on = gru("", "").replace("notations: {pytorch: {}}\n", "");

    assertThat(diagnostics(on))
        .singleElement()
        .asString()
        .contains("warning: the shipped notation family 'pytorch' reads 'n' as candidate")
        .contains("switch the family off with notations: {pytorch: {}}");
    assertThat(diagnostics(gru("", ""))).isEmpty();
  }

  @Test
  void warnsAboutAConventionThatPredictsTheReference() {
    String yaml =
        gru(
            "",
            """
        conventions:
          - {name: same, message: m, change: {forms: {recurrence: previous}}}
        """);

    assertThat(diagnostics(yaml))
        .singleElement()
        .asString()
        .startsWith(
            "r.yaml:18:20: warning: convention 'same' predicts the reference's values for every graded item of 1/f");
  }

  @Test
  void refusesAFormOrATermTheModelDoesNotHaveAtItsKey() {
    String yaml =
        gru(
            "",
            """
        mistakes:
          - {name: a, message: m, change: {forms: {update: old}}}
          - {name: b, message: m, change: {drop: [forget]}}
        """);

    assertThat(diagnostics(yaml))
        .containsExactly(
            "r.yaml:18:60: error: this change makes the model invalid: forms.update: unknown value 'old'; expected one of candidate, previous",
            "r.yaml:19:50: error: this change makes the model invalid: drop.forget: cannot drop 'forget' from a gru; expected one of reset, update, biases");
  }

  @Test
  void readsTheModelsFormsAndAPlotThatNeedsNoReview() {
    String yaml =
        gru("", "").replace("  type: gru\n", "  type: gru\n  forms: {update: previous}\n")
            + "      - {id: plot, kind: plot, points: 1, review: never}\n";

    RubricReader.Result r = RubricReader.parse(yaml, SOURCE);

    assertThat(r.diagnostics()).isEmpty();
    assertThat(r.rubricOrNull().model().form("update")).isEqualTo("previous");
    assertThat(r.rubricOrNull().questions().get(0).parts().get(1).review())
        .isEqualTo(Part.Review.NEVER);
  }

  @Test
  void refusesReviewOnAPartThatIsNotAPlot() {
    String yaml = gru("", "review: never");

    assertThat(diagnostics(yaml))
        .singleElement()
        .asString()
        .contains("error: 'review' only applies to parts of kind plot");
  }
}
