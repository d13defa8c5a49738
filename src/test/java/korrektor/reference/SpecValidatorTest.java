package korrektor.reference;

import static korrektor.reference.Specs.col;
import static korrektor.reference.Specs.mat;
import static korrektor.reference.Specs.s;
import static korrektor.reference.Specs.unit;
import static korrektor.reference.Specs.withUnit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SpecValidatorTest {

  @Test
  void acceptsEveryTestModel() {
    for (ModelSpec spec : List.of(Specs.sheet9(), Specs.rnn(), Specs.gru(), Specs.vectorLstm())) {
      assertThat(spec.validate()).as(spec.type().id()).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenSpecs")
  void reportsOneMessageNamingTheKeyAndTheFix(String expected, ModelSpec spec) {
    assertThat(spec.validate()).containsExactly(expected);
  }

  static Stream<Arguments> brokenSpecs() {
    ModelSpec lstm = Specs.vectorLstm();
    ModelSpec sheet9 = Specs.sheet9();
    ModelSpec rnn = Specs.rnn();
    ModelSpec gru = Specs.gru();
    Matrix w2 = mat(new double[] {0.1, 0.2}, new double[] {0.0, -0.3});
    return Stream.of(
        of(
            "parameters.g.U: has 3 columns but the inputs have 2 components (U is hidden×input)",
            withUnit(
                lstm,
                "g",
                unit(mat(new double[] {1, 2, 3}, new double[] {4, 5, 6}), w2, col(0, 0)))),
        of(
            "parameters.g.U: has 1 rows but the hidden size is 2 (from parameters.g.W);"
                + " U is hidden×input",
            withUnit(lstm, "g", unit(mat(new double[] {1, 2}), w2, col(0, 0)))),
        of(
            "parameters.f.W: is 3×3 but the hidden size is 2 (from parameters.g.W);"
                + " W is hidden×hidden",
            withUnit(
                lstm,
                "f",
                unit(
                    mat(new double[] {1, 2}, new double[] {3, 4}),
                    mat(new double[3], new double[3], new double[3]),
                    col(0, 0)))),
        of(
            "parameters.g.W: is 2×3; W is hidden×hidden, so it must be square",
            withUnit(
                lstm,
                "g",
                unit(
                    mat(new double[] {1, 2}, new double[] {3, 4}),
                    mat(new double[3], new double[3]),
                    col(0, 0)))),
        of(
            "parameters.q.b: is 1×2 but the hidden size is 2 (from parameters.g.W);"
                + " b is a hidden×1 column",
            withUnit(
                lstm,
                "q",
                unit(mat(new double[] {1, 2}, new double[] {3, 4}), w2, mat(new double[] {0, 0})))),
        of(
            "parameters.g: missing; an lstm needs units g, f, q, candidate",
            withUnit(sheet9, "g", null)),
        of("parameters.z: missing; a gru needs units z, r, candidate", withUnit(gru, "z", null)),
        of("parameters.hidden: missing; an rnn needs units hidden", withUnit(rnn, "hidden", null)),
        of(
            "parameters.foo: unknown unit; an lstm has units g, f, q, candidate and optionally"
                + " output",
            withUnit(sheet9, "foo", Specs.unit(s(1), s(1), s(1)))),
        of(
            "parameters.f.X: unknown parameter; expected one of U, W, b",
            withUnit(sheet9, "f", Map.of("U", s(1), "W", s(1), "X", s(1)))),
        of(
            "parameters.f.U: missing; give the input weights U (hidden×input)",
            withUnit(sheet9, "f", Map.of("W", s(1)))),
        of(
            "parameters.f.W: missing; give the recurrent weights W (hidden×hidden)",
            withUnit(sheet9, "f", Map.of("U", s(1)))),
        of(
            "parameters.f.b: contains NaN; give finite numbers",
            withUnit(sheet9, "f", Map.of("U", s(1), "W", s(1), "b", s(Double.NaN)))),
        of(
            "parameters.output.V: missing; give the output weights V (output×hidden), or drop"
                + " the output unit",
            withUnit(sheet9, "output", Map.of("c", s(1)))),
        of(
            "parameters.output.W: unknown parameter; expected one of V, c",
            withUnit(sheet9, "output", Map.of("V", s(1), "W", s(1)))),
        of(
            "parameters.output.V: has 1 columns but the hidden size is 2"
                + " (from parameters.hidden.W); V is output×hidden",
            withUnit(rnn, "output", Map.of("V", s(1)))),
        of(
            "parameters.output.c: is 2×1 but V has 1 rows; c is an output×1 column",
            withUnit(rnn, "output", Map.of("V", mat(new double[] {1, -1}), "c", col(1, 2)))),
        of(
            "activations.foo: unknown role; expected one of gate, candidate, state, output",
            withActivations(sheet9, Map.of("foo", Activation.TANH))),
        of(
            "activations.state: unknown role; expected one of hidden, output",
            withActivations(rnn, Map.of("state", Activation.TANH))),
        of("inputs: empty; give at least one time step", withInputs(sheet9, List.of())),
        of(
            "inputs[2]: x_3 has 3 components but x_1 has 2; all time steps need the same size",
            withInputs(rnn, List.of(col(1, 0), col(0.5, -1), col(0, 1, 2)))),
        of(
            "inputs[0]: x_1 is 1×2; give each input as a column vector (one value per input"
                + " component)",
            withInputs(rnn, List.of(mat(new double[] {1, 0}), col(1, 0)))),
        of(
            "initial.h: is 3×1 but the hidden size is 2 (from parameters.hidden.W); give one"
                + " value per hidden unit, as a column",
            withInitial(rnn, Map.of("h", col(0, 0, 0)))),
        of(
            "initial.s: unknown state; expected one of h",
            withInitial(gru, Map.of("s", col(0, 0)))));
  }

  @Test
  void listsEveryProblemInAFixedOrder() {
    ModelSpec spec =
        withActivations(
            withUnit(
                withUnit(Specs.sheet9(), "g", null),
                "f",
                Map.of("U", s(1), "W", s(1), "Y", s(1), "X", s(1))),
            Map.of("zz", Activation.TANH));
    assertThat(spec.validate())
        .containsExactly(
            "parameters.g: missing; an lstm needs units g, f, q, candidate",
            "parameters.f.X: unknown parameter; expected one of U, W, b",
            "parameters.f.Y: unknown parameter; expected one of U, W, b",
            "activations.zz: unknown role; expected one of gate, candidate, state, output");
  }

  @Test
  void refusesToBuildAnInvalidModelAndSaysWhy() {
    assertThatThrownBy(() -> ReferenceModel.of(withUnit(Specs.sheet9(), "q", null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("invalid lstm model")
        .hasMessageContaining("parameters.q: missing");
  }

  @Test
  void acceptsSpecWithoutBiasesOrOutputUnit() {
    Map<String, Map<String, Matrix>> p = new HashMap<>();
    p.put("hidden", Map.of("U", s(1), "W", s(0.5)));
    ModelSpec spec = new ModelSpec(ModelType.RNN, p, List.of(s(1), s(0)), Map.of(), Map.of());
    assertThat(spec.validate()).isEmpty();
    Trace t = ReferenceModel.of(spec).forward();
    assertThat(t.quantities()).containsExactly("a", "h");
    assertThat(t.value("a", 2)[0]).isEqualTo(0.5 * Math.tanh(1));
  }

  private static Arguments of(String message, ModelSpec spec) {
    return Arguments.of(message, spec);
  }

  private static ModelSpec withActivations(ModelSpec s, Map<String, Activation> a) {
    return new ModelSpec(s.type(), s.parameters(), s.inputs(), s.initial(), a);
  }

  private static ModelSpec withInputs(ModelSpec s, List<Matrix> inputs) {
    return new ModelSpec(s.type(), s.parameters(), inputs, s.initial(), s.activations());
  }

  private static ModelSpec withInitial(ModelSpec s, Map<String, Matrix> initial) {
    return new ModelSpec(s.type(), s.parameters(), s.inputs(), initial, s.activations());
  }
}
