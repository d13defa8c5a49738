package korrektor.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import korrektor.document.Cell;
import korrektor.document.Document;
import korrektor.document.Grid;
import korrektor.document.Location;

/**
 * Finds the text a student wrote for a free-text part: after a part label ({@code a)},
 * {@code 16 a}, {@code (b)}, {@code 16.3}, {@code Q16 c:}) or, for parts with rubric labels,
 * on a line that mentions one of them.
 */
public final class AnswerLocator {
  private static final int MAX_CHARS = 400;
  /** An answer under its heading may run longer: a question without sub-parts asks for a paragraph. */
  private static final int MAX_BELOW = 1200;
  /** A line that starts with a part label ({@code a)}, {@code (b)}, {@code 16 c:}, {@code 16.3}): the answer to that part. */
  private static final String OTHER_PART = "^\\s*(?:#+\\s*|[-*]\\s+)?(?:\\(?[a-e]\\)|\\d{2}\\s*[a-e][).:]|\\d{2}\\.\\d\\b)";

  /**
   * An answer found: its text and where it starts.
   *
   * @param normalized the text {@linkplain Text#normalize normalised}
   * @param lower the normalised text in lower case, for keyword search (one per line, not per part)
   */
  public record Answer(String text, Location location, String normalized, String lower) {
    public Answer(String text, Location location) {
      this(text, location, Text.normalize(text));
    }

    private Answer(String text, Location location, String normalized) {
      this(text, location, normalized, normalized.toLowerCase(Locale.ROOT));
    }
  }

  private AnswerLocator() {}

  /** The text lines of a document, cells of text included, in reading order. */
  public static List<Answer> textOf(Document d) {
    List<Answer> out = new ArrayList<>();
    d.lines().forEach(l -> out.add(new Answer(l.text(), l.location())));
    for (Grid g : d.grids()) {
      for (Cell c : g.cells()) {
        if (!c.isNumeric() && c.text().strip().length() > 1) {
          out.add(new Answer(c.text(), c.location()));
        }
      }
    }
    return out;
  }

  /**
   * Locates the answer to part {@code part} of question {@code question}.
   *
   * @param keywords rubric labels; when given, a line containing one also counts as the answer
   */
  public static Optional<Answer> locate(List<Answer> text, String question, String part, List<String> keywords) {
    return locate(text, question, part, keywords, false);
  }

  /**
   * Locates the answer to part {@code part} of question {@code question}.
   *
   * @param keywords rubric labels; when given, a line containing one also counts as the answer, and
   *     a short line starting with one is a heading whose answer stands below it
   * @param only the part is its question's only one (a question without sub-parts): the question's
   *     own heading ({@code Question 16}, {@code Aufgabe 16:}, {@code Q16}, {@code 16.}) labels it,
   *     and the answer is the rest of that line and the lines below it up to the next heading
   */
  public static Optional<Answer> locate(List<Answer> text, String question, String part, List<String> keywords,
      boolean only) {
    if (only) {
      Optional<Answer> below = underHeading(text, question);
      if (below.isPresent()) {
        return below;
      }
    }
    Matcher m = partLabel(question, part).matcher("");
    for (int i = 0; i < text.size(); i++) {
      String line = text.get(i).normalized();
      if (!mayStartWithLabel(line, question, part)) {
        continue;
      }
      m.reset(line);
      if (m.lookingAt()) { // the label pattern is anchored at the line's start
        return Optional.of(new Answer(gather(text, i, line.substring(m.end())), text.get(i).location()));
      }
    }
    // no label: the line naming most of the part's keywords, never one labelled as another part
    int best = -1;
    int bestHits = 0;
    List<String> lowerKeywords = keywords.stream().filter(k -> !k.isBlank()).map(k -> k.toLowerCase(Locale.ROOT)).toList();
    for (int i = 0; i < text.size(); i++) {
      String line = text.get(i).lower();
      int hits = 0;
      for (String k : lowerKeywords) {
        if (line.contains(k)) {
          hits++;
        }
      }
      // only a line that would win is checked further (the checks cost more than the count)
      if (hits > bestHits && isAnswerLine(line)) {
        best = i;
        bestHits = hits;
      }
    }
    if (best >= 0) {
      return Optional.of(new Answer(gather(text, best, text.get(best).text()), text.get(best).location()));
    }
    // a heading that names the part ("Frage zur GRU"), its answer on the lines below
    for (int i = 0; i < text.size(); i++) {
      String line = text.get(i).lower();
      String start = Regex.replaceFirst(line, "^\\s*(?:#+\\s*|\\*\\*|[-*]\\s+)?", "");
      if (words(line) <= 6 && lowerKeywords.stream().anyMatch(start::startsWith)) {
        String body = below(text, i, "");
        if (isProse(body)) {
          return Optional.of(new Answer(body, text.get(i).location()));
        }
      }
    }
    return Optional.empty();
  }

