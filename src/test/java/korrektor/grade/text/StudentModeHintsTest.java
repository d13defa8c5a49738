package korrektor.grade.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import korrektor.rubric.Part;
import korrektor.rubric.Rubric;
import korrektor.rubric.RubricReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * In student mode a hint never states the expected answer (no "the answer is no", no reference
 * formula).
 */
class StudentModeHintsTest {
  private static Rubric rubric;

  @BeforeAll
  static void read() throws Exception {
    rubric = RubricReader.read(Path.of("rubrics/sheet09.yaml"));
  }

  private static Part part(String question, String id) {
    return rubric.questions().stream()
        .filter(q -> q.id().equals(question))
        .findFirst()
        .orElseThrow()
        .parts()
        .stream()
        .filter(p -> p.id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void hidesTheReferenceFormulaFromStudents() {
    String linear = "y = W x_5 + U (W x_4 + U (W x_3 + U (W x_2 + U W x_1)))";

    TextGrade tutor = TextGrader.grade(part("16", "a"), linear, true);
    TextGrade student = TextGrader.grade(part("16", "a"), linear, false);

    assertThat(tutor.feedback()).contains("h_t =");
    assertThat(student.points()).isEqualTo(tutor.points());
    assertThat(student.feedback())
        .doesNotContain("h_t")
        .doesNotContain("W·x")
        .contains("Look again");
  }

  @Test
  void hidesTheExpectedYesOrNoFromStudents() {
    String answer = "No, the output differs.";

    TextGrade student = TextGrader.grade(part("17", "same-output"), answer, false);

    assertThat(student.feedback())
        .doesNotContainIgnoringCase("the answer is no")
        .doesNotContain("memory");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "16 | a           | I don't know   | DONT_KNOW | Your answer says you do not know.",
        "17 | same-output | see above      | ELSEWHERE | Your answer points elsewhere",
        "17 | same-output | n/a            | BLANK     | No answer was written here."
      })
  void tellsStudentsWhatTheirNonAnswerIsByItsKind(
      String question, String id, String answer, NonAnswer.Kind kind, String feedback) {
    TextGrade student = TextGrader.grade(part(question, id), answer, false);

    assertThat(student.nonAnswer()).isEqualTo(kind);
    assertThat(student.feedback()).startsWith(feedback);
    assertThat(student.points()).isZero();
  }
}
