package korrektor.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads the values in a {@link Table}: quantities as columns under a header row and steps as rows
 * (a step column, or the row order), or the transpose (labels down a column, steps across a header
 * row or in order); a {@code t = 0} row or column of initial states skipped, or steps counted from
 * 0 shifted; key-value cells ({@code h(2)} beside {@code 0.39}); long format (label, step, value);
 * and columns without a name or with a name Korrektor does not know, whose quantity the {@link
 * Decoder} settles from the student's own values.
 */
final class TableReader {
  private final LabelMatcher labels;
  private final StepReader steps;
  private final int stepCount;
  private final List<String> quantities;
  private final double[] inputs;

  /** What a cell is, worked out once. */
  private record Kind(Label label, boolean stepHeader, OptionalInt step) {}

  /**
   * @param quantities the quantities of the values part, in the sheet's order
   * @param stepCount the number of time steps
   */
  TableReader(LabelMatcher labels, StepReader steps, List<String> quantities, int stepCount) {
    this(labels, steps, quantities, stepCount, new double[0]);
  }

  /**
   * @param inputs the sheet's scalar inputs x_1..x_T, so that columns headed by them ("x = 0.7")
   *     are steps
   */
  TableReader(
      LabelMatcher labels,
      StepReader steps,
      List<String> quantities,
      int stepCount,
      double[] inputs) {
    this.inputs = inputs.clone();
    this.labels = labels;
    this.steps = steps;
    this.quantities = List.copyOf(quantities);
    this.stepCount = stepCount;
  }

  /**
   * Readings of one table; {@code context} is a step named for the whole table (a sheet "t = 2"),
   * or {@link PhraseReader#NONE}.
   */
  List<Reading> read(Table t, int context) {
    Map<Table.Cell, Kind> kinds =
        new java.util.IdentityHashMap<>(); // cells are unique objects; no deep hashing
    for (Table.Cell c : t.cells()) {
      if (c.number() == null && c.text().length() <= 120) {
        Optional<Label> l = labels.whole(c.text());
        kinds.put(
            c,
            new Kind(
                l.orElse(null),
                l.isEmpty() && steps.isStepHeader(c.text()),
                l.isEmpty() ? steps.stepOf(c.text()) : OptionalInt.empty()));
      }
    }
    List<Reading> out = new ArrayList<>();
    rowTables(t, kinds, out);
    columnTables(t, kinds, out);
    keyValues(t, kinds, context, out);
    return out;
  }

  /**
   * Whether a table's first row names columns that are no quantities and no steps ({@code U W b},
   * {@code x}): a table of the sheet's parameters or inputs, whose rows are no answers.
   */
  boolean isOtherTable(Table t) {
    List<Integer> rows = t.rowIndexes();
    if (rows.size() < 2) {
      return false;
    }
    int names = 0;
    for (Table.Cell c : t.row(rows.get(0))) {
      if (c.number() != null
          || labels.whole(c.text()).isPresent()
          || steps.isStepHeader(c.text())
          || steps.stepOf(c.text()).isPresent()
          || !isName(c.text())) {
        return false;
      }
      names++;
    }
    return names >= 1 && t.row(rows.get(1)).stream().anyMatch(c -> c.number() != null);
  }

  private Label label(Map<Table.Cell, Kind> kinds, Table.Cell c) {
    Kind k = c == null ? null : kinds.get(c);
    return k == null ? null : k.label();
  }

  private boolean isStepless(Label l) {
    return l != null && l.isStepless();
  }

  // ---- quantities as columns, steps as rows ---------------------------------------------------

