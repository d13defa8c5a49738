package korrektor.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import korrektor.result.Student;
import org.junit.jupiter.api.Test;

/** Only distinctive evidence flags a pair, weighted by how many students of the class share it. */
class DistinctiveEvidenceTest {
  private static final String PARAGRAPH =
      "the vanishing gradient appears because backpropagation through time multiplies"
          + " the jacobians of every step and when their norms stay below one the product shrinks exponentially so the"
          + " early steps hardly receive any signal our own experiment with sixty steps showed that after about twelve"
          + " steps the gradient norm was already below ten to the minus six which is why we switched to an lstm";

  private static Fingerprint withText(
      Fingerprint f, Map<String, String> texts, Map<String, String> metadata) {
    List<Fingerprint.TextAnswer> answers = new ArrayList<>();
    texts.forEach((item, text) -> answers.add(new Fingerprint.TextAnswer(item, text)));
    return new Fingerprint(f.student(), f.files(), f.values(), answers, metadata, f.partners());
  }

  private static List<Fingerprint> honestClass(int n) {
    Random random = new Random(7);
    List<Fingerprint> c = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      c.add(Classes.honest(i, random));
    }
    return c;
  }

  private static List<SimilarityReport.Pair> flagged(List<Fingerprint> c) {
    return SimilarityReport.of(c).pairs().stream().filter(SimilarityReport.Pair::flagged).toList();
  }

  @Test
  void theSameProducingSoftwareAndDefaultAuthorsAreNoEvidence() {
    List<Fingerprint> c = new ArrayList<>();
    for (Fingerprint f : honestClass(40)) {
      c.add(
          withText(
              f,
              Map.of(),
              Map.of(
                  "producer",
                  "pdfTeX-1.40.25",
                  "author",
                  "python-docx",
                  "template",
                  "Normal.dotm")));
    }
    assertThat(flagged(c)).isEmpty();
  }

  @Test
  void correctValuesWrittenToFourDecimalsAreNoEvidence() {
    List<Fingerprint> c = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      c.add(Classes.student(String.valueOf(300000 + i), "S" + i, Classes.solution(), 4, List.of()));
    }
    assertThat(flagged(c)).isEmpty();
  }

  @Test
  void answersManyStudentsShareWordForWordDoNotFlagAPair() {
    List<Fingerprint> c = new ArrayList<>();
    String[] pool = {
      "gradient clipping rescales the gradient if its norm is larger than a threshold so training stays stable",
      "it limits the size of the gradient so that one bad batch cannot destroy the weights"
    };
    int i = 0;
    for (Fingerprint f : honestClass(40)) {
      c.add(withText(f, Map.of("16/c", pool[i++ % 2]), Map.of()));
    }
    assertThat(flagged(c)).isEmpty();
  }

  @Test
  void aRareCopiedParagraphFlagsThePair() {
    List<Fingerprint> c = new ArrayList<>();
    int i = 0;
    for (Fingerprint f : honestClass(40)) {
      c.add(
          withText(
              f,
              Map.of("16/d", "my own answer number " + i++ + " about vanishing gradients"),
              Map.of()));
    }
    c.set(3, withText(c.get(3), Map.of("16/d", PARAGRAPH), Map.of()));
    c.set(17, withText(c.get(17), Map.of("16/d", PARAGRAPH), Map.of()));
    assertThat(flagged(c))
        .singleElement()
        .satisfies(
            p ->
                assertThat(List.of(p.left().id(), p.right().id()))
                    .containsExactlyInAnyOrder(c.get(3).student().id(), c.get(17).student().id()));
  }

  @Test
  void twoDifferentMistakesThatMeetInTheSameNumbersAreNotCopying() {
    List<Fingerprint> c = honestClass(40);
    double[][] v = Classes.solution();
    v[1][0] = 0.5308;
    v[2][0] = 0.5302;
    Fingerprint a = Classes.student("400001", "Wang Fang", v, 4, List.of());
    Fingerprint b = Classes.student("400002", "Dmitri Sokolov", v, 4, List.of());
    // one of them reached the values from her own earlier values (follow-through): a consequence
    List<Fingerprint.Value> followed =
        a.values().stream()
            .map(
                x ->
                    x.verdict().equals("wrong")
                        ? new Fingerprint.Value(
                            x.item(),
                            x.text(),
                            x.value(),
                            "follow-through",
                            true,
                            x.decimals(),
                            false)
                        : x)
            .toList();
    c.add(
        new Fingerprint(
            new Student("400001", "Wang Fang"),
            List.of(),
            followed,
            List.of(),
            Map.of(),
            List.of()));
    c.add(b);
    assertThat(flagged(c))
        .noneMatch(p -> p.left().id().startsWith("40000") && p.right().id().startsWith("40000"));
  }
}
