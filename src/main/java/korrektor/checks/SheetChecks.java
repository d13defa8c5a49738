package korrektor.checks;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import korrektor.document.Cell;
import korrektor.document.Document;
import korrektor.document.Grid;
import korrektor.document.TextLine;
import korrektor.extract.Text;

/**
 * What a sheet asks besides numbers: is the student's name on it, is there a plot, and with whom
 * did the student work. Pure: documents and the student's name (from the file name) in, {@link
 * Checks} out.
 */
public final class SheetChecks {

  /**
   * The checks of one submission, as written to {@code results.json}.
   *
   * @param namePresent the student's name (or id) appears in one of the files
   * @param plotPresent one of the files holds a chart, an image or a drawing
   * @param partners the names declared as group partners, not the student's own
   */
  public record Checks(boolean namePresent, boolean plotPresent, List<String> partners) {
    public Checks {
      partners = List.copyOf(partners);
    }
  }

  private static final Pattern TRIGGER =
      Pattern.compile(
          "(?iu)(?:\\b(?:worked|working|done|solved|written|bearbeitet|gel[öo]st|erarbeitet)\\s+"
              + "(?:together\\s+|jointly\\s+|gemeinsam\\s+)?(?:with|mit)\\b"
              + "|\\btogether\\s+with\\b|\\bin\\s+(?:cooperation|collaboration)\\s+with\\b"
              + "|\\bzusammen\\s+mit\\b|\\bgemeinsam\\s+mit\\b|\\bin\\s+zusammenarbeit\\s+mit\\b"
              + "|\\b(?:group|team|gruppen?|gruppenmitglieder|teammitglieder)(?:\\s*members)?\\s*:"
              + "|\\b(?:members|mitglieder|partner(?:in|innen|s)?|co-?authors?|abgabepartner(?:in)?)\\s*:"
              + "|\\bgruppe\\s+\\d+\\s*:)");

  /** Where a list of names ends: another label, a sentence end, or a bracket. */
  private static final Pattern END =
      Pattern.compile(
          "(?iu)\\s(?:name|matrikel\\w*|student\\w*|id|aufgabe|exercise|sheet|blatt)\\b\\s*:|\\.\\s|\\.$|[\\[{]");

