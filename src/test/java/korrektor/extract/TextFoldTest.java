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
}
