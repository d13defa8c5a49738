package korrektor.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the label a paragraph starts with: a question's heading ({@code Aufgabe 16}, {@code Q17:},
 * {@code ## 16}, a line holding only {@code 16}) or a part's label ({@code a)}, {@code (b)}, {@code
 * 16 c:}, {@code 16.4}, {@code **d)**}, {@code - e:}, {@code Teil a}, a list number {@code 2.} or
 * {@code ii)} that counts the parts), and finds labels inside a paragraph ({@code … genauso 16b
 * Weniger Gewichte …}).
 */
final class Labels {
  /**
   * A label.
   *
   * @param question the question it names, or null
   * @param letter the part letter it names ({@code a}), or null
   * @param index the part's number in its question (1 for the first), or 0
   * @param end where the text after the label starts
   * @param part the part it names by the part's own words ({@code same-output}), or null
   */
  record Head(String question, String letter, int index, int end, String part) {
    Head(String question, String letter, int index, int end) {
      this(question, letter, index, end, null);
    }

    /** A question's heading: it names a question and no part. */
    boolean isHeading() {
      return question != null && letter == null && index == 0 && part == null;
    }
  }

  private static final String MARKS = "^[\\s>#*•·\\-–—_]*";
  private static final String KEYWORD =
      "(?iu:q|question|aufgabe|frage|task|exercise|problem|übung|uebung|nr\\.?|no\\.?|teil|part|"
          + "antwort|answer|a(?=\\s*\\d))";
  private static final Pattern HEADING =
      Pattern.compile(
          MARKS
              + "(?:"
              + KEYWORD
              + ")\\s*[.:#]?\\s*(\\d{1,3})(?![\\d.,]\\d)"
              + "(?![ \\t]*[.\\-]?[ \\t]*\\(?[a-z](?:[).:\\]]|[ \\t]|$))[ \\t]*[.:)\\-–—]?\\s*",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * A line that is only a number (and maybe its points or a short title): "16", "17.", "16) RNN
   * recap".
   */
  private static final Pattern BARE_HEADING =
      Pattern.compile(
          MARKS
              + "(\\d{1,3})\\s*[.:)]?\\s*(?:\\([^)]{0,30}\\))?\\s*"
              + "(?:[A-ZÄÖÜ][^.?!=|]{0,60})?$");

  /** "17 – forward pass (results in results.csv)": a number, a dash and a title. */
  private static final Pattern DASH_HEADING =
      Pattern.compile(
          MARKS
              + "(\\d{1,3})\\s*[-–—]\\s+(?!(?i:no|yes|nein|ja)\\b)"
              + "[^?!=|\\n]{1,100}(?<![.,;])$");

  private static final Pattern PART =
      Pattern.compile(
          MARKS
              + "(?:(?:"
              + KEYWORD
              + ")\\s*[.:]?\\s*)?(?:(\\d{1,3})\\s*(?:[.\\-–:/]\\s*)?)?"
              + "(?:\\(\\s*([a-zA-Z])\\s*\\)|\\[\\s*([a-zA-Z])\\s*]|([a-z])(?=\\)|[.:](?!\\p{L})|\\s*\\|)|([A-Z])(?=[):]|\\s*\\|))[).:]?[\\s*_]*[-–:|]?\\s*",
          Pattern.UNICODE_CASE);

  /** A question's number and a letter without a mark after it: "16a Weniger …", "16 b". */
  private static final Pattern NUMBER_LETTER =
      Pattern.compile(
          MARKS
              + "(?:(?:"
              + KEYWORD
              + ")\\s*[.:]?\\s*)?(\\d{1,3})\\s*[.\\-]?\\s*"
              + "([a-z])(?![\\p{L}\\d])[).:]?[\\s*_]*[-–:|]?\\s*",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** "16.2": the question's second part. */
  private static final Pattern NUMBER_INDEX =
      Pattern.compile(
          MARKS
              + "(?:(?:"
              + KEYWORD
              + ")\\s*[.:]?\\s*)?(\\d{1,3})\\.(\\d)(?![\\d.,])"
              + "[).:]?\\s*",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** "17) No, …", "17: see the CSV": a question's number and its answer as a whole. */
  private static final Pattern NUMBER_ANSWER =
      Pattern.compile(MARKS + "(\\d{1,3})(?:\\s*[):|]\\s*|\\s+(?=[A-ZÄÖÜ]))(?=\\S)");

  /** "2." "(3)" "iv)": a list number counting the parts. */
  private static final Pattern LIST_INDEX =
      Pattern.compile(
          MARKS + "(?:\\(?(\\d)[.)]|\\(?(i{1,3}|iv|v|vi)[.)])(?![\\d.,]\\d)[\\s*_]*",
          Pattern.CASE_INSENSITIVE);

  /**
   * A label inside a paragraph: "… genauso 16b Weniger …", "… simpler. - c: Limiting …", "… stable.
   * (d) The …".
   */
  private static final Pattern INLINE =
      Pattern.compile(
          "(?<=\\S)\\s+(?:[-–•]\\s*)?(?:(\\d{1,3})\\s*([a-z])(?:[).:]|\\s)"
              + "|(?<=[.!?;)]\\s{0,3})(?:[-–•]\\s*)?\\(?([a-z])\\)\\s|(?<=[.!?;)]\\s{0,3})[-–•]\\s*([a-z])[.:]\\s)");

  private static final Pattern ANY_START =
      Pattern.compile(
          MARKS
              + "(?:(?:"
              + KEYWORD
              + ")\\s*[.:]?\\s*\\d|\\d{1,3}\\s*[.\\-]?\\s*[a-z]"
              + "(?![\\p{L}\\d])|\\(?[a-z][).:]|\\[[a-z]]|\\d\\.\\d(?![\\d.,]))",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private Labels() {}

  /** A cheap test: whether a line could start with a question's or a part's label. */
  static boolean startsWithLabel(String line) {
    return ANY_START.matcher(line).lookingAt();
  }

  /**
   * The label a paragraph starts with, or null. Only the rubric's questions and part letters count;
   * a list number counts only up to {@code listNumbers}, the number of parts of the question whose
   * section the paragraph is in (0: none).
   */
  static Head read(String text, Set<String> questions, Set<String> letters, int listNumbers) {
    String s = prefix(text);
    Matcher m = NUMBER_INDEX.matcher(s);
    if (m.lookingAt() && questions.contains(m.group(1))) {
      return new Head(m.group(1), null, Integer.parseInt(m.group(2)), m.end());
    }
    m = PART.matcher(s);
    if (m.lookingAt()) {
      String q = m.group(1);
      String letter = first(m.group(2), m.group(3), m.group(4), m.group(5));
      if (letter != null
          && letters.contains(letter.toLowerCase(Locale.ROOT))
          && (q == null || questions.contains(q))) {
        return new Head(q, letter.toLowerCase(Locale.ROOT), 0, m.end());
      }
    }
    m = NUMBER_LETTER.matcher(s);
    if (m.lookingAt()
        && questions.contains(m.group(1))
        && letters.contains(m.group(2).toLowerCase(Locale.ROOT))) {
      return new Head(m.group(1), m.group(2).toLowerCase(Locale.ROOT), 0, m.end());
    }
    m = HEADING.matcher(s);
    if (m.lookingAt() && questions.contains(m.group(1))) {
      return new Head(m.group(1), null, 0, m.end());
    }
    m = BARE_HEADING.matcher(s);
    if (m.matches() && questions.contains(m.group(1)) && s.length() < 80) {
      return new Head(m.group(1), null, 0, s.length());
    }
    m = DASH_HEADING.matcher(s);
    if (m.matches() && questions.contains(m.group(1))) {
      return new Head(m.group(1), null, 0, s.length());
    }
    if (listNumbers > 0) {
      m = LIST_INDEX.matcher(s);
      if (m.lookingAt()) {
        int index =
            m.group(1) != null
                ? Integer.parseInt(m.group(1))
                : roman(m.group(2).toLowerCase(Locale.ROOT));
        if (index >= 1 && index <= listNumbers) {
          return new Head(null, null, index, m.end());
        }
      }
    }
    m = NUMBER_ANSWER.matcher(s);
    if (m.lookingAt() && questions.contains(m.group(1))) {
      return new Head(m.group(1), null, 0, m.end());
    }
    return null;
  }

  /**
   * Whether a paragraph is the heading of a question the sheet does not have ("Question 16" on a
   * sheet with 1 to 3).
   */
  static boolean foreignHeading(String text, Set<String> questions) {
    Matcher m = HEADING.matcher(prefix(text));
    if (!m.lookingAt() || questions.contains(m.group(1))) {
      return false;
    }
    String rest = text.substring(Math.min(m.end(), text.length())).stripLeading();
    // "q1 = 0.6177" is the output gate at step 1, not question 1
    return !(rest.startsWith("=")
        || rest.startsWith("≈")
        || rest.startsWith("->")
        || rest.startsWith("→"));
  }

  /** Where labels start inside a paragraph (not at its start), for splitting it. */
  static List<Integer> inline(String text, Set<String> questions, Set<String> letters) {
    List<Integer> out = new ArrayList<>();
    Matcher m = INLINE.matcher(text);
    while (m.find()) {
      if (m.group(1) != null) {
        if (questions.contains(m.group(1)) && letters.contains(m.group(2))) {
          out.add(m.start() + (m.group().length() - m.group().stripLeading().length()));
        }
      } else {
        String letter = m.group(3) != null ? m.group(3) : m.group(4);
        if (letters.contains(letter)) {
          out.add(m.start() + (m.group().length() - m.group().stripLeading().length()));
        }
      }
    }
    return out;
  }

  /** The text's start with Markdown emphasis marks blanked, offsets kept. */
  private static String prefix(String text) {
    int n = Math.min(text.length(), 60);
    StringBuilder b = new StringBuilder(text);
    for (int i = 0; i < n; i++) {
      char c = b.charAt(i);
      if (c == '*' || c == '_' || c == '`') {
        b.setCharAt(i, ' ');
      }
    }
    return b.toString();
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  private static int roman(String r) {
    return switch (r) {
      case "i" -> 1;
      case "ii" -> 2;
      case "iii" -> 3;
      case "iv" -> 4;
      case "v" -> 5;
      case "vi" -> 6;
      default -> 0;
    };
  }
}
