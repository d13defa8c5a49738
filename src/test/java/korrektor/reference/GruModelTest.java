package korrektor.reference;

import static korrektor.reference.LstmModelTest.ref;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GruModelTest {
  private static final ReferenceModel GRU = ReferenceModel.of(Specs.gru());

  // Expected values: independent_values.py (plain Python), section "GRU".
  @ParameterizedTest(name = "{1}@{0}")
  @CsvSource({
    "1, z, 0.579324, 0.559714", "1, r, 0.512497, 0.584191",
    "1, candidate, 0.670753, -0.429964", "1, h, 0.430651, -0.328714",
    "2, z, 0.422170, 0.535584", "2, r, 0.688786, 0.541341",
    "2, candidate, -0.089593, 0.464126", "2, h, 0.211019, 0.095919",
    "3, z, 0.545425, 0.514210", "3, r, 0.477485, 0.490205",
    "3, candidate, 0.120826, -0.265147", "3, h, 0.161826, -0.089745"
  })
  void computesChoGruWithUpdateGateWeightingCandidate(
      int step, String quantity, double first, double second) {
    double[] v = GRU.forward().value(quantity, step);
    assertThat(v[0]).isCloseTo(first, within(5e-7));
    assertThat(v[1]).isCloseTo(second, within(5e-7));
  }

  @ParameterizedTest(name = "output@{0} = {1}")
  @CsvSource({"1, 0.655149", "2, 0.552621", "3, 0.570357"})
  void computesSigmoidOutput(int step, double expected) {
    assertThat(GRU.forward().value("output", step)[0]).isCloseTo(expected, within(5e-7));
  }

  @Test
  void listsQuantitiesAndInputs() {
    assertThat(GRU.quantities()).containsExactly("z", "r", "candidate", "h", "output");
    assertThat(GRU.inputsOf(ref("z@2"))).containsExactly(ref("x@2"), ref("h@1"));
    assertThat(GRU.inputsOf(ref("candidate@2")))
        .containsExactly(ref("x@2"), ref("r@2"), ref("h@1"));
    assertThat(GRU.inputsOf(ref("h@2")))
        .containsExactly(ref("z@2"), ref("h@1"), ref("candidate@2"));
  }

  @Test
  void recomputesStateAsInterpolationTowardsCandidate() {
    double[] h =
        GRU.evaluate(
            ref("h@2"),
            Map.of(
                ref("z@2"), new double[] {0.25, 1.0},
                ref("h@1"), new double[] {0.4, -0.3},
                ref("candidate@2"), new double[] {-0.1, 0.5}));
    assertThat(h[0]).isCloseTo(0.75 * 0.4 + 0.25 * -0.1, within(1e-12));
    assertThat(h[1]).isCloseTo(0.5, within(1e-12));
  }
}
