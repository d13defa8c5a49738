package korrektor.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import korrektor.document.ReadLimits;
import korrektor.document.read.DocumentReaders;
import korrektor.grade.Grader;
import korrektor.grade.Grading;
import korrektor.grade.ItemResult;
import korrektor.grade.Verdict;
import korrektor.result.SubmissionResult;
import korrektor.rubric.ItemKeys;
import korrektor.rubric.RubricReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Grades every shipped sample set ({@code samples/<set>/}) with {@code rubrics/<set>.yaml} and
 * compares each student's values items with {@code samples/expected/<set>.yaml}: items listed as
 * wrong, missing, alternative, misconception or followThrough must have that verdict, all others
 * correct; a status error must be an error.
 */
class SamplesGoldenTest {
  private static final Path SAMPLES = Path.of("samples");

  static Stream<String> sets() throws Exception {
    try (Stream<Path> s = Files.list(SAMPLES.resolve("expected"))) {
      return s.map(p -> p.getFileName().toString().replace(".yaml", "")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sets")
  void gradesEverySampleAsExpected(String set) throws Exception {
    var rubric = RubricReader.read(Path.of("rubrics", set + ".yaml"));
    JsonNode expected =
        new ObjectMapper(new YAMLFactory())
            .readTree(SAMPLES.resolve("expected/" + set + ".yaml").toFile());
    Path folder = SAMPLES.resolve(set);
    List<Submission> submissions = SubmissionFinder.find(folder);
    List<SubmissionResult> results =
        new BatchGrader(new Grader(rubric), DocumentReaders.standard(), ReadLimits.DEFAULT, 2)
            .grade(folder, submissions, r -> {});
    Map<String, SubmissionResult> byId =
        results.stream().collect(Collectors.toMap(r -> r.student().id(), Function.identity()));

    List<String> mismatches = new ArrayList<>();
    for (var it = expected.fields(); it.hasNext(); ) {
      var e = it.next();
      String id = e.getKey();
      SubmissionResult r = byId.get(id);
      if (r == null) {
        mismatches.add(id + ": no submission graded");
        continue;
      }
      assertThat(r.student().name())
          .as("name of " + id)
          .isEqualTo(e.getValue().get("name").asText());
      if ("error".equals(e.getValue().path("status").asText())) {
        if (r.status() != Grading.Status.ERROR) {
          mismatches.add(id + ": expected status error, got " + r.status().id());
        }
        continue;
      }
      JsonNode checks = e.getValue().get("checks");
      if (checks != null) {
        var c = r.checks();
        if (c == null
            || c.namePresent() != checks.get("namePresent").asBoolean()
            || c.plotPresent() != checks.get("plotPresent").asBoolean()
            || !new HashSet<>(c.partners()).equals(strings(checks.get("partners")))) {
          mismatches.add(id + " checks: expected " + checks + ", got " + c);
        }
      }
      Set<String> wrong = strings(e.getValue().get("wrong"));
      Set<String> missing = strings(e.getValue().get("missing"));
      Set<String> alternative = strings(e.getValue().get("alternative"));
      Set<String> misconception = strings(e.getValue().get("misconception"));
      Set<String> followThrough = strings(e.getValue().get("followThrough"));
      for (ItemResult i : r.items()) {
        if (i.quantity() == null) {
          continue;
        }
        String key =
            ItemKeys.format(i.quantity(), i.component() == null ? 0 : i.component(), i.step());
        Verdict want =
            wrong.contains(key)
                ? Verdict.WRONG
                : missing.contains(key)
                    ? Verdict.MISSING
                    : alternative.contains(key)
                        ? Verdict.ALTERNATIVE
                        : misconception.contains(key)
                            ? Verdict.MISCONCEPTION
                            : followThrough.contains(key)
                                ? Verdict.FOLLOW_THROUGH
                                : Verdict.CORRECT;
        if (i.verdict() != want) {
          mismatches.add(
              id
                  + " "
                  + key
                  + ": expected "
                  + want.id()
                  + ", got "
                  + i.verdict().id()
                  + (i.foundText() != null
                      ? " (found " + i.foundText() + " at " + i.source() + ")"
                      : ""));
        }
      }
    }
    assertThat(mismatches)
        .as("items whose verdict differs from samples/expected/" + set + ".yaml")
        .isEmpty();
  }

  private static Set<String> strings(JsonNode n) {
    Set<String> out = new HashSet<>();
    if (n != null) {
      n.forEach(x -> out.add(x.asText()));
    }
    return out;
  }
}
