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
    return rubric.questions().stream().filter(x -> x.id().equals(q)).flatMap(x -> x.parts().stream())
        .filter(x -> x.id().equals(p)).findFirst().orElseThrow();
  }

  @Test
  void givesFullPointsWhenEveryConceptIsNamed() {
    TextGrade g = TextGrader.grade(part("16", "b"), "GRU has fewer parameters (only two gates), so it trains faster.");
    assertThat(g.verdict()).isEqualTo(Kind.CORRECT);
    assertThat(g.points()).isEqualTo(2.0);
  }

  @Test
  void givesPartialPointsAndSaysWhatIsMissing() {
    TextGrade g = TextGrader.grade(part("16", "c"), "Gradient clipping rescales the gradient if its norm is above a threshold.");
    assertThat(g.verdict()).isEqualTo(Kind.PARTIAL);
    assertThat(g.points()).isEqualTo(1.0);
    assertThat(g.feedback()).contains("exploding");
  }

  @Test
  void gradesGermanAnswers() {
    TextGrade g = TextGrader.grade(part("16", "d"),
        "Der Gradient wird beim Backpropagation durch viele Zeitschritte sehr klein, daher lernen frühe Schichten nicht.");
    assertThat(g.verdict()).isEqualTo(Kind.CORRECT);
  }

  @Test
  void takesOffPointsForATrap() {
    TextGrade g = TextGrader.grade(part("16", "b"), "The GRU has more gates than the LSTM so it learns better.");
    assertThat(g.verdict()).isEqualTo(Kind.WRONG);
    assertThat(g.feedback()).contains("fewer gates");
  }

  @Test
  void sendsAConceptNextToATrapToReview() {
    TextGrade g = TextGrader.grade(part("16", "c"), "Clipping limits the gradient to a threshold, against vanishing gradients.");
    assertThat(g.verdict()).isEqualTo(Kind.REVIEW);
    assertThat(g.reason()).contains("vanishing");
  }

  @Test
  void sendsANegatedConceptToReview() {
    TextGrade g = TextGrader.grade(part("16", "e"), "They don't solve the vanishing gradient problem but they have gates.");
    assertThat(g.verdict()).isEqualTo(Kind.REVIEW);
    assertThat(g.reason()).startsWith("negation");
  }

  @Test
  void sendsVeryShortAnswersToReview() {
    assertThat(TextGrader.grade(part("16", "d"), "gradients vanish").verdict()).isEqualTo(Kind.REVIEW);
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
    assertThat(TextGrader.grade(same, "No, the hidden state carries memory of the earlier inputs.").points()).isEqualTo(1.5);
    assertThat(TextGrader.grade(same, "No, they differ.").points()).isEqualTo(0.5);
    assertThat(TextGrader.grade(same, "Yes, because the input is the same.").verdict()).isEqualTo(Kind.WRONG);
    assertThat(TextGrader.grade(same, "Nein, weil der Zellzustand die vorherigen Eingaben speichert.").verdict())
        .isEqualTo(Kind.CORRECT);
  }

  @Test
  void sendsAYesWithAMemoryReasonToReview() {
    TextGrade g = TextGrader.grade(part("17", "same-output"), "Yes, but the hidden state has memory.");
    assertThat(g.verdict()).isEqualTo(Kind.REVIEW);
  }

  @Test
  void gradesTheFormulaWithItsCredits() {
    Part a = part("16", "a");
    assertThat(TextGrader.grade(a, "h_5 = f(W x_5 + U f(W x_4 + U f(W x_3 + U f(W x_2 + U f(W x_1)))))").verdict())
        .isEqualTo(Kind.CORRECT);
    TextGrade swapped = TextGrader.grade(a, "f(U x_5 + W f(U x_4 + W f(U x_3 + W f(U x_2 + W f(U x_1)))))");
    assertThat(swapped.verdict()).isEqualTo(Kind.PARTIAL);
    assertThat(swapped.points()).isEqualTo(1.0);
    assertThat(TextGrader.grade(a, "f(W x_5 + U f(W x_4 + ...))").verdict()).isEqualTo(Kind.REVIEW);
  }
}
