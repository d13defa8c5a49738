package korrektor.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumbersTest {

  @ParameterizedTest(name = "\"{0}\" reads as {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "0.3907   | 0.3907",
        "0,3907   | 0.3907",
        ".39      | 0.39",
        "3.907e-1 | 0.3907",
        "3,907E-1 | 0.3907",
        "-0.3     | -0.3",
        "1.5·10^-2 | 0.015",
        "≈ 0.39   | 0.39",
        "~0.39    | 0.39"
      })
  void readsTheCommonWritingsOfOneNumber(String text, double expected) {
    assertThat(Numbers.whole(text))
        .hasValueSatisfying(n -> assertThat(n.value()).isCloseTo(expected, within(1e-12)));
  }

  @Test
  void readsUnicodeMinusAfterNormalising() {
    String text = Text.normalize("\u22120.3");
    assertThat(text).isEqualTo("-0.3");
    assertThat(Numbers.whole(text)).hasValueSatisfying(n -> assertThat(n.value()).isEqualTo(-0.3));
    assertThat(Numbers.findAll("h = " + text))
        .singleElement()
        .satisfies(n -> assertThat(n.value()).isEqualTo(-0.3));
  }

  @Test
  void wholeRejectsTextAroundTheNumber() {
    assertThat(Numbers.whole("0.39 V")).isEmpty();
    assertThat(Numbers.whole("h = 0.39")).isEmpty();
    assertThat(Numbers.whole("12%")).hasValueSatisfying(n -> assertThat(n.value()).isEqualTo(0.12));
  }

  @ParameterizedTest(name = "\"{0}\": {1} decimals, {2} significant figures")
  @CsvSource(
      delimiter = '|',
      value = {
        "0.3907   | 4 | 4",
        "0,3907   | 4 | 4",
        "0.0051   | 4 | 2",
        ".39      | 2 | 2",
        "0.390    | 3 | 3",
        "12.5     | 1 | 3",
        "3.907e-1 | 4 | 4",
        "3,907E-1 | 4 | 4",
        "42       | 0 | 2"
      })
  void countsDecimalsAndSignificantFiguresAsWritten(String text, int decimals, int sigfigs) {
    NumberToken n = Numbers.whole(text).orElseThrow();
    assertThat(n.decimals()).as("decimals").isEqualTo(decimals);
    assertThat(n.sigfigs()).as("sigfigs").isEqualTo(sigfigs);
  }

  @Test
  void keepsTheRawText() {
    List<NumberToken> all = Numbers.findAll("h(2) = 0,3907 ok");
    assertThat(all).extracting(NumberToken::raw).containsExactly("2", "0,3907");
    assertThat(all.get(1).end()).isEqualTo(13);
  }

  @Test
  void startsTheOffsetAtTheFirstCharacterOfTheNumber() {
    String text = "h = 0,3907 ok";
    NumberToken n = Numbers.findAll(text).get(0);
    assertThat(n.start()).isEqualTo(4);
    assertThat(text.substring(n.start(), n.end())).isEqualTo(n.raw());
  }

  @Test
  void findsNoNumberInALabelWithAnAttachedDigit() {
    assertThat(Numbers.findAll("h2")).isEmpty();
    assertThat(Numbers.findAll("x_1")).isEmpty();
    assertThat(Numbers.whole("h2")).isEmpty();
  }

  @Test
  void readsAListWithCommaAndSpaceAsTwoNumbers() {
    List<NumberToken> all = Numbers.findAll("(0.5, 0.3)");
    assertThat(all).extracting(NumberToken::value).containsExactly(0.5, 0.3);
  }

  @Test
  void readsADecimalCommaWithoutSpaceAsOneNumber() {
    assertThat(Numbers.findAll("(0,5)")).extracting(NumberToken::value).containsExactly(0.5);
  }

  @Test
  void tellsIntegersFromDecimals() {
    assertThat(Numbers.whole("3").orElseThrow().isInteger()).isTrue();
    assertThat(Numbers.whole("3.0").orElseThrow().isInteger()).isFalse();
    assertThat(Numbers.whole("3,0").orElseThrow().isInteger()).isFalse();
  }
}
