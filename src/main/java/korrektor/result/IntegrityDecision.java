package korrektor.result;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Objects;

/**
 * A whole-submission decision under the sheet's integrity rules, as written to {@code
 * results.json}: a group submission or a plagiarism case, who decided it, and the score it sets.
 *
 * @param kind group or plagiarism
 * @param decidedBy {@code sheet} (the students named several authors themselves) or {@code tutor}
 *     (a row in overrides.csv)
 * @param points the score the rubric's policy (or the tutor) sets for the whole submission
 * @param reason why, in a sentence
 */
public record IntegrityDecision(Kind kind, String decidedBy, double points, String reason) {

  public IntegrityDecision {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(decidedBy, "decidedBy");
    Objects.requireNonNull(reason, "reason");
  }

  /** What kind of case. */
  public enum Kind {
    GROUP,
    PLAGIARISM;

    @JsonValue
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
