package korrektor.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import korrektor.result.IntegrityDecision;
import korrektor.result.SubmissionResult;
import korrektor.rubric.Reveal;
import org.junit.jupiter.api.Test;

/**
 * What a student reads of a result: nothing meant for the tutor, nothing untrue about the score.
 */
class StudentViewTest {
  private static SubmissionResult cappedByGroupPolicy() {
    SubmissionResult r = FeedbackFixtures.everyVerdict(false);
    String reason = "group submission: the sheet names several authors (Zoë, Łukasz)";
    return r.withIntegrity(
        new IntegrityDecision(IntegrityDecision.Kind.GROUP, "sheet", 0, reason),
        true,
        reason
            + "; the rubric's policy gives 0 points and counts it as participation. If this is wrong, add '271099,"
            + "integrity:none,,reason' to overrides.csv");
  }

  @Test
  void aStudentCappedAtZeroSeesItemsAsNotCountedAndNoPromiseOfMorePoints() throws Exception {
    FeedbackView v =
        FeedbackView.of(FeedbackFixtures.rubric(Reveal.STUDENT), cappedByGroupPolicy());
    assertThat(v.score()).isEqualTo("0");
    assertThat(v.pendingPoints()).isZero();
    assertThat(v.questions()).allSatisfy(q -> assertThat(q.score()).isEqualTo("0"));
    assertThat(
            v.questions().stream()
                .flatMap(q -> q.parts().stream())
                .flatMap(p -> p.rows().stream())
                .filter(r -> !r.points().startsWith("0 /") && !r.points().startsWith("(0 /")))
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.points()).endsWith("not counted"));
    assertThat(String.join(" ", v.remarks()))
        .doesNotContain("may go up", "overrides.csv", "integrity:")
        .contains("set to 0 points");
  }

  @Test
  void feedbackFilesHoldNoTutorOnlyText() throws Exception {
    SubmissionResult r =
        cappedByGroupPolicy()
            .withMessage(
                "the student's name (Zoë) or id was not found on the sheet;"
                    + " a tutor decides whether it counts (rubric policies.missingName: flag)");
    for (Reveal reveal : Reveal.values()) {
      var rubric = FeedbackFixtures.rubric(reveal);
      String all =
          MarkdownFeedback.render(rubric, r)
              + HtmlFeedback.render(rubric, r)
              + GoldenOutputsTest.pdfText(PdfFeedback.render(rubric, r));
      assertThat(korrege(all)).as(reveal.id()).isEmpty();
      assertThat(all).contains("a tutor decides whether it counts");
    }
  }

  @Test
  void markdownShowsTheLabelHintAsWritten() throws Exception {
    String md =
        MarkdownFeedback.render(
            FeedbackFixtures.rubric(Reveal.STUDENT),
            FeedbackFixtures.everyVerdict(false)
                .withMessage("label each value, e.g. h(2) = <your value>"));
    assertThat(md).doesNotContain("&lt;your value").contains("h(2) = ‹your value>");
  }

  private static java.util.Optional<String> korrege(String text) {
    return korrektor.grade.StudentText.marker(text);
  }
}
