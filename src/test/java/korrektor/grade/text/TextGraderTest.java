package korrektor.grade.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import korrektor.grade.text.TextGrade.Kind;
import korrektor.rubric.Part;
import korrektor.rubric.Rubric;
import korrektor.rubric.RubricReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Grading text parts with the sheet 9 rubric's concepts and traps. */
class TextGraderTest {
  private static Rubric rubric;

  @BeforeAll
  static void read() throws Exception {
    rubric = RubricReader.read(Path.of("rubrics/sheet09.yaml"));
  }

  private static Part part(String q, String p) {
    return rubric.questions().stream()
        .filter(x -> x.id().equals(q))
        .flatMap(x -> x.parts().stream())
        .filter(x -> x.id().equals(p))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void givesFullPointsWhenEveryConceptIsNamed() {
    TextGrade g =
        TextGrader.grade(
            part("16", "b"), "GRU has fewer parameters (only two gates), so it trains faster.");
    assertThat(g.verdict()).isEqualTo(Kind.CORRECT);
    assertThat(g.points()).isEqualTo(2.0);
  }

  @Test
  void givesPartialPointsAndSaysWhatIsMissing() {
    TextGrade g =
        TextGrader.grade(
            part("16", "c"),
            "Gradient clipping rescales the gradient if its norm is above a threshold.");
    assertThat(g.verdict()).isEqualTo(Kind.PARTIAL);
    assertThat(g.points()).isEqualTo(1.0);
    assertThat(g.feedback()).contains("exploding");
  }

  @Test
  void gradesGermanAnswers() {
    TextGrade g =
        TextGrader.grade(
            part("16", "d"),
            "Der Gradient wird beim Backpropagation durch viele Zeitschritte sehr klein, daher lernen frühe Schichten nicht.");
    assertThat(g.verdict()).isEqualTo(Kind.CORRECT);
  }

  @Test
  void takesOffPointsForATrap() {
    TextGrade g =
        TextGrader.grade(
            part("16", "b"), "The GRU has more gates than the LSTM so it learns better.");
    assertThat(g.verdict()).isEqualTo(Kind.WRONG);
    assertThat(g.feedback()).contains("fewer gates");
  }

  @Test
  void takesATrapsPenaltyOffTheConceptsItStandsNextTo() {
    TextGrade g =
        TextGrader.grade(
            part("16", "c"),
            "Clipping limits the gradient to a threshold, against vanishing gradients.");
    assertThat(g.verdict()).isEqualTo(Kind.WRONG);
    assertThat(g.reason()).isNull();
    assertThat(g.feedback())
        .contains("You name: what")
        .contains("cannot make vanishing gradients larger");
  }

  @Test
  void doesNotCreditAConceptTheAnswerNegates() {
    TextGrade g =
        TextGrader.grade(
            part("16", "e"),
            "They don't solve the vanishing gradient problem but they have gates.");
    assertThat(g.verdict()).isEqualTo(Kind.PARTIAL);
    assertThat(g.points()).isEqualTo(1.0);
  }

  @Test
  void gradesAShortAnswerByWhatItNames() {
    assertThat(TextGrader.grade(part("16", "d"), "gradients vanish").verdict())
        .isEqualTo(Kind.WRONG);
    assertThat(TextGrader.grade(part("16", "b"), "Less params, faster to compute.").points())
        .isEqualTo(2.0);
    assertThat(TextGrader.grade(part("16", "d"), "Gradient geht gegen 0.").points()).isEqualTo(1.0);
  }

  @Test
  void givesZeroForAnAnswerThatNamesNothing() {
    TextGrade g = TextGrader.grade(part("16", "e"), "They are a kind of neural network.");
    assertThat(g.verdict()).isEqualTo(Kind.WRONG);
    assertThat(g.points()).isZero();
  }

  @Test
  void gradesTheYesNoAndItsReason() {
    Part same = part("17", "same-output");
    assertThat(
            TextGrader.grade(same, "No, the hidden state carries memory of the earlier inputs.")
                .points())
        .isEqualTo(1.5);
    assertThat(TextGrader.grade(same, "No, they differ.").points()).isEqualTo(0.5);
    assertThat(TextGrader.grade(same, "Yes, because the input is the same.").verdict())
        .isEqualTo(Kind.WRONG);
    assertThat(
            TextGrader.grade(same, "Nein, weil der Zellzustand die vorherigen Eingaben speichert.")
                .verdict())
        .isEqualTo(Kind.CORRECT);
  }

  @Test
  void givesNothingForTheWrongYesOrNoWhateverReasonFollows() {
    TextGrade g =
        TextGrader.grade(part("17", "same-output"), "Yes, but the hidden state has memory.");
    assertThat(g.verdict()).isEqualTo(Kind.WRONG);
    assertThat(g.feedback()).contains("The answer is no");
  }

  @Test
  void readsTheYesOrNoFromColloquialAndImplicitAnswers() {
    Part same = part("17", "same-output");
    assertThat(
            TextGrader.grade(
                    same, "ne, weil s und h die Infos aus den frueheren Schritten mitnehmen")
                .points())
        .isEqualTo(1.5);
    assertThat(
            TextGrader.grade(same, "ŷ₁ ≠ ŷ₃ — the memory (s₂, h₂) makes the difference.").points())
        .isEqualTo(1.5);
    assertThat(
            TextGrader.grade(same, "The output at t=3 is larger, although the input is the same.")
                .points())
        .isEqualTo(0.5);
  }

  @Test
  void gradesTheFormulaWithItsCredits() {
    Part a = part("16", "a");
    assertThat(
            TextGrader.grade(
                    a, "h_5 = f(W x_5 + U f(W x_4 + U f(W x_3 + U f(W x_2 + U f(W x_1)))))")
                .verdict())
        .isEqualTo(Kind.CORRECT);
    // the sheet does not say which matrix multiplies the input: the other assignment is as right
    assertThat(
            TextGrader.grade(a, "f(U x_5 + W f(U x_4 + W f(U x_3 + W f(U x_2 + W f(U x_1)))))")
                .verdict())
        .isEqualTo(Kind.CORRECT);
    TextGrade elided = TextGrader.grade(a, "f(W x_5 + U f(W x_4 + U f(...)))");
    assertThat(elided.verdict()).isEqualTo(Kind.PARTIAL);
    assertThat(elided.points()).isEqualTo(1.5);
    TextGrade summed = TextGrader.grade(a, "y = W(x1 + x2 + x3 + x4 + x5)");
    assertThat(summed.verdict()).isEqualTo(Kind.WRONG);
    assertThat(summed.feedback()).contains("no recurrence");
    assertThat(TextGrader.grade(a, "$\\hat{y} = \\sum_{t=1}^{5} f(W x_t + U h_{t-1})$").verdict())
        .isEqualTo(Kind.REVIEW);
  }

  @Test
  void readsFormulasThatAPdfSplitIntoSubscriptLines() {
    TextGrade g =
        TextGrader.grade(
            part("16", "a"),
            "h\n5\n = f(Wx\n5\n + U f(Wx\n4\n + U f(Wx\n3\n + U f(Wx\n2\n + U f(Wx\n1\n)))))");
    assertThat(g.verdict()).isEqualTo(Kind.CORRECT);
  }

  @Test
  void matchesAfterUndoingWhatPdfsMarkdownAndLatexDidToTheText() {
    Part c = part("16", "c");
    // a word hyphenated across a line end, a soft hyphen, a ligature
    assertThat(
            TextGrader.grade(
                    c, "Man skaliert den Gradienten herunter, sonst ex-\nplodierende Gradienten.")
                .points())
        .isEqualTo(2.0);
    assertThat(
            TextGrader.grade(
                    c,
                    "It rescales the gradient when its norm exceeds a thres\u00ADhold, against explo\u00ADding gradients.")
                .points())
        .isEqualTo(2.0);
    assertThat(
            TextGrader.grade(
                    part("16", "e"),
                    "They add gates that control the information \uFB02ow, so gradients do not vanish.")
                .points())
        .isEqualTo(2.0);
    // Markdown and LaTeX marks
    assertThat(
            TextGrader.grade(
                    c,
                    "**Rescales** the gradient if $\\|g\\| > c$; prevents \\textit{exploding} gradients.")
                .points())
        .isEqualTo(2.0);
    // a compound across a line end keeps both words
    assertThat(
            TextGrader.grade(
                    part("16", "d"),
                    "The gradient gets very small, so long-\nterm dependencies are not learned.")
                .points())
        .isEqualTo(2.0);
  }

  @Test
  void givesNothingForNonAnswersAndSaysWhy() {
    Part b = part("16", "b");
    assertThat(TextGrader.grade(b, "-").verdict()).isEqualTo(Kind.MISSING);
    assertThat(TextGrader.grade(b, "?").verdict()).isEqualTo(Kind.MISSING);
    TextGrade dunno = TextGrader.grade(b, "keine Ahnung");
    assertThat(dunno.verdict()).isEqualTo(Kind.WRONG);
    assertThat(dunno.feedback()).contains("do not know");
    TextGrade elsewhere = TextGrader.grade(part("17", "same-output"), "see plot");
    assertThat(elsewhere.verdict()).isEqualTo(Kind.WRONG);
    assertThat(elsewhere.feedback()).contains("points elsewhere");
  }
}
