package korrektor.extract;

import java.util.ArrayList;
import java.util.List;
import korrektor.document.Word;

/**
 * Tables written in text: words of a PDF line grouped into fields at wide gaps, sub- and
 * superscripts put back on their base ({@code h} and a smaller, lower {@code 2} become {@code
 * h_2}), and a block of row lines turned into a {@link Table} whose columns come from the fields'
 * positions (as tabula's and Camelot's "stream" mode find columns without ruling lines).
 */
final class TextTables {
  /** A gap wider than this fraction of the font size separates two fields. */
  private static final double FIELD_GAP = 0.75;

  /** Glyphs smaller than this fraction of their neighbour are a sub- or superscript. */
  private static final double SCRIPT_RATIO = 0.9;

  private TextTables() {}

  /**
   * Words with their sub- and superscripts joined on: {@code h}, {@code (2)} raised → {@code
   * h^(2)}.
   */
  static List<Word> attachScripts(List<Word> words) {
    List<Word> out = new ArrayList<>();
    for (Word w : words) {
      if (!out.isEmpty()) {
        Word base = out.get(out.size() - 1);
        double gap = w.x() - base.right();
        boolean smaller = w.fontSize() > 0 && w.fontSize() < SCRIPT_RATIO * base.fontSize();
        double shift = w.y() - base.y();
        if (smaller
            && gap < 0.25 * base.fontSize()
            && Math.abs(shift) > 0.05 * base.fontSize()
            && Regex.matches(w.text(), "[-+−]?[\\w()~{},=]{1,8}")) {
          String mark = shift > 0 ? "_" : "^";
          out.set(
              out.size() - 1,
              new Word(
                  base.text() + mark + w.text(),
                  base.x(),
                  base.y(),
                  w.right() - base.x(),
                  base.fontSize()));
          continue;
        }
      }
      out.add(w);
    }
    return out;
  }

  /**
   * Words grouped into fields: a new field starts after a gap wider than {@link #FIELD_GAP} of the
   * font size.
   */
  static List<List<Word>> gapGroups(List<Word> words) {
    List<List<Word>> out = new ArrayList<>();
    List<Word> current = new ArrayList<>();
    for (Word w : words) {
      if (!current.isEmpty()) {
        Word prev = current.get(current.size() - 1);
        double size = Math.max(1, Math.max(prev.fontSize(), w.fontSize()));
        if (w.x() - prev.right() > FIELD_GAP * size) {
          out.add(current);
          current = new ArrayList<>();
        }
      }
      current.add(w);
    }
    if (!current.isEmpty()) {
      out.add(current);
    }
    return out;
  }

