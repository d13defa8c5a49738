package korrektor.document;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A sheet of cells: one worksheet of a workbook, a CSV file, or a table rebuilt from a PDF page.
 * Only non-empty cells are kept, sorted by row, then column.
 *
 * @param name the sheet name (null for CSV)
 * @param cells the non-empty cells
 */
public record Grid(String name, List<Cell> cells) {

  private static final Comparator<Cell> READING_ORDER =
      Comparator.comparingInt(Cell::row).thenComparingInt(Cell::column);

  public Grid {
    cells = cells.stream().sorted(READING_ORDER).toList();
  }

  public Optional<Cell> at(int row, int column) {
    return cells.stream().filter(c -> c.row() == row && c.column() == column).findFirst();
  }

  public int rowCount() {
    return cells.stream().mapToInt(Cell::row).max().orElse(-1) + 1;
  }

  public int columnCount() {
    return cells.stream().mapToInt(Cell::column).max().orElse(-1) + 1;
  }

  public List<Cell> row(int row) {
    return cells.stream().filter(c -> c.row() == row).toList();
  }
}
