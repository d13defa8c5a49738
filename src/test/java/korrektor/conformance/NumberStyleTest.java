package korrektor.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberStyleTest {
  private static final Map<String, NumberStyle> STYLES =
      NumberStyle.ALL.stream().collect(Collectors.toMap(NumberStyle::id, s -> s));

  @ParameterizedTest(name = "{0}: {1} → {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "plain4                | 0.57688526 | 0.5769         | 0.5769 | 4",
        "comma4                | 0.57688526 | 0,5769         | 0.5769 | 4",
        "no-leading-zero       | 0.57688526 | .5769          | 0.5769 | 4",
        "comma-no-leading-zero | 0.57688526 | ,5769          | 0.5769 | 4",
        "scientific            | 0.57688526 | 5.769e-01      | 0.5769 | 4",
        "scientific-comma      | 0.57688526 | 5,769E-1       | 0.5769 | 4",
        "percent               | 0.57688526 | 57.69%         | 0.5769 | 4",
        "approx                | 0.57688526 | ≈0.58          | 0.58   | 2",
        "unicode-minus         | -0.3       | −0.3000        | -0.3   | 4",
        "truncated             | 0.39065400 | 0.3906         | 0.3906 | 4",
        "full                  | 0.57688526113207 | 0.57688526113 | 0.57688526113 | 11"
      })
  void writesNumbersAsStudentsDo(
      String style, double value, String text, double meant, int decimals) {
    Written w = STYLES.get(style).write(value, true);
    assertThat(w.text()).isEqualTo(text);
    assertThat(w.value()).isEqualTo(meant);
    assertThat(w.decimals()).isEqualTo(decimals);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"0.3907, 0.3907", "0.577, 0.577", "0.5, 0.5"})
  void pythonRoundDropsTrailingZeros(double value, String text) {
    assertThat(NumberStyle.PY_ROUND4.write(value, false).text()).isEqualTo(text);
  }
}