  private void rowTables(Table t, Map<Table.Cell, Kind> kinds, List<Reading> out) {
    List<Integer> rows = t.rowIndexes();
    for (int i = 0; i < rows.size(); i++) {
      int r = rows.get(i);
      Map<Integer, Label> header = new HashMap<>();
      int stepColumn = -1;
      List<Integer> unnamed = new ArrayList<>();
      for (Table.Cell c : t.row(r)) {
        Kind k = kinds.get(c);
        if (k == null) {
          continue;
        }
        if (isStepless(k.label())) {
          header.put(c.column(), k.label());
        } else if (k.stepHeader()) {
          stepColumn = c.column();
        } else if (k.label() == null
            && k.step().isEmpty()
            && isName(c.text())
            && !isInput(c.text())) {
          unnamed.add(c.column());
        }
      }
      if (header.size() < 2 && !(header.size() == 1 && stepColumn >= 0)
          || namesOneQuantityTwice(header.values())) {
        continue; // "h (hidden state), output (output)": a legend's words, not a header of columns
      }
      int first = header.keySet().stream().mapToInt(Integer::intValue).min().orElse(0);
      int last = header.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
      List<Integer> data = new ArrayList<>();
      for (int j = i + 1; j < rows.size(); j++) {
        int d = rows.get(j);
        if (isHeaderRow(t, kinds, d)) {
          break;
        }
        long filled = header.keySet().stream().filter(c -> number(t, d, c) != null).count();
        if (!data.isEmpty()
            && d > data.get(data.size() - 1) + 1
            && filled < Math.min(2, header.size())) {
          break; // after an empty row, a line with one number ("y(4) | 0.62") is no step of the
          // table
        }
        boolean any = filled > 0;
        if (!any) {
          if (!data.isEmpty()) {
            break;
          }
          continue;
        }
        data.add(d);
      }
      if (data.isEmpty()) {
        continue;
      }
      if (stepColumn < 0) {
        stepColumn = stepColumnLeftOf(t, kinds, data, first);
      }
      // columns with numbers but no known name, between or beside the named ones
      for (int c = Math.max(0, first - 1); c <= last + 1; c++) {
        if (header.containsKey(c) || c == stepColumn) {
          continue;
        }
        final int col = c;
        Table.Cell head = t.at(r, c);
        boolean blankHead = head == null;
        if ((blankHead || unnamed.contains(c))
            && data.stream().filter(d -> number(t, d, col) != null).count() >= 2) {
          unnamed.add(c);
        }
      }
      String layout =
          "table with quantities as columns (" + t.name() + ", row " + (r + 1) + " names them)";
      List<Integer> explicit = new ArrayList<>();
      Map<Integer, Integer> stepOfRow = new HashMap<>();
      for (int d : data) {
        OptionalInt s =
            stepColumn >= 0
                ? stepIn(t, kinds, t.at(d, stepColumn))
                : stepLeftOf(t, kinds, d, first);
        if (s.isPresent()) {
          stepOfRow.put(d, s.getAsInt());
          explicit.add(s.getAsInt());
        }
      }
      boolean stepsWritten =
          explicit.size() == data.size() && new HashSet<>(explicit).size() == explicit.size();
      Base base =
          stepsWritten ? base(explicit, rowIsInitial(t, header, data.get(0))) : Base.AS_WRITTEN;
      int order = 0;
      for (int d : data) {
        int step;
        Candidate.Evidence ev;
        if (stepsWritten) {
          step = stepOfRow.get(d);
          ev = Candidate.Evidence.TABLE;
        } else {
          if (order == 0 && rowIsInitial(t, header, d) && data.size() == stepCount + 1) {
            order = -1; // the initial state stands first
          }
          step = ++order;
          ev = Candidate.Evidence.ORDER;
          if (step == 0) {
            continue;
          }
        }
        for (var h : header.entrySet()) {
          Num n = number(t, d, h.getKey());
          if (n != null) {
            add(out, Reading.of(h.getValue(), step, n, ev, layout), base);
          }
        }
        for (int c : unnamed) {
          Num n = number(t, d, c);
          if (n != null) {
            add(out, unnamedColumn(t, r, c, header.values(), step, n, ev, layout), base);
          }
        }
      }
    }
  }

  /**
   * Whether two of the labels name the same quantity and nothing else: no header has a column
   * twice.
   */
  private static boolean namesOneQuantityTwice(java.util.Collection<Label> header) {
    Set<String> seen = new HashSet<>();
    for (Label l : header) {
      if (l.senses().size() == 1 && !seen.add(l.senses().get(0) + "#" + l.component())) {
        return true;
      }
    }
    return false;
  }

