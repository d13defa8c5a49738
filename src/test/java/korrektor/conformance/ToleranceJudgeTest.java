package korrektor.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import korrektor.rubric.Tolerance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ToleranceJudgeTest {

  // docs/rubric.md: {decimals: answer, minDecimals: 2, abs: 0.0005} for 0.390654
  @ParameterizedTest(name = "{0} → {2}")
  @CsvSource({
    "0.39, 2, true",
    "0.391, 3, true",
    "0.3907, 4, true",
    "0.39065, 5, true",
    "0.3906, 4, true",
    "0.3950, 4, false",
    "0.4, 1, false"
  })
  void followsTheDocumentedExamples(double written, int decimals, boolean accepted) {
    assertThat(ToleranceJudge.accepts(Tolerance.DEFAULT, written, decimals, 4, 0.390654))
        .isEqualTo(accepted);
  }
}
