package korrektor.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownEscapingTest {
  @Test
  void quotedTextCannotBecomeMarkup() {
    assertThat(MarkdownFeedback.text("<img src=x onerror=alert(1)>"))
        .isEqualTo("&lt;img src=x onerror=alert(1)&gt;");
    assertThat(MarkdownFeedback.text("[click](javascript:alert(1))"))
        .isEqualTo("\\[click\\](javascript:alert(1))");
    assertThat(MarkdownFeedback.text("a|b\nc")).isEqualTo("a\\|b c");
    assertThat(MarkdownFeedback.text("271001_Anna_Becker.xlsx"))
        .isEqualTo("271001_Anna_Becker.xlsx");
  }
}
