package korrektor.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import korrektor.grade.ItemResult;
import korrektor.result.SubmissionResult;
import korrektor.rubric.Reveal;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class HtmlFeedbackTest {
  private static Document page(Reveal reveal) throws Exception {
    return Jsoup.parse(
        HtmlFeedback.render(FeedbackFixtures.rubric(reveal), FeedbackFixtures.everyVerdict(false)));
  }

  @Test
  void showsSheetStudentAndScoreWithUmlautsAsWritten() throws Exception {
    Document d = page(Reveal.TUTOR);
    SubmissionResult r = FeedbackFixtures.everyVerdict(false);
    assertThat(d.select("html").attr("lang")).isEqualTo("en");
    assertThat(d.selectFirst("meta[charset]").attr("charset")).isEqualToIgnoringCase("utf-8");
    assertThat(d.selectFirst("meta[name=viewport]")).isNotNull();
    assertThat(d.selectFirst("h1#student").text()).isEqualTo("Zoë Müller-Ångström");
    assertThat(d.selectFirst(".sheet").text()).isEqualTo("Deep Learning, exercise sheet 9");
    assertThat(d.selectFirst("#score").text())
        .isEqualTo("Score: " + MarkdownFeedback.num(r.score()) + " / 20 points");
  }

  @Test
  void hasASectionPerQuestionAndARowPerItem() throws Exception {
    Document d = page(Reveal.TUTOR);
    assertThat(d.select("section.question").eachAttr("id")).containsExactly("q-16", "q-17");
    assertThat(d.select("tr[data-item]"))
        .hasSize(FeedbackFixtures.everyVerdict(false).items().size());
    assertThat(d.selectFirst("#q-17-forward table").select("thead th").eachText())
        .containsExactly(
            "item",
            "your value",
            "expected",
            "where it was found",
            "verdict",
            "points",
            "explanation");
    assertThat(d.select("tr[data-item=17/forward/h@2] td").eachText())
        .contains("h at t=2", "0.39065");
  }

  @Test
  void drawsThePlotAndListsTheGeneralRemarks() throws Exception {
    Document d = page(Reveal.TUTOR);
    assertThat(d.select("#plot figure svg")).hasSize(1);
    assertThat(d.select("#remarks li").eachText())
        .anyMatch(t -> t.contains("'Notizen'"))
        .anyMatch(t -> t.contains("Łukasz Wróbel, Ana Núñez"));
  }

  @Test
  void escapesWhatStudentsWrote() throws Exception {
    Document d = page(Reveal.STUDENT);
    assertThat(d.select("script")).isEmpty();
    assertThat(d.select("tr[data-item=16/a] td.value").text())
        .contains("<script>alert('x')</script> & more");
  }

  @Test
  void marksTutorDecisionsAndShowsTheirComments() throws Exception {
    Document d = page(Reveal.STUDENT);
    assertThat(d.select("tr[data-item=16/c] .verdict").text()).isEqualTo("review (tutor)");
    assertThat(d.select("tr[data-item=16/c]").text())
        .contains("1.5 / 2")
        .contains("Tutor: good, but why? (Jürgen)");
  }

  @Test
  void namesTheMistakeOfAMisconception() throws Exception {
    ItemResult m =
        FeedbackFixtures.everyVerdict(false).items().stream()
            .filter(i -> i.verdict() == korrektor.grade.Verdict.MISCONCEPTION)
            .findFirst()
            .orElseThrow();
    assertThat(page(Reveal.STUDENT).select("tr[data-item=" + m.id() + "] .verdict").text())
        .isEqualTo("misconception: auto:candidate=tanh");
  }

  @Test
  void isSelfContained() throws Exception {
    Document d = page(Reveal.TUTOR);
    assertThat(d.select("link, script, img[src], iframe")).isEmpty();
    assertThat(d.select("style")).hasSize(1);
  }

  @Test
  void isDeterministic() throws Exception {
    var rubric = FeedbackFixtures.rubric(Reveal.TUTOR);
    assertThat(HtmlFeedback.render(rubric, FeedbackFixtures.everyVerdict(false)))
        .isEqualTo(HtmlFeedback.render(rubric, FeedbackFixtures.everyVerdict(false)));
  }

  @Test
  void explainsAnUnreadableSubmission() throws Exception {
    Document d =
        Jsoup.parse(
            HtmlFeedback.render(
                FeedbackFixtures.rubric(Reveal.STUDENT),
                FeedbackFixtures.error("271010", "Tim Neumann")));
    assertThat(d.select("section.question")).isEmpty();
    assertThat(d.select("#remarks li").eachText()).anyMatch(t -> t.contains("damaged"));
  }
}
