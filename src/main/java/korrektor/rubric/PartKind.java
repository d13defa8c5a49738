package korrektor.rubric;

import java.util.Locale;
import java.util.Optional;

/** What a part asks for. */
public enum PartKind {
  /** Numbers: quantities at steps, compared with expected values. */
  VALUES,
  /** A plot of the values. */
  PLOT,
  /** A short free-text answer. */
  TEXT;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<PartKind> parse(String s) {
    for (PartKind k : values()) {
      if (k.id().equalsIgnoreCase(s.trim())) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
