package korrektor.document.text;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the delimiter of CSV text: the one of {@code ;}, tab and {@code ,} whose count per line is
 * the same on (almost) every line. A first line {@code sep=;} (as Excel writes it) names the
 * delimiter outright. {@code ;} and tab win ties over {@code ,}, since commas also appear inside
 * German decimal numbers.
 */
public final class DelimiterSniffer {

  /** The delimiters tried, in order of preference on a tie. */
  public static final List<Character> CANDIDATES = List.of(';', '\t', ',');

  private static final int MAX_LINES = 200;
  private static final double MIN_CONSISTENCY = 0.8;

  /**
   * What the sniffer found.
   *
   * @param delimiter the delimiter
   * @param sepLine whether the first line is a {@code sep=} line to be skipped
   */
  public record Sniffed(char delimiter, boolean sepLine) {}

  private static final java.util.regex.Pattern POINT_DECIMAL =
      java.util.regex.Pattern.compile("\\d\\.\\d");

  private DelimiterSniffer() {}

  /**
   * Sniffs the delimiter; empty when no candidate is consistent over at least two non-blank lines
   * (or one line, when {@code allowSingleLine}), i.e. the text is not a table.
   */
  public static Optional<Sniffed> sniff(String text, boolean allowSingleLine) {
    List<String> lines = text.lines().limit(MAX_LINES + 1L).toList();
    if (!lines.isEmpty()) {
      String first = lines.get(0).strip().toLowerCase(Locale.ROOT);
      if (first.startsWith("sep=") && first.length() >= 5) {
        return Optional.of(new Sniffed(lines.get(0).strip().charAt(4), true));
      }
    }
    // The last line of a prefix may be cut short; leave it out when there are enough others.
    List<String> sample = lines.size() > MAX_LINES ? lines.subList(0, MAX_LINES) : lines;
    List<String> nonBlank = sample.stream().filter(l -> !l.isBlank()).toList();
    if (nonBlank.isEmpty() || (nonBlank.size() < 2 && !allowSingleLine)) {
      return Optional.empty();
    }
    Sniffed best = null;
    double bestScore = 0;
    for (char candidate : CANDIDATES) {
      double score = consistency(nonBlank, candidate);
      if (score > bestScore + 1e-9) {
        bestScore = score;
        best = new Sniffed(candidate, false);
      }
    }
    if (best != null && allowSingleLine && bestScore > 0) {
      return Optional.of(best); // the caller reads CSV anyway: title rows may lower the consistency
    }
    return bestScore >= MIN_CONSISTENCY ? Optional.ofNullable(best) : Optional.empty();
  }

  /**
   * The best share of lines that agree on one delimiter's count (0 to 1): how much the text looks
   * like a table at all, title and prose lines included.
   */
  public static double tableShare(String text) {
    List<String> nonBlank = text.lines().limit(MAX_LINES).filter(l -> !l.isBlank()).toList();
    if (nonBlank.isEmpty()) {
      return 0;
    }
    double best = 0;
    for (char candidate : CANDIDATES) {
      best = Math.max(best, consistency(nonBlank, candidate));
    }
    return best;
  }

  /** The share of lines that have the most common non-zero count of the delimiter. */
  private static double consistency(List<String> lines, char delimiter) {
    Map<Integer, Integer> histogram = new HashMap<>();
    for (String line : lines) {
      histogram.merge(countOutsideQuotes(line, delimiter), 1, Integer::sum);
    }
    int modeCount = 0;
    for (var e : histogram.entrySet()) {
      if (e.getKey() > 0 && e.getValue() > modeCount) {
        modeCount = e.getValue();
      }
    }
    return (double) modeCount / lines.size();
  }

  /**
   * What {@link #decimalComma} needs to know about a whole line, found once per line: looking it up
   * again for every comma made a one-line file of a million commas take minutes (quadratic).
   */
  private record LineFacts(boolean semicolons, boolean pointDecimal, boolean labelled) {
    static LineFacts of(String line) {
      return new LineFacts(
          line.indexOf(';') >= 0,
          POINT_DECIMAL.matcher(line).find(),
          line.indexOf('=') >= 0 || line.indexOf(':') >= 0 || line.indexOf('|') >= 0);
    }
  }

  /**
   * A comma before a digit on a line that also has semicolons is a decimal comma: between digits
   * ({@code 1;0,7;0,577}) or starting a number ({@code 1;,5769;-,25}).
   */
  private static boolean decimalComma(String line, int i, LineFacts facts) {
    if (i + 1 >= line.length() || !Character.isDigit(line.charAt(i + 1))) {
      return false;
    }
    if (!facts.semicolons()) {
      // no semicolons: a comma between digits is decimal when no number of the line has a point
      // ("g = 0,577 | f = 0,544"), a delimiter when numbers do ("1,0.5769,0.5436")
      return i > 0
          && Character.isDigit(line.charAt(i - 1))
          && !facts.pointDecimal()
          && facts.labelled();
    }
    char before = i > 0 ? line.charAt(i - 1) : ';';
    return Character.isDigit(before)
        || before == ';'
        || before == '-'
        || before == ' '
        || before == '\u2212';
  }

  static int countOutsideQuotes(String line, char delimiter) {
    LineFacts facts = delimiter == ',' ? LineFacts.of(line) : null;
    int count = 0;
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == delimiter && !quoted && !(delimiter == ',' && decimalComma(line, i, facts))) {
        count++;
      }
    }
    return count;
  }
}
