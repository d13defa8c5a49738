package korrektor.document.numbering;

/**
 * The counters of one list over its levels, as a word processor keeps them: a paragraph counted at
 * a level shows the next number there (its level's start the first time), and a deeper level starts
 * again after it unless that level's restart limit says otherwise.
 */
public final class ListCounters {

  /** Levels a list may have (Word has 9, OpenDocument 10). */
  public static final int LEVELS = 10;

  /** What the counters need to know about a list's levels. */
  public interface Levels {
    /** The number a level starts at. */
    int start(int level);

    /**
     * A paragraph counted at a level below this one (shallower) starts this level again: the level
     * itself by default (every shallower level restarts it), 0 for never.
     */
    default int restartLimit(int level) {
      return level;
    }
  }

  private final int[] values = new int[LEVELS];
  private final boolean[] counted = new boolean[LEVELS];

  /**
   * Counts one paragraph at {@code level} (0-based, below {@link #LEVELS}) and returns the numbers
   * of levels 0 … {@code level} as they are shown; a shallower level not yet counted shows its
   * start.
   */
  public int[] count(int level, Levels levels) {
    return count(level, null, levels);
  }

  /**
   * As {@link #count(int, Levels)}, with the paragraph's own number when it sets one ({@code
   * value}).
   */
  public int[] count(int level, Integer value, Levels levels) {
    if (level < 0 || level >= LEVELS) {
      throw new IllegalArgumentException("level must be 0 to " + (LEVELS - 1) + ": " + level);
    }
    if (value != null) {
      values[level] = value;
    } else if (counted[level]) {
      values[level] = values[level] == Integer.MAX_VALUE ? Integer.MAX_VALUE : values[level] + 1;
    } else {
      values[level] = levels.start(level);
    }
    counted[level] = true;
    for (int deeper = level + 1; deeper < LEVELS; deeper++) {
      if (level < levels.restartLimit(deeper)) {
        counted[deeper] = false;
      }
    }
    int[] numbers = new int[level + 1];
    for (int k = 0; k <= level; k++) {
      numbers[k] = counted[k] ? values[k] : levels.start(k);
    }
    return numbers;
  }

  /** The next paragraph at {@code level} starts again at that level's start. */
  public void restart(int level) {
    if (level >= 0 && level < LEVELS) {
      counted[level] = false;
    }
  }
}