  /**
   * A block of row lines as a table. With positions (PDF), each field goes to the column whose
   * anchor (a field of the row with the most fields) is nearest its centre; without, to its index —
   * a header one field short of its rows (a printout's index column, pandas' style) is shifted
   * right.
   */
  static Table of(List<Unit> block, int document) {
    String name =
        "lines "
            + block.get(0).location()
            + (block.size() > 1 ? " to l." + block.get(block.size() - 1).location().line() : "");
    Table t = new Table(name, document, true);
    List<Unit> rows = new ArrayList<>();
    for (Unit u : block) {
      if (!isSeparator(u)) {
        rows.add(u);
      }
    }
    // positions only when every row has them (a printout split at blanks has none), and only when
    // needed: rows that all have every cell line up by their order, whatever a header's width
    boolean geometry =
        block.stream().allMatch(u -> u.fields().stream().anyMatch(f -> f.right() > f.left() + 0.5))
            && !completeRows(rows);
    if (geometry) {
      double[][] columns = columnExtents(rows);
      List<List<Unit.Field>> placed = new ArrayList<>();
      for (Unit u : rows) {
        List<Unit.Field> byColumn =
            new ArrayList<>(java.util.Collections.nCopies(columns.length, (Unit.Field) null));
        boolean[] used = new boolean[columns.length];
        for (Unit.Field f : u.fields()) {
          int best = bestColumn(columns, f, used);
          used[best] = true;
          byColumn.set(best, f);
        }
        placed.add(byColumn);
      }
      // a header on two lines ("input" over "gate"): the lines without numbers at the top, joined
      // per column
      int headerLines = 0;
      while (headerLines < rows.size() - 1 && rows.get(headerLines).numbers().isEmpty()) {
        headerLines++;
      }
      int r0 = 0;
      if (headerLines >= 2) {
        for (int c = 0; c < columns.length; c++) {
          StringBuilder text = new StringBuilder();
          Unit.Field any = null;
          for (int h = 0; h < headerLines; h++) {
            Unit.Field f = placed.get(h).get(c);
            if (f != null) {
              text.append(text.length() > 0 ? " " : "").append(f.text());
              any = f;
            }
          }
          if (any != null) {
            put(
                t,
                0,
                c,
                new Unit.Field(text.toString(), any.x(), any.left(), any.right(), List.of()),
                rows.get(headerLines - 1));
          }
        }
        r0 = 1;
      }
      for (int r = headerLines >= 2 ? headerLines : 0; r < rows.size(); r++) {
        for (int c = 0; c < columns.length; c++) {
          Unit.Field f = placed.get(r).get(c);
          if (f != null) {
            put(t, r0 + r - (headerLines >= 2 ? headerLines : 0), c, f, rows.get(r));
          }
        }
      }
      return t;
    }
    int most = rows.stream().mapToInt(u -> u.fields().size()).max().orElse(0);
    for (int r = 0; r < rows.size(); r++) {
      Unit u = rows.get(r);
      int shift = 0;
      if (r == 0
          && rows.size() > 1
          && u.fields().size() == most - 1
          && u.numbers().stream().allMatch(n -> n.token().isInteger())) {
        shift = 1; // "   g      f" over "0  0.5769  0.5436": the header has no name for the index
        // column
      }
      for (int k = 0; k < u.fields().size(); k++) {
        put(t, r, k + shift, u.fields().get(k), u);
      }
    }
    return t;
  }

  /**
   * Rows with numbers all of one width, lines without numbers (headers) as wide or one field short.
   */
  private static boolean completeRows(List<Unit> rows) {
    int width = -1;
    for (Unit u : rows) {
      if (!u.numbers().isEmpty()) {
        if (width >= 0 && u.fields().size() != width) {
          return false;
        }
        width = u.fields().size();
      }
    }
    if (width < 0) {
      return false;
    }
    for (Unit u : rows) {
      if (u.numbers().isEmpty() && u.fields().size() != width && u.fields().size() != width - 1) {
        return false;
      }
    }
    return true;
  }

  private static void put(Table t, int row, int column, Unit.Field f, Unit u) {
    if (f.text().isBlank()) {
      return;
    }
    Num whole =
        f.numbers().size() == 1 && Numbers.whole(f.text()).isPresent() ? f.numbers().get(0) : null;
    t.put(new Table.Cell(row, column, f.text(), whole, u));
  }

  private static boolean isSeparator(Unit u) {
    return Regex.matches(u.text().replace('\t', ' '), "[\\s|:+\\-–—=]*-{2,}[\\s|:+\\-–—=]*");
  }

  /**
   * The columns' horizontal extents: those of the rows with the most fields, each column from the
   * leftmost left edge to the rightmost right edge of its fields.
   */
  private static double[][] columnExtents(List<Unit> rows) {
    int most = rows.stream().mapToInt(u -> u.fields().size()).max().orElse(0);
    double[][] out = new double[most][];
    for (Unit u : rows) {
      if (u.fields().size() != most) {
        continue;
      }
      for (int k = 0; k < most; k++) {
        Unit.Field f = u.fields().get(k);
        out[k] =
            out[k] == null
                ? new double[] {f.left(), f.right()}
                : new double[] {Math.min(out[k][0], f.left()), Math.max(out[k][1], f.right())};
      }
    }
    return out;
  }

  /**
   * The column a field overlaps most (or, overlapping none, is nearest to), preferring one this row
   * has not used.
   */
  private static int bestColumn(double[][] columns, Unit.Field f, boolean[] used) {
    int best = -1;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < columns.length; k++) {
      double overlap = Math.min(columns[k][1], f.right()) - Math.max(columns[k][0], f.left());
      double centre = (columns[k][0] + columns[k][1]) / 2;
      double score = overlap > 0 ? overlap : -Math.abs(centre - f.x());
      if (used[k]) {
        score -= 1e6;
      }
      if (score > bestScore) {
        bestScore = score;
        best = k;
      }
    }
    return best;
  }
}
