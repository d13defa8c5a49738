package korrektor.grade.text;

import java.util.List;
import java.util.Optional;

/**
 * Reads the yes/no of an answer to a question like "is the output at t = 1 the same as at t = 3?":
 * a leading {@code No}/{@code Nein}/{@code Yes}/{@code Ja}, or a statement ({@code not the same},
 * {@code different}, {@code unterschiedlich}; {@code the same}, {@code identical}, {@code gleich}).
 */
public final class YesNoDetector {
  /** What the answer says. */
  public enum Answer { YES, NO, UNCLEAR }

  private static final List<String> NO_PHRASES = List.of("not the same", "not same", "not equal", "not identical",
      "different", "differ", "differs", "distinct", "nicht gleich", "nicht dasselbe", "nicht derselbe",
      "nicht identisch", "nicht der gleiche", "nicht die gleiche", "nicht das gleiche", "unterschiedlich",
      "verschieden", "unterscheiden", "anders", "ungleich");
  private static final List<String> YES_PHRASES = List.of("the same", "is same", "are same", "identical", "equal",
      "gleich", "dasselbe", "derselbe", "identisch");

  private static final java.util.Set<String> FIRST_NO = java.util.Set.of(Words.stem("no"), Words.stem("nein"), Words.stem("nope"));
  private static final java.util.Set<String> FIRST_YES = java.util.Set.of(Words.stem("yes"), Words.stem("ja"), Words.stem("yeah"));

  private YesNoDetector() {}

  /** The answer's yes or no; {@code UNCLEAR} when it says neither, or both. */
  public static Answer detect(String text) {
    List<String> tokens = Words.tokens(text);
    Optional<String> first = tokens.stream().filter(t -> !t.equals(Words.BREAK)).findFirst();
    if (first.isPresent()) {
      String f = first.get();
      if (FIRST_NO.contains(f)) {
        return Answer.NO;
      }
      if (FIRST_YES.contains(f)) {
        return Answer.YES;
      }
    }
    ConceptMatcher m = new ConceptMatcher(text);
    ConceptMatcher.Match no = m.find(NO_PHRASES);
    ConceptMatcher.Match yes = m.find(YES_PHRASES);
    int noAt = no != null && !no.negated() ? no.start() : yes != null && yes.negated() ? yes.start() : -1;
    int yesAt = yes != null && !yes.negated() && (no == null || !overlaps(no, yes)) ? yes.start() : -1;
    if (noAt >= 0 && yesAt >= 0) {
      return noAt <= yesAt ? Answer.NO : Answer.YES;
    }
    return noAt >= 0 ? Answer.NO : yesAt >= 0 ? Answer.YES : Answer.UNCLEAR;
  }

  private static boolean overlaps(ConceptMatcher.Match a, ConceptMatcher.Match b) {
    return a.start() < b.end() && b.start() < a.end();
  }
}