  /** How the steps of a table are counted. */
  private enum Base {
    AS_WRITTEN,
    FROM_ZERO,
    OPEN
  }

  /**
   * Steps 0..T with a first row or column of initial states: as written (step 0 is no answer);
   * steps 0..T−1 whose step 0 holds more than initial states: counted from 0; otherwise as written.
   */
  private Base base(List<Integer> written, boolean zeroIsInitial) {
    if (!written.contains(0)) {
      return Base.AS_WRITTEN;
    }
    int max = written.stream().mapToInt(Integer::intValue).max().orElse(0);
    if (max >= stepCount) {
      return Base.AS_WRITTEN;
    }
    return zeroIsInitial ? Base.OPEN : Base.FROM_ZERO;
  }

  private static void add(List<Reading> out, Reading r, Base base) {
    switch (base) {
      case AS_WRITTEN -> {
        if (r.step() > 0) {
          out.add(r);
        }
      }
      case FROM_ZERO -> out.add(r.withStep(r.step() + 1));
      case OPEN -> out.add(r.withBase("steps of " + r.layout()));
    }
  }

  /**
   * Columns headed by the sheet's inputs in their order ({@code x = 0.7}, {@code x=0.5}, {@code
   * 0.7}): column → step; empty when the row is not the input sequence.
   */
  private Map<Integer, Integer> stepsByInputs(Table t, int r, int col) {
    if (inputs.length < 2) {
      return Map.of();
    }
    List<Table.Cell> cells = new ArrayList<>();
    for (Table.Cell c : t.row(r)) {
      if (c.column() > col) {
        cells.add(c);
      }
    }
    int start = cells.size() == inputs.length + 1 ? 1 : 0; // a first column for x_0 = initial
    if (cells.size() - start != inputs.length) {
      return Map.of();
    }
    Map<Integer, Integer> out = new HashMap<>();
    for (int k = 0; k < inputs.length; k++) {
      Table.Cell c = cells.get(k + start);
      String v =
          Regex.replaceFirst(
              c.text().strip(), "(?i)^x\\s*(?:\\(t\\)|_?t|\\(\\d\\)|_\\d)?\\s*[=:]\\s*", "");
      java.util.Optional<NumberToken> n =
          c.number() != null ? java.util.Optional.of(c.number().token()) : Numbers.whole(v);
      if (n.isEmpty() || Math.abs(n.get().value() - inputs[k]) > 1e-9) {
        return Map.of();
      }
      out.put(c.column(), k + 1);
    }
    return out;
  }

  /**
   * A column of numbers with no known name: one of the quantities the table does not name, or none.
   */
  private Reading unnamedColumn(
      Table t,
      int headerRow,
      int c,
      java.util.Collection<Label> named,
      int step,
      Num n,
      Candidate.Evidence ev,
      String layout) {
    Set<String> taken = new HashSet<>();
    named.forEach(l -> taken.addAll(l.senses().size() == 1 ? l.senses() : List.of()));
    List<String> senses = new ArrayList<>();
    senses.add("");
    for (String q : quantities) {
      if (!taken.contains(q)) {
        senses.add(q);
      }
    }
    Table.Cell head = t.at(headerRow, c);
    String symbol = head == null ? "the unnamed column " + (c + 1) : "'" + head.text() + "'";
    return new Reading(
        symbol, senses, "column " + (c + 1) + " of " + t.name(), 0, step, null, n, ev, layout);
  }

  private boolean isHeaderRow(Table t, Map<Table.Cell, Kind> kinds, int r) {
    int n = 0;
    for (Table.Cell c : t.row(r)) {
      if (isStepless(label(kinds, c))) {
        n++;
      }
    }
    return n >= 2;
  }

