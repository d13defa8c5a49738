package korrektor.grade;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import korrektor.document.Document;
import korrektor.document.Format;
import korrektor.document.Location;
import korrektor.document.TextLine;
import korrektor.rubric.RubricReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Q16 and "same output?" located in a document by their labels and graded by the sheet 9 rubric.
 */
class TextPartsGradingTest {
  private static Grader grader;

  @BeforeAll
  static void readRubric() throws Exception {
    grader = new Grader(RubricReader.read(Path.of("rubrics/sheet09.yaml")));
  }

  private static Document lines(String... text) {
    List<TextLine> out = new ArrayList<>();
    for (int i = 0; i < text.length; i++) {
      out.add(TextLine.plain(text[i], Location.ofLine("answers.pdf", 1, i + 1)));
    }
    return new Document("answers.pdf", Format.PDF, List.of(), out, List.of(), 1, List.of());
  }

  private static ItemResult item(Grading g, String id) {
    return g.items().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void gradesEachLabelledAnswer() {
    Grading g =
        grader.grade(
            List.of(
                lines(
                    "Question 16",
                    "a) h_5 = f(W x_5 + U f(W x_4 + U f(W x_3 + U f(W x_2 + U f(W x_1)))))",
                    "## b) The GRU has fewer parameters, so it is faster to train.",
                    "Aufgabe 16 c: Gradient clipping rescales the gradient above a threshold.",
                    "16.4 The gradient becomes too large and the training diverges.",
                    "(e) They are neural networks for sequences.",
                    "Is the output at t=1 the same as at t=3? No, the hidden state carries memory of earlier inputs.")));

    assertThat(item(g, "16/a").verdict()).isEqualTo(Verdict.CORRECT);
    assertThat(item(g, "16/b").verdict()).isEqualTo(Verdict.CORRECT);
    assertThat(item(g, "16/c").verdict()).isEqualTo(Verdict.PARTIAL);
    assertThat(item(g, "16/c").points()).isEqualTo(1.0);
    assertThat(item(g, "16/d").verdict()).isEqualTo(Verdict.WRONG);
    assertThat(item(g, "16/e").verdict()).isEqualTo(Verdict.WRONG);
    assertThat(item(g, "17/same-output").verdict()).isEqualTo(Verdict.CORRECT);
    assertThat(item(g, "16/b").source()).isEqualTo("answers.pdf p.1 l.3");
  }

  @Test
  void leavesAPartNobodyAnsweredMissingWithNothingPending() {
    Grading g =
        grader.grade(
            List.of(
                lines(
                    "Anna Becker, sheet 9",
                    "Question 17",
                    "t | g | f | q",
                    "1 | 0.5769 | 0.5436 | 0.6177",
                    "No, the state carries the earlier inputs.")));

    for (String part : List.of("16/a", "16/b", "16/c", "16/d", "16/e")) {
      assertThat(item(g, part).verdict()).as(part).isEqualTo(Verdict.MISSING);
    }
    assertThat(item(g, "17/same-output").verdict()).isEqualTo(Verdict.CORRECT);
    assertThat(g.pendingPoints()).isZero();
  }

  @Test
  void sendsUnlabelledTextThatCouldBeTheAnswerToReviewQuotingIt() {
    Grading g =
        grader.grade(
            List.of(
                lines(
                    "Vanishing gradients were a problem in my own project as well.",
                    "Question 16",
                    "a) h_5 = f(W x_5 + U f(W x_4 + U f(W x_3 + U f(W x_2 + U f(W x_1)))))",
                    "b) GRUs have fewer parameters and train faster.",
                    "c) Clipping rescales the gradient above a threshold against exploding gradients.",
                    "e) Gates control what is kept, so gradients do not vanish.")));

    ItemResult d = item(g, "16/d");
    assertThat(d.verdict()).isEqualTo(Verdict.REVIEW);
    assertThat(d.reason()).contains("could be the answer to 16 d").contains("answers.pdf p.1 l.1");
    assertThat(d.foundText()).startsWith("Vanishing");
  }

  @Test
  void placesUnlabelledAnswersByTheirPlaceAfterTheQuestionsHeading() {
    Grading g =
        grader.grade(
            List.of(
                lines(
                    "Question 16",
                    "h5 = f(W x5 + U f(W x4 + U f(W x3 + U f(W x2 + U f(W x1)))))",
                    "GRUs have fewer parameters, so they are faster to train.",
                    "It rescales the gradient if its norm is above a threshold; this prevents exploding gradients.",
                    "I do not remember this one, sorry.",
                    "They introduce gates, which mitigates vanishing gradients.",
                    "Question 17",
                    "No. The state h(2), s(2) carries the earlier inputs, at t=1 it is zero.")));

    assertThat(item(g, "16/a").verdict()).isEqualTo(Verdict.CORRECT);
    assertThat(item(g, "16/d").foundText()).startsWith("I do not remember");
    assertThat(item(g, "16/d").feedback()).contains("taken by its place");
    assertThat(item(g, "16/e").points()).isEqualTo(2.0);
    assertThat(item(g, "17/same-output").points()).isEqualTo(1.5);
    assertThat(item(g, "17/same-output").feedback()).contains("taken by its content");
  }

  @Test
  void readsAScanAsAPlaceAnAnswerCouldBe() {
    Document scan =
        new Document(
            "scan.pdf",
            Format.PDF,
            List.of(),
            List.of(),
            List.of(
                new korrektor.document.Figure(
                    korrektor.document.Figure.Kind.IMAGE,
                    "image 1654x2339 on page 1",
                    Location.ofLine("scan.pdf", 1, 0))),
            1,
            List.of());

    Grading g = grader.grade(List.of(scan));

    assertThat(item(g, "16/b").verdict()).isEqualTo(Verdict.REVIEW);
    assertThat(item(g, "16/b").reason()).contains("scan.pdf has no text layer");
  }
}
