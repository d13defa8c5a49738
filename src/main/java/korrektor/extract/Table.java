package korrektor.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import korrektor.document.Location;

/**
 * Cells in rows and columns, whatever they came from: a worksheet, a CSV file, or a table written
 * in text (a block of lines with tab-, pipe- or gap-separated fields). Sparse: only non-empty
 * cells.
 */
final class Table {
  /**
   * A non-empty cell.
   *
   * @param row 0-based row
   * @param column 0-based column
   * @param text the plain text
   * @param number the number the cell consists of, or null (text, or prose with numbers in it)
   * @param unit the unit the cell belongs to (a cell, or the line of a text table)
   */
  record Cell(int row, int column, String text, Num number, Unit unit) {
    Location location() {
      return number != null ? number.location() : unit.location();
    }
  }

  private final String name;
  private final int document;
  private final boolean text;
  private int linesBefore = -1;
  private final TreeMap<Integer, TreeMap<Integer, Cell>> rows = new TreeMap<>();
  private int columns;

  /**
   * @param name a name for notes ({@code Sheet1}, {@code lines 3–7})
   * @param document the document's index in the submission
   * @param text whether the table was written in text (rather than cells)
   */
  Table(String name, int document, boolean text) {
    this.name = name;
    this.document = document;
    this.text = text;
  }

  void put(Cell c) {
    rows.computeIfAbsent(c.row(), r -> new TreeMap<>()).put(c.column(), c);
    columns = Math.max(columns, c.column() + 1);
  }

  String name() {
    return name;
  }

  /** For a table among a text document's lines: how many line units come before it; else -1. */
  int linesBefore() {
    return linesBefore;
  }

  void linesBefore(int n) {
    this.linesBefore = n;
  }

  int document() {
    return document;
  }

  boolean isText() {
    return text;
  }

  Cell at(int row, int column) {
    TreeMap<Integer, Cell> r = rows.get(row);
    return r == null ? null : r.get(column);
  }

  /** The non-empty cells of a row, left to right. */
  List<Cell> row(int row) {
    TreeMap<Integer, Cell> r = rows.get(row);
    return r == null ? List.of() : List.copyOf(r.values());
  }

  /** The indexes of the rows that hold a cell, top to bottom. */
  List<Integer> rowIndexes() {
    return List.copyOf(rows.keySet());
  }

  int columnCount() {
    return columns;
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  /** Every cell, row by row. */
  List<Cell> cells() {
    List<Cell> out = new ArrayList<>();
    rows.values().forEach(r -> out.addAll(r.values()));
    return out;
  }

  /** The cells of a column, top to bottom. */
  Map<Integer, Cell> column(int column) {
    Map<Integer, Cell> out = new HashMap<>();
    rows.forEach(
        (r, cells) -> {
          Cell c = cells.get(column);
          if (c != null) {
            out.put(r, c);
          }
        });
    return out;
  }
}
