package korrektor.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import korrektor.document.Cell;
import korrektor.document.Grid;

/**
 * Values in a grid of cells (a worksheet, a CSV file): tables with steps as rows (a header row of
 * quantity labels) or as columns (a column of labels, a header row of steps), key-value cells
 * ({@code h(2)} beside {@code 0.39}), long format (label, step, value), and text cells written as
 * prose ({@code h(2) = 0.39}).
 */
final class GridExtractor {
  private final LabelMatcher labels;
  private final int steps;

  GridExtractor(LabelMatcher labels, int steps) {
    this.labels = labels;
    this.steps = steps;
  }

  void extract(Grid grid, List<Candidate> out, List<String> notes) {
    Map<Long, Cell> at = new HashMap<>();
    Map<Long, Label> labelAt = new HashMap<>();
    for (Cell c : grid.cells()) {
      at.put(key(c.row(), c.column()), c);
      if (!c.isNumeric()) {
        labels.whole(c.text()).ifPresent(l -> labelAt.put(key(c.row(), c.column()), l));
      }
    }
    rowTables(grid, at, labelAt, out);
    columnTables(grid, at, labelAt, out);
    keyValues(grid, at, labelAt, out);
    ProseExtractor prose = new ProseExtractor(labels, steps);
    for (Cell c : grid.cells()) {
      if (!c.isNumeric() && !labelAt.containsKey(key(c.row(), c.column())) && Numbers.whole(c.text()).isEmpty()) {
        prose.line(c.text(), c.location(), out);
      }
    }
  }

  /** Header rows with two or more step-less labels; data rows below, steps from a step column or in order. */
  private void rowTables(Grid grid, Map<Long, Cell> at, Map<Long, Label> labelAt, List<Candidate> out) {
    java.util.Set<Integer> rowsWithContent = new java.util.HashSet<>();
    grid.cells().forEach(c -> rowsWithContent.add(c.row()));
    for (int r = 0, rows = grid.rowCount(); r < rows; r++) {
      Map<Integer, Label> header = new HashMap<>();
      int stepColumn = -1;
      for (Cell c : grid.row(r)) {
        Label l = labelAt.get(key(r, c.column()));
        if (l != null && !l.hasStep()) {
          header.put(c.column(), l);
        } else if (!c.isNumeric() && Steps.isStepHeader(c.text())) {
          stepColumn = c.column();
        }
      }
      if (header.size() < 2) {
        continue;
      }
      int order = 0;
      for (int d = r + 1, rows2 = grid.rowCount(); d < rows2; d++) {
        boolean any = false;
        OptionalInt step = OptionalInt.empty();
        if (stepColumn >= 0) {
          step = stepIn(at.get(key(d, stepColumn)));
        } else {
          int first = header.keySet().stream().mapToInt(Integer::intValue).min().orElse(0);
          for (int c = 0; c < first && step.isEmpty(); c++) {
            Cell cell = at.get(key(d, c));
            if (cell != null && !cell.isNumeric()) {
              step = Steps.stepOf(cell.text());
            }
          }
        }
        List<Candidate> row = new ArrayList<>();
        int nextOrder = order + 1;
        for (var h : header.entrySet()) {
          Optional<NumberToken> n = number(at.get(key(d, h.getKey())));
          if (n.isEmpty()) {
            continue;
          }
          any = true;
          int t = step.isPresent() ? step.getAsInt() : nextOrder;
          Candidate.Evidence ev = step.isPresent() ? Candidate.Evidence.TABLE : Candidate.Evidence.ORDER;
          Label l = h.getValue();
          row.add(new Candidate(l.quantity(), l.component(), t, n.get(), at.get(key(d, h.getKey())).location(), ev));
        }
        if (!any) {
          if (rowsWithContent.contains(d) && d > r + 1) {
            break; // a row with other content ends the table
          }
          continue;
        }
        if (step.isPresent() && step.getAsInt() == 0) {
          continue; // the t = 0 row holds initial states
        }
        order = nextOrder;
        out.addAll(row);
      }
    }
  }

