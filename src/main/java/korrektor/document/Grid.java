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
 * @param linesBefore for a table in a text document (Word, Writer, RTF, Markdown), how many of the
 *     document's lines come before it, so that a heading above it ("t = 2") can be found; -1 when
 *     the table stands on its own (a worksheet, a CSV file)
 */
public record Grid(String name, List<Cell> cells, int linesBefore) {

  private static final Comparator<Cell> READING_ORDER =
      Comparator.comparingInt(Cell::row).thenComparingInt(Cell::column);

  public Grid {
    cells = cells.stream().sorted(READING_ORDER).toList();
  }

  /** A sheet of its own (a worksheet, a CSV file). */
  public Grid(String name, List<Cell> cells) {
    this(name, cells, -1);
  }

  public Optional<Cell> at(int row, int column) {
    return cells.stream().filter(c -> c.row() == row && c.column() == column).findFirst();
  }

  /** Rows up to the last non-empty one; O(1), the cells are sorted. */
  public int rowCount() {
    return cells.isEmpty() ? 0 : cells.get(cells.size() - 1).row() + 1;
  }

  public int columnCount() {
    return cells.stream().mapToInt(Cell::column).max().orElse(-1) + 1;
  }

  /** The non-empty cells of a row, left to right; a binary search, so large sheets stay fast. */
  public List<Cell> row(int row) {
    int lo = 0;
    int hi = cells.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cells.get(mid).row() < row) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    int end = lo;
    while (end < cells.size() && cells.get(end).row() == row) {
      end++;
    }
    return cells.subList(lo, end);
  }
}
