package korrektor.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Sheet 9's LSTM with a gate left out, the biases dropped, or another recurrence form. Expected
 * values: independent_values.py (plain Python), sections "sheet9 gates left out" and "sheet9
 * recurrence initial and current", as s, h, output per step.
 */
class LstmMistakesTest {

  @ParameterizedTest(name = "{0} at t={1}")
  @CsvSource({
    "input-gate, 1, 0.732433, 0.452459, 0.779421",
    "input-gate, 3, 1.435847, 0.958933, 0.978004",
    "forget-gate, 1, 0.422530, 0.261017, 0.575685",
    "forget-gate, 2, 0.822657, 0.507865, 0.823367",
    "forget-gate, 3, 1.222983, 0.798638, 0.952265",
    "output-gate, 1, 0.422530, 0.422530, 0.752622",
    "output-gate, 3, 0.766867, 0.766867, 0.944503",
    "biases, 1, 0.277120, 0.157833, 0.687652",
    "biases, 3, 0.504895, 0.296190, 0.814716"
  })
  void leavesOutWhatIsDropped(String term, int step, double s, double h, double output) {
    Trace t = ReferenceModel.of(Specs.sheet9().withDropped(term)).forward();
    assertThat(t.value("s", step)[0]).isCloseTo(s, within(5e-7));
    assertThat(t.value("h", step)[0]).isCloseTo(h, within(5e-7));
    assertThat(t.value("output", step)[0]).isCloseTo(output, within(5e-7));
  }

  // independent_values.py, section "sheet9 recurrence initial and current"
  @ParameterizedTest(name = "recurrence {0} at t={1}")
  @CsvSource({
    "initial, 2, 0.411536, 0.246382, 0.557718", "initial, 3, 0.422530, 0.261017, 0.575685",
    "current, 1, 0.422530, 0.0, 0.268941", "current, 2, 0.632794, 0.261017, 0.575685",
    "current, 3, 0.767865, 0.390654, 0.721772"
  })
  void readsTheStateTheRecurrenceFormSays(
      String form, int step, double s, double h, double output) {
    Trace t =
        ReferenceModel.of(Specs.sheet9().withForms(java.util.Map.of("recurrence", form))).forward();
    assertThat(t.value("s", step)[0]).isCloseTo(s, within(5e-7));
    assertThat(t.value("h", step)[0]).isCloseTo(h, within(5e-7));
    assertThat(t.value("output", step)[0]).isCloseTo(output, within(5e-7));
  }
}
