package korrektor.reference;

import static korrektor.reference.LstmModelTest.ref;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TraceAndEvaluateErrorsTest {
  private static final ReferenceModel SHEET9 = ReferenceModel.of(Specs.sheet9());

  @ParameterizedTest(name = "{0}@{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "foo | 1 | unknown quantity 'foo'; expected one of x, g, f, q, candidate, s, h, output",
        "g | 0 | g@0: no such step; g has steps 1..3",
        "h | 4 | h@4: no such step; h has steps 0..3",
        "s | -1 | s@-1: no such step; s has steps 0..3"
      })
  void traceRejectsUnknownNamesAndStepsWithHelpfulMessage(String q, int step, String message) {
    assertThatThrownBy(() -> SHEET9.forward().value(q, step))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void traceHoldsInputsAndInitialStatesForFollowThrough() {
    Trace t = SHEET9.forward();
    assertThat(t.value("x", 2)).containsExactly(0.5);
    assertThat(t.value("h", 0)).containsExactly(0.0);
    assertThat(t.asMap()).containsKeys(ref("x@1"), ref("s@0"), ref("output@3"));
    assertThat(t.asMap()).hasSize(2 + 3 * 8);
  }

  @Test
  void traceValuesAreCopies() {
    Trace t = SHEET9.forward();
    t.value("h", 1)[0] = 99;
    t.asMap().get(ref("h@1"))[0] = 99;
    assertThat(t.value("h", 1)[0]).isLessThan(1);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "x@1 | x@1: x is given, not computed; computed quantities are g, f, q, candidate, s, h,"
            + " output",
        "h@0 | h@0: no such step; h is computed at steps 1..3",
        "foo@1 | foo@1: foo is not a quantity of an lstm; computed quantities are g, f, q,"
            + " candidate, s, h, output",
        "s@4 | s@4: no such step; s is computed at steps 1..3"
      })
  void evaluateRejectsTargetsWithoutAnEquation(String target, String message) {
    assertThatThrownBy(() -> SHEET9.evaluate(ref(target), Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
    assertThatThrownBy(() -> SHEET9.inputsOf(ref(target)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void evaluateRejectsInputsOfTheWrongSize() {
    assertThatThrownBy(() -> SHEET9.evaluate(ref("s@2"), Map.of(ref("f@2"), new double[2])))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("f@2: given 2 components but f has 1");
  }

  @Test
  void evaluateIgnoresValuesThatAreNotInputs() {
    assertThat(SHEET9.evaluate(ref("h@1"), Map.of(ref("g@3"), new double[] {5})))
        .containsExactly(SHEET9.forward().value("h", 1));
  }
}
