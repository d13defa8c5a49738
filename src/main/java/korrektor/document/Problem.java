package korrektor.document;

import java.util.Objects;

/**
 * Something wrong with a student's file, as data: what, where, and what to do about it.
 *
 * @param severity {@code ERROR} when the file could not be read at all, {@code WARNING} when part
 *     of it was skipped or is doubtful
 * @param message a sentence for the tutor or student, naming the fix where there is one
 * @param location where the problem is (at least the file)
 */
public record Problem(Severity severity, String message, Location location) {

  /** How bad a problem is. */
  public enum Severity {
    WARNING,
    ERROR
  }

  public Problem {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(location, "location");
  }

  public static Problem error(Location location, String message) {
    return new Problem(Severity.ERROR, message, location);
  }

  public static Problem warning(Location location, String message) {
    return new Problem(Severity.WARNING, message, location);
  }

  @Override
  public String toString() {
    return location + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + message;
  }
}
