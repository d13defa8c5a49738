package korrektor.rubric;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What the sheet's rules say beyond points ({@code policies:} in a rubric).
 *
 * @param missingName what happens when the student's name is not on the sheet ("Nameless files
 *     will NOT be graded"): flag it for review, or score it 0
 */
public record Policies(MissingName missingName) {

  /** The default: a missing name is flagged, not punished. */
  public static final Policies DEFAULT = new Policies(MissingName.FLAG);

  public Policies {
    Objects.requireNonNull(missingName, "missingName");
  }

  /** What to do with a submission whose sheet does not carry the student's name. */
  public enum MissingName {
    FLAG,
    ZERO;

    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<MissingName> parse(String s) {
      for (MissingName m : values()) {
        if (m.id().equals(s.strip().toLowerCase(Locale.ROOT))) {
          return Optional.of(m);
        }
      }
      return Optional.empty();
    }
  }
}
