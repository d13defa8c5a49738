package korrektor.grade.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits answer text into comparable words: lower case, umlauts folded ({@code ä} → {@code ae}),
 * {@code n't} → {@code not}, word endings of English and German stripped ({@code vanishing}, {@code
 * vanishes} → {@code vanish}; {@code explodieren} → {@code explod}). Punctuation that ends a clause
 * is kept as the token {@code |}, so negation does not reach across it.
 */
public final class Words {
  /** The token that marks a clause boundary. */
  public static final String BREAK = "|";

  private static final String[] SUFFIXES = {
    "ierenden",
    "ierende",
    "ieren",
    "ungen",
    "ation",
    "ende",
    "ing",
    "ung",
    "ies",
    "ed",
    "es",
    "en",
    "er",
    "em",
    "ly",
    "e",
    "s",
    "n"
  };

  private static final Pattern NOT = Pattern.compile("n't\\b");

  private Words() {}

  /**
   * The stemmed tokens of {@code text}, with {@link #BREAK} for clause-ending punctuation, and
   * {@linkplain Synonyms synonyms} read as the word the rubric uses.
   */
  public static List<String> tokens(String text) {
    return Synonyms.apply(plainTokens(text));
  }

  /** The stemmed tokens of {@code text}, without reading synonyms. */
  static List<String> plainTokens(String text) {
    String s = fold(text).replace("’", "'");
    if (s.contains("n't")) {
      s = NOT.matcher(s).replaceAll(" not");
    }
    List<String> out = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    for (int i = 0; i <= s.length(); i++) {
      char ch = i < s.length() ? s.charAt(i) : ' ';
      if (Character.isLetterOrDigit(ch) || ch == '*') {
        w.append(ch);
        continue;
      }
      if (!w.isEmpty()) {
        out.add(stem(w.toString()));
        w.setLength(0);
      }
      if (ch == '.' || ch == ',' || ch == ';' || ch == ':' || ch == '!' || ch == '?' || ch == '('
          || ch == ')') {
        if (!out.isEmpty() && !out.get(out.size() - 1).equals(BREAK)) {
          out.add(BREAK);
        }
      }
    }
    return out;
  }

  /** Number of words (not breaks) in {@code text}. */
  public static int count(String text) {
    return (int) tokens(text).stream().filter(t -> !t.equals(BREAK)).count();
  }

  /**
   * Lower case, umlauts spelled out, compatibility forms (², ⁽, ﬁ) plain, and a step index joined
   * to its letter: {@code h(2)}, {@code h_2}, {@code h_{2}}, {@code h^{(2)}}, {@code h⁽²⁾} are all
   * {@code h2}.
   */
  static String fold(String text) {
    String s = text;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 128) {
        s = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC);
        break;
      }
    }
    s = korrektor.extract.Text.fold(s);
    if (s.indexOf('(') >= 0 || s.indexOf('_') >= 0 || s.indexOf('^') >= 0 || s.indexOf('[') >= 0) {
      s = INDEX.matcher(s).replaceAll(m -> m.group(1) + m.group(2).replace(" ", ""));
    }
    return s.replace('-', ' ').replace('_', ' ');
  }

  private static final Pattern INDEX =
      Pattern.compile(
          "(?<![\\p{L}\\d])([a-z])(?:_\\s*\\{?\\s*\\(?|\\^\\s*\\{?\\s*\\(|\\(|\\[)\\s*(\\d{1,2}|t\\s*-\\s*1|t)\\s*[)}\\]]*");

  /**
   * Strips up to two endings, keeping at least three characters; {@code *} (a prefix marker) stays.
   */
  static String stem(String word) {
    if (word.endsWith("*")) {
      return word;
    }
    String w = word;
    for (int round = 0; round < 2; round++) {
      String before = w;
      for (String suf : SUFFIXES) {
        if (w.length() - suf.length() >= 3
            && w.endsWith(suf)
            && !w.chars().allMatch(Character::isDigit)) {
          w = w.substring(0, w.length() - suf.length());
          break;
        }
      }
      if (w.equals(before)) {
        break;
      }
    }
    return w;
  }

  /**
   * Whether an answer word matches a phrase word: equal, a prefix ({@code explo*}), a small typo
   * (one edit from five characters, two from nine), the start of a German compound (a phrase word
   * of six or more characters that begins the answer word) or its end after a prefix (seven or more
   * characters).
   */
  static boolean same(String phraseWord, String answerWord) {
    if (phraseWord.equals(answerWord)) {
      return true;
    }
    if (phraseWord.endsWith("*")) {
      int prefix = phraseWord.length() - 1; // without the '*'
      // the answer word is stemmed ("explodieren" -> "explod"), so it may be shorter than the
      // prefix
      return answerWord.regionMatches(0, phraseWord, 0, prefix) // answerWord starts with the prefix
          || answerWord.length() >= 5
              && answerWord.length() <= prefix
              && phraseWord.regionMatches(
                  0, answerWord, 0, answerWord.length()); // the prefix starts with answerWord
    }
    if (phraseWord.length() >= 6 && answerWord.startsWith(phraseWord)) {
      return true;
    }
    if (phraseWord.length() >= 7 && answerWord.endsWith(phraseWord)) {
      return true; // a German verb with a prefix: "runterskalieren" is "skalieren"
    }
    int len = Math.min(phraseWord.length(), answerWord.length());
    if (phraseWord.length() == answerWord.length()
        && len > 1
        && phraseWord.regionMatches(0, answerWord, 0, len - 1)) {
      return false; // a different last letter is another word ("explod" vs "explor"), not a typo
    }
    int allowed = len >= 9 ? 2 : len >= 5 ? 1 : 0;
    return allowed > 0
        && Math.abs(phraseWord.length() - answerWord.length()) <= allowed
        && distance(phraseWord, answerWord) <= allowed;
  }

  static int distance(String a, String b) {
    return korrektor.rubric.EditDistance.between(a, b);
  }
}
