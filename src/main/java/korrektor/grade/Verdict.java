package korrektor.grade;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The verdict on one item. */
public enum Verdict {
  /** Within tolerance of the expected value. */
  CORRECT,
  /** Found, but not within tolerance. */
  WRONG,
  /** A free-text answer that earns some but not all of its points. */
  PARTIAL,
  /** Not found in the submission. */
  MISSING,
  /**
   * A tutor has to decide: unsure extraction, conflicting values, or a part not graded
   * automatically.
   */
  REVIEW,
  /** Wrong against the reference, but computed correctly from the student's own earlier values. */
  FOLLOW_THROUGH,
  /** Computed with an accepted convention the rubric lists (e.g. tanh for the candidate). */
  ALTERNATIVE,
  /** Explained by a named mistake (the rubric's or an automatic variant); see {@code mistake}. */
  MISCONCEPTION;

  /**
   * As in results.json: lower case, hyphens ({@code follow-through}); made once, used for every
   * item.
   */
  private final String id = name().toLowerCase(Locale.ROOT).replace('_', '-');

  @JsonValue
  public String id() {
    return id;
  }

  public boolean isDecided() {
    return this != REVIEW;
  }
}
