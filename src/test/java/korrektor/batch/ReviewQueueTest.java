package korrektor.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import korrektor.grade.ItemResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReviewQueueTest {
  private static ItemResult item(
      String quantity, String found, List<String> alternatives, String reason) {
    ItemResult.Target target =
        quantity == null
            ? ItemResult.Target.part("17", "forward")
            : ItemResult.Target.value("17", "forward", quantity, 0, 2);
    return ItemResult.of(
        target,
        new ItemResult.Reading(null, found, "x.csv!B2", alternatives),
        0.39,
        0.5,
        ItemResult.Judgement.review("", reason));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "0,50|.5",
        "0.5|+0.50",
        "1e-1|0.1",
        "'W h + U x'|'w h+u x'",
        "'The gradient vanishes.'|'the  gradient vanishes'",
        "'h(t) = tanh(W h(t-1) + U x(t))'|'h(t)=tanh(W h(t - 1)+U x(t))'"
      })
  void takesTheseAsOneAnswer(String a, String b) {
    assertThat(ReviewQueue.normalise(a)).isEqualTo(ReviewQueue.normalise(b));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"0.5|0.05", "'the gradient vanishes'|'the gradient explodes'", "-1|1"})
  void keepsTheseApart(String a, String b) {
    assertThat(ReviewQueue.normalise(a)).isNotEqualTo(ReviewQueue.normalise(b));
  }

  @Test
  void namesTheReasonForTheFilters() {
    assertThat(ReviewQueue.reason(item("h", "0,3", null, "plots are checked by a tutor")))
        .isEqualTo(ReviewQueue.Reason.PLOT);
    assertThat(ReviewQueue.reason(item("h", "0,3", null, "ambiguous reading: o or c")))
        .isEqualTo(ReviewQueue.Reason.AMBIGUOUS);
    assertThat(
            ReviewQueue.reason(
                item(
                    "h",
                    null,
                    null,
                    "not read, but the files hold numbers Korrektor could not place: 0.4 (x.pdf p.1 l.3)")))
        .isEqualTo(ReviewQueue.Reason.UNEXPLAINED);
    assertThat(ReviewQueue.reason(item(null, "short", null, "too short")))
        .isEqualTo(ReviewQueue.Reason.TEXT);
    assertThat(
            ReviewQueue.reason(item("h", "0,3", null, "just outside the tolerance: 0,3 vs 0.31")))
        .isEqualTo(ReviewQueue.Reason.VALUE);
    assertThat(
            ReviewQueue.reason(
                item(null, "y = W(x", null, "formula: Your formula could not be read")))
        .isEqualTo(ReviewQueue.Reason.UNREADABLE);
    assertThat(
            ReviewQueue.reason(
                item(
                    "h",
                    "0,3",
                    null,
                    "different values found for h@2: 0,3 (a.csv) and 0,4 (b.csv)")))
        .isEqualTo(ReviewQueue.Reason.VALUE);
  }
}
