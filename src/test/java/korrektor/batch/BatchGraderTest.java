package korrektor.batch;

import static korrektor.lms.MoodleFixtures.GOOD_CSV;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import korrektor.document.ReadLimits;
import korrektor.document.read.DocumentReaders;
import korrektor.grade.Grader;
import korrektor.grade.Grading;
import korrektor.result.Student;
import korrektor.result.SubmissionResult;
import korrektor.rubric.RubricReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * In-process batch grading: runs of submissions read first, then graded, nothing lost or reordered.
 */
class BatchGraderTest {
  private static Grader grader;
  @TempDir Path dir;

  @BeforeAll
  static void rubric() throws Exception {
    grader = new Grader(RubricReader.read(Path.of("rubrics/sheet09.yaml")));
  }

  private List<Submission> csvs(int n, String oddOne, int oddAt) throws IOException {
    List<Submission> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String name = i == oddAt ? oddOne : "Student" + i;
      Path f =
          Files.writeString(
              dir.resolve((300000 + i) + "_" + name + "_X.csv"),
              GOOD_CSV.replace("0,2610", "0," + (2610 + i)));
      out.add(new Submission(new Student(String.valueOf(300000 + i), name + " X"), List.of(f)));
    }
    return out;
  }

  @Test
  void gradesEverySubmissionInItsPlaceAndReportsEachOnce() throws IOException {
    List<Submission> submissions = csvs(40, "Student", -1);
    BatchGrader batch = new BatchGrader(grader, DocumentReaders.standard(), ReadLimits.DEFAULT, 2);
    List<SubmissionResult> reported = Collections.synchronizedList(new ArrayList<>());

    List<BatchGrader.Graded> got = batch.gradeAll(dir, submissions, reported::add);

    List<BatchGrader.Graded> oneByOne =
        submissions.stream().map(s -> batch.gradeAndFingerprint(dir, s)).toList();
    assertThat(got).isEqualTo(oneByOne);
    assertThat(reported)
        .containsExactlyInAnyOrderElementsOf(got.stream().map(BatchGrader.Graded::result).toList());
  }

  @Test
  void aSubmissionWhoseGradingFailsGetsAnErrorRowAndTheRestOfItsRunIsGraded() throws IOException {
    // one thread and 40 submissions: runs of 10, the broken one in the middle of the first
    List<Submission> submissions = csvs(40, "Broken", 3);
    DocumentReaders readers = DocumentReaders.standard();
    BatchGrader batch =
        new BatchGrader(
            grader,
            (file, name) ->
                name.contains("Broken") ? null : readers.read(file, name, ReadLimits.DEFAULT),
            1);
    List<SubmissionResult> reported = Collections.synchronizedList(new ArrayList<>());

    List<BatchGrader.Graded> got = batch.gradeAll(dir, submissions, reported::add);

    assertThat(got).hasSize(40);
    assertThat(got.get(3).result().status()).isEqualTo(Grading.Status.ERROR);
    assertThat(got.get(3).result().messages())
        .anySatisfy(
            m ->
                assertThat(m)
                    .contains("an internal error")
                    .contains("please report it")
                    .doesNotContain("Exception"));
    for (int i = 0; i < 40; i++) {
      assertThat(got.get(i).result().student().id()).isEqualTo(String.valueOf(300000 + i));
      if (i != 3) {
        assertThat(got.get(i).result().status()).isNotEqualTo(Grading.Status.ERROR);
      }
    }
    // the tutor's progress counts the error row too
    assertThat(reported).hasSize(40);
  }

  @Test
  void aProgressCallbackThatThrowsCostsOnlyItsOwnRow() throws IOException {
    List<Submission> submissions = csvs(40, "Student", -1);
    BatchGrader batch = new BatchGrader(grader, DocumentReaders.standard(), ReadLimits.DEFAULT, 1);

    List<BatchGrader.Graded> got =
        batch.gradeAll(
            dir,
            submissions,
            r -> {
              if (r.student().id().equals("300005")) {
                throw new IllegalStateException("progress display broke");
              }
            });

    assertThat(got).hasSize(40);
    assertThat(got.get(5).result().messages())
        .anySatisfy(
            m ->
                assertThat(m)
                    .contains("an internal error")
                    .doesNotContain(
                        "progress display broke")); // exception text never reaches a student
    assertThat(got).filteredOn(g -> g.result().status() == Grading.Status.ERROR).hasSize(1);
  }

  @Test
  void runsKeepTheOrderAndStopAtTheirLengthOrTheirBytes() throws IOException {
    List<Submission> submissions = new ArrayList<>();
    int[] kilobytes = {1, 1, 1, 1, 1500, 1000, 3000, 1, 1};
    for (int i = 0; i < kilobytes.length; i++) {
      Path f = Files.write(dir.resolve("s" + i + ".csv"), new byte[kilobytes[i] * 1024]);
      submissions.add(new Submission(new Student("s" + i, "S " + i), List.of(f)));
    }

    List<List<Submission>> runs = BatchGrader.runs(submissions, 3);

    // three small ones (the length); a small one and 1.5 MB (the next 1 MB would pass 2 MB); 1 MB
    // (the next is 3 MB); 3 MB alone (a run always takes its first, however large); the last two
    assertThat(runs).extracting(List::size).containsExactly(3, 2, 1, 1, 2);
    assertThat(runs.stream().flatMap(List::stream).toList()).isEqualTo(submissions);
  }
}
