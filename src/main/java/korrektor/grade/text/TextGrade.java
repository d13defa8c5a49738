package korrektor.grade.text;

/**
 * The grade of one free-text part.
 *
 * @param verdict the verdict
 * @param points points awarded (0 under review)
 * @param feedback a sentence for the student
 * @param reason why a tutor has to look (review), else null
 * @param nonAnswer what kind of non-answer was written (blank, "don't know", "see above"), or null
 *     for an answer; decisions read this, never the feedback text
 */
public record TextGrade(
    Kind verdict, double points, String feedback, String reason, NonAnswer.Kind nonAnswer) {
  /** Verdicts a text part can get. */
  public enum Kind {
    CORRECT,
    PARTIAL,
    WRONG,
    REVIEW,
    MISSING
  }

  /** A grade of an answer (not a non-answer). */
  public TextGrade(Kind verdict, double points, String feedback, String reason) {
    this(verdict, points, feedback, reason, null);
  }

  /** This grade with other feedback (e.g. a hint that names no expected answer). */
  public TextGrade withFeedback(String newFeedback) {
    return new TextGrade(verdict, points, newFeedback, reason, nonAnswer);
  }

  /**
   * The grade of a non-answer: missing when blank, else 0 points; its feedback says what was
   * written.
   */
  static TextGrade nonAnswer(NonAnswer.Kind kind, String text, double max) {
    String feedback = NonAnswer.feedback(kind, text);
    TextGrade g = kind == NonAnswer.Kind.BLANK ? missing(feedback) : scored(0, max, feedback);
    return new TextGrade(g.verdict(), g.points(), g.feedback(), g.reason(), kind);
  }

  static TextGrade missing(String feedback) {
    return new TextGrade(Kind.MISSING, 0, feedback, null);
  }

  static TextGrade review(String feedback, String reason) {
    return new TextGrade(Kind.REVIEW, 0, feedback, reason);
  }

  /** Correct when {@code points} reach {@code max}, partial above 0, wrong at 0. */
  static TextGrade scored(double points, double max, String feedback) {
    double p = Math.max(0, Math.min(points, max));
    p = Math.round(p * 1e6) / 1e6;
    Kind k = p >= max - 1e-9 ? Kind.CORRECT : p > 0 ? Kind.PARTIAL : Kind.WRONG;
    return new TextGrade(k, p, feedback, null);
  }
}