  /** Whether a first data row holds only initial states: zeros, or values only under h and s. */
  private boolean rowIsInitial(Table t, Map<Integer, Label> header, int d) {
    boolean any = false;
    for (var h : header.entrySet()) {
      Num n = number(t, d, h.getKey());
      if (n == null) {
        continue;
      }
      any = true;
      if (n.value() != 0) {
        return false;
      }
    }
    return any;
  }

  /** A column left of the labels whose data cells are all steps (integers or markers). */
  private int stepColumnLeftOf(
      Table t, Map<Table.Cell, Kind> kinds, List<Integer> data, int first) {
    for (int c = first - 1; c >= 0; c--) {
      boolean all = true;
      for (int d : data) {
        if (stepIn(t, kinds, t.at(d, c)).isEmpty()) {
          all = false;
          break;
        }
      }
      if (all) {
        return c;
      }
    }
    return -1;
  }

  private OptionalInt stepLeftOf(Table t, Map<Table.Cell, Kind> kinds, int d, int first) {
    for (Table.Cell c : t.row(d)) {
      if (c.column() >= first) {
        break;
      }
      Kind k = kinds.get(c);
      if (k != null && k.step().isPresent()) {
        return k.step();
      }
    }
    return OptionalInt.empty();
  }

  private OptionalInt stepIn(Table t, Map<Table.Cell, Kind> kinds, Table.Cell c) {
    if (c == null) {
      return OptionalInt.empty();
    }
    if (c.number() != null) {
      double v = c.number().value();
      return v == Math.rint(v)
              && v >= 0
              && v <= Math.max(stepCount, 99)
              && c.number().token().decimals() == 0
          ? OptionalInt.of((int) v)
          : OptionalInt.empty();
    }
    Kind k = kinds.get(c);
    return k == null ? OptionalInt.empty() : k.step();
  }

  /** A short header of words Korrektor does not know ("Zelleingang", "cell_in", "z"). */
  private static boolean isName(String text) {
    return text.length() <= 30 && Regex.matches(text.strip(), "[\\p{L}][\\p{L}\\d_~^ ()\\-.]*");
  }

  private static boolean isInput(String text) {
    return Regex.matches(text.strip(), "(?i)x|x_?t|x\\(t\\)|input|eingabe|inputs?\\s*x");
  }

  private static Num number(Table t, int row, int column) {
    Table.Cell c = t.at(row, column);
    return c == null ? null : c.number();
  }

  // ---- labels down a column, steps across -----------------------------------------------------

  private void columnTables(Table t, Map<Table.Cell, Kind> kinds, List<Reading> out) {
    Map<Integer, List<Integer>> labelRows = new HashMap<>();
    for (Table.Cell c : t.cells()) {
      if (isStepless(label(kinds, c))) {
        labelRows.computeIfAbsent(c.column(), k -> new ArrayList<>()).add(c.row());
      }
    }
    for (var e : labelRows.entrySet()) {
      int col = e.getKey();
      List<Integer> rows = e.getValue();
      rows.sort(null);
      // blocks of label rows: a gap of more than 3 rows, a text cell that is no label ("Parameter")
      // or a quantity named again (a parameter table below the values) starts a new one
      List<List<Integer>> blocks = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (int r : rows) {
        Label l = label(kinds, t.at(r, col));
        String key = l.symbol() + "#" + l.component() + "#" + l.senses();
        boolean newBlock =
            blocks.isEmpty()
                || r - last(blocks.get(blocks.size() - 1)) > 3
                || seen.contains(key)
                || textBetween(t, kinds, col, last(blocks.get(blocks.size() - 1)), r);
        if (newBlock) {
          blocks.add(new ArrayList<>());
          seen.clear();
        }
        seen.add(key);
        blocks.get(blocks.size() - 1).add(r);
      }
      for (List<Integer> block : blocks) {
        columnBlock(t, kinds, col, block, out);
      }
    }
  }

  /** Whether a text cell that is no label stands in the column between two rows. */
  private boolean textBetween(Table t, Map<Table.Cell, Kind> kinds, int col, int from, int to) {
    for (int r = from + 1; r < to; r++) {
      Table.Cell c = t.at(r, col);
      if (c != null && c.number() == null && label(kinds, c) == null) {
        return true;
      }
    }
    return false;
  }

