package korrektor.submission;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import korrektor.checks.SheetChecks;
import korrektor.document.Document;
import korrektor.document.Format;
import korrektor.document.Problem;
import korrektor.grade.Grading;
import korrektor.result.Student;
import korrektor.rubric.Policies;

/**
 * Applies what the sheet's rules and the files' state say on top of the item grades: a missing name
 * is flagged for review or scored 0 (the rubric's {@code policies.missingName}), and a submission
 * without a text layer (a scan, photos only) goes to a tutor.
 */
final class SheetPolicy {

  /** How the remark on a submission with no text at all starts. */
  static final String NO_TEXT_LAYER = "no text layer";

  private SheetPolicy() {}

  static Grading apply(
      Grading g,
      List<Document> documents,
      SheetChecks.Checks checks,
      Policies policies,
      Student student) {
    return apply(g, documents, checks, policies, student, "en");
  }

  /** The same, with the messages in the rubric's language (students read them). */
  static Grading apply(
      Grading g,
      List<Document> documents,
      SheetChecks.Checks checks,
      Policies policies,
      Student student,
      String language) {
    korrektor.grade.Messages msg = korrektor.grade.Messages.of(language);
    if (g.status() == Grading.Status.ERROR) {
      return g;
    }
    List<String> messages = new ArrayList<>(g.messages());
    Grading.Status status = g.status();
    double score = g.score();
    Map<String, Double> questions = g.questionScores();
    if (!hasText(documents)) {
      messages.add(
          NO_TEXT_LAYER
              + ": nothing in these files has text to read (a scan or photos);"
              + " a tutor has to read the answers");
      status = Grading.Status.NEEDS_REVIEW;
    } else if (documents.stream().anyMatch(SheetPolicy::isScan)) {
      status = Grading.Status.NEEDS_REVIEW;
    }
    if (!checks.namePresent() && hasText(documents)) {
      String what = msg.get("policy.noName", student.name());
      if (policies.missingName() == Policies.MissingName.ZERO) {
        messages.add(what + msg.get("policy.noName.zero") + " (rubric policies.missingName: zero)");
        score = 0;
        Map<String, Double> zero = new LinkedHashMap<>();
        questions.keySet().forEach(q -> zero.put(q, 0.0));
        questions = zero;
      } else {
        messages.add(what + msg.get("policy.noName.flag") + " (rubric policies.missingName: flag)");
        status = Grading.Status.NEEDS_REVIEW;
      }
    }
    return new Grading(
        status,
        messages,
        score,
        g.maxScore(),
        g.pendingPoints(),
        questions,
        g.items(),
        g.coverage());
  }

  private static boolean hasText(List<Document> documents) {
    return documents.stream()
        .anyMatch(
            d ->
                d.isReadable()
                    && (d.lines().stream().anyMatch(l -> !l.text().isBlank())
                        || d.grids().stream().anyMatch(gr -> !gr.cells().isEmpty())));
  }

  private static boolean isScan(Document d) {
    return d.format() == Format.PDF
        && d.problems().stream().anyMatch(p -> p.is(Problem.Kind.NO_TEXT_LAYER));
  }
}
