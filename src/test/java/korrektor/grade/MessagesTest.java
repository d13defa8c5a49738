package korrektor.grade;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MessagesTest {
  private static Properties bundle(String suffix) throws Exception {
    Properties p = new Properties();
    try (InputStream in =
        Messages.class.getResourceAsStream("/korrektor/i18n/messages" + suffix + ".properties")) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void everyEnglishMessageHasAGermanOneAndNoneIsLeftOver() throws Exception {
    Set<String> en = bundle("").stringPropertyNames();
    Set<String> de = bundle("_de").stringPropertyNames();
    assertThat(de).containsExactlyInAnyOrderElementsOf(en);
  }

  @Test
  void readsTheBundlesAsUtf8AndNeverFallsBackToTheSystemLocale() {
    java.util.Locale before = java.util.Locale.getDefault();
    try {
      java.util.Locale.setDefault(java.util.Locale.GERMAN);
      assertThat(Messages.of("en").get("doc.remarks")).isEqualTo("General remarks");
      assertThat(Messages.of("de").get("fb.labelHint")).contains("Größe");
    } finally {
      java.util.Locale.setDefault(before);
    }
  }

  @ParameterizedTest
  @CsvSource({"en, 'a, b and c'", "de, 'a, b und c'"})
  void joinsListsInTheLanguage(String language, String expected) {
    assertThat(Messages.of(language).list(java.util.List.of("a", "b", "c"))).isEqualTo(expected);
  }

  @Test
  void cutsTutorOnlyTextOutOfMessages() {
    assertThat(
            StudentText.of(
                "the name was not found; a tutor decides whether it counts (rubric policies.missingName: flag)"))
        .contains("the name was not found; a tutor decides whether it counts");
    assertThat(
            StudentText.of(
                "group submission: 0 points. If this is wrong, add '271107,integrity:none,,reason' to"
                    + " overrides.csv"))
        .contains("group submission: 0 points.");
    assertThat(StudentText.of("add '271107,integrity:group,,comment' to overrides.csv")).isEmpty();
  }
}
