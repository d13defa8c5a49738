package korrektor.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class TracesTest {
  private static final RubricCase SHEET = Rubrics.sheet09();

  @Test
  void referenceIsWithinToleranceEverywhere() {
    StudentTrace ref = Traces.reference(SHEET);
    assertThat(SHEET.slots()).hasSize(21).allMatch(ref::isCorrect);
    assertThat(ref.value(new Slot("h", 0, 2))).isCloseTo(0.390654, within(1e-6));
  }

  @Test
  void carriedSlipChangesEveryLaterValueAndNothingBefore() {
    Slot at = new Slot("s", 0, 1);
    StudentTrace ref = Traces.reference(SHEET);
    StudentTrace slip = Traces.slip(SHEET, at, 0.6);
    assertThat(slip.value(at)).isEqualTo(0.6);
    for (Slot s : SHEET.slots()) {
      boolean before = s.step() == 1 && List.of("g", "f", "q", "candidate").contains(s.quantity());
      if (before) {
        assertThat(slip.value(s)).as(s.key()).isEqualTo(ref.value(s));
        assertThat(slip.isCorrect(s)).isTrue();
      } else {
        assertThat(slip.value(s)).as(s.key()).isNotCloseTo(ref.value(s), within(1e-9));
      }
    }
    // h@1 is recomputed from the student's own s@1: ReLU(0.6)·q@1
    assertThat(slip.value(new Slot("h", 0, 1)))
        .isCloseTo(0.6 * ref.value(new Slot("q", 0, 1)), within(1e-12));
    assertThat(slip.isCorrect(at)).isFalse();
  }

  @Test
  void roundedTraceComputesEachStepFromRoundedEarlierValues() {
    StudentTrace r2 = Traces.rounded(SHEET, 2);
    for (Slot s : SHEET.slots()) {
      assertThat(BigDecimal.valueOf(r2.value(s)).stripTrailingZeros().scale())
          .as(s.key())
          .isLessThanOrEqualTo(2);
    }
    double f2 = r2.value(new Slot("f", 0, 2));
    double s1 = r2.value(new Slot("s", 0, 1));
    double g2 = r2.value(new Slot("g", 0, 2));
    double c2 = r2.value(new Slot("candidate", 0, 2));
    assertThat(r2.value(new Slot("s", 0, 2))).isEqualTo(Traces.round(f2 * s1 + g2 * c2, 2));
    assertThat(r2.roundedTo()).isEqualTo(2);
  }

  @Test
  void everyAnticipatedMistakeGivesATraceThatIsNotTheReference() {
    List<StudentTrace> variants = Traces.variants(SHEET);
    assertThat(variants)
        .extracting(StudentTrace::detail)
        .containsExactly(
            "tanh-candidate", "no-forget-term", "tanh-state", "output-without-c", "U-W-swapped");
    StudentTrace tanh = variants.get(0);
    assertThat(tanh.value(new Slot("candidate", 0, 1)))
        .isCloseTo(Math.tanh(1 + 0.01 * 0.7), within(1e-12));
    assertThat(tanh.isCorrect(new Slot("candidate", 0, 1))).isFalse();
    assertThat(tanh.isCorrect(new Slot("g", 0, 1))).isTrue();
  }

  @Test
  void conventionsOfAVectorRubricAreVariantsToo() {
    RubricCase rnn = Rubrics.rnn2();
    assertThat(rnn.slots()).hasSize(15).contains(new Slot("h", 2, 3), new Slot("output", 0, 1));
    List<StudentTrace> variants = Traces.variants(rnn);
    assertThat(variants)
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.kind()).isEqualTo("convention");
              assertThat(v.isCorrect(new Slot("output", 0, 1))).isFalse();
              assertThat(v.isCorrect(new Slot("h", 1, 1))).isTrue();
            });
  }

  @Test
  void twelveStepRubricHasTwoDigitSteps() {
    RubricCase c = Rubrics.lstm12();
    assertThat(c.steps()).isEqualTo(12);
    assertThat(c.slots()).hasSize(84).contains(new Slot("h", 0, 10), new Slot("h", 0, 12));
    assertThat(Traces.reference(c).value(new Slot("h", 0, 10)))
        .isNotEqualTo(Traces.reference(c).value(new Slot("h", 0, 1)));
  }
}
