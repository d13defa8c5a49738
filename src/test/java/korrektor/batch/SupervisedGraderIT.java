package korrektor.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import korrektor.document.ReadLimits;
import korrektor.document.read.DocumentReaders;
import korrektor.grade.Grader;
import korrektor.result.SubmissionResult;
import korrektor.rubric.RubricReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default way {@code grade} runs a batch: a child JVM reads and grades, this process watches,
 * and whatever the child was grading when it died is graded again file by file.
 */
class SupervisedGraderIT {
  private static final Path RUBRIC = Path.of("rubrics/sheet09.yaml");
  private static final Path SAMPLES = Path.of("samples/sheet09");
  private static String rubricText;
  private static Grader grader;

  @TempDir Path dir;
  private final List<String> notices = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void loadRubric() throws Exception {
    rubricText = Files.readString(RUBRIC, StandardCharsets.UTF_8);
    grader = new Grader(RubricReader.read(RUBRIC));
  }

  private SupervisedGrader supervised(String mainClass, Duration timeout, int threads) {
    return new SupervisedGrader(
        rubricText,
        RUBRIC.toString(),
        grader,
        ReadLimits.DEFAULT,
        new IsolatedReader.Options(timeout, 256),
        threads,
        notices::add,
        mainClass);
  }

  private static List<BatchGrader.Graded> inProcess(Path root, List<Submission> submissions) {
    return new BatchGrader(grader, DocumentReaders.standard(), ReadLimits.DEFAULT, 2)
        .gradeAll(root, submissions, r -> {});
  }

  @Test
  void gradesEverySampleExactlyAsInProcessGradingDoesBatchAfterBatch() throws IOException {
    List<Submission> submissions = SubmissionFinder.find(SAMPLES);
    List<BatchGrader.Graded> expected = inProcess(SAMPLES, submissions);
    List<SubmissionResult> progress = new CopyOnWriteArrayList<>();
    try (SupervisedGrader grading =
        supervised(GradingChild.class.getName(), Duration.ofSeconds(20), 2)) {
      assertThat(grading.gradeAll(SAMPLES, submissions, progress::add)).isEqualTo(expected);
      // the same child grades the next batch
      assertThat(grading.gradeAll(SAMPLES, submissions.subList(0, 3), r -> {}))
          .isEqualTo(expected.subList(0, 3));
    }
    assertThat(progress).hasSize(submissions.size());
    assertThat(notices).isEmpty();
  }

  @Test
  void ignoresMessagesTheChildJvmPrintsOnItsStandardOutput() throws IOException {
    // -Xlog:gc:stdout puts "[0.004s][info][gc] Using G1" and a line per collection among the
    // answers
    System.setProperty("korrektor.worker.jvm", "-Xlog:gc:stdout");
    try {
      List<Submission> submissions =
          folder("100001_Anna_Alpha.csv", "100002_Ben_Bravo.pdf", "100003_Cleo_Charlie.xlsx");
      try (SupervisedGrader grading =
          supervised(GradingChild.class.getName(), Duration.ofSeconds(20), 2)) {
        assertThat(grading.gradeAll(dir, submissions, r -> {}))
            .isEqualTo(inProcess(dir, submissions));
      }
      assertThat(notices).isEmpty();
    } finally {
      System.clearProperty("korrektor.worker.jvm");
    }
  }

  @Test
  void aChildThatDiesCostsOnlyARegradeOfWhatItWasGrading() throws IOException {
    List<Submission> submissions =
        folder(
            "100001_Anna_Alpha.csv",
            "100002_Crash_Bravo.xlsx",
            "100003_Cleo_Charlie.pdf",
            "100004_Dora_Delta.csv",
            "100005_Crash_Echo.csv",
            "100006_Finn_Foxtrot.xlsx");

    List<BatchGrader.Graded> got;
    try (SupervisedGrader grading =
        supervised(TroubledGradingChild.class.getName(), Duration.ofSeconds(20), 1)) {
      got = grading.gradeAll(dir, submissions, r -> {});
    }

    assertThat(got).isEqualTo(inProcess(dir, submissions));
    assertThat(notices).hasSize(2);
    assertThat(notices.get(0))
        .contains("ran out of memory while grading Crash Bravo (100002)")
        .contains("graded again, each in a grading process of its own");
    assertThat(notices.get(1)).contains("Crash Echo (100005)");
  }

