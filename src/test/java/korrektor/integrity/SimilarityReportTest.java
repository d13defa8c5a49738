package korrektor.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import korrektor.result.Student;
import org.junit.jupiter.api.Test;

class SimilarityReportTest {

  private static Set<String> ids(SimilarityReport.Pair p) {
    return Set.of(p.left().id(), p.right().id());
  }

  /**
   * A class of correct students (same correct values, same rounding) plus a copied pair with two
   * slips.
   */
  private static List<Fingerprint> classWithCopiedPair() {
    List<Fingerprint> c = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      c.add(
          Classes.student(
              "1000" + i, "Correct" + i + " Student", Classes.solution(), 4, List.of()));
    }
    double[][] slip = Classes.solution();
    slip[1][4] = 0.61234; // s@2 wrong, carried into h@2, output@2 and step 3
    slip[1][5] = 0.37512;
    slip[1][6] = 0.71033;
    slip[2][4] = 0.75011;
    slip[2][5] = 0.48120;
    c.add(Classes.student("271001", "Anna Becker", slip, 4, List.of()));
    c.add(Classes.student("271002", "Ben Wolf", slip, 3, List.of())); // re-rounded copy
    return c;
  }

  @Test
  void ranksCopiedPairWithSharedWrongValuesAboveHonestStudentsWithTheSameCorrectValues() {
    SimilarityReport.Report r = SimilarityReport.of(classWithCopiedPair());

    assertThat(r.pairs()).isNotEmpty();
    SimilarityReport.Pair top = r.pairs().get(0);
    assertThat(ids(top)).containsExactlyInAnyOrder("271001", "271002");
    assertThat(top.flagged()).isTrue();
    assertThat(top.evidence())
        .anySatisfy(
            e -> {
              assertThat(e.kind()).isEqualTo(Evidence.Kind.SHARED_WRONG_VALUE);
              assertThat(e.what()).startsWith("17/forward/s@2");
              assertThat(e.left()).isEqualTo("0.6123");
              assertThat(e.right()).isEqualTo("0.612");
            });
    // honest students who all wrote the same correct values are never flagged
    assertThat(r.pairs()).filteredOn(SimilarityReport.Pair::flagged).hasSize(1);
    assertThat(r.clusters())
        .singleElement()
        .satisfies(
            c ->
                assertThat(c.students())
                    .extracting(Student::id)
                    .containsExactly("271001", "271002"));
  }

  @Test
  void weighsAgreementOnlyAfterCoarseRoundingBelowTheSameDigits() {
    List<Fingerprint> c = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      c.add(
          Classes.student(
              "1000" + i, "Correct" + i + " Student", Classes.solution(), 4, List.of()));
    }
    double[][] slip = Classes.solution();
    slip[1][5] = 0.3422; // h@2 wrong
    slip[1][6] = 0.6706; // and output@2 carried on from it
    c.add(Classes.student("271001", "Anna Becker", slip, 4, List.of()));
    c.add(Classes.student("271002", "Ben Wolf", slip, 4, List.of())); // the same digits: copied
    double[][] other = Classes.solution();
    other[1][5] = 0.3444; // another slip that happens to round to the same 0.34
    other[1][6] = 0.6729;
    c.add(Classes.student("271003", "Cem Arslan", other, 2, List.of()));

    SimilarityReport.Report r = SimilarityReport.of(c);

    assertThat(ids(r.pairs().get(0))).containsExactlyInAnyOrder("271001", "271002");
    double copied = r.pairs().get(0).score();
    r.pairs().stream()
        .filter(p -> ids(p).contains("271003"))
        .forEach(
            p ->
                assertThat(p.score())
                    .as("a 2-decimal coincidence")
                    .isLessThanOrEqualTo(copied * 0.5 + 1e-9));
  }

  @Test
  void showsDeclaredPartnersWithoutFlaggingThem() {
    List<Fingerprint> c = new ArrayList<>(classWithCopiedPair());
    Fingerprint anna = c.get(30);
    c.set(
        30,
        new Fingerprint(
            anna.student(),
            anna.files(),
            anna.values(),
            anna.texts(),
            anna.metadata(),
            List.of("Wolf, Ben")));
    SimilarityReport.Report r = SimilarityReport.of(c);

    SimilarityReport.Pair pair =
        r.pairs().stream()
            .filter(p -> ids(p).equals(Set.of("271001", "271002")))
            .findFirst()
            .orElseThrow();
    assertThat(pair.declared()).isTrue();
    assertThat(pair.flagged()).isFalse();
    assertThat(r.clusters()).isEmpty();
    assertThat(r.pairs()).noneMatch(SimilarityReport.Pair::flagged);
  }

  @Test
  void ranksRareSharedSlipAboveACommonMistakeOfManyHonestStudents() {
    List<Fingerprint> c = new ArrayList<>();
    Random random = new Random(7);
    for (int i = 0; i < 60; i++) {
      c.add(Classes.honest(i, random));
    }
    // ten honest students make the same unmodelled mistake in every step (not explained by a model)
    for (int i = 0; i < 10; i++) {
      double[][] v = Classes.solution();
      for (int t = 1; t < 3; t++) {
        for (int q = 0; q < 7; q++) {
          v[t][q] = v[t][q] * 0.93;
        }
      }
      c.add(Classes.student("2000" + i, "Common" + i + " Mistake", v, 2 + i % 3, List.of()));
    }
    double[][] slip = Classes.solution();
    slip[2][4] = 0.70011;
    slip[2][5] = 0.45120;
    slip[2][6] = 0.80411;
    c.add(Classes.student("271001", "Anna Becker", slip, 4, List.of()));
    c.add(Classes.copyOf(c.get(c.size() - 1), "271002", "Ben Wolf", 3));

    SimilarityReport.Report r = SimilarityReport.of(c);

    assertThat(ids(r.pairs().get(0))).containsExactlyInAnyOrder("271001", "271002");
  }

  @Test
  void findsIdenticalFilesNearIdenticalTextAndSharedMetadata() {
    List<Fingerprint> c = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      c.add(
          withExtras(
              Classes.student(
                  "300" + i, "Person" + i + " Honest", Classes.solution(), 4, List.of()),
              "sha" + i,
              "a vanishing gradient means the gradient gets smaller with every step back in time number "
                  + i,
              Map.of("author", "person" + i, "application", "microsoft excel")));
    }
    String text =
        "when the derivative is multiplied many times by weights below one it shrinks towards zero "
            + "and early layers stop learning";
    c.add(
        withExtras(
            Classes.student("271001", "Anna Becker", Classes.solution(), 4, List.of()),
            "shaA",
            text,
            Map.of("author", "anna becker", "application", "microsoft excel")));
    c.add(
        withExtras(
            Classes.student("271002", "Ben Wolf", Classes.solution(), 4, List.of()),
            "shaB",
            text.replace("early layers", "the early layers"),
            Map.of("author", "anna becker", "application", "microsoft excel")));
    c.add(
        withExtras(
            Classes.student("271003", "Carl Ernst", Classes.solution(), 4, List.of()),
            "shaA",
            "x y z w v",
            Map.of()));

    SimilarityReport.Report r = SimilarityReport.of(c);

    Map<Set<String>, SimilarityReport.Pair> byIds =
        r.pairs().stream().collect(Collectors.toMap(SimilarityReport::idsOf, p -> p));
    assertThat(byIds.get(Set.of("271001", "271003")).evidence())
        .anySatisfy(e -> assertThat(e.kind()).isEqualTo(Evidence.Kind.IDENTICAL_FILE));
    SimilarityReport.Pair ab = byIds.get(Set.of("271001", "271002"));
    assertThat(ab.flagged()).isTrue();
    assertThat(ab.evidence())
        .extracting(Evidence::kind)
        .contains(Evidence.Kind.TEXT, Evidence.Kind.METADATA);
    assertThat(ab.evidence())
        .anySatisfy(e -> assertThat(e.what()).isEqualTo("author names the other student"));
    assertThat(r.pairs())
        .filteredOn(SimilarityReport.Pair::flagged)
        .allSatisfy(p -> assertThat(ids(p)).containsAnyOf("271001", "271002", "271003"));
  }

  private static Fingerprint withExtras(
      Fingerprint f, String sha, String text, Map<String, String> meta) {
    return new Fingerprint(
        f.student(),
        List.of(new Fingerprint.FileHash(f.student().id() + ".xlsx", sha)),
        f.values(),
        List.of(new Fingerprint.TextAnswer("16/d", Normalize.words(text))),
        meta,
        f.partners());
  }

  @Test
  void comparesAThousandStudentsWithoutComparingEveryPair() {
    List<Fingerprint> c = new ArrayList<>();
    Random random = new Random(1000);
    for (int i = 0; i < 980; i++) {
      c.add(Classes.honest(i, random));
    }
    for (int k = 0; k < 10; k++) {
      double[][] slip = Classes.solution();
      int t = k % 2; // a slip at step 1 or 2, carried through the later steps
      for (int s = t; s < 3; s++) {
        slip[s][4 + k % 3] *= 0.5 + 0.04 * k;
        slip[s][k % 4] *= 1.3 + 0.03 * k;
      }
      Fingerprint original =
          Classes.student("9" + k + "1", "Orig" + k + " Inal", slip, 4, List.of());
      c.add(original);
      c.add(Classes.copyOf(original, "9" + k + "2", "Cop" + k + " Ied", 3));
    }
    long all = (long) c.size() * (c.size() - 1) / 2;

    SimilarityReport.Report r = SimilarityReport.of(c);

    assertThat(r.comparisons()).isLessThan(all / 50);
    List<SimilarityReport.Pair> flagged =
        r.pairs().stream().filter(SimilarityReport.Pair::flagged).toList();
    for (int k = 0; k < 10; k++) {
      Set<String> copied = Set.of("9" + k + "1", "9" + k + "2");
      assertThat(flagged.stream().limit(10).map(SimilarityReportTest::ids))
          .as("copied pair %d", k)
          .contains(copied);
    }
  }
}
