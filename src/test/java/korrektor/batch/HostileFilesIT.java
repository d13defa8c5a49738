package korrektor.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import korrektor.document.Document;
import korrektor.document.ReadLimits;
import korrektor.grade.Grader;
import korrektor.grade.Grading;
import korrektor.result.SubmissionResult;
import korrektor.rubric.RubricReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Grades a folder of hostile files ({@link HostileFixtures}) with isolated reading: every student
 * gets an error or needs-review row with a reason, each file within the time limit, and the batch
 * goes on.
 */
class HostileFilesIT {

  private static final Duration TIMEOUT = Duration.ofSeconds(15);
  @TempDir static Path dir;
  static List<SubmissionResult> results;
  static Map<String, Long> millis = new ConcurrentHashMap<>();
  static List<SubmissionResult> supervisedResults;
  static List<String> notices = new java.util.concurrent.CopyOnWriteArrayList<>();
  static long supervisedMillis;

  @BeforeAll
  static void gradeAll() throws Exception {
    int count = HostileFixtures.writeAll(dir);
    var grader = new Grader(RubricReader.read(Path.of("rubrics/sheet09.yaml")));
    IsolatedReader isolated =
        new IsolatedReader(ReadLimits.DEFAULT, new IsolatedReader.Options(TIMEOUT, 256));
    BatchGrader.FileReader timed =
        (file, name) -> {
          long start = System.nanoTime();
          Document d = isolated.read(file, name);
          millis.put(name, (System.nanoTime() - start) / 1_000_000);
          return d;
        };
    results = new BatchGrader(grader, timed, 2).grade(dir, SubmissionFinder.find(dir), r -> {});
    assertThat(results).hasSize(count);
    // grade's default: one grading process for the batch, file by file only for what it was grading
    // when it failed
    long start = System.nanoTime();
    try (SupervisedGrader supervised =
        new SupervisedGrader(
            Files.readString(Path.of("rubrics/sheet09.yaml")),
            "rubrics/sheet09.yaml",
            grader,
            ReadLimits.DEFAULT,
            new IsolatedReader.Options(TIMEOUT, 256),
            2,
            notices::add)) {
      supervisedResults =
          supervised.gradeAll(dir, SubmissionFinder.find(dir), r -> {}).stream()
              .map(BatchGrader.Graded::result)
              .toList();
    }
    supervisedMillis = (System.nanoTime() - start) / 1_000_000;
  }

  @Test
  void theGradingProcessGivesEveryHostileFileTheRowReadingItAloneGives() {
    assertThat(supervisedResults).hasSize(results.size());
    for (int i = 0; i < results.size(); i++) {
      SubmissionResult alone = results.get(i);
      SubmissionResult inBatch = supervisedResults.get(i);
      assertThat(inBatch.status()).as(alone.student().name()).isEqualTo(alone.status());
      assertThat(inBatch.messages()).as(alone.student().name()).isEqualTo(alone.messages());
    }
    // at most one time limit and a few restarts: a stalled file does not hold the batch for long
    assertThat(supervisedMillis).isLessThan(4 * TIMEOUT.toMillis());
  }

  @Test
  void everyHostileFileEndsInAnErrorOrReviewRowWithAReason() {
    List<String> bad = new ArrayList<>();
    for (SubmissionResult r : results) {
      boolean clear = r.status() != Grading.Status.GRADED && !r.messages().isEmpty();
      if (!clear) {
        bad.add(r.student().id() + " " + r.status().id() + " " + r.messages());
      }
    }
    assertThat(bad).isEmpty();
  }

  @Test
  void everyFileIsReadWithinTheTimeLimit() {
    assertThat(millis.values())
        .allSatisfy(ms -> assertThat(ms).isLessThan(TIMEOUT.toMillis() + 5000));
  }

  @Test
  void messagesSayWhatIsWrong() {
    Map<String, String> byName =
        results.stream()
            .collect(
                Collectors.toMap(r -> r.student().name(), r -> String.join(" | ", r.messages())));
    assertThat(byName.get("Hostile Empty")).contains("empty (0 bytes)");
    assertThat(byName.get("Hostile Truncated")).contains("damaged");
    assertThat(byName.get("Hostile WrongExtension")).contains("not recognised");
    assertThat(byName.get("Hostile BombXlsx")).containsAnyOf("zip bomb", "memory", "longer than");
    assertThat(byName.get("Hostile BombDocx")).containsAnyOf("zip bomb", "memory", "longer than");
    assertThat(byName.get("Hostile BombOds")).containsAnyOf("zip bomb", "memory", "longer than");
    assertThat(byName.get("Hostile EntityDocx")).contains("damaged");
    assertThat(byName.get("Hostile EntityOds")).contains("damaged");
    assertThat(byName.get("Hostile ThousandsOfPages")).contains("only the first 50 were read");
    assertThat(byName.get("Hostile HugeStream"))
        .containsAnyOf("memory", "longer than", "no text layer");
    assertThat(byName.get("Hostile Nested")).contains("nested more than");
    assertThat(byName.get("Hostile Password")).contains("password-protected");
    assertThat(byName.get("Hostile Scan")).contains("no text layer");
    assertThat(byName.get("Hostile Pages")).contains("Export To");
  }
}
