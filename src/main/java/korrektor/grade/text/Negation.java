package korrektor.grade.text;

import java.util.List;
import java.util.Set;

/**
 * Notices a negation in front of a matched phrase ({@code does not prevent exploding gradients},
 * {@code verhindert keine}) within the same clause.
 */
public final class Negation {
  private static final Set<String> NEGATORS =
      stems(
          "not", "no", "never", "neither", "nor", "without", "cannot", "nicht", "kein", "keine",
          "keinen", "keiner", "nie", "niemals", "ohne", "weder");
  private static final Set<String> CLAUSE_STARTS =
      stems(
          "but", "because", "so", "since", "which", "that", "and", "aber", "weil", "da", "sondern",
          "daher", "dadurch", "und", "denn", "somit", "deshalb");
  private static final int WINDOW = 4;

  private Negation() {}

  private static Set<String> stems(String... words) {
    return java.util.Arrays.stream(words)
        .map(Words::stem)
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  /** Whether a negation stands within four words before {@code start}, in the same clause. */
  public static boolean before(List<String> tokens, int start) {
    for (int i = start - 1; i >= 0 && i >= start - WINDOW; i--) {
      String t = tokens.get(i);
      if (t.equals(Words.BREAK) || CLAUSE_STARTS.contains(t)) {
        return false;
      }
      if (NEGATORS.contains(t)) {
        return true;
      }
    }
    return false;
  }

  static boolean isNegator(String stemmedWord) {
    return NEGATORS.contains(stemmedWord);
  }
}