  /** A column of two or more step-less labels; steps from a header row of step markers, or in order. */
  private void columnTables(Grid grid, Map<Long, Cell> at, Map<Long, Label> labelAt, List<Candidate> out) {
    Map<Integer, List<Integer>> labelRows = new HashMap<>();
    for (var e : labelAt.entrySet()) {
      if (!e.getValue().hasStep()) {
        labelRows.computeIfAbsent((int) (long) e.getKey(), c -> new ArrayList<>()).add((int) (e.getKey() >> 32));
      }
    }
    for (var e : labelRows.entrySet()) {
      int col = e.getKey();
      List<Integer> rows = e.getValue().stream().sorted().toList();
      // contiguous blocks of label rows (a gap of one row, e.g. an x row, is allowed)
      List<List<Integer>> blocks = new ArrayList<>();
      for (int r : rows) {
        if (blocks.isEmpty() || r - blocks.get(blocks.size() - 1).get(blocks.get(blocks.size() - 1).size() - 1) > 2) {
          blocks.add(new ArrayList<>());
        }
        blocks.get(blocks.size() - 1).add(r);
      }
      for (List<Integer> block : blocks) {
        columnBlock(grid, at, labelAt, col, block, out);
      }
    }
  }

  private void columnBlock(Grid grid, Map<Long, Cell> at, Map<Long, Label> labelAt, int col, List<Integer> rows, List<Candidate> out) {
    if (rows.size() < 2) {
      return;
    }
    long distinct = rows.stream().map(r -> labelAt.get(key(r, col)).quantity() + "#" + labelAt.get(key(r, col)).component()).distinct().count();
    if (distinct < rows.size()) {
      return; // a quantity listed twice: long format (label, step, value), not a table
    }
    Map<Integer, Integer> stepOfColumn = new HashMap<>();
    boolean otherHeader = false;
    for (int r = rows.get(0) - 1; r >= Math.max(0, rows.get(0) - 3) && stepOfColumn.isEmpty() && !otherHeader; r--) {
      for (Cell c : grid.row(r)) {
        if (c.column() <= col) {
          continue;
        }
        OptionalInt s = c.isNumeric() ? integerStep(c.number()) : Steps.stepOf(c.text());
        if (s.isPresent()) {
          stepOfColumn.put(c.column(), s.getAsInt());
        } else if (!c.isNumeric() && number(c).isEmpty()) {
          otherHeader = true; // "U  W  b": a parameter table, not steps
        }
      }
      if (stepOfColumn.size() < 2) {
        stepOfColumn.clear();
      }
    }
    if (stepOfColumn.isEmpty() && otherHeader) {
      return;
    }
    if (stepOfColumn.isEmpty()) {
      // without step headers, a table needs a value per step; one value per row is a key-value list
      for (int r : rows) {
        long n = 0;
        for (int c = col + 1, columns = grid.columnCount(); c < columns; c++) {
          n += number(at.get(key(r, c))).isPresent() ? 1 : 0;
        }
        if (n < 2 || n > steps) {
          return;
        }
      }
    }
    for (int r : rows) {
      Label l = labelAt.get(key(r, col));
      int order = 0;
      for (int c = col + 1, columns = grid.columnCount(); c < columns; c++) {
        Cell cell = at.get(key(r, c));
        Optional<NumberToken> n = number(cell);
        if (n.isEmpty()) {
          continue;
        }
        Integer step = stepOfColumn.isEmpty() ? Integer.valueOf(++order) : stepOfColumn.get(c);
        if (step == null || step == 0 || step > steps) {
          continue;
        }
        Candidate.Evidence ev = stepOfColumn.isEmpty() ? Candidate.Evidence.ORDER : Candidate.Evidence.TABLE;
        out.add(new Candidate(l.quantity(), l.component(), step, n.get(), cell.location(), ev));
      }
    }
  }

