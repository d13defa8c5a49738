package korrektor.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import korrektor.rubric.Vocabulary;

/**
 * Step markers outside labels, in the words of the rubric's {@link Vocabulary}: {@code t = 2},
 * {@code t=12:}, {@code step 2}, {@code Zeitschritt 2}, {@code 2. Zeitschritt}, {@code 3rd step},
 * {@code in the second step}, {@code nach dem zweiten Schritt}; step cells ({@code t=1}, {@code
 * t_1}, {@code Step 1}, {@code 1}) and step-column headers ({@code t}, {@code step}). Steps have
 * any number of digits: {@code t = 12} is never {@code t = 1}.
 */
final class StepReader {
  /** A step named in text: where it stands and which step. */
  record Event(int start, int end, int step) {}

  private final Pattern context;
  private final Pattern numberedWord;
  private final Pattern ordinal;
  private final Pattern header;
  private final Pattern cell;
  private final Map<String, Integer> ordinals;

  StepReader(Vocabulary vocabulary) {
    String words = alternation(vocabulary.stepWords());
    List<String> multiWord = vocabulary.stepWords().stream().filter(w -> w.length() > 1).toList();
    String longWords = alternation(multiWord);
    this.ordinals = vocabulary.allOrdinals();
    this.context =
        Pattern.compile(
            "(?<![\\p{L}\\d_^])(?:" + words + ")\\s*(?:=|:)?\\s*(\\d{1,3})(?!\\d|[.,]\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    this.numberedWord =
        Pattern.compile(
            "(?<![\\p{L}\\d.,])(\\d{1,3})(?:\\.|st|nd|rd|th|te[nmrs]?)?\\s*(?:"
                + longWords
                + ")(?!\\p{L})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    List<String> ords = new ArrayList<>(ordinals.keySet());
    // "second step", "third and last step", "dritten (letzten) Zeitschritt": at most two words
    // between
    this.ordinal =
        Pattern.compile(
            "(?<!\\p{L})("
                + alternation(ords)
                + ")[nmrs]?(?:\\s+\\(?\\p{L}{2,12}\\)?){0,2}?\\s+(?:(?:time|zeit)[-\\s]?)?(?:"
                + longWords
                + ")(?!\\p{L})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    this.header =
        Pattern.compile(
            "(?:" + words + "|#|nr\\.?|no\\.?|index|t \\(step\\)|step t|zeit t|zeitpunkt t|time t)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    this.cell =
        Pattern.compile(
            "(?:(?:"
                + words
                + ")\\s*[_^]?\\s*[=:]?\\s*)?[({\\[]?\\s*(\\d{1,3})\\s*[)}\\]]?\\s*[.:)]?"
                + "|(\\d{1,3})(?:\\.|st|nd|rd|th)?\\s*(?:"
                + longWords
                + ")\\s*:?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  private static String alternation(List<String> words) {
    List<String> sorted = new ArrayList<>(words);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    StringBuilder s = new StringBuilder();
    for (String w : sorted) {
      if (s.length() > 0) {
        s.append('|');
      }
      s.append(Pattern.quote(w).replace(" ", "\\E\\s*[-]?\\s*\\Q"));
    }
    return s.toString();
  }

  /** Step events in a normalised text, left to right. */
  List<Event> events(String text) {
    List<Event> out = new ArrayList<>();
    if (!Numbers.hasDigit(text) && !mayHaveOrdinal(text)) {
      return out;
    }
    if (Numbers.hasDigit(text)) {
      Matcher m = context.matcher(text);
      while (m.find()) {
        out.add(new Event(m.start(), m.end(), Integer.parseInt(m.group(1))));
      }
      Matcher n = numberedWord.matcher(text);
      while (n.find()) {
        add(out, new Event(n.start(), n.end(), Integer.parseInt(n.group(1))));
      }
    }
    if (mayHaveOrdinal(text)) {
      Matcher o = ordinal.matcher(text);
      while (o.find()) {
        Integer step = ordinals.get(o.group(1).toLowerCase(Locale.ROOT));
        if (step != null) {
          add(out, new Event(o.start(), o.end(), step));
        }
      }
    }
    out.sort(Comparator.comparingInt(Event::start));
    return out;
  }

  /** Adds an event unless it overlaps one already found. */
  private static void add(List<Event> out, Event e) {
    for (Event o : out) {
      if (e.start() < o.end() && o.start() < e.end()) {
        return;
      }
    }
    out.add(e);
  }

  private static boolean mayHaveOrdinal(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return lower.contains("step")
        || lower.contains("schritt")
        || lower.contains("zeitpunkt")
        || lower.contains("iteration");
  }

  private final BoundedMemo<String, Boolean> headers = new BoundedMemo<>(20_000);
  private final BoundedMemo<String, OptionalInt> cells = new BoundedMemo<>(20_000);

  /** Whether a header cell names the step column ({@code t}, {@code step}, {@code Zeitschritt}). */
  boolean isStepHeader(String text) {
    if (text.length() > 40) {
      return false;
    }
    return headers.get(text, t -> header.matcher(Markup.plain(t)).matches());
  }

  /**
   * The step a cell names on its own: {@code t=2}, {@code Step 2}, {@code 2}, {@code t_2}, {@code
   * 2.}, {@code second step}.
   */
  OptionalInt stepOf(String text) {
    if (text.length() > 40) {
      return OptionalInt.empty();
    }
    return cells.get(text, this::stepOfUncached);
  }

  private OptionalInt stepOfUncached(String text) {
    String t = Markup.plain(text).replace("{", "").replace("}", "").strip();
    Matcher m = cell.matcher(t);
    if (m.matches()) {
      return OptionalInt.of(Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2)));
    }
    List<Event> e = events(t);
    if (e.size() == 1 && e.get(0).start() == 0 && e.get(0).end() >= t.length() - 1) {
      return OptionalInt.of(e.get(0).step());
    }
    return OptionalInt.empty();
  }
}
