package korrektor.conformance;

import java.util.ArrayList;
import java.util.List;

/**
 * Code and its printouts (reading-cases §3): {@code print(t, g, f, …)} and its rows, numpy arrays,
 * a dict of lists, a pandas DataFrame as text and HTML (or written to a spreadsheet by {@code
 * to_excel}), and a table pasted from a spreadsheet as tab-separated text. The code names the
 * columns.
 */
final class CodeLayouts {

  private CodeLayouts() {}

  static List<Layout> all() {
    return List.of(new PrintRows(), new Arrays(), new Dict(), new DataFrame(), new TabPasted());
  }

  static boolean codeFormat(OutFormat f) {
    return !f.grid();
  }

  static Pen python(Pen pen) {
    return pen.withNumbers(
        pen.pick(NumberStyle.PY_REPR, NumberStyle.PY_ROUND4, NumberStyle.PY_ROUND4));
  }

  static List<Slot> columns(Pen pen) {
    List<Slot> out = new ArrayList<>();
    for (String q : pen.quantities()) {
      out.addAll(pen.slots(q, 1));
    }
    return out;
  }

  /** {@code print(t, g, f, q, cand, s, h, y)} in a loop, and the rows it printed. */
  static final class PrintRows implements Layout {
    @Override
    public boolean ownNumbers() {
      return true;
    }

    @Override
    public String id() {
      return "print-rows";
    }

    @Override
    public boolean supports(OutFormat f) {
      return codeFormat(f);
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
    public List<Block> render(Pen pen0) {
      Pen pen = python(pen0);
      List<Slot> cols = columns(pen);
      List<String> names = TableLayouts.codeNames(pen, cols);
      String range =
          pen.zeroBased
              ? "range(" + pen.steps().size() + ")"
              : "range(1, " + (pen.steps().size() + 1) + ")";
      List<Line> code = new ArrayList<>();
      code.add(Line.text("for t in " + range + ":"));
      code.add(Line.text("    " + String.join(", ", dedupe(names)) + " = forward_step(x[t], h)"));
      code.add(Line.text("    print(t, " + String.join(", ", names) + ")"));
      List<Line> rows = new ArrayList<>();
      for (int step : pen.steps()) {
        List<Piece> p = new ArrayList<>();
        p.add(Pen.integer(pen.shown(step), "step"));
        for (Slot c : cols) {
          p.add(Piece.text(" "));
          p.add(pen.num(new Slot(c.quantity(), c.component(), step)));
        }
        rows.add(new Line(p));
      }
      return List.of(new Block.Code(code), new Block.Output(rows, null, false));
    }
  }

  private static List<String> dedupe(List<String> names) {
    return names.stream().map(n -> n.replaceAll("\\[\\d+]$", "")).distinct().toList();
  }

  /** {@code g = [0.5769 0.5428 0.5481]} printed, or {@code array([0.5769, 0.5428, 0.5481])}. */
  static final class Arrays implements Layout {
    @Override
    public boolean ownNumbers() {
      return true;
    }

    @Override
    public String id() {
      return "numpy-arrays";
    }

