package korrektor.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Step markers outside labels: {@code t = 2}, {@code t=2:}, {@code step 2}, {@code Schritt 2},
 * {@code second step}, and step-column headers ({@code t}, {@code step}, {@code Zeitschritt}).
 */
final class Steps {
  private static final Pattern CONTEXT = Pattern.compile(
      "(?<![\\p{L}\\d_^])(?:t|time step|timestep|time|step|schritt|zeitschritt|zeitpunkt)\\s*(?:=|:)?\\s*(\\d)(?!\\d|[.,]\\d)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern ORDINAL = Pattern.compile(
      "\\b(first|second|third|fourth|fifth|erste[nmrs]?|zweite[nmrs]?|dritte[nmrs]?|vierte[nmrs]?|fünfte[nmrs]?)\\s+(?:time\\s+)?(?:step|zeitschritt|schritt)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern HEADER = Pattern.compile(
      "(?i)t|time|step|steps|time step|timestep|schritt|zeitschritt|zeit|zeitpunkt|t \\(step\\)|step t|#|nr\\.?");
  private static final Pattern MARKER_CELL = Pattern.compile(
      "(?i)(?:t|time|step|schritt|zeitschritt|time step)?\\s*[=:]?\\s*(\\d)\\s*[.:)]?");

  private Steps() {}

  /** A step event in text: where it stands and which step it names. */
  record Event(int start, int end, int step) {}

  static List<Event> events(String text) {
    List<Event> out = new ArrayList<>();
    if (mayNameStep(text)) { // "t = 2" needs its digit right after a step word
      Matcher m = CONTEXT.matcher(text);
      while (m.find()) {
        out.add(new Event(m.start(), m.end(), Integer.parseInt(m.group(1))));
      }
    }
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.contains("step") || lower.contains("schritt")) { // "second step" needs its step word
      Matcher o = ORDINAL.matcher(text);
      while (o.find()) {
        out.add(new Event(o.start(), o.end(), ordinal(o.group(1))));
      }
    }
    return out;
  }

  /**
   * False only when {@link #CONTEXT} cannot match: it needs a digit with, before it, nothing but
   * blanks and at most one {@code =} or {@code :} back to a step word, and every step word ends in
   * t, p or e (in either case). Most lines with numbers have none.
   */
  static boolean mayNameStep(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        continue;
      }
      int k = skipBlanksBack(text, i - 1);
      if (k >= 0 && (text.charAt(k) == '=' || text.charAt(k) == ':')) {
        k = skipBlanksBack(text, k - 1);
      }
      if (k >= 0 && "tTpPeE".indexOf(text.charAt(k)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** The index of the last character at or before {@code k} that {@code \s} does not match, or -1. */
  private static int skipBlanksBack(String text, int k) {
    while (k >= 0 && Text.isPatternBlank(text.charAt(k))) {
      k--;
    }
    return k;
  }

  private static int ordinal(String w) {
    String s = w.toLowerCase(Locale.ROOT);
    if (s.startsWith("first") || s.startsWith("erst")) {
      return 1;
    }
    if (s.startsWith("second") || s.startsWith("zweit")) {
      return 2;
    }
    if (s.startsWith("third") || s.startsWith("dritt")) {
      return 3;
    }
    if (s.startsWith("fourth") || s.startsWith("viert")) {
      return 4;
    }
    return 5;
  }

  /** Whether a header cell names the step column. */
  static boolean isStepHeader(String text) {
    if (text.length() > 100) {
      return false; // no step header is that long ("Zeitschritt", "time step")
    }
    return HEADERS.get(text, t -> HEADER.matcher(Text.normalize(t).replace("$", "").strip()).matches());
  }

  /** Header cells repeat across students: what each one is, kept. */
  private static final BoundedMemo<String, Boolean> HEADERS = new BoundedMemo<>(20_000);

  /** The step a cell or header names: {@code t=2}, {@code Step 2}, {@code 2}, {@code t_2}, {@code 2.}. */
  static OptionalInt stepOf(String text) {
    String t = Text.normalize(text).replace("$", "").replace("{", "").replace("}", "").strip();
    t = Regex.replaceAll(t, "^(?i)t\\s*[_^]\\s*\\(?(\\d)\\)?$", "$1");
    Matcher m = MARKER_CELL.matcher(t);
    if (m.matches()) {
      return OptionalInt.of(Integer.parseInt(m.group(1)));
    }
    return OptionalInt.empty();
  }
}
