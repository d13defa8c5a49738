package korrektor.integrity;

import java.util.Locale;

/**
 * One reason two submissions look alike, with both sides as written.
 *
 * @param kind what is shared
 * @param what the item, file or metadata key
 * @param left the first student's side
 * @param right the second student's side
 * @param shared how many students of the class share it ({@code 0} when not counted)
 * @param weight what it adds to the pair's score
 */
public record Evidence(
    Kind kind, String what, String left, String right, int shared, double weight) {

  /** Kinds of evidence, strongest kinds first. */
  public enum Kind {
    IDENTICAL_FILE,
    SHARED_WRONG_VALUE,
    SHARED_VALUE,
    ROUNDING,
    TEXT,
    METADATA;

    public String id() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }
}
