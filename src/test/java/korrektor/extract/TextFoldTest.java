package korrektor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextFoldTest {

  @Test
  void spellsOutUmlautsAndDropsOtherAccents() {
    assertThat(Text.fold("Jörg Müßig, Café Ärger")).isEqualTo("joerg muessig, cafe aerger");
  }

  @Test
  void onlyLowerCasesPlainAscii() {
    assertThat(Text.fold("Worked WITH Tom-Berger_2")).isEqualTo("worked with tom-berger_2");
  }

  @Test
  void callsBlankExactlyWhatTheBlankClassOfAPatternMatches() {
    java.util.regex.Pattern blank = java.util.regex.Pattern.compile("\\s");
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      assertThat(Text.isPatternBlank(c))
          .as("U+%04X", (int) c)
          .isEqualTo(blank.matcher(String.valueOf(c)).matches());
    }
  }
}
