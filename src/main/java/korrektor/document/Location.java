package korrektor.document;

import java.util.Objects;

/**
 * Where a piece of content was found in a student's file: a spreadsheet cell ({@code
 * lstm.xlsx!Sheet1!C3}), a CSV cell ({@code lstm.csv!B4}), or a text line ({@code answer.pdf p.1
 * l.14}).
 *
 * @param file the file name as the student handed it in (no folders); for a file inside a zip the
 *     student handed in, its path in the zip after the zip's name ({@code
 *     abgabe.zip/task1/lstm.xlsx})
 * @param sheet the sheet name; for text, the part of the file the line is in (a notebook's {@code
 *     cell 3}); null when the format has neither
 * @param cell the A1-style cell reference, or null for text
 * @param page the 1-based page, or 0 when the format has no pages
 * @param line the 1-based line on the page (or in the file), or 0 for cells
 */
public record Location(String file, String sheet, String cell, int page, int line) {

  public Location {
    Objects.requireNonNull(file, "file");
  }

  /** The whole file, when nothing finer is known. */
  public static Location ofFile(String file) {
    return new Location(file, null, null, 0, 0);
  }

  /** A spreadsheet cell; {@code sheet} may be null for CSV. Row and column are 0-based. */
  public static Location ofCell(String file, String sheet, int row, int column) {
    return new Location(file, sheet, cellName(row, column), 0, 0);
  }

  /** A text line; page is 0 for formats without pages. */
  public static Location ofLine(String file, int page, int line) {
    return new Location(file, null, null, page, line);
  }

  /**
   * A text line inside a named part of a file that has no pages, e.g. {@code nb.ipynb cell 3 l.2}.
   *
   * @param part the part, e.g. {@code "cell 3"}
   * @param line the 1-based line within the part
   */
  public static Location ofLineIn(String file, String part, int line) {
    return new Location(file, Objects.requireNonNull(part, "part"), null, 0, line);
  }

  /** Converts a 0-based row and column to an A1 reference ({@code (2, 2)} is {@code C3}). */
  public static String cellName(int row, int column) {
    StringBuilder letters = new StringBuilder();
    for (int c = column + 1; c > 0; c = (c - 1) / 26) {
      letters.insert(0, (char) ('A' + (c - 1) % 26));
    }
    return letters.append(row + 1).toString();
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(file);
    if (cell != null) {
      if (sheet != null) {
        s.append('!').append(sheet);
      }
      return s.append('!').append(cell).toString();
    }
    if (sheet != null) {
      s.append(' ').append(sheet);
    }
    if (page > 0) {
      s.append(" p.").append(page);
    }
    if (line > 0) {
      s.append(" l.").append(line);
    }
    return s.toString();
  }
}
