package korrektor.extract;

import java.util.List;

/**
 * What became of every number the student wrote: read as an answer, set aside as a distractor (a
 * parameter or input of the sheet, a step, an id, a date, part of a calculation), or unexplained. A
 * number that is unexplained is never dropped silently: while items are missing, it sends them to a
 * tutor with its location. Field names are part of {@code results.json}.
 *
 * @param numbers all numbers found in the submission's files
 * @param attributed numbers read as the value of an item
 * @param distractors numbers a tutor would set aside, with no item to read them for
 * @param unexplained the other numbers, with where they stand (at most {@link #MAX_LISTED} listed)
 */
public record Coverage(
    int numbers, int attributed, int distractors, List<Unexplained> unexplained) {
  /** Unexplained numbers listed at most (the count in {@code numbers} is complete). */
  public static final int MAX_LISTED = 50;

  /** Nothing read. */
  public static final Coverage EMPTY = new Coverage(0, 0, 0, List.of());

  /**
   * A number nobody could place.
   *
   * @param value the value
   * @param text the number as written
   * @param location where it stands
   */
  public record Unexplained(double value, String text, String location) {}

  public Coverage {
    unexplained = List.copyOf(unexplained);
  }

  /** The sum of two submissions' parts (several files of one student). */
  public Coverage plus(Coverage other) {
    List<Unexplained> all = new java.util.ArrayList<>(unexplained);
    for (Unexplained u : other.unexplained) {
      if (all.size() < MAX_LISTED) {
        all.add(u);
      }
    }
    return new Coverage(
        numbers + other.numbers,
        attributed + other.attributed,
        distractors + other.distractors,
        all);
  }
}
