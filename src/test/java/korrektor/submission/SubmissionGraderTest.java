package korrektor.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import korrektor.document.Document;
import korrektor.document.Format;
import korrektor.document.Location;
import korrektor.document.TextLine;
import korrektor.grade.Grader;
import korrektor.grade.Grading;
import korrektor.grade.ItemResult;
import korrektor.result.Student;
import korrektor.result.SubmissionResult;
import korrektor.rubric.RubricReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The order in which one submission's grade is decided: items, checks, sheet policy, integrity,
 * tutor.
 */
class SubmissionGraderTest {
  @TempDir Path dir;

  private static Document lines(String... text) {
    List<TextLine> out = new ArrayList<>();
    for (int i = 0; i < text.length; i++) {
      out.add(TextLine.plain(text[i], Location.ofLine("answers.txt", 0, i + 1)));
    }
    return new Document("answers.txt", Format.TEXT, List.of(), out, List.of(), 0, List.of());
  }

  @Test
  void appliesTheSheetPolicyAfterTheItemsAndTheTutorsDecisionLast() throws Exception {
    SubmissionGrader grader =
        new SubmissionGrader(new Grader(RubricReader.read(Path.of("rubrics/sheet09.yaml"))));
    Student student = new Student("271999", "Nora Beispiel", null);

    SubmissionResult graded =
        grader.grade(student, List.of("answers.txt"), List.of(lines("h(1) = 0.2610")));

    // the name is not on the sheet: the rubric's policy sends the submission to a tutor
    assertThat(graded.checks().namePresent()).isFalse();
    assertThat(graded.status()).isEqualTo(Grading.Status.NEEDS_REVIEW);
    assertThat(item(graded, "17/forward/h@1").points()).isPositive();

    Path file = dir.resolve("overrides.csv");
    Files.writeString(
        file, "student,item,points,comment\n271999,17/forward/h@2,0.25,in her margin\n");
    List<String> report = new ArrayList<>();
    SubmissionResult decided =
        SubmissionGrader.decide(
                List.of(graded), Overrides.read(file), grader.grader().rubric().policies(), report)
            .get(0);

    assertThat(report).isEmpty();
    assertThat(item(decided, "17/forward/h@2").points()).isEqualTo(0.25);
    assertThat(item(decided, "17/forward/h@2").overridden()).isTrue();
    assertThat(decided.score()).isEqualTo(graded.score() + 0.25);
  }

  private static ItemResult item(SubmissionResult r, String id) {
    return r.items().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
  }
}
