package korrektor.web;

import korrektor.rubric.Reveal;
import korrektor.rubric.Rubric;

/**
 * What a student may see of a rubric. A self-check runs before the deadline, so {@code tutor} and
 * {@code student} both mean student mode (verdicts and hints, never expected values); only a rubric
 * set to {@code after-deadline} reveals expected values.
 */
public final class StudentMode {
  private StudentMode() {}

  /** Whether a self-check against this rubric may show expected values. */
  public static boolean reveals(Rubric rubric) {
    return rubric.reveal() == Reveal.AFTER_DEADLINE;
  }

  /**
   * The rubric to grade with: a copy with reveal forced to student, unless it reveals after the
   * deadline.
   */
  public static Rubric of(Rubric rubric) {
    if (reveals(rubric)) {
      return rubric;
    }
    return rubric.withReveal(Reveal.STUDENT);
  }
}
