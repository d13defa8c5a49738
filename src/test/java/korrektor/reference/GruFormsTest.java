package korrektor.reference;

import static korrektor.reference.LstmModelTest.ref;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The GRU's forms and mistakes. Expected values: independent_values.py (plain Python), sections
 * "GRU update previous" … "GRU recurrence current".
 */
class GruFormsTest {

  private static ReferenceModel with(Map<String, String> forms, Set<String> dropped) {
    ModelSpec s = Specs.gru().withForms(forms);
    for (String d : dropped) {
      s = s.withDropped(d);
    }
    return ReferenceModel.of(s);
  }

  private static void assertValue(
      ReferenceModel m, String quantity, int step, double first, double second) {
    double[] v = m.forward().value(quantity, step);
    assertThat(v[0]).as(quantity + "@" + step).isCloseTo(first, within(5e-7));
    if (v.length > 1) {
      assertThat(v[1]).as(quantity + "@" + step + "[2]").isCloseTo(second, within(5e-7));
    }
  }

  @ParameterizedTest(name = "{1}@{0}")
  @CsvSource({
    "1, z, 0.579324, 0.559714", "1, h, 0.340102, -0.301250", "1, output, 0.634792, 0",
    "2, z, 0.417759, 0.541247", "2, r, 0.688611, 0.539977", "2, candidate, -0.114173, 0.461518",
    "2, h, 0.075604, 0.048672", "3, z, 0.538703, 0.511692", "3, h, 0.091761, -0.116675",
    "3, output, 0.560555, 0"
  })
  void updateGateKeepsPreviousStateInChoForm(
      int step, String quantity, double first, double second) {
    assertValue(with(Map.of("update", "previous"), Set.of()), quantity, step, first, second);
  }

  @Test
  void updateFormKeepsTheGateItselfUnchanged() {
    ReferenceModel cho = with(Map.of("update", "previous"), Set.of());
    ReferenceModel chung = ReferenceModel.of(Specs.gru());
    // the same z from the same h(0); z = 0.25 keeps a quarter of the old state in Cho's form
    assertThat(cho.forward().value("z", 1)).isEqualTo(chung.forward().value("z", 1));
    double[] h =
        cho.evaluate(
            ref("h@2"),
            Map.of(
                ref("z@2"),
                new double[] {0.25, 1.0},
                ref("h@1"),
                new double[] {0.4, -0.3},
                ref("candidate@2"),
                new double[] {-0.1, 0.5}));
    assertThat(h[0]).isCloseTo(0.25 * 0.4 + 0.75 * -0.1, within(1e-12));
    assertThat(h[1]).isCloseTo(-0.3, within(1e-12));
  }

  @ParameterizedTest(name = "{1}@{0}")
  @CsvSource({
    "1, candidate, 0.667586, -0.428795",
    "1, h, 0.428816, -0.328060",
    "2, candidate, -0.070886, 0.454118",
    "3, h, 0.166219, -0.091977",
    "3, output, 0.571546, 0"
  })
  void resetAfterTheRecurrentProductAsPyTorch(
      int step, String quantity, double first, double second) {
    assertValue(with(Map.of("reset", "after"), Set.of()), quantity, step, first, second);
  }

  @ParameterizedTest(name = "{1}@{0}")
  @CsvSource({
    "1, r, 0.512497, 0.584191",
    "1, candidate, 0.696258, -0.462117",
    "2, r, 0.687945, 0.542235",
    "2, candidate, 0.022308, 0.406206",
    "3, h, 0.211708, -0.089778",
    "3, output, 0.580112, 0"
  })
  void resetGateDroppedStillReportsTheGate(int step, String quantity, double first, double second) {
    assertValue(with(Map.of(), Set.of("reset")), quantity, step, first, second);
  }

  @Test
  void resetGateDroppedLeavesRoutOfTheCandidatesInputs() {
    ReferenceModel m = with(Map.of(), Set.of("reset"));
    assertThat(m.inputsOf(ref("candidate@2"))).containsExactly(ref("x@2"), ref("h@1"));
  }

  @ParameterizedTest(name = "{1}@{0}")
  @CsvSource({
    "1, h, 0.670753, -0.429964",
    "2, z, 0.433926, 0.516979",
    "2, h, -0.017705, 0.463113",
    "3, output, 0.556994, 0"
  })
  void updateGateDroppedMakesTheStateTheCandidate(
      int step, String quantity, double first, double second) {
    assertValue(with(Map.of(), Set.of("update")), quantity, step, first, second);
  }

  @ParameterizedTest(name = "{1}@{0}")
  @CsvSource({
    "1, h, 0.430651, -0.328714",
    "2, z, 0.406127, 0.559714",
    "2, h, -0.015491, 0.170423",
    "3, candidate, 0.162525, -0.355344",
    "3, output, 0.591881, 0"
  })
  void stateNotCarriedReadsTheInitialStateAtEveryStep(
      int step, String quantity, double first, double second) {
    assertValue(with(Map.of("recurrence", "initial"), Set.of()), quantity, step, first, second);
  }

  @ParameterizedTest(name = "{1}@{0}")
  @CsvSource({
    "1, h, 0.1, -0.2",
    "1, z, 0.579324, 0.559714",
    "1, output, 0.574443, 0",
    "2, h, 0.430651, -0.328714",
    "2, z, 0.422170, 0.535584",
    "2, output, 0.655149, 0",
    "3, h, 0.211019, 0.095919",
    "3, candidate, 0.120826, -0.265147"
  })
  void stateOfTheCurrentStepIsTheOneItReads(
      int step, String quantity, double first, double second) {
    assertValue(with(Map.of("recurrence", "current"), Set.of()), quantity, step, first, second);
  }

  @Test
  void stateOfTheCurrentStepIsRecomputedFromThePreviousStep() {
    ReferenceModel m = with(Map.of("recurrence", "current"), Set.of());
    assertThat(m.quantities()).containsExactly("z", "r", "candidate", "h", "output");
    assertThat(m.inputsOf(ref("h@1"))).containsExactly(ref("h@0"));
    assertThat(m.inputsOf(ref("h@2"))).containsExactly(ref("z@1"), ref("h@1"), ref("candidate@1"));
    assertThat(m.inputsOf(ref("z@2"))).containsExactly(ref("x@2"), ref("h@2"));
  }

  @Test
  void refusesUnknownFormsAndTermsNamingTheValidOnes() {
    ModelSpec bad =
        Specs.gru().withForms(Map.of("update", "old", "peephole", "yes")).withDropped("forget");
    assertThat(bad.validate())
        .containsExactly(
            "drop.forget: cannot drop 'forget' from a gru; expected one of reset, update, biases",
            "forms.peephole: unknown form for a gru; expected one of update, reset, recurrence",
            "forms.update: unknown value 'old'; expected one of candidate, previous");
  }
}
