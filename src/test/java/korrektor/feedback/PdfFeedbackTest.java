package korrektor.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import korrektor.grade.ItemResult;
import korrektor.grade.Verdict;
import korrektor.result.Student;
import korrektor.result.SubmissionResult;
import korrektor.rubric.Reveal;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

class PdfFeedbackTest {
  private static byte[] pdf(Reveal reveal, SubmissionResult r) throws Exception {
    return PdfFeedback.render(FeedbackFixtures.rubric(reveal), r);
  }

  @Test
  void printsNamesWithUmlautsAndAccentsTheScoreAndEveryQuestion() throws Exception {
    SubmissionResult r = FeedbackFixtures.everyVerdict(false);
    String text = GoldenOutputsTest.pdfText(pdf(Reveal.TUTOR, r));
    assertThat(text)
        .contains(
            "Zoë Müller-Ångström", "Łukasz Wróbel, Ana Núñez", "Blatt 9 – Lösung.xlsx", "(Jürgen)")
        .contains("Score: " + MarkdownFeedback.num(r.score()) + " / 20 points")
        .contains(
            "Question 16: RNN recap",
            "Question 17: LSTM feed-forward",
            "Your values per step",
            "General remarks");
  }

  @Test
  void embedsEveryFont() throws Exception {
    try (PDDocument d = Loader.loadPDF(pdf(Reveal.STUDENT, FeedbackFixtures.everyVerdict(false)))) {
      int fonts = 0;
      for (PDPage p : d.getPages()) {
        for (COSName n : p.getResources().getFontNames()) {
          PDFont f = p.getResources().getFont(n);
          assertThat(f.isEmbedded()).as(f.getName()).isTrue();
          assertThat(f.getName()).contains("DejaVuSans");
          fonts++;
        }
      }
      assertThat(fonts).isPositive();
    }
  }

  @Test
  void drawsThePlotAsAnImage() throws Exception {
    try (PDDocument d = Loader.loadPDF(pdf(Reveal.TUTOR, FeedbackFixtures.everyVerdict(false)))) {
      long images = 0;
      for (PDPage p : d.getPages()) {
        for (COSName n : p.getResources().getXObjectNames()) {
          images++;
        }
      }
      assertThat(images).isEqualTo(1);
    }
  }

  @Test
  void embedsThePlotWithExactlyThePixelsDrawn() throws Exception {
    java.awt.image.BufferedImage chart =
        Charts.studentValues(
                FeedbackView.of(
                    FeedbackFixtures.rubric(Reveal.TUTOR), FeedbackFixtures.everyVerdict(false)))
            .orElseThrow()
            .image(2);
    try (PDDocument d = new PDDocument()) {
      java.awt.image.BufferedImage back = PdfPages.flateImage(d, chart).getImage();
      java.awt.image.BufferedImage pdfbox =
          org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(d, chart)
              .getImage();
      assertThat(back.getWidth()).isEqualTo(chart.getWidth());
      assertThat(back.getHeight()).isEqualTo(chart.getHeight());
      int w = chart.getWidth();
      int h = chart.getHeight();
      assertThat(back.getRGB(0, 0, w, h, null, 0, w))
          .isEqualTo(chart.getRGB(0, 0, w, h, null, 0, w))
          .isEqualTo(pdfbox.getRGB(0, 0, w, h, null, 0, w));
    }
  }

  @Test
  void keepsTheTransparencyOfAnImageThatHasSome() throws Exception {
    var image = new java.awt.image.BufferedImage(4, 3, java.awt.image.BufferedImage.TYPE_INT_ARGB);
    image.setRGB(1, 1, 0xff336699);
    try (PDDocument d = new PDDocument()) {
      var x = PdfPages.flateImage(d, image);
      assertThat(x.getSoftMask()).isNotNull();
      assertThat(x.getImage().getRGB(1, 1)).isEqualTo(0xff336699);
    }
  }

  @Test
  void wrapsLongTextOverSeveralPagesAndShowsEveryScript() throws Exception {
    SubmissionResult base = FeedbackFixtures.everyVerdict(false);
    List<ItemResult> items = new ArrayList<>(base.items());
    String essay = "Gradient clipping 漢字 🙂 rescales the gradient. ".repeat(120) + "ENDE";
    items.set(
        0,
        new ItemResult(
            "16",
            "a",
            null,
            null,
            null,
            Verdict.REVIEW,
            null,
            essay,
            null,
            0,
            2,
            "a-very-long-file-name-without-any-space-".repeat(6) + ".pdf p.1 l.4",
            null,
            essay,
            null,
            null,
            null,
            null));
    SubmissionResult r =
        FeedbackFixtures.result(new Student("271099", FeedbackFixtures.NAME), items);
    byte[] bytes = pdf(Reveal.TUTOR, r);
    try (PDDocument d = Loader.loadPDF(bytes)) {
      assertThat(d.getNumberOfPages()).isGreaterThanOrEqualTo(3);
    }
    String text = GoldenOutputsTest.pdfText(bytes);
    // 漢字 in a system font (PdfScriptsTest), a character no font has as its code; never "?"
    assertThat(text)
        .contains("Gradient clipping 漢字 ")
        .contains(" rescales")
        .doesNotContain("??")
        .contains("page 1 of");
  }

  @Test
  void isDeterministic() throws Exception {
    assertThat(pdf(Reveal.TUTOR, FeedbackFixtures.everyVerdict(false)))
        .isEqualTo(pdf(Reveal.TUTOR, FeedbackFixtures.everyVerdict(false)));
  }
}
