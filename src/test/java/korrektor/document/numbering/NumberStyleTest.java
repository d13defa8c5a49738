package korrektor.document.numbering;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberStyleTest {

  @ParameterizedTest(name = "{1} in {0} is {2}")
  @CsvSource({
    "DECIMAL, 7, 7",
    "DECIMAL, 0, 0",
    "DECIMAL_ZERO, 7, 07",
    "DECIMAL_ZERO, 12, 12",
    "LOWER_LETTER, 1, a",
    "LOWER_LETTER, 5, e",
    "LOWER_LETTER, 26, z",
    "LOWER_LETTER, 27, aa",
    "LOWER_LETTER, 28, bb",
    "UPPER_LETTER, 3, C",
    "UPPER_LETTER, 53, AAA",
    "LOWER_ALPHA, 27, aa",
    "LOWER_ALPHA, 28, ab",
    "LOWER_ALPHA, 702, zz",
    "UPPER_ALPHA, 703, AAA",
    "LOWER_ROMAN, 1, i",
    "LOWER_ROMAN, 4, iv",
    "LOWER_ROMAN, 9, ix",
    "LOWER_ROMAN, 14, xiv",
    "UPPER_ROMAN, 1994, MCMXCIV",
    "UPPER_ROMAN, 3999, MMMCMXCIX"
  })
  void writesNumbersAsWordProcessorsShowThem(NumberStyle style, int n, String shown) {
    assertThat(style.format(n)).isEqualTo(shown);
  }

  @ParameterizedTest(name = "{1} in {0} cannot be written")
  @CsvSource({
    "LOWER_LETTER, 0",
    "LOWER_LETTER, -3",
    "LOWER_LETTER, 2147483647",
    "LOWER_ALPHA, 0",
    "LOWER_ROMAN, 0",
    "UPPER_ROMAN, 4000"
  })
  void givesNoLabelForNumbersAStyleCannotWrite(NumberStyle style, int n) {
    assertThat(style.format(n)).isNull();
  }

  @ParameterizedTest
  @CsvSource({"BULLET", "NONE"})
  void bulletsAndNoneWriteNoNumber(NumberStyle style) {
    assertThat(style.format(3)).isEmpty();
  }
}
