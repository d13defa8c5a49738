package korrektor.grade;

import static org.assertj.core.api.Assertions.assertThat;

import korrektor.extract.NumberToken;
import korrektor.extract.Numbers;
import korrektor.rubric.Tolerance;
import korrektor.rubric.Tolerance.Combine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ToleranceCheckTest {

  private static Tolerance absRel(Double abs, Double rel) {
    return new Tolerance(abs, rel, null, false, 0, null, false, 1, Combine.ANY);
  }

  private static Tolerance decimalsFromAnswer(int min) {
    return new Tolerance(null, null, null, true, min, null, false, 1, Combine.ANY);
  }

  private static Tolerance decimals(int n) {
    return new Tolerance(null, null, n, false, 0, null, false, 1, Combine.ANY);
  }

  private static Tolerance sigfigs(int n) {
    return new Tolerance(null, null, null, false, 0, n, false, 1, Combine.ANY);
  }

  private static Tolerance sigfigsFromAnswer(int min) {
    return new Tolerance(null, null, null, false, 0, null, true, min, Combine.ANY);
  }

  private static NumberToken n(String written) {
    return Numbers.whole(written).orElseThrow();
  }

  @ParameterizedTest(name = "abs {0}, rel {1}: {2} vs {3} -> {4}")
  @CsvSource(
      nullValues = "-",
      value = {
        "0.001, -,    0.391,  0.39, true",
        "0.001, -,    0.3911, 0.39, false",
        "0.001, -,    0.389,  0.39, true",
        "-,     0.01, 2.02,   2.0,  true",
        "-,     0.01, 2.0201, 2.0,  false",
        "-,     0.01, -2.02,  -2.0, true",
        "0.001, 0.01, 1.011,  1.0,  true",
        "0.001, 0.01, 1.0115, 1.0,  false"
      })
  void acceptsWithinAbsolutePlusRelativeTolerance(
      Double abs, Double rel, String found, double expected, boolean ok) {
    assertThat(ToleranceCheck.accepts(absRel(abs, rel), n(found), expected)).isEqualTo(ok);
  }

  @ParameterizedTest(name = "{0} vs {1} (decimals from the answer, min {2}) -> {3}")
  @CsvSource({
    "0.39,   0.39065, 2, true",
    "0.3907, 0.39065, 2, true",
    "0.3906, 0.39065, 2, true",
    "0.3905, 0.39065, 2, false",
    "0.3950, 0.39065, 2, false",
    "0.395,  0.39065, 2, false",
    "0.6,    0.57568, 2, false",
    "0.6,    0.57568, 1, true",
    "0.58,   0.57568, 2, true",
    "0.57,   0.57568, 2, false",
    "'0,3907', 0.39065, 2, true"
  })
  void acceptsWithinTheRoundingOfTheDigitsWritten(
      String found, double expected, int minDecimals, boolean ok) {
    assertThat(ToleranceCheck.accepts(decimalsFromAnswer(minDecimals), n(found), expected))
        .isEqualTo(ok);
  }

  @ParameterizedTest(name = "{0} vs {1} (3 decimals) -> {2}")
  @CsvSource({
    "0.391, 0.39065, true",
    "0.3913, 0.39065, false",
    "0.39, 0.39065, false",
    "0.3901, 0.39065, false"
  })
  void acceptsWithinAFixedNumberOfDecimals(String found, double expected, boolean ok) {
    assertThat(ToleranceCheck.accepts(decimals(3), n(found), expected)).isEqualTo(ok);
  }

  @ParameterizedTest(name = "{0} vs {1} ({2} sigfigs) -> {3}")
  @CsvSource({
    "0.0051, 0.0051234, 2, true",
    "0.0052, 0.0051234, 2, false",
    "120,    123.4,     2, true",
    "130,    123.4,     2, false",
    "0.3907, 0.39065,   4, true",
    "0.3910, 0.39065,   4, false"
  })
  void acceptsWithinAFixedNumberOfSignificantFigures(
      String found, double expected, int sigfigs, boolean ok) {
    assertThat(ToleranceCheck.accepts(sigfigs(sigfigs), n(found), expected)).isEqualTo(ok);
  }

  @Test
  void takesSignificantFiguresFromTheAnswerAtLeastTheMinimum() {
    assertThat(ToleranceCheck.accepts(sigfigsFromAnswer(1), n("0.005"), 0.0051234)).isTrue();
    assertThat(ToleranceCheck.accepts(sigfigsFromAnswer(1), n("0.0052"), 0.0051234)).isFalse();
    // one significant figure written, but at least two are judged
    assertThat(ToleranceCheck.accepts(sigfigsFromAnswer(2), n("0.005"), 0.0051234)).isFalse();
  }

  @Test
  void combinesRulesWithAnyOrAll() {
    Tolerance any = new Tolerance(0.01, null, 3, false, 0, null, false, 1, Combine.ANY);
    Tolerance all = new Tolerance(0.01, null, 3, false, 0, null, false, 1, Combine.ALL);
    // |0.395 - 0.39065| = 0.00435: within abs 0.01, not within 3 decimals (0.00051)
    assertThat(ToleranceCheck.accepts(any, n("0.395"), 0.39065)).isTrue();
    assertThat(ToleranceCheck.accepts(all, n("0.395"), 0.39065)).isFalse();
    // within both
    assertThat(ToleranceCheck.accepts(all, n("0.391"), 0.39065)).isTrue();
    // within neither
    assertThat(ToleranceCheck.accepts(any, n("0.41"), 0.39065)).isFalse();
  }

  @Test
  void defaultAcceptsTruncationAndRejectsTooFewDecimals() {
    assertThat(ToleranceCheck.accepts(Tolerance.DEFAULT, n("0.3906"), 0.39065)).isTrue();
    assertThat(ToleranceCheck.accepts(Tolerance.DEFAULT, n("0.39"), 0.39065)).isTrue();
    assertThat(ToleranceCheck.accepts(Tolerance.DEFAULT, n("0.6"), 0.57568)).isFalse();
    assertThat(ToleranceCheck.accepts(Tolerance.DEFAULT, n("0.3950"), 0.39065)).isFalse();
  }

  @Test
  void withoutRulesAcceptsOnlyTheExactValue() {
    Tolerance none = new Tolerance(null, null, null, false, 0, null, false, 1, Combine.ANY);
    assertThat(ToleranceCheck.accepts(none, n("0.5"), 0.5)).isTrue();
    assertThat(ToleranceCheck.accepts(none, n("0.5001"), 0.5)).isFalse();
  }
}
