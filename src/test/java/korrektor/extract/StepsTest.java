package korrektor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StepsTest {

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"t = 2", "t=2:", "T: 3", "time step 2", "Timestep: 1", "TIME 3", "step 2", "STEP=1",
      "Schritt 2", "Zeitschritt: 3", "Zeitpunkt 1", "t\t=\t2", "at t = 1 the gate", "h(2) = 0.39 at t=2",
      "Schritt\n= 3", "bei t :2"})
  void findsEveryWrittenStepPastTheQuickTest(String text) {
    // the quick test runs before the pattern on every line: it must never turn a step marker away
    assertThat(Steps.mayNameStep(text)).isTrue();
    assertThat(Steps.events(text)).isNotEmpty();
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"h(2) = 0.3907", "0,4225", "s_2 = 0.63", "x = [1, 2]", "the gate is 0.5", "no numbers here"})
  void letsLinesWithoutAStepWordSkipThePattern(String text) {
    assertThat(Steps.mayNameStep(text)).isFalse();
    assertThat(Steps.events(text)).isEmpty();
  }
}
