package korrektor.result;

import java.util.regex.Pattern;

/**
 * Makes a text cell safe for a spreadsheet program before it goes into a CSV Korrektor writes
 * (grades.csv, review.csv, integrity.csv). What students name or write reaches these cells, and
 * Excel and LibreOffice run a cell that starts with {@code =}, {@code +}, {@code -} or {@code @} as
 * a formula: as OWASP recommends for CSV injection, such a cell (and one starting with a tab or a
 * carriage return) gets a leading {@code '}, which the spreadsheet shows as text. A number stays a
 * number ({@code -0.5}). A cell longer than {@link #MAX_CHARS} characters (Excel keeps at most
 * 32,767) is cut with an ellipsis and a pointer to results.json, which has the whole text.
 */
public final class CsvCells {
  /** Longest cell written, in characters. */
  public static final int MAX_CHARS = 32_000;

  private static final Pattern NUMBER =
      Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

  private CsvCells() {}

  /** The cell as written: neutralised when a spreadsheet would run it, cut when too long. */
  public static String text(String cell) {
    if (cell == null || cell.isEmpty()) {
      return "";
    }
    String c = cell;
    if (c.length() > MAX_CHARS) {
      String note = "… (cut: " + c.length() + " characters; the whole text is in results.json)";
      int end = MAX_CHARS - note.length();
      if (Character.isHighSurrogate(c.charAt(end - 1))) {
        end--;
      }
      c = c.substring(0, end) + note;
    }
    char first = c.charAt(0);
    boolean active =
        first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r';
    if (active && !NUMBER.matcher(c).matches()) {
      return "'" + c;
    }
    return c;
  }
}
