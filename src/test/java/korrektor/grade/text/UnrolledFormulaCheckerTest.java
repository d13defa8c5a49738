package korrektor.grade.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import korrektor.grade.text.UnrolledFormulaChecker.Outcome;
import korrektor.rubric.FormulaSpec;
import korrektor.rubric.FormulaSpec.Convention;
import korrektor.rubric.FormulaSpec.Mistake;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnrolledFormulaCheckerTest {
  /** Sheet 9: W and U named, not which multiplies the input; both assignments are right. */
  private static final UnrolledFormulaChecker EITHER =
      new UnrolledFormulaChecker(
          new FormulaSpec(
              FormulaSpec.RNN_UNROLLED,
              5,
              List.of(new Convention("W", "U"), new Convention("U", "W")),
              Map.of()));

  /** A sheet that defines h_t = f(W x_t + U h_(t-1)). */
  private static final UnrolledFormulaChecker ONLY_W_ON_INPUT =
      new UnrolledFormulaChecker(new FormulaSpec(FormulaSpec.RNN_UNROLLED, 5, "W", "U", 0.5, 0.25));

  @ParameterizedTest
  @ValueSource(
      strings = {
        // plain text, W on the input
        "f(W x_5 + U f(W x_4 + U f(W x_3 + U f(W x_2 + U f(W x_1)))))",
        "h5 = f(W x5 + U f(W x4 + U f(W x3 + U f(W x2 + U f(W x1)))))",
        "h_5 = f(W x_5 + U f(W x_4 + U f(W x_3 + U f(W x_2 + U f(W x_1 + U h_0)))))",
        // U on the input: the other assignment of the sheet's matrices
        "h5 = f(U x5 + W f(U x4 + W f(U x3 + W f(U x2 + W f(U x1)))))",
        "out = f(W*h4 + U*x5) = f(W*f(W*f(W*f(W*f(U*x1) + U*x2) + U*x3) + U*x4) + U*x5)",
        "output = f(U*x5 + W*f(U*x4 + W*f(U*x3 + W*f(U*x2 + W*f(U*x1 + W*h0))))), where h0 = 0",
        // Unicode
        "h₅ = tanh(W·x₅ + U·tanh(W·x₄ + U·tanh(W·x₃ + U·tanh(W·x₂ + U·tanh(W·x₁)))))",
        "ŷ = f(Wx₅ + Uf(Wx₄ + Uf(Wx₃ + Uf(Wx₂ + Uf(Wx₁ + Uh₀)))))  (h₀ = 0)",
        // LaTeX
        "$h_5 = \\sigma\\left(Wx_5 + U\\sigma(Wx_4 + U\\sigma(Wx_3 + U\\sigma(Wx_2 + U\\sigma(Wx_1)))\\right)$",
        "\\hat{y}_5 = f\\left(W x_5 + U f\\left(W x_4 + U f\\left(W x_3 + U f\\left(W x_2 + U f(W x_1)\\right)\\right)\\right)\\right)",
        "$y = f(U x_5 + W\\,f(U x_4 + W\\,f(U x_3 + W\\,f(U x_2 + W\\,f(U x_1 + W h_0)))))$",
        "The output is h^{(5)} = f(W x^{(5)} + U h^{(4)}) where h^{(4)} = f(W x^{(4)} + U h^{(3)}), "
            + "h^{(3)} = f(W x^{(3)} + U h^{(2)}), h^{(2)} = f(W x^{(2)} + U h^{(1)}) and h^{(1)} = f(W x^{(1)} + U h^{(0)}), h^{(0)} = 0.",
        // steps written out one by one, and the recurrence with the unrolled result
        "h_1 = f(W x_1), h_2 = f(W x_2 + U h_1), h_3 = f(W x_3 + U h_2), h_4 = f(W x_4 + U h_3), h_5 = f(W x_5 + U h_4)",
        "h_t = f(W x_t + U h_{t-1}), so h_5 = f(W x_5 + U f(W x_4 + U f(W x_3 + U h_2)))",
        // an output layer: V, c, σ or softmax, hats and primes
        "y = g(V f(Wx5 + U f(Wx4 + U f(Wx3 + U f(Wx2 + U f(Wx1))))))",
        "y_5 = softmax(V h_5) with h_5 = f(U x_5 + W f(U x_4 + W f(U x_3 + W f(U x_2 + W f(U x_1)))))",
        "ŷ = σ(V·tanh(W·x5 + U·tanh(W·x4 + U·tanh(W·x3 + U·tanh(W·x2 + U·tanh(W·x1 + b) + b) + b) + b) + b) + c)",
        "y' = V f(W x5 + U f(W x4 + U f(W x3 + U f(W x2 + U f(W x1))))) + c",
        // biases in every step
        "h_5 = f(W x_5 + U f(W x_4 + U f(W x_3 + U f(W x_2 + U f(W x_1 + b) + b) + b) + b) + b)",
        // a PDF: subscripts as separate tokens, or on lines of their own
        "ŷ = f (W f (W f (W f (W f (U x 1 ) + U x 2 ) + U x 3 ) + U x 4 ) + U x 5 ) (with h 0 = 0).",
        "h\n5\n = f(Wx\n5\n + U f(Wx\n4\n + U f(Wx\n3\n + U f(Wx\n2\n + U f(Wx\n1\n))))) , h\n0\n = 0",
        "y^ = V · h 5 , h t = f ( U x t + W h t − 1 ) ⇒ y^ = V f ( U x 5 + W f ( U x 4 + W f ( U x 3 + W f ( U x 2 + W f ( U x 1 ) ) ) ) )"
      })
  void acceptsEveryConsistentAssignmentAndWriting(String formula) {
    var c = EITHER.check(formula);
    assertThat(c.outcome()).as("%s: %s", formula, c.message()).isEqualTo(Outcome.MATCH);
  }

  @Test
  void namesTheExchangedMatricesOnlyWhenTheRubricFixesTheAssignment() {
    String swapped = "h5 = f(U x5 + W f(U x4 + W f(U x3 + W f(U x2 + W f(U x1)))))";
    var c = ONLY_W_ON_INPUT.check(swapped);
    assertThat(c.mistake()).isEqualTo(Mistake.SWAPPED);
    assertThat(c.message())
        .contains("applies U to the input")
        .contains("this course uses")
        .doesNotContain("sheet");
    assertThat(EITHER.check(swapped).outcome()).isEqualTo(Outcome.MATCH);
  }

  @Test
  void feedbackNeverClaimsTheSheetFixesTheAssignment() {
    for (String f :
        List.of("h5 = f(W x5)", "y = W(x1 + x2 + x3 + x4 + x5)", "h_t = f(W x_t + U h_{t-1})")) {
      assertThat(EITHER.check(f).message())
          .doesNotContain("the sheet defines")
          .contains("may be exchanged");
    }
  }

  @Test
  void tellsTheRecurrenceAndTheLastStepFromTheUnrolledFormula() {
    assertThat(EITHER.check("h_t = f(W x_t + U h_{t-1})").mistake()).isEqualTo(Mistake.RECURRENCE);
    assertThat(EITHER.check("$h_5 = f(Wx_5 + Uh_4)$").mistake()).isEqualTo(Mistake.RECURRENCE);
    assertThat(EITHER.check("Output = V*h5 mit h5 = f(W x5 + U h4)").mistake())
        .isEqualTo(Mistake.RECURRENCE);
    assertThat(
            EITHER
                .check(
                    "$\\hat{y} = \\sigma(V h_5 + c)$ where $h_t = \\tanh(W h_{t-1} + U x_t)$ for t = 1..5")
                .mistake())
        .isEqualTo(Mistake.RECURRENCE);
    assertThat(EITHER.check("o = softmax(V h), h = f(Wx + Uh)").mistake())
        .isEqualTo(Mistake.RECURRENCE);
  }

  @Test
  void creditsAnElidedFormulaThatShowsTheNesting() {
    assertThat(EITHER.check("y = f(W x5 + U f(W x4 + U f(...)))").mistake())
        .isEqualTo(Mistake.ELLIPSIS);
    assertThat(EITHER.check("y = f(Wx5 + U f(Wx4 + ... f(Wx1)))").mistake())
        .isEqualTo(Mistake.ELLIPSIS);
    assertThat(EITHER.check("f(W x_5 + U f(W x_4 + \\dots))").mistake())
        .isEqualTo(Mistake.ELLIPSIS);
  }

  @Test
  void readsAFormulaWhoseClosingBracketsAreElided() {
    assertThat(
            EITHER
                .check("f(U x\n5 + W f(U x\n4 + W f(U x\n3 + W f(U x\n2 + W f(U x\n1 ...")
                .outcome())
        .isEqualTo(Outcome.MATCH);
  }

  @Test
  void namesKnownMistakesWithTheirReason() {
    var reversed = EITHER.check("h5 = f(W x1 + U f(W x2 + U f(W x3 + U f(W x4 + U f(W x5)))))");
    assertThat(reversed.mistake()).isEqualTo(Mistake.REVERSED);
    assertThat(reversed.message()).contains("reverse order");
    assertThat(EITHER.check("h5 = W x5 + U(W x4 + U(W x3 + U(W x2 + U W x1)))").mistake())
        .isEqualTo(Mistake.LINEAR);
    assertThat(
            EITHER.check("$y = f(W^4 U x_1 + W^3 U x_2 + W^2 U x_3 + W U x_4 + U x_5)$").mistake())
        .isEqualTo(Mistake.LINEAR);
    var truncated =
        EITHER.check("h5 = f(W x5 + U f(W x4 + U f(W x3)))  (the earlier steps are the same)");
    assertThat(truncated.mistake()).isEqualTo(Mistake.TRUNCATED);
    assertThat(truncated.message()).contains("leaves out x_1..x_2");
    assertThat(
            EITHER.check("h5 = f(Wx5) + U h4 , also die Aktivierung nur auf den Input").mistake())
        .isEqualTo(Mistake.OUTSIDE);
  }

  @Test
  void marksAReadableFormulaEqualToNoAcceptedFormWrongAndSaysWhatDiffers() {
    var summed = EITHER.check("y = W(x1 + x2 + x3 + x4 + x5)");
    assertThat(summed.outcome()).isEqualTo(Outcome.WRONG);
    assertThat(summed.message()).contains("no recurrence: the hidden state is not fed back");
    var perStep = EITHER.check("y = f(W x_5) + f(W x_4) + f(W x_3) + f(W x_2) + f(W x_1)");
    assertThat(perStep.outcome()).isEqualTo(Outcome.WRONG);
    assertThat(perStep.message()).contains("no recurrence");
    var inputForState = EITHER.check("o = f(W x_5 + U x_4)");
    assertThat(inputForState.outcome()).isEqualTo(Outcome.WRONG);
    assertThat(inputForState.message()).contains("x_1, x_2, x_3 are missing");
  }

  @Test
  void sendsOnlyUnreadableFormulasToReviewAndProseToNoFormula() {
    assertThat(EITHER.check("$\\hat{y} = \\sum_{t=1}^{5} f(W x_t + U h_{t-1})$").outcome())
        .isEqualTo(Outcome.UNREADABLE);
    assertThat(
            EITHER
                .check("An RNN is a neural network with loops, so it can process sequences.")
                .outcome())
        .isEqualTo(Outcome.NO_FORMULA);
    assertThat(EITHER.check("h_5 = f(W_xh x_5 + W_hh h_4)").outcome())
        .isEqualTo(Outcome.UNREADABLE);
  }
}
