package korrektor.rubric;

import java.util.Locale;
import java.util.Optional;

/**
 * What feedback may show: everything (tutor), verdicts and hints only (student), or everything once
 * the deadline has passed.
 */
public enum Reveal {
  TUTOR("tutor"),
  STUDENT("student"),
  AFTER_DEADLINE("after-deadline");

  private final String id;

  Reveal(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Optional<Reveal> parse(String s) {
    String n = s.trim().toLowerCase(Locale.ROOT);
    for (Reveal r : values()) {
      if (r.id.equals(n)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
