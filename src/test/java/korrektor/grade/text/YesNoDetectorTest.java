package korrektor.grade.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class YesNoDetectorTest {
  @ParameterizedTest(name = "''{0}'' says {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "No, because the state carries memory. | NO",
        "Nein, da der Zustand sich ändert. | NO",
        "not the same, h(2) is not zero | NO",
        "The outputs are different. | NO",
        "Die Ausgaben sind unterschiedlich. | NO",
        "They are not identical because of the memory | NO",
        "Yes, the same weights are used. | YES",
        "Ja, gleiche Eingabe. | YES",
        "They are the same because x is 0.7 both times | YES",
        "output(1) = 0.53, output(3) = 0.61 | UNCLEAR",
        "The LSTM remembers things. | UNCLEAR"
      })
  void readsTheAnswer(String answer, YesNoDetector.Answer expected) {
    assertThat(YesNoDetector.detect(answer)).isEqualTo(expected);
  }
}
