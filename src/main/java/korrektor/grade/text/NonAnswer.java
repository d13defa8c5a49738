package korrektor.grade.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Answers that are no answer: nothing but marks ({@code -}, {@code ?}, {@code …}), "I don't know"
 * in its many forms, or a pointer to something elsewhere ({@code see plot}, {@code siehe oben}).
 */
public final class NonAnswer {
  /** What kind of non-answer. */
  public enum Kind {
    /** Only marks or nothing. */
    BLANK,
    /** The student says they do not know. */
    DONT_KNOW,
    /** A pointer to another place instead of an answer. */
    ELSEWHERE
  }

  private static final Pattern BLANK =
      Pattern.compile(
          "[\\p{Punct}\\s…–—•·]*|(?i)(?:n/?a|tbd|todo|leer|empty|none|keine)[.!]?"
              + "|(?is)(?:todo|tbd|fixme)\\b.*");
  private static final List<String> DONT_KNOW =
      List.of(
          "don't know",
          "dont know",
          "do not know",
          "no idea",
          "keine ahnung",
          "weiss nicht",
          "weiß nicht",
          "weiss ich nicht",
          "weiß ich nicht",
          "not sure",
          "k.a.",
          "k. a.",
          "idk",
          "no clue",
          "keinen plan",
          "kein plan",
          "unsure",
          "?!");
  private static final Pattern ELSEWHERE =
      Pattern.compile(
          "(?iu)^\\W*(?:see|siehe|s\\.|cf\\.?|vgl\\.?|refer to|look at)\\s+"
              + "(?:the\\s+|die\\s+|den\\s+|das\\s+|der\\s+|my\\s+|meine[nm]?\\s+)?"
              + "(?:above|below|oben|unten|plot|graph|figure|fig\\.?|abbildung|abb\\.?|grafik|zeichnung|drawing|sketch|skizze|"
              + "rechnung|calculation|code|notebook|table|tabelle|attachment|anhang|file|datei|excel|sheet|pdf|page|seite|"
              + "previous|vorherige|appendix)\\b.{0,40}$");

  private NonAnswer() {}

  /** The kind of non-answer {@code text} is, or null when it is an answer. */
  public static Kind of(String text) {
    String s = text.strip();
    if (BLANK.matcher(s).matches()) {
      return Kind.BLANK;
    }
    if (Words.count(s) <= 6) {
      ConceptMatcher m = new ConceptMatcher(s);
      if (m.find(DONT_KNOW) != null
          || s.toLowerCase(java.util.Locale.ROOT).matches("\\W*(?:idk|\\?+|k\\.?\\s?a\\.?)\\W*")) {
        return Kind.DONT_KNOW;
      }
    }
    if (ELSEWHERE.matcher(s).matches()) {
      return Kind.ELSEWHERE;
    }
    return null;
  }

  /** The feedback for a non-answer. */
  public static String feedback(Kind kind, String text) {
    return switch (kind) {
      case BLANK -> "No answer was written here.";
      case DONT_KNOW -> "Your answer says you do not know.";
      case ELSEWHERE ->
          "Your answer points elsewhere ('"
              + text.strip()
              + "'); answers are graded where they are "
              + "written, so write the answer here.";
    };
  }
}
