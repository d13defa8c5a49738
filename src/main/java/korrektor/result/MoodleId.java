package korrektor.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Locale;
import java.util.Objects;

/**
 * Who a Moodle "Download all submissions" entry belongs to: the name part of its prefix and the
 * number after it. For a person the number is the participant number (per assignment, not the user
 * id); with blind marking the label is {@code Participant}; for a team submission the label is the
 * group's name and the number its group id ({@code Default group} has none).
 *
 * @param label the name part, underscores already turned into spaces by Moodle
 * @param number the number token before {@code assignsubmission}, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MoodleId(String label, Integer number) {
  public MoodleId {
    Objects.requireNonNull(label, "label");
  }

  /** Whether the prefix is blind marking's {@code Participant_<N>}. */
  public boolean blind() {
    String l = label.toLowerCase(Locale.ROOT);
    return number != null
        && (l.equals("participant")
            || l.equals("teilnehmer/in")
            || l.equals("teilnehmer in")
            || l.equals("teilnehmerin"));
  }

  /** Whether this is the team of users without a group. */
  public boolean defaultGroup() {
    return number == null
        && (label.equalsIgnoreCase("Default group") || label.equalsIgnoreCase("Standardgruppe"));
  }

  /** The student id Korrektor uses in its own outputs: the number, else the label. */
  public String key() {
    return number != null ? String.valueOf(number) : label;
  }

  /**
   * The name shown for this submission: the full name, {@code Participant 5}, or the group's name.
   */
  public String displayName() {
    return blind() ? "Participant " + number : label;
  }
}
