package korrektor.document;

import java.util.Objects;

/**
 * One non-empty cell of a grid (a spreadsheet sheet or a CSV file).
 *
 * @param row 0-based row
 * @param column 0-based column
 * @param text the text as the student sees it (for numbers: the displayed form, e.g. {@code
 *     0,3907})
 * @param number the raw numeric value when the source stores the cell as a number (or a formula
 *     with a numeric result); null for text cells, including numbers typed as text
 * @param location where the cell is, for provenance
 */
public record Cell(int row, int column, String text, Double number, Location location) {

  public Cell {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(location, "location");
    if (row < 0 || column < 0) {
      throw new IllegalArgumentException("row and column must be >= 0: " + row + "," + column);
    }
  }

  public boolean isNumeric() {
    return number != null;
  }
}
