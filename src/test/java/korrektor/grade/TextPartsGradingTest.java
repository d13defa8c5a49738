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

/** Q16 and "same output?" located in a document by their labels and graded by the sheet 9 rubric. */
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
    Grading g = grader.grade(List.of(lines(
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
  void queuesAnUnsureAnswerForReviewWithItsReason() {
    Grading g = grader.grade(List.of(lines("Some words here for the prose check.",
        "And another line of ordinary prose text.", "16 d) it vanishes")));

    ItemResult d = item(g, "16/d");
    assertThat(d.verdict()).isEqualTo(Verdict.REVIEW);
    assertThat(d.reason()).contains("too short");
    assertThat(g.status()).isEqualTo(Grading.Status.NEEDS_REVIEW);
  }
}