  /** A question's heading with a keyword: {@code Question 16}, {@code Aufgabe 16:}, {@code Q16}, {@code **Frage 16**}. */
  private static final String HEADING_WORDS = "(?:q|question|aufgabe|frage|task|exercise|problem|übung|uebung)";

  /** Any question's heading with a keyword, for where an answer ends. */
  private static final String ANY_HEADING = "(?i)^\\s*(?:#+\\s*|\\*\\*|[-*]\\s+)?" + HEADING_WORDS
      + "\\s*(?:nr\\.?\\s*)?\\d+(?!\\d)(?:\\s*[.:)]|\\*\\*|\\s*$|\\s*\\().*";

  /**
   * The answer under a question's own heading: with a keyword anywhere ({@code Question 16}), else
   * a bare {@code 16.} or {@code 16)} at a line's start.
   */
  private static Optional<Answer> underHeading(List<Answer> text, String question) {
    String q = Pattern.quote(question);
    Pattern keyword = Pattern.compile("^\\s*(?:#+\\s*|\\*\\*|[-*]\\s+)?" + HEADING_WORDS
        + "\\s*(?:nr\\.?\\s*)?" + q + "(?![\\d\\p{L}])\\s*(?:\\*\\*)?\\s*[.:)]?", Pattern.CASE_INSENSITIVE);
    Pattern bare = Pattern.compile("^\\s*(?:#+\\s*|\\*\\*)?" + q + "\\s*[.:)](?!\\d)(?:\\*\\*)?", Pattern.CASE_INSENSITIVE);
    for (Pattern p : List.of(keyword, bare)) {
      for (int i = 0; i < text.size(); i++) {
        Matcher m = p.matcher(text.get(i).normalized());
        if (m.lookingAt()) {
          String body = below(text, i, text.get(i).normalized().substring(m.end()));
          if (isProse(body)) {
            return Optional.of(new Answer(body, text.get(i).location()));
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The answer that starts after a heading: the rest of the heading's line unless it is a title
   * (a few words, or the question restated with a '?'), then the lines below up to the next heading
   * (a Markdown heading, a question or part label, a line of values); empty when there is none.
   */
  private static String below(List<Answer> text, int heading, String rest) {
    StringBuilder s = new StringBuilder();
    String first = Regex.replaceAll(rest, "^[\\s*:.)\\-–]+|\\*\\*", " ").strip();
    if (words(first) >= 4 && !first.endsWith("?")) {
      s.append(first);
    }
    for (int j = heading + 1; j < text.size() && j <= heading + 20 && s.length() < MAX_BELOW; j++) {
      String next = text.get(j).normalized().strip();
      if (next.isEmpty()) {
        continue;
      }
      if (next.startsWith("#") || Regex.matches(next, ANY_HEADING) || Regex.of(OTHER_PART).matcher(next.toLowerCase(Locale.ROOT)).lookingAt()
          || isValuesLine(next.toLowerCase(Locale.ROOT))) {
        break;
      }
      if (s.length() == 0 && next.endsWith("?")) {
        continue; // the question restated under its heading
      }
      s.append(s.length() == 0 ? "" : " ").append(next);
    }
    String out = s.toString().strip();
    return out.length() > MAX_BELOW ? out.substring(0, MAX_BELOW) + "…" : out;
  }

  /** Text a student wrote as an answer: three or more words, more words than numbers (not "g = 0.57, f = 0.54"). */
  private static boolean isProse(String text) {
    long wordCount = Regex.of("\\p{L}{2,}").matcher(text).results().count();
    return wordCount >= 3 && wordCount > Numbers.findAll(text).size();
  }

  /** A line of values (four or more numbers, more numbers than words): not prose. */
  private static boolean isValuesLine(String line) {
    int numbers = Numbers.findAll(line).size();
    return numbers >= 4 && numbers >= Regex.of("\\p{L}{2,}").matcher(line).results().count();
  }

  /**
   * A cheap test before the part's label pattern: after blanks and a Markdown marker ({@code #},
   * {@code **}, {@code - }, {@code * }) a label starts with Q/Question, Aufgabe, Frage, a bracket,
   * the question's id or the part's letter. False only when the pattern cannot match.
   */
  static boolean mayStartWithLabel(String line, String question, String part) {
    int n = line.length();
    int i = skipBlanks(line, 0);
    if (i < n && line.charAt(i) == '#') {
      while (i < n && line.charAt(i) == '#') {
        i++;
      }
    } else if (line.startsWith("**", i)) {
      i += 2;
    } else if (i + 1 < n && (line.charAt(i) == '-' || line.charAt(i) == '*') && isBlank(line.charAt(i + 1))) {
      i++;
    }
    i = skipBlanks(line, i);
    if (i >= n) {
      return false;
    }
    char c = line.charAt(i);
    if (c >= 128 || question.isEmpty() || part.isEmpty() || "#*-".indexOf(question.charAt(0)) >= 0
        || "#*-".indexOf(part.charAt(0)) >= 0) {
      return true; // leave anything unusual to the pattern
    }
    char lower = Character.toLowerCase(c);
    return lower == 'q' || lower == 'a' || lower == 'f' || c == '('
        || lower == Character.toLowerCase(question.charAt(0)) || lower == Character.toLowerCase(part.charAt(0));
  }

  private static int skipBlanks(String s, int from) {
    int i = from;
    while (i < s.length() && isBlank(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Whether a lower-case line can be an unlabelled answer: not too short, not another part's answer, not a line of values. */
  private static boolean isAnswerLine(String line) {
    if (words(line) < 4 || Regex.of(OTHER_PART).matcher(line).lookingAt()) {
      return false;
    }
    int numbers = Numbers.findAll(line).size();
    return numbers < 4 || numbers < Regex.of("\\p{L}{2,}").matcher(line).results().count();
  }

  /** Whether the document holds prose at all (lines of several words), as opposed to only numbers. */
  public static boolean hasProse(List<Answer> text) {
    int lines = 0;
    for (Answer a : text) {
      if (words(a.text()) >= 4 && ++lines >= 2) {
        return true;
      }
    }
    return false;
  }

  /** The number of fields {@code split("\\s+")} gives (a leading blank counts one more), without the regex. */
  static int words(String s) {
    int n = 0;
    boolean inWord = false;
    for (int i = 0; i < s.length(); i++) {
      boolean space = isBlank(s.charAt(i));
      if (!space && !inWord) {
        n++;
      }
      inWord = !space;
    }
    return n > 0 && isBlank(s.charAt(0)) ? n + 1 : n;
  }

  /** Regex {@code \\s}: space, tab, line breaks, vertical tab, form feed. */
  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private static String gather(List<Answer> text, int from, String first) {
    StringBuilder s = new StringBuilder(first.strip());
    for (int j = from + 1; j < text.size() && s.length() < MAX_CHARS && j <= from + 4; j++) {
      String next = text.get(j).normalized();
      if (Regex.matches(next, "(?i)^\\s*(?:#+\\s*|\\*\\*|[-*]\\s+)?(?:\\(?[a-e]\\)|\\d{2}\\s*[a-e]?[).:]|\\d{2}\\.\\d\\b"
          + "|Q(?:uestion)?\\s*\\d+|Aufgabe\\s*\\d+|Frage\\s*\\d+|Is the output).*")) {
        break;
      }
      s.append(' ').append(next.strip());
    }
    String out = s.toString().strip();
    return out.length() > MAX_CHARS ? out.substring(0, MAX_CHARS) + "…" : out;
  }

  private static final java.util.concurrent.ConcurrentHashMap<String, Pattern> LABELS = new java.util.concurrent.ConcurrentHashMap<>();

  static Pattern partLabel(String question, String part) {
    return LABELS.computeIfAbsent(question + "\u0000" + part, k -> compileLabel(question, part));
  }

  private static Pattern compileLabel(String question, String part) {
    String q = Pattern.quote(question);
    String p = Pattern.quote(part);
    String index = part.length() == 1 && Character.isLetter(part.charAt(0))
        ? "|" + q + "\\s*\\.\\s*" + (part.toLowerCase(Locale.ROOT).charAt(0) - 'a' + 1) + "\\b"
        : "";
    // a Markdown heading, bold or list marker may come first; "16 answer" is not part a
    return Pattern.compile("^\\s*(?:#+\\s*|\\*\\*|[-*]\\s+)?(?:(?:Q(?:uestion)?|Aufgabe|Frage)?\\s*" + q
        + "\\s*[.:)]?\\s*\\(?" + p + "\\)?[).:]?(?![\\p{L}])"
        + "|\\(?" + p + "\\)[.:]?" + "|" + p + "[.:]\\s" + index + ")", Pattern.CASE_INSENSITIVE);
  }
}
