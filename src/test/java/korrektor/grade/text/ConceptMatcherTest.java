package korrektor.grade.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConceptMatcherTest {
  @ParameterizedTest(name = "''{1}'' matches ''{0}''")
  @CsvSource(
      delimiter = '|',
      value = {
        "fewer parameters | GRUs have Fewer Parameters.",
        "fewer parameters | it has fewer trainable parameters",
        "fewer parameters | fewer paramters",
        "separate cell state | no seperate cell-state",
        "vanishing gradient | a Vanishing-Gradients problem",
        "weniger Parameter | Die GRU hat weniger Parameter",
        "verschwindende Gradient* | gegen verschwindende Gradienten",
        "explodier* | damit sie nicht explodieren",
        "Schwellwert | über einem Schwellwert",
        "long term dependencies | learn long-term dependencies",
        "Zellzustand | der Zellzustand speichert",
        "Gedächtnis | es hat ein Gedaechtnis"
      })
  void matchesWordFormsTyposAndGerman(String phrase, String answer) {
    assertThat(new ConceptMatcher(answer).find(List.of(phrase))).isNotNull();
  }

  @ParameterizedTest(name = "''{1}'' does not match ''{0}''")
  @CsvSource(
      delimiter = '|',
      value = {
        "fewer parameters | more parameters",
        "fewer parameters | fewer. Parameters are shared",
        "explode | it is exploring the space",
        "gates | it gathers data"
      })
  void doesNotMatchOtherWordsOrAcrossSentences(String phrase, String answer) {
    assertThat(new ConceptMatcher(answer).find(List.of(phrase))).isNull();
  }

  @ParameterizedTest(name = "''{1}'' negates ''{0}''")
  @CsvSource(
      delimiter = '|',
      value = {
        "prevents exploding gradients | Clipping does not prevent exploding gradients",
        "exploding | it doesn't stop exploding gradients",
        "vanishing gradient | They don't solve the vanishing gradient problem",
        "weniger Parameter | die GRU hat nicht weniger Parameter"
      })
  void noticesNegation(String phrase, String answer) {
    ConceptMatcher.Match m = new ConceptMatcher(answer).find(List.of(phrase));
    assertThat(m).isNotNull();
    assertThat(m.negated()).isTrue();
  }

  @ParameterizedTest(name = "''{1}'' states ''{0}''")
  @CsvSource(
      delimiter = '|',
      value = {
        "exploding | No, it prevents exploding gradients",
        "memory | It is not the same, because the state has memory",
        "not explode | so that the gradients do not explode"
      })
  void keepsNegationInsideItsClauseAndInsideThePhrase(String phrase, String answer) {
    ConceptMatcher.Match m = new ConceptMatcher(answer).find(List.of(phrase));
    assertThat(m).isNotNull();
    assertThat(m.negated()).isFalse();
  }

  @org.junit.jupiter.api.Test
  void aNegatorInAPhraseBindsTheNextWordOnly() {
    ConceptMatcher m = new ConceptMatcher("Clipping does not prevent exploding gradients");
    assertThat(m.find(List.of("not explode"))).isNull();
  }
}