  private static int last(List<Integer> l) {
    return l.get(l.size() - 1);
  }

  private void columnBlock(
      Table t, Map<Table.Cell, Kind> kinds, int col, List<Integer> rows, List<Reading> out) {
    Set<Integer> valueColumns = new HashSet<>();
    for (int r : rows) {
      for (Table.Cell c : t.row(r)) {
        if (c.column() > col && c.number() != null) {
          valueColumns.add(c.column());
        }
      }
    }
    Map<Integer, Integer> stepOfColumn = new HashMap<>();
    boolean otherHeader = false;
    for (int r = rows.get(0) - 1;
        r >= Math.max(0, rows.get(0) - 4) && stepOfColumn.isEmpty() && !otherHeader;
        r--) {
      Map<Integer, Integer> found = new HashMap<>();
      int names = 0;
      for (Table.Cell c : t.row(r)) {
        if (c.column() <= col) {
          continue;
        }
        OptionalInt s = stepIn(t, kinds, c);
        if (s.isPresent()) {
          found.put(c.column(), s.getAsInt());
        } else if (c.number() == null
            && !isStepless(label(kinds, c))
            && valueColumns.contains(c.column())) {
          names++;
        }
      }
      Map<Integer, Integer> byInputs = found.size() >= 2 ? Map.of() : stepsByInputs(t, r, col);
      if (found.size() >= 2 && new HashSet<>(found.values()).size() == found.size()) {
        stepOfColumn = found;
      } else if (!byInputs.isEmpty()) {
        stepOfColumn =
            byInputs; // "x = 0.7 | x = 0.5 | x = 0.7": the inputs in order name the steps
      } else if (names >= 2 || names >= 1 && valueColumns.size() == 1) {
        otherHeader = true; // "U  W  b" over the values: a parameter table, not steps
      }
    }
    if (stepOfColumn.isEmpty() && otherHeader) {
      return;
    }
    String layout =
        "table with quantities as rows (" + t.name() + ", column " + (col + 1) + " names them)";
    Base base = Base.AS_WRITTEN;
    if (!stepOfColumn.isEmpty()) {
      int zeroColumn =
          stepOfColumn.entrySet().stream()
              .filter(x -> x.getValue() == 0)
              .map(Map.Entry::getKey)
              .findFirst()
              .orElse(-1);
      boolean initial = zeroColumn < 0 || columnIsInitial(t, kinds, col, rows, zeroColumn);
      base = base(new ArrayList<>(stepOfColumn.values()), initial);
    }
    for (int r : rows) {
      Label l = label(kinds, t.at(r, col));
      List<Table.Cell> right = new ArrayList<>();
      for (Table.Cell c : t.row(r)) {
        if (c.column() > col) {
          right.add(c);
        }
      }
      int dim = labels.dimension(l.quantity());
      if (dim > 1 && l.component() == 0) {
        vectorsOfRow(
            l, right, stepOfColumn, base, dim, layout, out); // z | (0.5; 0.3) | (0.65; -0.21) | …
        continue;
      }
      if (stepOfColumn.isEmpty()) {
        List<Num> values = new ArrayList<>();
        for (Table.Cell c : right) {
          if (c.number() != null) {
            values.add(c.number());
          } else if (!isPlaceholder(c.text())) {
            values.clear();
            break;
          } else {
            values.add(null);
          }
        }
        if (values.size() == stepCount + 1 && values.get(0) != null && values.get(0).value() == 0) {
          values.remove(0); // the initial state first
        }
        long present = values.stream().filter(v -> v != null).count();
        if (values.size() != stepCount
            || present < Math.min(2, stepCount) && stepCount > 1
            || labels.dimension(l.quantity()) > 1 && l.component() == 0) {
          continue;
        }
        for (int k = 0; k < values.size(); k++) {
          if (values.get(k) != null) {
            out.add(Reading.of(l, k + 1, values.get(k), Candidate.Evidence.ORDER, layout));
          }
        }
        continue;
      }
      for (Table.Cell c : right) {
        Integer step = stepOfColumn.get(c.column());
        if (step == null || c.number() == null) {
          continue;
        }
        add(out, Reading.of(l, step, c.number(), Candidate.Evidence.TABLE, layout), base);
      }
    }
  }

