package korrektor.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import korrektor.result.Student;
import korrektor.result.SubmissionResult;
import korrektor.rubric.Reveal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Names in every script reach the PDF as themselves: Vietnamese and Arabic in DejaVu Sans, Chinese,
 * Japanese and Korean in a TrueType font found on the system (.ci/run installs fonts-droid-fallback
 * and fonts-nanum); never as {@code ?}, and a character no font has is reported and shown as its
 * code.
 */
class PdfScriptsTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Nguyễn Thị Lan",
        "王芳",
        "伊藤 さくら",
        "김민준",
        "محمد الرشيد",
        "Ayşe Yılmaz",
        "Dvořáková"
      })
  void printsEveryNameInItsOwnScript(String name) throws Exception {
    SubmissionResult r =
        FeedbackFixtures.result(
            new Student("5599001", name), FeedbackFixtures.everyVerdict(false).items());
    String text =
        GoldenOutputsTest.pdfText(PdfFeedback.render(FeedbackFixtures.rubric(Reveal.STUDENT), r));
    assertThat(text).doesNotContain("?" + "?").doesNotContain("[U+");
    String letters = name.replace(" ", "");
    if (name.chars()
        .anyMatch(
            c -> Character.getDirectionality(c) == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC)) {
      // the text layer of a right-to-left name may come back in either order; every letter is there
      letters
          .codePoints()
          .forEach(cp -> assertThat(text).contains(new String(Character.toChars(cp))));
    } else {
      assertThat(text.replace(" ", "")).contains(letters);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"\uD83E\uDDEA Test"})
  void showsTheCodeOfACharacterNoFontHasAndReportsIt(String name) throws Exception {
    FallbackFonts.clearMissing();
    SubmissionResult r = FeedbackFixtures.result(new Student("5599002", name), List.of());
    String text =
        GoldenOutputsTest.pdfText(PdfFeedback.render(FeedbackFixtures.rubric(Reveal.STUDENT), r));
    if (FallbackFonts.fontFor(name.codePointAt(0)) < 0) {
      assertThat(text).contains("[U+1F9EA]").doesNotContain("?");
      assertThat(PdfFeedback.missingCharacters()).contains("U+1F9EA");
    }
  }
}
