package korrektor.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every page escapes HTML with {@code korrektor.feedback.Html.escape}: no other class of the main
 * code writes {@code &lt;} for {@code <} itself (Markdown feedback escapes Markdown, which includes
 * {@code <}, and is the one other writer).
 */
class OneHtmlEscaperTest {
  private static final Pattern ESCAPES_LT =
      Pattern.compile(
          "'<'\\s*->\\s*\\w+\\.append\\(\"&lt;\"\\)"
              + "|replace\\(\"<\",\\s*\"&lt;\"\\)|case '<'.*&lt;");

  @Test
  void onlyHtmlAndMarkdownFeedbackEscapeTheLessThanSign() throws IOException {
    List<String> escaping;
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      escaping =
          files
              .filter(p -> p.toString().endsWith(".java"))
              .filter(
                  p -> {
                    try {
                      return ESCAPES_LT.matcher(Files.readString(p, StandardCharsets.UTF_8)).find();
                    } catch (IOException e) {
                      throw new java.io.UncheckedIOException(e);
                    }
                  })
              .map(p -> p.getFileName().toString())
              .sorted()
              .toList();
    }

    assertThat(escaping).containsExactly("Html.java", "MarkdownFeedback.java");
  }
}