  /** A vector quantity's row of vector cells: under step headers, or one per step in order. */
  private void vectorsOfRow(
      Label l,
      List<Table.Cell> right,
      Map<Integer, Integer> stepOfColumn,
      Base base,
      int dim,
      String layout,
      List<Reading> out) {
    List<List<Num>> vectors = new ArrayList<>();
    List<Integer> columns = new ArrayList<>();
    for (Table.Cell c : right) {
      List<Num> v = vectorCell(c, dim);
      if (v == null) {
        return;
      }
      vectors.add(v);
      columns.add(c.column());
    }
    if (stepOfColumn.isEmpty()
        && vectors.size() == stepCount + 1
        && vectors.get(0).stream().allMatch(n -> n.value() == 0)) {
      vectors.remove(0);
      columns.remove(0);
    }
    if (stepOfColumn.isEmpty() && vectors.size() != stepCount) {
      return;
    }
    for (int k = 0; k < vectors.size(); k++) {
      Integer step =
          stepOfColumn.isEmpty() ? Integer.valueOf(k + 1) : stepOfColumn.get(columns.get(k));
      if (step == null) {
        continue;
      }
      for (int c = 0; c < dim; c++) {
        Reading r =
            new Reading(
                l.symbol(),
                l.senses(),
                l.isAmbiguous() ? "symbol " + l.symbol() : null,
                c + 1,
                step,
                null,
                vectors.get(k).get(c),
                stepOfColumn.isEmpty() ? Candidate.Evidence.ORDER : Candidate.Evidence.TABLE,
                layout);
        add(out, r, base);
      }
    }
  }

  /**
   * The components of a cell written as a vector: {@code (0.5; 0.3)}, {@code [0.50, -0.21]}; null
   * otherwise.
   */
  private static List<Num> vectorCell(Table.Cell c, int dim) {
    if (c.number() != null
        || c.unit().numbers().size() != dim
        || !Regex.matches(
            c.text().strip(),
            "[(\\[]?\\s*[-+−]?[\\d.,]+(?:[eE][-+]?\\d+)?(?:(?:\\s*[;,]\\s*|\\s+)[-+−]?[\\d.,]+(?:[eE][-+]?\\d+)?)*\\s*[)\\]]?")) {
      return null;
    }
    return c.unit().numbers();
  }