  /** A label with its step ({@code h(2)}) and a number to its right or below; or label, step, value in a row. */
  private void keyValues(Grid grid, Map<Long, Cell> at, Map<Long, Label> labelAt, List<Candidate> out) {
    for (var e : labelAt.entrySet()) {
      Label l = e.getValue();
      int r = (int) (e.getKey() >> 32);
      int c = (int) (long) e.getKey();
      if (l.hasStep()) {
        Cell value = firstNumberRight(at, r, c, 3);
        if (value == null && at.get(key(r, c + 1)) == null) {
          Cell below = at.get(key(r + 1, c));
          value = below != null && number(below).isPresent() && labelAt.get(key(r + 1, c)) == null ? below : null;
        }
        if (value != null) {
          out.add(new Candidate(l.quantity(), l.component(), l.step(), number(value).orElseThrow(), value.location(), Candidate.Evidence.LABEL));
        }
      } else {
        // long format: a row holding the label, one step number (1..T) and one value, in any order
        Cell value = null;
        OptionalInt step = OptionalInt.empty();
        int numbers = 0;
        for (Cell cell : rowCells(at, grid, r)) {
          if (cell.column() == c) {
            continue;
          }
          Optional<NumberToken> n = number(cell);
          if (n.isEmpty()) {
            continue;
          }
          numbers++;
          OptionalInt st = n.get().isInteger() ? stepIn(cell) : OptionalInt.empty();
          if (st.isPresent() && st.getAsInt() > 0 && step.isEmpty()) {
            step = st;
          } else {
            value = cell;
          }
        }
        if (step.isPresent() && value != null && numbers == 2) {
          out.add(new Candidate(l.quantity(), l.component(), step.getAsInt(), number(value).orElseThrow(), value.location(), Candidate.Evidence.TABLE));
        } else if (numbers == 1 && value != null && value.column() > c) {
          OptionalInt context = contextStep(grid, at, r, c);
          if (context.isPresent()) {
            out.add(new Candidate(l.quantity(), l.component(), context.getAsInt(), number(value).orElseThrow(), value.location(), Candidate.Evidence.CONTEXT));
          }
        }
      }
    }
  }

  private static List<Cell> rowCells(Map<Long, Cell> at, Grid grid, int r) {
    return grid.row(r);
  }


  /** The step named by the nearest text cell above a key-value block ("t = 1", "Step 1"), in the label's column or the one to its right. */
  private OptionalInt contextStep(Grid grid, Map<Long, Cell> at, int r, int c) {
    for (int up = r - 1; up >= Math.max(0, r - 12); up--) {
      for (int cc = c; cc <= c + 1; cc++) {
        Cell cell = at.get(key(up, cc));
        if (cell == null || cell.isNumeric()) {
          continue;
        }
        List<Steps.Event> events = Steps.events(Text.normalize(cell.text()));
        if (events.size() == 1) {
          return OptionalInt.of(events.get(0).step());
        }
      }
    }
    return OptionalInt.empty();
  }

  private static Cell firstNumberRight(Map<Long, Cell> at, int r, int c, int span) {
    for (int k = 1; k <= span; k++) {
      Cell cell = at.get(key(r, c + k));
      if (cell == null) {
        continue;
      }
      return number(cell).isPresent() ? cell : null;
    }
    return null;
  }

  private OptionalInt stepIn(Cell cell) {
    if (cell == null) {
      return OptionalInt.empty();
    }
    if (cell.isNumeric()) {
      return integerStep(cell.number());
    }
    return Steps.stepOf(cell.text());
  }

  private OptionalInt integerStep(double v) {
    return v == Math.rint(v) && v >= 0 && v <= steps ? OptionalInt.of((int) v) : OptionalInt.empty();
  }

  /** The cell's value: the raw double (precision from the displayed text), or text read as a number. */
  static Optional<NumberToken> number(Cell cell) {
    if (cell == null) {
      return Optional.empty();
    }
    Optional<NumberToken> shown = Numbers.whole(cell.text());
    if (cell.isNumeric()) {
      double v = cell.number();
      int decimals = shown.map(NumberToken::decimals).orElse(15);
      int sig = shown.map(NumberToken::sigfigs).orElse(15);
      return Optional.of(new NumberToken(v, cell.text(), decimals, sig, 0, cell.text().length()));
    }
    return shown;
  }

  private static long key(int row, int column) {
    return ((long) row << 32) | (column & 0xffffffffL);
  }
}
