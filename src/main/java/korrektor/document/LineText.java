package korrektor.document;

/**
 * A line of text as a reader keeps it: line breaks and other control whitespace become blanks, but
 * tabs and runs of blanks stay, leading ones too, because they are how students set values in
 * columns (a table pasted from a spreadsheet, a printout aligned with spaces); trailing whitespace
 * goes, and a line of blanks only is empty.
 */
public final class LineText {
  private LineText() {}

  /** The line with its layout whitespace kept. */
  public static String of(String raw) {
    StringBuilder out = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\t') {
        out.append('\t');
      } else if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085') {
        out.append(' ');
      } else {
        out.append(c);
      }
    }
    int start = 0;
    int end = out.length();
    while (end > start && (out.charAt(end - 1) == ' ' || out.charAt(end - 1) == '\t')) {
      end--;
    }
    String line = out.substring(start, end);
    return line.isBlank() ? "" : line;
  }
}