  private boolean columnIsInitial(
      Table t, Map<Table.Cell, Kind> kinds, int col, List<Integer> rows, int zeroColumn) {
    for (int r : rows) {
      Table.Cell c = t.at(r, zeroColumn);
      if (c != null && c.number() != null && c.number().value() != 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean isPlaceholder(String text) {
    return Regex.matches(text.strip(), "-|—|–|\\?|n/a|N/A|/|x|\\.\\.\\.|…|nan|NaN");
  }

  // ---- key-value cells and long format --------------------------------------------------------

  private void keyValues(Table t, Map<Table.Cell, Kind> kinds, int context, List<Reading> out) {
    for (Table.Cell cell : t.cells()) {
      Label l = label(kinds, cell);
      if (l == null || l.step() == Label.PREVIOUS_STEP) {
        continue;
      }
      int r = cell.row();
      int c = cell.column();
      if (l.hasStep() && labels.dimension(l.quantity()) > 1 && l.component() == 0) {
        vectorRight(t, l, r, c, out); // h(2) | [0.57, -0.20]
        continue;
      }
      if (l.hasStep()) {
        Num value = firstNumberRight(t, r, c, 3);
        if (value == null && t.at(r, c + 1) == null) {
          Table.Cell below = t.at(r + 1, c);
          value =
              below != null && below.number() != null && label(kinds, below) == null
                  ? below.number()
                  : null;
        }
        if (value != null) {
          out.add(
              Reading.of(
                  l,
                  l.step(),
                  value,
                  Candidate.Evidence.LABEL,
                  "label beside its value (" + t.name() + ")"));
        }
        continue;
      }
      // long format: the label, one step (1..T) and one value in a row, in any order
      Num value = null;
      OptionalInt step = OptionalInt.empty();
      int numbers = 0;
      for (Table.Cell other : t.row(r)) {
        if (other.column() == c) {
          continue;
        }
        Kind k = kinds.get(other);
        if (other.number() == null) {
          if (k != null && k.step().isPresent() && step.isEmpty() && k.label() == null) {
            step = k.step();
          }
          continue;
        }
        numbers++;
        OptionalInt st =
            other.number().token().isInteger() ? stepIn(t, kinds, other) : OptionalInt.empty();
        if (st.isPresent() && st.getAsInt() > 0 && step.isEmpty() && other.column() < c + 3) {
          step = st;
          numbers--;
        } else {
          value = other.number();
        }
      }
      if (step.isPresent() && value != null && numbers == 1) {
        out.add(
            Reading.of(
                l,
                step.getAsInt(),
                value,
                Candidate.Evidence.TABLE,
                "label, step and value in a row (" + t.name() + ")"));
      } else if (numbers == 1
          && value != null
          && value.location() != null
          && firstNumberRight(t, r, c, 3) == value) {
        int s = context != PhraseReader.NONE ? context : contextAbove(t, kinds, r, c);
        if (s != PhraseReader.NONE) {
          out.add(
              Reading.of(
                  l,
                  s,
                  value,
                  Candidate.Evidence.CONTEXT,
                  "label beside its value under a step heading (" + t.name() + ")"));
        }
      }
    }
  }

  /**
   * A vector in the cell right of a label with its step: {@code [0.5000, 0.3000]}, {@code (0,5;
   * -0,2)}.
   */
  private void vectorRight(Table t, Label l, int r, int c, List<Reading> out) {
    Table.Cell cell = null;
    for (int k = 1; k <= 3 && cell == null; k++) {
      cell = t.at(r, c + k);
    }
    int dim = labels.dimension(l.quantity());
    if (cell == null
        || cell.number() != null
        || cell.unit().numbers().size() != dim
        || !Regex.matches(
            cell.text().strip(),
            "[(\\[]?[-+−]?[\\d.,]+(?:(?:\\s*[;,]\\s*|\\s+)[-+−]?[\\d.,]+)*[)\\]]?")) {
      return;
    }
    for (int k = 0; k < dim; k++) {
      out.add(
          new Reading(
              l.symbol(),
              l.senses(),
              l.isAmbiguous() ? "symbol " + l.symbol() : null,
              k + 1,
              l.step(),
              null,
              cell.unit().numbers().get(k),
              Candidate.Evidence.LABEL,
              "label beside its vector (" + t.name() + ")"));
    }
  }

  /** The step named by the nearest text cell above a key-value block ("t = 1", "Step 1"). */
  private int contextAbove(Table t, Map<Table.Cell, Kind> kinds, int r, int c) {
    for (int up = r - 1; up >= Math.max(0, r - 12); up--) {
      for (int cc = Math.max(0, c - 1); cc <= c + 1; cc++) {
        Table.Cell cell = t.at(up, cc);
        if (cell == null || cell.number() != null) {
          continue;
        }
        List<StepReader.Event> events = steps.events(cell.text());
        if (events.size() == 1) {
          return events.get(0).step();
        }
      }
    }
    return PhraseReader.NONE;
  }

  /**
   * The first number right of a cell within {@code span} columns, past empty cells and cells of a
   * bare "=" or ":".
   */
  private static Num firstNumberRight(Table t, int r, int c, int span) {
    for (int k = 1; k <= span; k++) {
      Table.Cell cell = t.at(r, c + k);
      if (cell == null
          || cell.number() == null && Regex.matches(cell.text().strip(), "[=:≈→]|->|=>")) {
        continue;
      }
      return cell.number();
    }
    return null;
  }
}
