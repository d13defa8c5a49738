package korrektor.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import korrektor.checks.SheetChecks;
import korrektor.document.Document;
import korrektor.document.Format;
import korrektor.document.Location;
import korrektor.document.Problem;
import korrektor.document.TextLine;
import korrektor.grade.Grading;
import korrektor.result.Student;
import korrektor.rubric.Policies;
import org.junit.jupiter.api.Test;

class SheetPolicyTest {

  private static final Grading GRADED =
      new Grading(Grading.Status.GRADED, List.of(), 5, 10, 0, Map.of("1", 5.0), List.of());
  private static final SheetChecks.Checks NAMED = new SheetChecks.Checks(true, false, List.of());
  private static final Student ANNA = new Student("271001", "Anna Becker");

  private static Document pdf(Problem problem) {
    return new Document(
        "a.pdf",
        Format.PDF,
        List.of(),
        List.of(TextLine.plain("h(1) = 0.5", Location.ofLine("a.pdf", 1, 1))),
        List.of(),
        2,
        List.of(problem));
  }

  @Test
  void sendsAPdfWithAScannedPageToATutorByTheProblemsKindWhateverItsWording() {
    Document scan =
        pdf(
            Problem.warning(
                Problem.Kind.NO_TEXT_LAYER, Location.ofFile("a.pdf"), "Seite 2 ist ein Scan"));

    Grading g = SheetPolicy.apply(GRADED, List.of(scan), NAMED, Policies.DEFAULT, ANNA);

    assertThat(g.status()).isEqualTo(Grading.Status.NEEDS_REVIEW);
  }

  @Test
  void doesNotReadTheMessageToDecide() {
    Document other =
        pdf(Problem.warning(Location.ofFile("a.pdf"), "page 2 has no text layer (a scan?)"));

    Grading g = SheetPolicy.apply(GRADED, List.of(other), NAMED, Policies.DEFAULT, ANNA);

    assertThat(g.status()).isEqualTo(Grading.Status.GRADED);
  }
}
