package korrektor.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GeneratorTest {
  private static final List<RubricCase> RUBRICS = Rubrics.all();

  @Test
  void sameSeedAndIndexGiveTheSameSubmission() {
    Generator a = new Generator(RUBRICS, Rubrics.WEIGHTS, 42, Only.parse(""));
    Generator b = new Generator(RUBRICS, Rubrics.WEIGHTS, 42, Only.parse(""));
    for (int i = 0; i < 50; i++) {
      Submission x = a.generate(i);
      Submission y = b.generate(i);
      assertThat(x.dims()).isEqualTo(y.dims());
      assertThat(x.truth()).isEqualTo(y.truth());
    }
  }

  @Test
  void truthHoldsTheTraceValueOfEveryWrittenSlot() {
    Generator g = new Generator(RUBRICS, Rubrics.WEIGHTS, 5, Only.parse(""));
    for (int i = 0; i < 400; i++) {
      Submission s = g.generate(i);
      assertThat(s.truth().slots()).as(s.id()).isNotEmpty();
      s.truth()
          .slots()
          .forEach(
              (slot, w) -> {
                double v = s.trace().value(slot);
                int d = Math.max(w.decimals(), 0);
                assertThat(Math.abs(w.value() - v))
                    .as(s.id() + " " + slot + " wrote " + w.text() + " for " + v)
                    .isLessThanOrEqualTo(Math.pow(10, -d) + 1e-12);
              });
    }
  }

  @Test
  void everyFormatMeetsManyLayoutsAndEveryLayoutIsUsed() {
    Generator g = new Generator(RUBRICS, Rubrics.WEIGHTS, 20180620L, Only.parse(""));
    Map<String, Set<String>> layoutsByFormat = new HashMap<>();
    Set<String> layouts = new HashSet<>();
    for (int i = 0; i < 3250; i++) {
      Submission s = g.generate(i);
      layoutsByFormat
          .computeIfAbsent(s.dims().get("format"), k -> new HashSet<>())
          .add(s.dims().get("layout"));
      layouts.add(s.dims().get("layout"));
    }
    assertThat(layoutsByFormat).hasSize(OutFormat.values().length);
    assertThat(layoutsByFormat.values())
        .allSatisfy(l -> assertThat(l.size()).isGreaterThanOrEqualTo(7));
    assertThat(layouts).hasSize(Generator.layouts().size());
  }

  @Test
  void onlyRestrictsTheNamedDimensionsAndBareValues() {
    Generator g =
        new Generator(
            RUBRICS, Rubrics.WEIGHTS, 1, Only.parse("pdf,layout=key-value,rubric=lstm12"));
    for (int i = 0; i < 30; i++) {
      Submission s = g.generate(i);
      assertThat(s.dims())
          .containsEntry("format", "pdf")
          .containsEntry("layout", "key-value")
          .containsEntry("rubric", "lstm12");
    }
  }
}
