package korrektor.document.numbering;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LabelTemplateTest {

  private static final NumberStyle[] LETTER_ROMAN_DECIMAL = {
    NumberStyle.LOWER_LETTER, NumberStyle.LOWER_ROMAN, NumberStyle.DECIMAL
  };

  private static String render(LabelTemplate template, int... numbers) {
    return template.render(numbers, level -> LETTER_ROMAN_DECIMAL[level]);
  }

  @Test
  void wordPlaceholdersTakeEachLevelsOwnStyle() {
    assertThat(render(LabelTemplate.word("%1)"), 2)).isEqualTo("b)");
    assertThat(render(LabelTemplate.word("(%2)"), 2, 3)).isEqualTo("(iii)");
    assertThat(render(LabelTemplate.word("%1.%2.%3"), 2, 2, 1)).isEqualTo("b.ii.1");
    assertThat(render(LabelTemplate.word("Step %3:"), 1, 1, 4)).isEqualTo("Step 4:");
    assertThat(render(LabelTemplate.word("100%"), 1)).isEqualTo("100%");
  }

  @Test
  void openDocumentFormatsAndDisplayLevels() {
    assertThat(render(LabelTemplate.odf("%1%)"), 3)).isEqualTo("c)");
    assertThat(render(LabelTemplate.odf("%1%.%2%.%3%"), 2, 2, 1)).isEqualTo("b.ii.1");
    assertThat(render(LabelTemplate.levels("(", 1, 1, ")"), 1, 4)).isEqualTo("(iv)");
    assertThat(render(LabelTemplate.levels("", 2, 3, ""), 1, 2, 3)).isEqualTo("a.ii.3");
    assertThat(render(LabelTemplate.levels("", 2, 2, "."), 1, 2, 3)).isEqualTo("ii.3.");
  }

  @Test
  void docNumberTextHasLevelCharactersAsPlaceholders() {
    assertThat(render(LabelTemplate.doc("\u0000)"), 5)).isEqualTo("e)");
    assertThat(render(LabelTemplate.doc("\u0000.\u0001"), 1, 3)).isEqualTo("a.iii");
  }

  @Test
  void givesNoLabelForAPlaceholderOfADeeperLevelOrANumberItsStyleCannotWrite() {
    assertThat(render(LabelTemplate.word("%2)"), 1)).isNull();
    assertThat(render(LabelTemplate.word("%1)"), 0)).isNull();
    assertThat(LabelTemplate.word("%1.").render(new int[] {1}, level -> null)).isNull();
  }
}
