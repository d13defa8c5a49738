package korrektor.grade;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FeedbackNumbersTest {

  /**
   * What the feedback printed before it avoided {@code String.format}: five decimals, zeros
   * dropped.
   */
  private static String viaFormat(double v) {
    return String.format(Locale.ROOT, "%.5f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
  }

  @Test
  void printsValuesWithAtMostFiveDecimalsAsFormatterDoes() {
    Random random = new Random(3);
    for (int n = 0; n < 200_000; n++) {
      double v =
          switch (n % 4) {
            case 0 -> random.nextGaussian();
            case 1 ->
                Math.round(random.nextGaussian() * 1e6) / 1e6
                    + 5e-6; // half-way cases at the 5th decimal
            case 2 -> Math.round(random.nextGaussian() * 1e3) / 1e3;
            default -> random.nextGaussian() * 1e4;
          };
      String expected = viaFormat(v);
      if (expected.equals("-0")) {
        expected = "0"; // a rounded-away sign is not shown any more
      }
      assertThat(Feedback.fmt(v)).as("%s", v).isEqualTo(expected);
    }
  }

  @Test
  void printsWholeNumbersAndSmallValuesPlainly() {
    assertThat(Feedback.fmt(100)).isEqualTo("100");
    assertThat(Feedback.fmt(0.1)).isEqualTo("0.1");
    assertThat(Feedback.fmt(-0.000001)).isEqualTo("0");
    assertThat(Feedback.fmt(0.64501)).isEqualTo("0.64501");
    assertThat(Feedback.fmt(1e-7)).isEqualTo("0");
  }
}