  private static final Pattern SEPARATORS =
      Pattern.compile("(?iu)\\s*(?:,|;|&|\\+|/|\\band\\b|\\bund\\b)\\s*");
  private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}'’-]*\\.?");
  private static final Set<String> PARTICLES =
      Set.of(
          "von", "van", "de", "der", "den", "zu", "di", "da", "la", "le", "du", "ten", "ter", "del",
          "dos", "el", "al", "bin", "vom");
  private static final Set<String> NOT_NAMES =
      Set.of(
          "aufgabe",
          "blatt",
          "name",
          "gruppe",
          "group",
          "sheet",
          "exercise",
          "matrikelnummer",
          "the",
          "der",
          "die",
          "das",
          "ich",
          "wir",
          "i",
          "we",
          "chatgpt",
          "python",
          "excel",
          "jupyter",
          "numpy",
          "pytorch",
          "copilot",
          "libreoffice",
          "google",
          "team",
          "partner",
          "members",
          "mitglieder",
          "ein",
          "eine",
          "a",
          "an",
          "my",
          "meinem",
          "meiner",
          "nobody",
          "niemand",
          "keine",
          "keinem",
          "none",
          "alone",
          "allein",
          "tutor",
          "übung",
          "uebung");
  private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*•·–]|\\d+[.)])\\s*");

  private SheetChecks() {}

  /**
   * Checks one submission.
   *
   * @param documents the student's readable documents
   * @param studentName the name from the file name, e.g. "Joerg Krause"
   * @param studentId the id from the file name, e.g. "271001"
   */
  public static Checks check(List<Document> documents, String studentName, String studentId) {
    List<String> lines = new ArrayList<>();
    boolean plot = false;
    for (Document d : documents) {
      plot |= !d.figures().isEmpty();
      for (TextLine l : d.lines()) {
        lines.add(l.text());
      }
      for (Grid g : d.grids()) {
        for (int r = 0, rows = g.rowCount(); r < rows; r++) {
          List<Cell> row = g.row(r);
          if (!row.isEmpty()) {
            lines.add(String.join(", ", row.stream().map(Cell::text).toList()));
          }
        }
      }
    }
    Name own = Name.of(studentName);
    return new Checks(namePresent(lines, own, studentId), plot, partners(lines, own));
  }

  static boolean namePresent(List<String> lines, Name own, String id) {
    boolean useId =
        id != null && id.length() >= 4 && id.chars().allMatch(c -> c >= '0' && c <= '9');
    for (String line : lines) {
      if (useId && containsNumber(line, id)) {
        return true;
      }
      if (own.isIn(normalize(line))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code digits} occurs in the line as a whole number (no digit right before or after).
   */
  private static boolean containsNumber(String line, String digits) {
    for (int at = line.indexOf(digits); at >= 0; at = line.indexOf(digits, at + 1)) {
      int end = at + digits.length();
      if ((at == 0 || !isDigit(line.charAt(at - 1)))
          && (end == line.length() || !isDigit(line.charAt(end)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * Every {@link #TRIGGER} ends in "with", "mit" or a colon: lines without them are skipped
   * cheaply.
   */
  private static boolean mayDeclarePartners(String line) {
    String lower = line.toLowerCase(Locale.ROOT);
    return lower.indexOf(':') >= 0 || lower.contains("with") || lower.contains("mit");
  }

  static List<String> partners(List<String> lines, Name own) {
    Set<String> found = new LinkedHashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!mayDeclarePartners(lines.get(i))) {
        continue;
      }
      Matcher m = TRIGGER.matcher(lines.get(i));
      while (m.find()) {
        String rest = lines.get(i).substring(m.end());
        Matcher end = END.matcher(rest);
        if (end.find()) {
          rest = rest.substring(0, end.start());
        }
        List<String> names = names(rest, own);
        if (names.isEmpty() && rest.replaceAll("[\\s:,]", "").isEmpty()) {
          // "Group members:" with the names on the following lines (a list)
          for (int j = i + 1; j < lines.size() && j <= i + 6; j++) {
            String next = BULLET.matcher(lines.get(j)).replaceFirst("");
            List<String> more = names(next, own);
            if (more.isEmpty() && !isName(next.strip(), own)) {
              break;
            }
            names.addAll(more);
          }
        }
        found.addAll(names);
      }
    }
    return List.copyOf(found);
  }

  private static List<String> names(String list, Name own) {
    List<String> names = new ArrayList<>();
    String cleaned = list.replaceAll("\\([^)]*\\)", " ").replaceAll("\\d+", " ").replace(':', ' ');
    for (String part : SEPARATORS.split(cleaned)) {
      String name = part.strip().replaceAll("\\s+", " ");
      if (isName(name, own) || name.isEmpty()) {
        if (!name.isEmpty() && !own.is(normalize(name))) {
          names.add(name);
        }
      } else {
        break; // prose after the names
      }
    }
    return names;
  }

  private static boolean isName(String text, Name own) {
    String[] words = text.split(" ");
    if (text.isEmpty() || words.length > 4) {
      return false;
    }
    int capitalised = 0;
    for (String w : words) {
      if (NOT_NAMES.contains(w.toLowerCase(Locale.ROOT))) {
        return false;
      }
      if (NAME_WORD.matcher(w).matches()) {
        capitalised++;
      } else if (!PARTICLES.contains(w)) {
        return false;
      }
    }
    return capitalised > 0;
  }

  /** Lower case, umlauts as ae/oe/ue, ß as ss, accents dropped, punctuation as spaces. */
  static String normalize(String s) {
    return s.chars().allMatch(c -> c < 128) ? normalizeAscii(s) : normalizeUnicode(s);
  }

  private static final Pattern NON_LETTERS_OR_DIGITS = Pattern.compile("[^\\p{L}\\p{N}]+");

  static String normalizeUnicode(String s) {
    return " " + NON_LETTERS_OR_DIGITS.matcher(Text.fold(s)).replaceAll(" ").strip() + " ";
  }

  /**
   * {@link #normalize} for plain ASCII text, without the regular expressions and Unicode folding.
   */
  static String normalizeAscii(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2).append(' ');
    boolean gap = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        out.append(c);
        gap = false;
      } else if (!gap) {
        out.append(' ');
        gap = true;
      }
    }
    if (!gap) {
      out.append(' ');
    }
    return out.length() == 1 ? "  " : out.toString();
  }

  /** A student's name split into first and last, normalised. */
  record Name(String first, String last) {

    static Name of(String full) {
      String n = normalize(full).strip();
      int space = n.indexOf(' ');
      return space < 0 ? new Name("", n) : new Name(n.substring(0, space), n.substring(space + 1));
    }

    /**
     * Whether a normalised line carries this name: the last name with the first name (anywhere on
     * the line, for "Krause, Jörg") or its initial right before it ("J. Krause").
     */
    boolean isIn(String line) {
      if (last.isEmpty() || !line.contains(" " + last + " ")) {
        return false;
      }
      if (first.isEmpty() || line.contains(" " + first + " ")) {
        return true;
      }
      return line.contains(" " + first.charAt(0) + " " + last + " ");
    }

    /** Whether a normalised name is this one. */
    boolean is(String name) {
      String n = name.strip();
      return n.equals((first + " " + last).strip())
          || n.equals((last + " " + first).strip())
          || !first.isEmpty() && n.equals(first.charAt(0) + " " + last);
    }
  }
}
