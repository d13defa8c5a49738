package korrektor.conformance;

import java.util.ArrayList;
import java.util.List;

/**
 * Tables (reading-cases §3): quantities as rows and steps as columns, the transpose, and
 * header-less rows of numbers whose order a sentence, a code line or a legend states.
 */
final class TableLayouts {

  private TableLayouts() {}

  static List<Layout> all() {
    return List.of(new RowTable(), new ColumnTable(), new HeaderlessRows());
  }

  /** The cells of one quantity at one step: a number, a vector {@code (0.57, -0.20)}, or a dash. */
  static Line cell(Pen pen, Slot s) {
    return pen.writes(s) ? Line.of(pen.num(s)) : Line.text(pen.pick("", "", "-", "–"));
  }

  static Line vectorCell(Pen pen, String q, int step, boolean brackets) {
    List<Piece> out = new ArrayList<>();
    out.add(Piece.text(brackets ? "[" : "("));
    List<Slot> slots = pen.slots(q, step);
    for (int i = 0; i < slots.size(); i++) {
      if (i > 0) {
        out.add(Piece.text(pen.numbers.listSeparator()));
      }
      out.add(pen.num(slots.get(i)));
    }
    out.add(Piece.text(brackets ? "]" : ")"));
    return new Line(out);
  }

  /** Rows of labels (one per quantity or component), columns of steps. */
  static final class RowTable implements Layout {
    @Override
    public String id() {
      return "row-table";
    }

    @Override
    public boolean supports(OutFormat f) {
      return true;
    }

    @Override
    public boolean countsFromZero() {
      return true;
    }

    @Override
    public List<Block> render(Pen pen) {
      boolean header = pen.zeroBased || pen.chance(0.85);
      boolean initial = header && !pen.zeroBased && pen.chance(0.3);
      boolean vectorCells = pen.chance(0.35);
      boolean inputs = header && pen.chance(0.3) && pen.rubric.spec().inputs().get(0).isScalar();
      List<List<Line>> rows = new ArrayList<>();
      if (header) {
        List<Line> h = new ArrayList<>();
        h.add(
            Line.text(pen.pick("", "t", pen.say("quantity", "Größe"), pen.say("step", "Schritt"))));
        if (initial) {
          h.add(pen.headerLine(0));
        }
        pen.steps().forEach(s -> h.add(pen.headerLine(s)));
        rows.add(h);
      }
      if (inputs) {
        List<Line> r = new ArrayList<>();
        r.add(Line.text("x"));
        if (initial) {
          r.add(Line.text(""));
        }
        pen.steps()
            .forEach(
                s ->
                    r.add(
                        Line.of(
                            pen.distractor(
                                pen.rubric.spec().inputs().get(s - 1).get(0, 0), "input"))));
        rows.add(r);
      }
      for (String q : pen.quantities()) {
        if (pen.vector(q) && vectorCells) {
          List<Line> r = new ArrayList<>();
          r.add(new Line(pen.label(q, 0)));
          if (initial) {
            r.add(Line.text(""));
          }
          boolean br = pen.chance(0.5);
          pen.steps().forEach(s -> r.add(vectorCell(pen, q, s, br)));
          rows.add(r);
          continue;
        }
        for (Slot first : pen.slots(q, 1)) {
          List<Line> r = new ArrayList<>();
          r.add(new Line(pen.label(q, first.component())));
          if (initial) {
            r.add(initialCell(pen, q, first));
          }
          pen.steps().forEach(s -> r.add(cell(pen, new Slot(q, first.component(), s))));
          rows.add(r);
        }
      }
      return List.of(new Block.Table(rows, header ? 1 : 0));
    }
  }

  static Line initialCell(Pen pen, String q, Slot first) {
    Double v = pen.trace.values().get(new Slot(q, first.component(), 0));
    return v == null ? Line.text("") : Line.of(pen.distractor(v, "initial"));
  }

  /**
   * Rows of steps, columns of quantities (the transpose), with an optional x column and t=0 row.
   */
  static final class ColumnTable implements Layout {
    @Override
    public String id() {
      return "column-table";
    }

    @Override
    public boolean supports(OutFormat f) {
      return true;
    }

    @Override
    public boolean countsFromZero() {
      return true;
    }

