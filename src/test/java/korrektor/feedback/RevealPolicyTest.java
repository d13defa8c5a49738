package korrektor.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import korrektor.grade.ItemResult;
import korrektor.result.SubmissionResult;
import korrektor.rubric.Reveal;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Under {@code reveal: student} no expected value appears in the feedback, at any common precision:
 * the submission used writes every value 0.1234 off the reference, so an expected value in the text
 * (as a whole number) came from Korrektor. Charts are checked through what they are drawn from.
 */
class RevealPolicyTest {
  private static final SubmissionResult OFF = FeedbackFixtures.everyVerdict(true);

  /** Every expected value at 2 to 6 decimals, with a decimal point and with a decimal comma. */
  static Stream<String> expectedSpellings() {
    List<String> out = new ArrayList<>();
    for (ItemResult i : OFF.items()) {
      if (i.expected() == null) {
        continue;
      }
      for (int d = 2; d <= 6; d++) {
        String s = String.format(Locale.ROOT, "%." + d + "f", i.expected());
        out.add(s);
        out.add(s.replace('.', ','));
        out.add(s.substring(1)); // ".577"
      }
    }
    return out.stream().distinct();
  }

  private static String studentHtml;
  private static String studentPdf;

  /**
   * The page's text and every attribute value; the style sheet and the chart's coordinates left
   * out.
   */
  private static String htmlText(Reveal reveal) throws Exception {
    Document d = Jsoup.parse(HtmlFeedback.render(FeedbackFixtures.rubric(reveal), OFF));
    d.select("svg, style").remove(); // chart coordinates are not values; the chart is checked below
    StringBuilder s = new StringBuilder(d.text());
    d.getAllElements()
        .forEach(e -> e.attributes().forEach(a -> s.append('\n').append(a.getValue())));
    return s.toString();
  }

  @BeforeAll
  static void render() throws Exception {
    studentHtml = htmlText(Reveal.STUDENT);
    studentPdf =
        GoldenOutputsTest.pdfText(PdfFeedback.render(FeedbackFixtures.rubric(Reveal.STUDENT), OFF));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("expectedSpellings")
  void studentModeHtmlAndPdfHideTheExpectedValue(String spelled) {
    // as a whole number: "0.54" inside the student's own "0.5459" reveals nothing
    Pattern number = Pattern.compile("(?<![\\d.,])" + Pattern.quote(spelled) + "(?!\\d)");
    assertThat(studentHtml).doesNotContainPattern(number);
    assertThat(studentPdf).doesNotContainPattern(number);
  }

  @ParameterizedTest
  @EnumSource(
      value = Reveal.class,
      names = {"TUTOR", "AFTER_DEADLINE"})
  void tutorAndAfterDeadlineShowEveryExpectedValue(Reveal reveal) throws Exception {
    String html = htmlText(reveal);
    String pdf =
        GoldenOutputsTest.pdfText(PdfFeedback.render(FeedbackFixtures.rubric(reveal), OFF));
    for (ItemResult i : OFF.items()) {
      if (i.expected() != null) {
        assertThat(html).contains(FeedbackView.value(i.expected()));
        assertThat(pdf).contains(FeedbackView.value(i.expected()));
      }
    }
  }

  @Test
  void studentModePlotHasNoReferenceLine() throws Exception {
    FeedbackView v = FeedbackView.of(FeedbackFixtures.rubric(Reveal.STUDENT), OFF);
    assertThat(v.points()).isNotEmpty().allMatch(p -> p.expected() == null);
    assertThat(v.questions())
        .flatMap(FeedbackView.QuestionView::parts)
        .flatMap(FeedbackView.PartView::rows)
        .allMatch(r -> r.expected() == null);
    assertThat(Charts.studentValues(v).orElseThrow().svg("t-")).doesNotContain("reference");
    FeedbackView tutor = FeedbackView.of(FeedbackFixtures.rubric(Reveal.TUTOR), OFF);
    assertThat(Charts.studentValues(tutor).orElseThrow().svg("t-")).contains("reference");
  }

  @Test
  void studentModeHidesTheTutorsReasonsWhichQuoteExpectedValues() throws Exception {
    assertThat(htmlText(Reveal.STUDENT))
        .doesNotContain("just outside the tolerance:")
        .doesNotContain("Why a tutor looks");
    assertThat(htmlText(Reveal.TUTOR)).contains("Why a tutor looks: just outside the tolerance:");
  }

  @Test
  void studentModeHasNoExpectedColumn() throws Exception {
    Document d = Jsoup.parse(HtmlFeedback.render(FeedbackFixtures.rubric(Reveal.STUDENT), OFF));
    assertThat(d.select("th").eachText()).doesNotContain("expected");
    assertThat(d.select("footer").text())
        .contains("expected values are published after the deadline");
  }
}
