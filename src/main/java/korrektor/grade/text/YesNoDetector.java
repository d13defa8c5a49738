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
  public enum Answer {
    YES,
    NO,
    UNCLEAR
  }

  private static final List<String> NO_PHRASES =
      List.of(
          "not the same",
          "not same",
          "not equal",
          "not identical",
          "different",
          "differ",
          "differs",
          "distinct",
          "nicht gleich",
          "nicht dasselbe",
          "nicht derselbe",
          "nicht identisch",
          "nicht der gleiche",
          "nicht die gleiche",
          "nicht das gleiche",
          "unterschiedlich",
          "verschieden",
          "unterscheiden",
          "ist anders",
          "sind anders",
          "anders als",
          "ungleich",
          "larger",
          "higher",
          "bigger",
          "greater",
          "increases",
          "increase",
          "grows",
          "smaller",
          "lower",
          "groesser",
          "hoeher",
          "steigt",
          "waechst",
          "kleiner",
          "niedriger",
          "not equal",
          "changes",
          "changed",
          "aendert sich",
          "veraendert");
  private static final List<String> YES_PHRASES =
      List.of(
          "the same",
          "is same",
          "are same",
          "identical",
          "equal",
          "gleich",
          "dasselbe",
          "derselbe",
          "identisch");

  private static final java.util.Set<String> FIRST_NO =
      java.util.Set.of(
          Words.stem("no"),
          Words.stem("nein"),
          Words.stem("nope"),
          Words.stem("ne"),
          Words.stem("nee"),
          Words.stem("noe"),
          Words.stem("nah"),
          Words.stem("nö"));

  /**
   * A "same" next to these words is about the input or the weights, not the output ("the same
   * input").
   */
  private static final java.util.Set<String> NOT_THE_OUTPUT =
      java.util.Set.copyOf(
          Words.tokens(
              "input inputs x eingabe eingang weights gewichte parameters parameter matrices matrizen w u b bias x1 x3 0.7"));

  private static final java.util.Set<String> FIRST_YES =
      java.util.Set.of(Words.stem("yes"), Words.stem("ja"), Words.stem("yeah"));

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
    ConceptMatcher.Match yes = null;
    for (ConceptMatcher.Match candidate : m.findAll(YES_PHRASES)) {
      if (!aboutInput(m.tokens(), candidate)) {
        yes = candidate;
        break;
      }
    }
    int noAt =
        no != null && !no.negated() ? no.start() : yes != null && yes.negated() ? yes.start() : -1;
    int yesAt =
        yes != null && !yes.negated() && (no == null || !overlaps(no, yes)) ? yes.start() : -1;
    if (noAt >= 0 && yesAt >= 0) {
      return noAt <= yesAt ? Answer.NO : Answer.YES;
    }
    return noAt >= 0 ? Answer.NO : yesAt >= 0 ? Answer.YES : Answer.UNCLEAR;
  }

  /**
   * Whether a "same" speaks of the input or the weights: "the same input", "the input is the same",
   * not "they are the same because x is 0.7".
   */
  private static boolean aboutInput(List<String> tokens, ConceptMatcher.Match m) {
    if (m.end() < tokens.size() && NOT_THE_OUTPUT.contains(tokens.get(m.end()))) {
      return true; // "the same input"
    }
    for (int i = m.start() - 1;
        i >= 0 && i >= m.start() - 3 && !tokens.get(i).equals(Words.BREAK);
        i--) {
      if (NOT_THE_OUTPUT.contains(tokens.get(i))) {
        return i == m.start() - 1
            || COPULAS.contains(tokens.get(i + 1)); // "x is the same", "input the same"
      }
    }
    return false;
  }

  private static final java.util.Set<String> COPULAS =
      java.util.Set.copyOf(Words.tokens("is are ist sind bleibt bleiben stays remains"));

  private static boolean overlaps(ConceptMatcher.Match a, ConceptMatcher.Match b) {
    return a.start() < b.end() && b.start() < a.end();
  }
}