  @Test
  void aSubmissionThatStallsIsStoppedAtItsFilesTimeLimit() throws IOException {
    List<Submission> submissions =
        folder(
            "100001_Anna_Alpha.csv",
            "100002_Ben_Bravo.csv",
            "100003_Stall_Charlie.csv",
            "100004_Dora_Delta.csv");

    long start = System.nanoTime();
    List<BatchGrader.Graded> got;
    try (SupervisedGrader grading =
        supervised(TroubledGradingChild.class.getName(), Duration.ofSeconds(2), 1)) {
      got = grading.gradeAll(dir, submissions, r -> {});
    }

    assertThat(got).isEqualTo(inProcess(dir, submissions));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(60));
    assertThat(notices)
        .singleElement()
        .asString()
        .contains("took longer than its files' time limit (2 s per file)")
        .contains("Stall Charlie (100003)");
  }

  @Test
  void withoutAWorkingChildTheBatchIsGradedFileByFile() throws IOException {
    List<Submission> submissions = folder("100001_Anna_Alpha.csv", "100002_Ben_Bravo.pdf");

    List<BatchGrader.Graded> got;
    try (SupervisedGrader grading =
        supervised("korrektor.NoSuchClass", Duration.ofSeconds(20), 2)) {
      got = grading.gradeAll(dir, submissions, r -> {});
    }

    assertThat(got).isEqualTo(inProcess(dir, submissions));
    assertThat(notices.get(notices.size() - 1))
        .contains("stopped 4 times")
        .contains("graded each in a grading process of its own");
  }

  @Test
  void aRubricTheChildCannotParseIsReportedAndTheBatchStillGraded() throws IOException {
    List<Submission> submissions = folder("100001_Anna_Alpha.csv");

    List<BatchGrader.Graded> got;
    try (SupervisedGrader grading =
        new SupervisedGrader(
            "questions: [",
            RUBRIC.toString(),
            grader,
            ReadLimits.DEFAULT,
            IsolatedReader.Options.DEFAULT,
            1,
            notices::add)) {
      got = grading.gradeAll(dir, submissions, r -> {});
    }

    assertThat(got).isEqualTo(inProcess(dir, submissions));
    assertThat(notices)
        .singleElement()
        .asString()
        .contains("refused to start")
        .contains("the rubric has errors");
  }

  @Test
  void aGradingProcessEndsWhenTheProcessThatStartedItIsKilled() throws Exception {
    // waiting for its setup line on an open stdin, as it would be stuck in a file: it ends all the
    // same
    korrektor.document.worker.ChildParent.assertChildEndsWhenItsParentIsKilled(
        GradingChild.class.getName());
  }

  @Test
  void theGradingProcessGetsFileMemoryPerThreadButAtMostHalfTheMachine() {
    long gib = 1L << 30;
    assertThat(SupervisedGrader.heapMb(256, 2, 24 * gib)).isEqualTo(768);
    assertThat(SupervisedGrader.heapMb(256, 64, 16 * gib)).isEqualTo(8192);
    assertThat(SupervisedGrader.heapMb(256, 8, gib))
        .isEqualTo(512); // one file's worth, whatever the machine
    assertThat(SupervisedGrader.heapMb(256, 2, 0)).isEqualTo(768); // memory unknown
  }

  /** Sample files copied under new names (the sample's format decides the extension given). */
  private List<Submission> folder(String... names) throws IOException {
    List<Path> sources = new ArrayList<>();
    try (var files = Files.list(SAMPLES)) {
      files.filter(Files::isRegularFile).sorted().forEach(sources::add);
    }
    for (String name : names) {
      String ext = name.substring(name.lastIndexOf('.'));
      Path source =
          sources.stream().filter(p -> p.toString().endsWith(ext)).findFirst().orElseThrow();
      Files.copy(source, dir.resolve(name));
    }
    return SubmissionFinder.find(dir);
  }
}
