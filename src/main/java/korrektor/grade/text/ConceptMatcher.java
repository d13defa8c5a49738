package korrektor.grade.text;

import java.util.List;
import korrektor.extract.BoundedMemo;

/**
 * Finds a rubric phrase in an answer: the phrase's words in order, each matched by {@link
 * Words#same}, with at most two other words between them and no clause break.
 */
public final class ConceptMatcher {
  private static final int MAX_GAP = 2;

  /** Where a phrase was found. */
  public record Match(String phrase, int start, int end, boolean negated) {}

  /** Rubric phrases are few and asked for every student: their words are kept. */
  private static final BoundedMemo<String, List<String>> PHRASES = new BoundedMemo<>(10_000);

  private final List<String> answer;

  private static List<String> phraseWords(String phrase) {
    return PHRASES.get(
        phrase, p -> Words.tokens(p).stream().filter(w -> !w.equals(Words.BREAK)).toList());
  }

  public ConceptMatcher(String answerText) {
    this.answer = Words.tokens(answerText);
  }

  public List<String> tokens() {
    return answer;
  }

  /**
   * The best match of any of {@code phrases}: a match without negation in front wins over a negated
   * one; null when none matches.
   */
  public Match find(List<String> phrases) {
    Match negated = null;
    for (String phrase : phrases) {
      List<String> words = phraseWords(phrase);
      if (words.isEmpty()) {
        continue;
      }
      for (int start = 0; start < answer.size(); start++) {
        int end = matchAt(words, start);
        if (end < 0) {
          continue;
        }
        boolean neg = Negation.before(answer, start) && !Negation.isNegator(words.get(0));
        Match m = new Match(phrase, start, end, neg);
        if (!neg) {
          return m;
        }
        if (negated == null) {
          negated = m;
        }
      }
    }
    return negated;
  }

  /** Every match of any of {@code phrases}, in the order of the answer. */
  public List<Match> findAll(List<String> phrases) {
    List<Match> out = new java.util.ArrayList<>();
    for (String phrase : phrases) {
      List<String> words = phraseWords(phrase);
      if (words.isEmpty()) {
        continue;
      }
      for (int start = 0; start < answer.size(); start++) {
        int end = matchAt(words, start);
        if (end >= 0) {
          boolean neg = Negation.before(answer, start) && !Negation.isNegator(words.get(0));
          out.add(new Match(phrase, start, end, neg));
        }
      }
    }
    out.sort(java.util.Comparator.comparingInt(Match::start));
    return out;
  }

  /** The index after the phrase's last word when the phrase starts at {@code start}, else -1. */
  private int matchAt(List<String> words, int start) {
    if (!Words.same(words.get(0), answer.get(start))) {
      return -1;
    }
    int pos = start + 1;
    for (int k = 1; k < words.size(); k++) {
      boolean found = false;
      // "not explode" must not match "not prevent exploding": a negator binds the next word only
      int maxGap = Negation.isNegator(words.get(k - 1)) ? 0 : MAX_GAP;
      for (int gap = 0; gap <= maxGap && pos + gap < answer.size(); gap++) {
        String t = answer.get(pos + gap);
        if (t.equals(Words.BREAK)) {
          break;
        }
        if (Words.same(words.get(k), t)) {
          pos = pos + gap + 1;
          found = true;
          break;
        }
        if (Negation.isNegator(t)) {
          break; // "reduces not the parameters" is not "reduces the parameters"
        }
      }
      if (!found) {
        return -1;
      }
    }
    return pos;
  }
}
