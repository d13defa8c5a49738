package korrektor.document;

import java.util.Objects;

/**
 * Something wrong with a student's file, as data: what, where, and what to do about it.
 *
 * @param severity {@code ERROR} when the file could not be read at all, {@code WARNING} when part
 *     of it was skipped or is doubtful
 * @param kind what kind of problem it is; decisions (a scan goes to a tutor, …) read this, never
 *     the message
 * @param message a sentence for the tutor or student, naming the fix where there is one
 * @param location where the problem is (at least the file)
 */
public record Problem(Severity severity, Kind kind, String message, Location location) {

  /** How bad a problem is. */
  public enum Severity {
    WARNING,
    ERROR
  }

  /** What kind of problem it is, for code that decides on it; the message is for people. */
  public enum Kind {
    /** The file could not be read at all (damaged, encrypted, unsupported, too large, empty). */
    UNREADABLE,
    /** A PDF, or a page of it, has no text to read: a scan or photos, which a tutor reads. */
    NO_TEXT_LAYER,
    /** A limit was reached (lines, cells, pages, characters): the rest was skipped. */
    TRUNCATED,
    /** Part of the content was not read: an equation or embedded object, charts, drawings. */
    UNREAD_CONTENT,
    /** Bytes that are not text in a text file, or a table that breaks off; read around them. */
    DAMAGED,
    /** A file inside a zip was refused or could not be read. */
    ARCHIVE_ENTRY,
    /** Anything else. */
    OTHER
  }

  public Problem {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(location, "location");
  }

  /** An error of kind {@link Kind#UNREADABLE}: the file could not be read. */
  public static Problem error(Location location, String message) {
    return new Problem(Severity.ERROR, Kind.UNREADABLE, message, location);
  }

  public static Problem error(Kind kind, Location location, String message) {
    return new Problem(Severity.ERROR, kind, message, location);
  }

  /** A warning of kind {@link Kind#OTHER}. */
  public static Problem warning(Location location, String message) {
    return new Problem(Severity.WARNING, Kind.OTHER, message, location);
  }

  public static Problem warning(Kind kind, Location location, String message) {
    return new Problem(Severity.WARNING, kind, message, location);
  }

  /** Whether this problem is of the given kind. */
  public boolean is(Kind k) {
    return kind == k;
  }

  @Override
  public String toString() {
    return location + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + message;
  }
}
