package korrektor.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import korrektor.result.Student;
import korrektor.result.SubmissionResult;
import korrektor.rubric.Reveal;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ClassReportTest {
  /** Three submissions: most values right, every value off, and one that could not be read. */
  static List<SubmissionResult> batch() {
    SubmissionResult off = FeedbackFixtures.everyVerdict(true);
    off =
        new SubmissionResult(
            new Student("271098", "Émile Dubois"),
            off.files(),
            off.status(),
            off.messages(),
            off.score(),
            off.maxScore(),
            off.pendingPoints(),
            off.questions(),
            off.items(),
            off.checks());
    return List.of(
        FeedbackFixtures.everyVerdict(false), off, FeedbackFixtures.error("271010", "Tim Neumann"));
  }

  private static Document report() throws Exception {
    return Jsoup.parse(ClassReport.render(FeedbackFixtures.rubric(Reveal.STUDENT), batch()));
  }

  @Test
  void hasEverySectionInOrder() throws Exception {
    assertThat(report().select("main > section").eachAttr("id"))
        .containsExactly("scores", "items", "mistakes", "review", "errors");
  }

  @Test
  void drawsTheChartsAsInlineSvg() throws Exception {
    Document d = report();
    assertThat(d.select("#scores figure svg")).hasSize(1);
    assertThat(d.select("#items figure svg")).hasSize(1);
    assertThat(d.select("img[src^=http], link, script")).isEmpty();
  }

  @Test
  void givesTheShareOfEachVerdictPerItem() throws Exception {
    Element table = report().selectFirst("table#item-shares");
    assertThat(table.select("thead th").eachText())
        .containsExactly(
            "item",
            "correct",
            "partial",
            "follow-through",
            "alternative",
            "mistake",
            "wrong",
            "missing",
            "review");
    assertThat(table.select("tbody tr")).hasSize(28);
    // g@1: correct for one student, wrong for the other
    Element g1 =
        table.select("tbody tr").stream()
            .filter(r -> r.child(0).text().equals("17/forward/g@1"))
            .findFirst()
            .orElseThrow();
    assertThat(g1.child(1).text()).isEqualTo("50 % (1)");
    assertThat(g1.child(6).text()).isEqualTo("50 % (1)");
  }

  @Test
  void listsTheMostFrequentMistakesWithWhoMadeThem() throws Exception {
    Element first = report().selectFirst("table#named-mistakes tbody tr");
    assertThat(first.child(0).text()).isEqualTo("auto:candidate=tanh");
    assertThat(Integer.parseInt(first.child(1).text())).isGreaterThan(1);
    assertThat(first.child(2).text())
        .contains("Zoë Müller-Ångström (271099)")
        .contains("Émile Dubois (271098)");
    assertThat(report().select("table#wrong-items tbody tr")).isNotEmpty();
  }

  @Test
  void queuesEveryItemUnderReviewButNotOverriddenOnes() throws Exception {
    long expected =
        batch().stream()
            .flatMap(s -> s.items().stream())
            .filter(
                i ->
                    i.verdict() == korrektor.grade.Verdict.REVIEW
                        && !Boolean.TRUE.equals(i.overridden()))
            .count();
    assertThat(report().select("table#review-queue tbody tr")).hasSize((int) expected);
    assertThat(report().select("table#review-queue").text()).doesNotContain("16/c");
  }

  @Test
  void listsErrorsWithTheirReasons() throws Exception {
    assertThat(report().select("table#error-list tbody tr").eachText())
        .anyMatch(t -> t.contains("Tim Neumann") && t.contains("damaged"));
  }

  @Test
  void isDeterministic() throws Exception {
    var rubric = FeedbackFixtures.rubric(Reveal.TUTOR);
    assertThat(ClassReport.render(rubric, batch())).isEqualTo(ClassReport.render(rubric, batch()));
  }
}
