package korrektor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import korrektor.rubric.Vocabulary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StepReaderTest {
  private static final StepReader STEPS = new StepReader(Vocabulary.defaults("lstm"));

  @ParameterizedTest(name = "\"{0}\" names step {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "t = 2|2",
        "t=2:|2",
        "T: 3|3",
        "time step 2|2",
        "Timestep: 1|1",
        "TIME 3|3",
        "step 2|2",
        "STEP=1|1",
        "Schritt 2|2",
        "Zeitschritt: 3|3",
        "Zeitpunkt 1|1",
        "at t = 1 the gate|1",
        "bei t :2|2",
        "in the second step|2",
        "nach dem zweiten Schritt|2",
        "im dritten Zeitschritt|3",
        "2. Zeitschritt|2",
        "3rd time step|3",
        "t = 12|12",
        "Step 10:|10",
        "the twelfth step|12"
      })
  void findsEveryWrittenStep(String text, int step) {
    assertThat(STEPS.events(Text.normalize(text)))
        .extracting(StepReader.Event::step)
        .containsExactly(step);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(
      strings = {
        "h(2) = 0.3907",
        "0,4225",
        "s_2 = 0.63",
        "the gate is 0.5",
        "no numbers here",
        "x_t = 0.7",
        "at 3 pm",
        "Aufgabe 17"
      })
  void findsNoStepWhereNoneIsNamed(String text) {
    assertThat(STEPS.events(text)).isEmpty();
  }

  @ParameterizedTest(name = "cell \"{0}\" is step {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "t=1|1",
        "t_2|2",
        "Step 3|3",
        "3|3",
        "2.|2",
        "t10|10",
        "[2]|2",
        "$t^{(3)}$|3",
        "Zeitschritt 2|2",
        "t = 0|0"
      })
  void readsAStepCell(String text, int step) {
    assertThat(STEPS.stepOf(text)).hasValue(step);
  }

  @Test
  void readsStepColumnHeaders() {
    assertThat(STEPS.isStepHeader("t")).isTrue();
    assertThat(STEPS.isStepHeader("Zeitschritt")).isTrue();
    assertThat(STEPS.isStepHeader("time step")).isTrue();
    assertThat(STEPS.isStepHeader("h")).isFalse();
  }
}
