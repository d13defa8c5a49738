package korrektor.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import korrektor.rubric.QuantityDef;
import korrektor.rubric.Rubric;
import korrektor.rubric.RubricReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LabelMatcherTest {
  private static LabelMatcher sheet09;
  private static LabelMatcher vectors;

  @BeforeAll
  static void readRubric() throws Exception {
    Rubric rubric = RubricReader.read(Path.of("rubrics/sheet09.yaml"));
    Map<String, Integer> ones =
        rubric.quantities().keySet().stream().collect(Collectors.toMap(q -> q, q -> 1));
    sheet09 = new LabelMatcher(rubric.quantities().values(), ones);
    // like rubrics/rnn2.yaml: a and h have two components, output one
    vectors =
        new LabelMatcher(
            List.of(
                new QuantityDef("a", "pre-activation", List.of("a", "net", "pre-activation")),
                new QuantityDef("h", "hidden state", List.of("h", "hidden state", "hidden")),
                new QuantityDef("output", "output", List.of("output", "y"))),
            Map.of("a", 2, "h", 2, "output", 1));
  }

  @ParameterizedTest(name = "\"{0}\" is h at step 2")
  @ValueSource(
      strings = {
        "h(2)", "h (2)", "h_2", "h_{2}", "h^(2)", "h^{(2)}", "h(t=2)", "h2", "$h_{2}$", "h(2):"
      })
  void readsEveryWritingOfAStepMarker(String text) {
    assertThat(sheet09.whole(text))
        .hasValueSatisfying(
            l -> {
              assertThat(l.quantity()).isEqualTo("h");
              assertThat(l.step()).isEqualTo(2);
              assertThat(l.component()).isZero();
            });
  }

  @Test
  void readsAUnicodeSubscriptStepAfterNormalising() {
    String text = Text.normalize("h\u2082");
    assertThat(text).isEqualTo("h_2");
    assertThat(sheet09.whole(text))
        .hasValueSatisfying(
            l -> {
              assertThat(l.quantity()).isEqualTo("h");
              assertThat(l.step()).isEqualTo(2);
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"h_t", "h(t)", "h^{(t)}"})
  void marksAGenericStepAsGeneric(String text) {
    assertThat(sheet09.whole(text))
        .hasValueSatisfying(
            l -> {
              assertThat(l.quantity()).isEqualTo("h");
              assertThat(l.step()).isEqualTo(Label.GENERIC_STEP);
              assertThat(l.hasStep()).isFalse();
            });
  }

  @ParameterizedTest(name = "\"{0}\" names {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "s~              | candidate",
        "s̃               | candidate",
        "Eingangsgate g  | g",
        "input gate      | g",
        "hidden state    | h",
        "Hidden State    | h",
        "cell state      | s",
        "forget gate     | f",
        "g (input gate)  | g",
        "output          | output",
        "s               | s"
      })
  void mapsAliasesToTheirQuantity(String text, String quantity) {
    assertThat(sheet09.whole(text))
        .hasValueSatisfying(
            l -> {
              assertThat(l.quantity()).isEqualTo(quantity);
              assertThat(l.hasStep()).isFalse();
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"forget", "is", "H", "gate", "sigma", "hs"})
  void doesNotMatchWordsThatMerelyStartWithAShortAlias(String text) {
    assertThat(sheet09.whole(text)).isEmpty();
    assertThat(sheet09.findAll(text)).isEmpty();
  }

  @Test
  void findsLabelsInASentenceButNotInsideWords() {
    List<Label> found = sheet09.findAll("this is the forget gate f(1) and h(2)");
    assertThat(found).extracting(Label::quantity).containsExactly("f", "f", "h");
    assertThat(found).extracting(Label::step).containsExactly(Label.NO_STEP, 1, 2);
  }

  @Test
  void readsABareDigitOnAVectorAsAComponent() {
    assertThat(vectors.whole("h1"))
        .hasValueSatisfying(
            l -> {
              assertThat(l.quantity()).isEqualTo("h");
              assertThat(l.component()).isEqualTo(1);
              assertThat(l.step()).isEqualTo(Label.NO_STEP);
              assertThat(l.ambiguousIndex()).isTrue();
            });
  }

  @Test
  void readsComponentSubscriptAndStepSuperscript() {
    assertThat(vectors.whole("h_1^{(2)}"))
        .hasValueSatisfying(
            l -> {
              assertThat(l.quantity()).isEqualTo("h");
              assertThat(l.component()).isEqualTo(1);
              assertThat(l.step()).isEqualTo(2);
              assertThat(l.ambiguousIndex()).isFalse();
            });
  }

  @Test
  void readsABracketIndexAsAComponent() {
    assertThat(vectors.whole("h[2]"))
        .hasValueSatisfying(
            l -> {
              assertThat(l.quantity()).isEqualTo("h");
              assertThat(l.component()).isEqualTo(2);
              assertThat(l.step()).isEqualTo(Label.NO_STEP);
            });
    assertThat(vectors.whole("h[2](3)"))
        .hasValueSatisfying(
            l -> {
              assertThat(l.component()).isEqualTo(2);
              assertThat(l.step()).isEqualTo(3);
            });
  }

  @Test
  void readsABareDigitOnAScalarAsAStep() {
    assertThat(vectors.whole("y2"))
        .hasValueSatisfying(
            l -> {
              assertThat(l.quantity()).isEqualTo("output");
              assertThat(l.component()).isZero();
              assertThat(l.step()).isEqualTo(2);
            });
  }

  @Test
  void recordsWhereALabelStandsInTheText() {
    List<Label> found = sheet09.findAll("so h(2) = 0.39");
    assertThat(found)
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.start()).isEqualTo(3);
              assertThat(l.end()).isEqualTo(7);
            });
  }

  @Test
  void triesAliasesLongestFirstWhetherTheyAreCaseSensitiveOrNot() {
    // "C" matches case-sensitively, "C state" in any case: at the 'C' of "C state(3)" both start
    // and
    // both would be a valid label; the longer must win, as it did before aliases were indexed by
    // letter
    LabelMatcher m =
        new LabelMatcher(
            List.of(
                new QuantityDef("c", "cell", List.of("C")),
                new QuantityDef("candidate", "candidate", List.of("candidate", "cand")),
                new QuantityDef("s", "cell state", List.of("s", "C state"))),
            Map.of());

    assertThat(m.findAll("C state(3) = 0.2, Candidate(2) = 0.5, C(2) = 0.1, c STATE(1) = 0.3"))
        .extracting(Label::quantity, Label::step)
        .containsExactly(tuple("s", 3), tuple("candidate", 2), tuple("c", 2), tuple("s", 1));
    assertThat(m.whole("C state")).map(Label::quantity).contains("s");
    assertThat(m.whole("Cand(1)")).map(Label::quantity).contains("candidate");
    assertThat(m.whole("c(1)")).isEmpty(); // "C" is case-sensitive
  }
}
