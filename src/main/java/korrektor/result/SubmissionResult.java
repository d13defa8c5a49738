package korrektor.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import korrektor.checks.SheetChecks;
import korrektor.grade.Grading;
import korrektor.grade.ItemResult;

/**
 * One student's entry in {@code results.json} (see docs/results.md).
 *
 * @param student id and name
 * @param files the file names read, relative to the graded folder
 * @param status graded, needs-review or error
 * @param messages problems and remarks
 * @param score points awarded
 * @param maxScore points available
 * @param pendingPoints points of items a tutor still has to decide
 * @param questions question id → points awarded
 * @param items every item
 * @param checks what the sheet asks besides numbers: name, plot, partners (null when not checked)
 * @param participation whether the submission counts as participation (the sheet: group submissions
 *     do, plagiarism does not; nothing readable does not)
 * @param participationReason why participation is what it is, in a few words
 * @param integrity a group or plagiarism decision that sets the score, or null
 * @param coverage what became of every number the student wrote (null when nothing was read)
 */
@JsonPropertyOrder({
  "student",
  "files",
  "status",
  "messages",
  "checks",
  "score",
  "maxScore",
  "pendingPoints",
  "questions",
  "items",
  "participation",
  "participationReason",
  "integrity",
  "coverage"
})
public record SubmissionResult(
    Student student,
    List<String> files,
    Grading.Status status,
    List<String> messages,
    double score,
    double maxScore,
    double pendingPoints,
    Map<String, Double> questions,
    List<ItemResult> items,
    @JsonInclude(JsonInclude.Include.NON_NULL) SheetChecks.Checks checks,
    boolean participation,
    String participationReason,
    @JsonInclude(JsonInclude.Include.NON_NULL) IntegrityDecision integrity,
    @JsonInclude(JsonInclude.Include.NON_NULL) korrektor.extract.Coverage coverage) {

  /** Reasons for participation written by Korrektor. */
  public static final String HANDED_IN = "handed in";

  public static final String NOTHING_READABLE = "nothing could be read";

  /** How messages about an integrity decision start, so that a later decision can replace them. */
  public static final String INTEGRITY_MESSAGE = "integrity: ";

  public SubmissionResult {
    files = List.copyOf(files);
    messages = List.copyOf(messages);
    participationReason = participationReason == null ? "" : participationReason;
  }

  /** A result without an integrity decision; participation follows from the status. */
  public SubmissionResult(
      Student student,
      List<String> files,
      Grading.Status status,
      List<String> messages,
      double score,
      double maxScore,
      double pendingPoints,
      Map<String, Double> questions,
      List<ItemResult> items,
      SheetChecks.Checks checks) {
    this(
        student,
        files,
        status,
        messages,
        score,
        maxScore,
        pendingPoints,
        questions,
        items,
        checks,
        status != Grading.Status.ERROR,
        status != Grading.Status.ERROR ? HANDED_IN : NOTHING_READABLE,
        null,
        null);
  }

  /**
   * The same result with one more message (e.g. an output that could not be written for this
   * student).
   */
  public SubmissionResult withMessage(String message) {
    List<String> more = new java.util.ArrayList<>(messages);
    more.add(message);
    return new SubmissionResult(
        student,
        files,
        status,
        more,
        score,
        maxScore,
        pendingPoints,
        questions,
        items,
        checks,
        participation,
        participationReason,
        integrity,
        coverage);
  }

  /** The same result with coverage. */
  public SubmissionResult withCoverage(korrektor.extract.Coverage newCoverage) {
    return new SubmissionResult(
        student,
        files,
        status,
        messages,
        score,
        maxScore,
        pendingPoints,
        questions,
        items,
        checks,
        participation,
        participationReason,
        integrity,
        newCoverage);
  }

  /**
   * This result with other items; score, per-question points, pending points and status follow from
   * them.
   */
  public SubmissionResult withItems(List<ItemResult> newItems) {
    if (status == Grading.Status.ERROR) {
      return this;
    }
    Map<String, Double> perQuestion = new java.util.LinkedHashMap<>();
    questions.keySet().forEach(q -> perQuestion.put(q, 0.0));
    double total = 0;
    double pending = 0;
    for (ItemResult i : newItems) {
      perQuestion.merge(i.question(), i.points(), Double::sum);
      total += i.points();
      if (i.verdict() == korrektor.grade.Verdict.REVIEW && !Boolean.TRUE.equals(i.overridden())) {
        pending += i.maxPoints();
      }
    }
    perQuestion.replaceAll((k, v) -> Math.round(v * 1e6) / 1e6);
    // a submission set to 0 by a rubric policy (no name on the sheet) stays at 0
    boolean zeroed =
        integrity == null && score == 0 && items.stream().mapToDouble(ItemResult::points).sum() > 0;
    if (integrity != null) {
      total = scaleTo(perQuestion, total, integrity.points());
    } else if (zeroed) {
      perQuestion.replaceAll((k, v) -> 0.0);
      total = 0;
    }
    // needs-review for reasons other than items (an unreadable file, a missing name, a scan) stays
    // so
    boolean otherReason =
        status == Grading.Status.NEEDS_REVIEW
            && items.stream()
                .noneMatch(
                    i ->
                        i.verdict() == korrektor.grade.Verdict.REVIEW
                            && !Boolean.TRUE.equals(i.overridden()));
    boolean review =
        newItems.stream()
            .anyMatch(
                i ->
                    i.verdict() == korrektor.grade.Verdict.REVIEW
                        && !Boolean.TRUE.equals(i.overridden()));
    Grading.Status st = review || otherReason ? Grading.Status.NEEDS_REVIEW : Grading.Status.GRADED;
    return new SubmissionResult(
        student,
        files,
        st,
        messages,
        Math.round(total * 1e6) / 1e6,
        maxScore,
        Math.round(pending * 1e6) / 1e6,
        perQuestion,
        newItems,
        checks,
        participation,
        participationReason,
        integrity,
        coverage);
  }

  /**
   * This result under a group or plagiarism decision: the score becomes the decision's points (at
   * most the maximum, per question in proportion), participation as the policy says, and a message
   * says why. Items keep their verdicts and points so the tutor still sees the work.
   */
  public SubmissionResult withIntegrity(
      IntegrityDecision decision, boolean counts, String message) {
    if (status == Grading.Status.ERROR) {
      return this;
    }
    Map<String, Double> perQuestion = new java.util.LinkedHashMap<>();
    questions.keySet().forEach(q -> perQuestion.put(q, 0.0));
    double total = 0;
    for (ItemResult i : items) {
      perQuestion.merge(i.question(), i.points(), Double::sum);
      total += i.points();
    }
    total = scaleTo(perQuestion, total, Math.min(decision.points(), maxScore));
    List<String> newMessages = new java.util.ArrayList<>(messages);
    newMessages.add(message.startsWith(INTEGRITY_MESSAGE) ? message : INTEGRITY_MESSAGE + message);
    IntegrityDecision capped =
        decision.points() > maxScore
            ? new IntegrityDecision(
                decision.kind(), decision.decidedBy(), maxScore, decision.reason())
            : decision;
    return new SubmissionResult(
        student,
        files,
        status,
        newMessages,
        total,
        maxScore,
        pendingPoints,
        perQuestion,
        items,
        checks,
        counts,
        decision.reason(),
        capped,
        coverage);
  }

  /** This result without an integrity decision: the items' points count again. */
  public SubmissionResult withoutIntegrity() {
    if (integrity == null) {
      return this;
    }
    List<String> kept = messages.stream().filter(m -> !m.startsWith(INTEGRITY_MESSAGE)).toList();
    double itemPoints = items.stream().mapToDouble(ItemResult::points).sum();
    return new SubmissionResult(
            student,
            files,
            status,
            kept,
            itemPoints,
            maxScore,
            pendingPoints,
            questions,
            items,
            checks)
        .withCoverage(coverage)
        .withItems(items);
  }

  /** Scales per-question points so they add up to {@code target}; returns the rounded total. */
  private static double scaleTo(Map<String, Double> perQuestion, double total, double target) {
    double factor = total > 0 ? Math.min(1, target / total) : 0;
    perQuestion.replaceAll((k, v) -> Math.round(v * factor * 1e6) / 1e6);
    return Math.round(Math.min(target, total) * 1e6) / 1e6;
  }

  public static SubmissionResult of(Student student, List<String> files, Grading g) {
    return of(student, files, g, null);
  }

  public static SubmissionResult of(
      Student student, List<String> files, Grading g, SheetChecks.Checks checks) {
    return new SubmissionResult(
            student,
            files,
            g.status(),
            g.messages(),
            g.score(),
            g.maxScore(),
            g.pendingPoints(),
            g.questionScores(),
            g.items(),
            checks)
        .withCoverage(g.coverage());
  }
}