    @Override
    public boolean supports(OutFormat f) {
      return codeFormat(f);
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
    public List<Block> render(Pen pen0) {
      boolean repr = pen0.chance(0.5);
      Pen pen =
          pen0.withNumbers(
              pen0.pick(NumberStyle.FIXED8, NumberStyle.PY_ROUND4, NumberStyle.ALL.get(0)));
      List<Block> out = new ArrayList<>();
      for (String q : pen.quantities()) {
        String name = TableLayouts.codeName(pen, q);
        List<Line> lines = new ArrayList<>();
        List<Piece> p = new ArrayList<>();
        p.add(Piece.text(repr ? "array([" : name + " = ["));
        for (int i = 0; i < pen.steps().size(); i++) {
          int step = pen.steps().get(i);
          if (pen.vector(q)) {
            if (i > 0) {
              p.add(Piece.text(repr ? ",\n       " : "\n "));
              lines.add(new Line(p));
              p = new ArrayList<>();
              p.add(Piece.text(repr ? "       " : " "));
            }
            p.add(Piece.text("["));
            List<Slot> slots = pen.slots(q, step);
            for (int k = 0; k < slots.size(); k++) {
              if (k > 0) {
                p.add(Piece.text(repr ? ", " : " "));
              }
              p.add(pen.num(slots.get(k)));
            }
            p.add(Piece.text("]"));
          } else {
            if (i > 0) {
              p.add(Piece.text(repr ? ", " : " "));
            }
            p.add(pen.num(new Slot(q, 0, step)));
          }
        }
        p.add(Piece.text(repr ? "])" : "]"));
        lines.add(new Line(p));
        List<Line> clean = new ArrayList<>();
        for (Line l : lines) {
          List<Piece> ps = new ArrayList<>();
          for (Piece x : l.pieces()) {
            ps.add(x instanceof Piece.Text t ? Piece.text(t.text().replace("\n", "")) : x);
          }
          clean.add(new Line(ps));
        }
        out.add(
            new Block.Code(
                List.of(
                    Line.text(
                        repr
                            ? "np.array(" + name + "s)"
                            : "print('" + name + " =', np.array(" + name + "s))"))));
        out.add(new Block.Output(clean, null, repr));
      }
      return out;
    }
  }

  /** {@code {'h': [0.261, 0.3907, …], …}}. */
  static final class Dict implements Layout {
    @Override
    public boolean ownNumbers() {
      return true;
    }

    @Override
    public String id() {
      return "dict";
    }

    @Override
    public boolean supports(OutFormat f) {
      return codeFormat(f);
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
    public List<Block> render(Pen pen0) {
      Pen pen = python(pen0);
      List<Line> out = new ArrayList<>();
      List<Piece> p = new ArrayList<>();
      p.add(Piece.text("{"));
      boolean firstQ = true;
      for (String q : pen.quantities()) {
        if (!firstQ) {
          p.add(Piece.text(","));
          out.add(new Line(p));
          p = new ArrayList<>();
          p.add(Piece.text(" "));
        }
        firstQ = false;
        p.add(Piece.text("'" + TableLayouts.codeName(pen, q) + "': ["));
        for (int i = 0; i < pen.steps().size(); i++) {
          int step = pen.steps().get(i);
          if (i > 0) {
            p.add(Piece.text(", "));
          }
          List<Slot> slots = pen.slots(q, step);
          if (slots.size() > 1) {
            p.add(Piece.text("["));
          }
          for (int k = 0; k < slots.size(); k++) {
            if (k > 0) {
              p.add(Piece.text(", "));
            }
            p.add(pen.num(slots.get(k)));
          }
          if (slots.size() > 1) {
            p.add(Piece.text("]"));
          }
        }
        p.add(Piece.text("]"));
      }
      p.add(Piece.text("}"));
      out.add(new Line(p));
      return List.of(
          new Block.Code(List.of(Line.text("results"))), new Block.Output(out, null, true));
    }
  }

  /** A pandas DataFrame: printed text and HTML in notebooks, {@code to_excel} in spreadsheets. */
  static final class DataFrame implements Layout {
    @Override
    public boolean ownNumbers() {
      return true;
    }

