package korrektor.grade.text;

import static org.assertj.core.api.Assertions.assertThat;

import korrektor.grade.text.UnrolledFormulaChecker.Outcome;
import korrektor.rubric.FormulaSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class UnrolledFormulaCheckerTest {
  private static final UnrolledFormulaChecker CHECKER =
      new UnrolledFormulaChecker(new FormulaSpec(FormulaSpec.RNN_UNROLLED, 5, "W", "U", 0.5, 0.25));

  @ParameterizedTest
  @ValueSource(strings = {
      "f(W x_5 + U f(W x_4 + U f(W x_3 + U f(W x_2 + U f(W x_1)))))",
      "h_5 = f(W x_5 + U f(W x_4 + U f(W x_3 + U f(W x_2 + U f(W x_1 + U h_0)))))",
      "$h_5 = \\sigma\\left(Wx_5 + U\\sigma(Wx_4 + U\\sigma(Wx_3 + U\\sigma(Wx_2 + U\\sigma(Wx_1)))\\right)$",
      "h₅ = tanh(W·x₅ + U·tanh(W·x₄ + U·tanh(W·x₃ + U·tanh(W·x₂ + U·tanh(W·x₁)))))",
      "h_1 = f(W x_1), h_2 = f(W x_2 + U h_1), h_3 = f(W x_3 + U h_2), h_4 = f(W x_4 + U h_3), h_5 = f(W x_5 + U h_4)",
      "The output is h^{(5)} = f(W x^{(5)} + U h^{(4)}) where h^{(4)} = f(W x^{(4)} + U h^{(3)}), "
          + "h^{(3)} = f(W x^{(3)} + U h^{(2)}), h^{(2)} = f(W x^{(2)} + U h^{(1)}) and h^{(1)} = f(W x^{(1)} + U h^{(0)}), h^{(0)} = 0.",
      "h_t = f(W x_t + U h_{t-1}), so h_5 = f(W x_5 + U f(W x_4 + U f(W x_3 + U h_2)))",
      "y = g(V f(Wx5 + U f(Wx4 + U f(Wx3 + U f(Wx2 + U f(Wx1))))))",
      "h_5 = f(W x_5 + U f(W x_4 + U f(W x_3 + U f(W x_2 + U f(W x_1 + b) + b) + b) + b) + b)"})
  void acceptsCorrectVariantsInPlainUnicodeAndLatex(String formula) {
    assertThat(CHECKER.check(formula).outcome()).isEqualTo(Outcome.MATCH);
  }

  @Test
  void explainsSwappedMatrices() {
    var c = CHECKER.check("h5 = f(U x5 + W f(U x4 + W f(U x3 + W f(U x2 + W f(U x1)))))");
    assertThat(c.outcome()).isEqualTo(Outcome.SWAPPED);
    assertThat(c.message()).contains("applies U to the input");
  }

  @Test
  void namesAMissingFirstStep() {
    var c = CHECKER.check("f(W x_5 + U f(W x_4 + U f(W x_3 + U f(W x_2))))");
    assertThat(c.outcome()).isEqualTo(Outcome.MISSING_STEP);
    assertThat(c.message()).contains("x_1");
  }

  @Test
  void tellsARecurrenceFromAnUnrolledFormula() {
    assertThat(CHECKER.check("h_t = f(W x_t + U h_{t-1})").outcome()).isEqualTo(Outcome.RECURRENCE_ONLY);
  }

  @Test
  void sendsElidedFormulasToReview() {
    assertThat(CHECKER.check("f(W x_5 + U f(W x_4 + … ))").outcome()).isEqualTo(Outcome.ELLIPSIS);
    assertThat(CHECKER.check("f(W x_5 + U f(W x_4 + \\dots))").outcome()).isEqualTo(Outcome.ELLIPSIS);
  }

  @Test
  void reportsUnreadableAndUnexplainedFormulas() {
    assertThat(CHECKER.check("f(W x_5 + U h_4)").outcome()).isEqualTo(Outcome.UNREADABLE);
    assertThat(CHECKER.check("I did not understand the question").outcome()).isEqualTo(Outcome.UNREADABLE);
    assertThat(CHECKER.check("h_5 = f(W x_5) + U f(W x_4) + U f(W x_3) + U f(W x_2) + U f(W x_1)").outcome())
        .isEqualTo(Outcome.MISMATCH);
  }
}
