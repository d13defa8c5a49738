package korrektor.integrity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import korrektor.document.Cell;
import korrektor.document.Document;
import korrektor.document.Grid;
import korrektor.document.TextLine;

/**
 * The authors a sheet names ("Names: Anna Becker, Ben Wolf", "Group members: …", one "Name:" line
 * per person): a sheet that names its own student and others is one sheet for several people, a
 * group submission. "Worked with …" is a declared partner, not an author, and is not read here.
 */
public final class Authors {
  private static final Pattern LABEL =
      Pattern.compile(
          "(?iu)^\\s*(?:names?|namen|authors?|autor(?:en|in|innen)?|students?|studierende|submitted\\s+by|abgabe\\s+von"
              + "|handed\\s+in\\s+by|group\\s+members|gruppenmitglieder|team\\s+members|members|mitglieder)\\s*:?\\s*$");
  private static final Pattern LABELLED =
      Pattern.compile(
          "(?iu)^\\s*(?:names?|namen|authors?|autor(?:en|in|innen)?|students?|studierende|submitted\\s+by|abgabe\\s+von"
              + "|handed\\s+in\\s+by|group\\s+members|gruppenmitglieder|team\\s+members|members|mitglieder)\\s*:\\s*(.+)$");
  private static final Pattern SEPARATORS =
      Pattern.compile("(?iu)\\s*(?:,|;|&|\\+|/|\\band\\b|\\bund\\b)\\s*");
  private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}'’-]*\\.?");
  private static final Pattern BRACKETED = Pattern.compile("\\([^)]*\\)");
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final Pattern BLANKS = Pattern.compile("\\s+");

  /** Only the top of a sheet names its authors. */
  private static final int TOP_LINES = 15;

  private Authors() {}

  /**
   * The other authors a sheet names next to its own student; empty when it names only the student
   * or no one.
   */
  public static List<String> others(List<Document> documents, String studentName) {
    Set<String> names = new LinkedHashSet<>();
    for (Document d : documents) {
      for (String line : topLines(d)) {
        if (line.indexOf(':') < 0) {
          continue; // LABELLED needs the colon
        }
        Matcher m = LABELLED.matcher(line);
        if (m.matches()) {
          names.addAll(names(m.group(1)));
        }
      }
    }
    if (names.isEmpty()) {
      return List.of();
    }
    String own = Normalize.name(studentName);
    String ownLast = lastWord(Normalize.words(studentName));
    boolean ownListed = false;
    List<String> others = new ArrayList<>();
    for (String n : names) {
      String key = Normalize.name(n);
      if (key.equals(own) || isInitialOf(n, studentName, ownLast)) {
        ownListed = true;
      } else if (!others.contains(n)) {
        others.add(n);
      }
    }
    return ownListed ? List.copyOf(others) : List.of();
  }

  private static List<String> topLines(Document d) {
    List<String> out = new ArrayList<>();
    for (TextLine l : d.lines()) {
      if (out.size() >= TOP_LINES) {
        break;
      }
      out.add(l.text());
    }
    for (Grid g : d.grids()) {
      for (int r = 0, rows = Math.min(g.rowCount(), TOP_LINES); r < rows; r++) {
        List<Cell> row = g.row(r);
        if (row.size() >= 2
            && startsWithLetter(row.get(0).text())
            && LABEL.matcher(row.get(0).text()).matches()) {
          out.add(
              "Names: "
                  + String.join(
                      ", ", row.subList(1, row.size()).stream().map(Cell::text).toList()));
        } else if (!row.isEmpty()) {
          out.add(String.join(", ", row.stream().map(Cell::text).toList()));
        }
      }
    }
    return out;
  }

  /**
   * Every {@link #LABEL} starts with a letter after blanks (ASCII {@code \s}, as in the pattern).
   */
  private static boolean startsWithLetter(String cell) {
    int i = 0;
    while (i < cell.length() && korrektor.extract.Text.isPatternBlank(cell.charAt(i))) {
      i++;
    }
    return i < cell.length() && Character.isLetter(cell.charAt(i));
  }

  private static List<String> names(String list) {
    List<String> out = new ArrayList<>();
    String cleaned = DIGITS.matcher(BRACKETED.matcher(list).replaceAll(" ")).replaceAll(" ");
    for (String part : SEPARATORS.split(cleaned)) {
      String name = BLANKS.matcher(part.strip()).replaceAll(" ");
      String[] words = name.split(" ");
      if (name.isEmpty()) {
        continue;
      }
      if (words.length < 2
          || words.length > 4
          || !NAME_WORD.matcher(words[0]).matches()
          || !NAME_WORD.matcher(words[words.length - 1]).matches()) {
        break; // not a person's name: prose after the list
      }
      out.add(name);
    }
    return out;
  }

  /** "A. Becker" for Anna Becker. */
  private static boolean isInitialOf(String name, String studentName, String ownLast) {
    String n = Normalize.words(name);
    String first = Normalize.words(studentName);
    return !first.isEmpty() && n.equals(first.charAt(0) + " " + ownLast);
  }

  private static String lastWord(String s) {
    String[] w = s.split(" ");
    return w[w.length - 1];
  }
}
