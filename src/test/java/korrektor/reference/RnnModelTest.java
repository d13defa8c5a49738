package korrektor.reference;

import static korrektor.reference.LstmModelTest.ref;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RnnModelTest {
  private static final ReferenceModel RNN = ReferenceModel.of(Specs.rnn());

  @ParameterizedTest(name = "{1}@{0}")
  @CsvSource({
    "1, a, 0.5, 0.3", "1, h, 0.462117, 0.291313",
    "2, a, 0.654474, -0.205030", "2, h, 0.574674, -0.202204",
    "3, a, -0.282973, 0.324404", "3, h, -0.275655, 0.313483"
  })
  void computesHiddenLayerOfTwoUnitRnn(int step, String quantity, double first, double second) {
    double[] v = RNN.forward().value(quantity, step);
    assertThat(v).hasSize(2);
    assertThat(v[0]).isCloseTo(first, within(5e-7));
    assertThat(v[1]).isCloseTo(second, within(5e-7));
  }

  @ParameterizedTest(name = "output@{0} = {1}")
  @CsvSource({"1, 0.591653", "2, 0.726488", "3, 0.403925"})
  void computesSigmoidOutput(int step, double expected) {
    double[] v = RNN.forward().value("output", step);
    assertThat(v).hasSize(1);
    assertThat(v[0]).isCloseTo(expected, within(5e-7));
  }

  @Test
  void listsQuantitiesAndInputs() {
    assertThat(RNN.quantities()).containsExactly("a", "h", "output");
    assertThat(RNN.inputsOf(ref("a@2"))).containsExactly(ref("x@2"), ref("h@1"));
    assertThat(RNN.inputsOf(ref("h@2"))).containsExactly(ref("a@2"));
  }

  @Test
  void recomputesHiddenStateFromStudentsPreActivation() {
    double[] h = RNN.evaluate(ref("h@1"), Map.of(ref("a@1"), new double[] {0.5, 0.0}));
    assertThat(h[0]).isCloseTo(Math.tanh(0.5), within(1e-12));
    assertThat(h[1]).isEqualTo(0.0);
  }

  @Test
  void identityHiddenActivationMakesHiddenStateEqualPreActivation() {
    ModelSpec spec = Specs.rnn();
    ModelSpec linear =
        new ModelSpec(
            spec.type(),
            spec.parameters(),
            spec.inputs(),
            spec.initial(),
            Map.of("hidden", Activation.IDENTITY));
    Trace t = ReferenceModel.of(linear).forward();
    assertThat(t.value("h", 1)).containsExactly(new double[] {0.5, 0.3}, within(1e-15));
  }
}