    @Override
    public List<Block> render(Pen pen) {
      boolean initial = !pen.zeroBased && pen.chance(0.3);
      boolean xColumn = pen.rubric.spec().inputs().get(0).isScalar() && pen.chance(0.4);
      boolean stepColumn = pen.zeroBased || pen.chance(0.9);
      List<List<Line>> rows = new ArrayList<>();
      List<Line> h = new ArrayList<>();
      if (stepColumn) {
        h.add(Line.text(pen.stepColumnName()));
      }
      if (xColumn) {
        h.add(Line.text(pen.pick("x", "x(t)", "Input x", "x_t")));
      }
      List<Slot> columns = new ArrayList<>();
      for (String q : pen.quantities()) {
        for (Slot s : pen.slots(q, 1)) {
          columns.add(s);
          h.add(new Line(pen.label(q, s.component())));
        }
      }
      rows.add(h);
      if (initial) {
        List<Line> r = new ArrayList<>();
        if (stepColumn) {
          r.add(Line.of(Pen.integer(0, "step")));
        }
        if (xColumn) {
          r.add(Line.text(""));
        }
        for (Slot c : columns) {
          r.add(initialCell(pen, c.quantity(), c));
        }
        rows.add(r);
      }
      for (int step : pen.steps()) {
        List<Line> r = new ArrayList<>();
        if (stepColumn) {
          r.add(pen.headerLine(step));
        }
        if (xColumn) {
          r.add(
              Line.of(pen.distractor(pen.rubric.spec().inputs().get(step - 1).get(0, 0), "input")));
        }
        for (Slot c : columns) {
          r.add(cell(pen, new Slot(c.quantity(), c.component(), step)));
        }
        rows.add(r);
      }
      return List.of(new Block.Table(rows, 1));
    }
  }

  /**
   * {@code 1,0.5769,0.5436,…}: a step and the values in an order stated elsewhere (a sentence
   * before, a code line, or a legend after).
   */
  static final class HeaderlessRows implements Layout {
    @Override
    public String id() {
      return "headerless-rows";
    }

    @Override
    public boolean supports(OutFormat f) {
      return f != OutFormat.IPYNB;
    }

    @Override
    public boolean countsFromZero() {
      return true;
    }

    @Override
    public boolean allowsOmission() {
      return false;
    }

    @Override
    public List<Block> render(Pen pen) {
      List<Slot> order = new ArrayList<>();
      List<String> names = new ArrayList<>();
      for (String q : pen.quantities()) {
        for (Slot s : pen.slots(q, 1)) {
          order.add(s);
          names.add(new Line(pen.label(q, s.component())).plain());
        }
      }
      String stepName = pen.zeroBased ? "t (ab 0)".replace("ab", pen.say("from", "ab")) : "t";
      List<Block> out = new ArrayList<>();
      int statement = pen.rnd.nextInt(3);
      if (statement == 0) {
        out.add(
            new Block.Para(
                Line.text(
                    pen.say("Columns: ", "Spalten: ")
                        + stepName
                        + ", "
                        + String.join(", ", names))));
      } else if (statement == 1) {
        out.add(
            new Block.Code(
                List.of(Line.text("print(t, " + String.join(", ", codeNames(pen, order)) + ")"))));
      }
      String sep =
          pen.format.grid()
              ? null
              : pen.numbers.comma() ? pen.pick(";", "; ", "\t") : pen.pick(",", ", ", " ", "\t");
      List<List<Line>> cells = new ArrayList<>();
      List<Line> lines = new ArrayList<>();
      for (int step : pen.steps()) {
        List<Piece.Num> nums = new ArrayList<>();
        nums.add(Pen.integer(pen.shown(step), "step"));
        for (Slot s : order) {
          nums.add(pen.num(new Slot(s.quantity(), s.component(), step)));
        }
        if (sep == null) {
          cells.add(nums.stream().map(n -> Line.of(n)).toList());
        } else {
          List<Piece> pieces = new ArrayList<>();
          for (int i = 0; i < nums.size(); i++) {
            if (i > 0) {
              pieces.add(Piece.text(sep));
            }
            pieces.add(nums.get(i));
          }
          lines.add(new Line(pieces));
        }
      }
      if (sep == null) {
        out.add(new Block.Table(cells, 0));
      } else if (statement == 1) {
        out.add(new Block.Output(lines, null, false));
      } else {
        lines.forEach(l -> out.add(new Block.Para(l)));
      }
      if (statement == 2) {
        out.add(
            new Block.Para(
                Line.text(
                    pen.say("Legend: each row is ", "Legende: jede Zeile ist ")
                        + stepName
                        + ", "
                        + String.join(", ", names))));
      }
      return out;
    }
  }

  /**
   * Names as a student's code would have them ({@code cand}, {@code s_tilde}, {@code input_gate}).
   */
  static List<String> codeNames(Pen pen, List<Slot> order) {
    List<String> out = new ArrayList<>();
    for (Slot s : order) {
      out.add(
          codeName(pen, s.quantity()) + (s.component() > 0 ? "[" + (s.component() - 1) + "]" : ""));
    }
    return out;
  }

  static String codeName(Pen pen, String q) {
    Notation.Name n = pen.notation.name(q);
    if (n.hasSymbol() && pen.mode != LabelMode.WORD) {
      return switch (n.symbol()) {
        case "s̃" -> "s_tilde";
        case "ŝ" -> "s_hat";
        case "C̃" -> "C_tilde";
        case "c~" -> "c_tilde";
        case "ŷ" -> "y_hat";
        default -> n.symbol();
      };
    }
    return n.word().toLowerCase(java.util.Locale.ROOT).replace(' ', '_').replace('-', '_');
  }
}
