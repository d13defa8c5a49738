package korrektor.submission;

import java.util.ArrayList;
import java.util.List;
import korrektor.checks.SheetChecks;
import korrektor.document.Document;
import korrektor.document.Format;
import korrektor.grade.Grader;
import korrektor.grade.Grading;
import korrektor.integrity.Authors;
import korrektor.result.Student;
import korrektor.result.SubmissionResult;
import korrektor.rubric.Policies;

/**
 * The one place that decides a submission's grade, from its read documents to its final result, in
 * this order:
 *
 * <ol>
 *   <li><b>items</b>: every part graded by the {@link Grader} (values, text, plot; conventions,
 *       follow-through, mistakes, review);
 *   <li><b>checks</b>: what the sheet asks besides answers (the student's name, a plot, partners);
 *   <li><b>sheet policy</b>: the rubric's {@code policies.missingName} and what cannot be graded
 *       from text (a scan goes to a tutor);
 *   <li><b>integrity policy</b>: a group the files declare (other authors) is applied or sent to a
 *       tutor to confirm;
 *   <li><b>tutor decisions</b> ({@link #decide}): the rows of {@code overrides.csv}, item points
 *       and integrity decisions, applied to the whole batch after every submission is graded, on
 *       every run, so a decision is never lost.
 * </ol>
 *
 * <p>Steps 1–4 need only the submission; step 5 needs the tutor's file, so {@code batch} calls it
 * once for all results. Reading files, scheduling and isolating them is {@code batch}'s job, not
 * this class's.
 */
public final class SubmissionGrader {
  private final Grader grader;

  public SubmissionGrader(Grader grader) {
    this.grader = grader;
  }

  public Grader grader() {
    return grader;
  }

  /** Steps 1–4 for a submission whose files were read into {@code docs}. */
  public SubmissionResult grade(Student student, List<String> files, List<Document> docs) {
    Grading g = grader.grade(docs);
    List<Document> readable = docs.stream().filter(Document::isReadable).toList();
    SheetChecks.Checks checks = SheetChecks.check(readable, student.name(), student.id());
    Policies policies = grader.rubric().policies();
    g = SheetPolicy.apply(g, readable, checks, policies, student, grader.rubric().language());
    SubmissionResult r = SubmissionResult.of(student, files, g, checks);
    if (r.status() == Grading.Status.ERROR) {
      return r;
    }
    List<String> authors = Authors.others(readable, student.name());
    String confirm = IntegrityPolicy.groupToConfirm(r, authors, policies);
    if (confirm != null) {
      List<String> messages = new ArrayList<>(g.messages());
      messages.add(confirm);
      r =
          SubmissionResult.of(
              student,
              files,
              new Grading(
                  Grading.Status.NEEDS_REVIEW,
                  messages,
                  g.score(),
                  g.maxScore(),
                  g.pendingPoints(),
                  g.questionScores(),
                  g.items(),
                  g.coverage()),
              checks);
    }
    return IntegrityPolicy.declaredGroup(r, authors, policies);
  }

  /**
   * Step 1 only: the self-check of files not named after a student (no name, policies or groups).
   */
  public SubmissionResult gradePlain(Student student, List<String> files, List<Document> docs) {
    return SubmissionResult.of(student, files, grader.grade(docs));
  }

  /**
   * The row of a submission nothing of which can be graded: each message on the file or place it
   * names ({@code where}), e.g. a refused zip entry or a file that could not be read.
   */
  public SubmissionResult unreadable(
      Student student, List<String> files, String where, List<String> messages) {
    List<Document> docs =
        messages.stream().map(m -> Document.unreadable(where, Format.UNKNOWN, m)).toList();
    return SubmissionResult.of(student, files, grader.grade(docs));
  }

  /**
   * Step 5: the tutor's decisions applied to the graded batch; rows that cannot be applied are
   * reported in {@code report}, never thrown.
   */
  public static List<SubmissionResult> decide(
      List<SubmissionResult> results, Overrides decisions, Policies policies, List<String> report) {
    return decisions.apply(results, policies, report);
  }
}