    @Override
    public String id() {
      return "dataframe";
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
    public boolean allowsOmission() {
      return false;
    }

    @Override
    public List<Block> render(Pen pen0) {
      Pen pen =
          pen0.withNumbers(
              pen0.format.grid()
                  ? pen0.pick(NumberStyle.PY_REPR, NumberStyle.PY_ROUND4)
                  : NumberStyle.FIXED6);
      List<Slot> cols = columns(pen);
      List<String> names = new ArrayList<>();
      for (Slot c : cols) {
        names.add(
            TableLayouts.codeName(pen, c.quantity())
                + (c.component() > 0 ? "_" + c.component() : ""));
      }
      boolean indexName = pen.chance(0.4);
      List<List<Line>> rows = new ArrayList<>();
      List<Line> header = new ArrayList<>();
      header.add(Line.text(indexName ? "t" : ""));
      names.forEach(n -> header.add(Line.text(n)));
      rows.add(header);
      for (int step : pen.steps()) {
        List<Line> r = new ArrayList<>();
        r.add(Line.of(Pen.integer(pen.shown(step), "step")));
        for (Slot c : cols) {
          r.add(Line.of(pen.num(new Slot(c.quantity(), c.component(), step))));
        }
        rows.add(r);
      }
      Block.Table table = new Block.Table(rows, 1);
      if (pen.format.grid()) {
        return List.of(table);
      }
      List<Line> text = new ArrayList<>();
      int width = 10;
      StringBuilder h = new StringBuilder(" ".repeat(4));
      for (String n : names) {
        h.append(pad(n, width));
      }
      text.add(Line.text(h.toString()));
      if (indexName) {
        text.add(Line.text("t"));
      }
      for (List<Line> r : rows.subList(1, rows.size())) {
        List<Piece> p = new ArrayList<>();
        Piece.Num idx = r.get(0).numbers().get(0);
        p.add(idx);
        p.add(Piece.text(" ".repeat(Math.max(1, 4 - idx.written().text().length()))));
        for (Line cell : r.subList(1, r.size())) {
          Piece.Num n = cell.numbers().get(0);
          p.add(Piece.text(" ".repeat(Math.max(1, width - n.written().text().length()))));
          p.add(n);
        }
        text.add(new Line(p));
      }
      String var = pen.pick("df", "results", "table");
      String index = pen.zeroBased ? "" : ", index=range(1, " + (pen.steps().size() + 1) + ")";
      List<Line> code =
          List.of(
              Line.text(
                  var
                      + " = pd.DataFrame(rows, columns="
                      + names.stream().map(n -> "'" + n + "'").toList()
                      + index
                      + ")"),
              Line.text(var));
      return List.of(new Block.Code(code), new Block.Output(text, table, true));
    }

    private static String pad(String s, int w) {
      return " ".repeat(Math.max(1, w - s.length())) + s;
    }
  }

  /**
   * A table copied out of a spreadsheet into a text file: a heading line, then tab-separated rows.
   */
  static final class TabPasted implements Layout {
    @Override
    public String id() {
      return "tab-pasted";
    }

    @Override
    public boolean supports(OutFormat f) {
      return f == OutFormat.TXT || f == OutFormat.DOC || f == OutFormat.RTF || f == OutFormat.MD;
    }

    @Override
    public boolean countsFromZero() {
      return true;
    }

    @Override
    public List<Block> render(Pen pen) {
      List<Block> out = new ArrayList<>();
      out.add(
          new Block.Para(
              Line.text(
                  pen.pick(
                      "LSTM forward pass",
                      pen.say("Results", "Ergebnisse"),
                      pen.say("Forward pass, question 17", "Vorwärtsdurchlauf Aufgabe 17")))));
      List<Slot> cols = columns(pen);
      List<Piece> h = new ArrayList<>();
      h.add(Piece.text("t"));
      for (Slot c : cols) {
        h.add(Piece.text("\t"));
        h.addAll(pen.label(c.quantity(), c.component()));
      }
      out.add(new Block.Para(new Line(h)));
      for (int step : pen.steps()) {
        List<Piece> p = new ArrayList<>();
        p.add(Pen.integer(pen.shown(step), "step"));
        for (Slot c : cols) {
          p.add(Piece.text("\t"));
          Slot s = new Slot(c.quantity(), c.component(), step);
          if (pen.writes(s)) {
            p.add(pen.num(s));
          }
        }
        out.add(new Block.Para(new Line(p)));
      }
      return out;
    }
  }
}
