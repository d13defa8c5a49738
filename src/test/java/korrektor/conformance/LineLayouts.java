package korrektor.conformance;

import java.util.ArrayList;
import java.util.List;

/**
 * Answers one per line (reading-cases §3): key-value lines or cells ({@code h(2) = 0.3907}, {@code
 * h(2): 0.3907}, {@code h(2) ≈ 0,391}), bulleted and numbered lists with emphasis, lines grouped by
 * step ({@code t = 2: g = …, f = …}), and inline math ({@code $h_{1} = 0.2610$}).
 */
final class LineLayouts {

  private LineLayouts() {}

  static List<Layout> all() {
    return List.of(new KeyValue(), new Lists(), new StepLines(), new InlineMath());
  }

  /** For each step and quantity the slots to write, in the order the student goes. */
  static List<List<Slot>> groups(Pen pen, boolean byQuantity) {
    List<List<Slot>> out = new ArrayList<>();
    if (byQuantity) {
      for (String q : pen.quantities()) {
        for (int s : pen.steps()) {
          out.add(pen.slots(q, s));
        }
      }
    } else {
      for (int s : pen.steps()) {
        for (String q : pen.quantities()) {
          out.add(pen.slots(q, s));
        }
      }
    }
    return out;
  }

  /** {@code h(2) = 0.3907} and its variants; in grids a label cell and a value cell. */
  static final class KeyValue implements Layout {
    @Override
    public String id() {
      return "key-value";
    }

    @Override
    public boolean supports(OutFormat f) {
      return true;
    }

    @Override
    public List<Block> render(Pen pen) {
      String sep = pen.pick(" = ", " = ", ": ", " ≈ ", " → ", "=");
      boolean wholeVectors = pen.chance(0.4);
      boolean byQuantity = pen.chance(0.3);
      List<Block> out = new ArrayList<>();
      List<List<Line>> cells = new ArrayList<>();
      boolean threeCells = pen.chance(0.3);
      for (List<Slot> group : groups(pen, byQuantity)) {
        Slot first = group.get(0);
        if (group.size() > 1 && wholeVectors && group.stream().allMatch(pen::writes)) {
          Line key = new Line(pen.key(first.quantity(), 0, first.step()));
          Line value =
              TableLayouts.vectorCell(pen, first.quantity(), first.step(), pen.chance(0.5));
          add(pen, out, cells, key, value, sep, threeCells);
          continue;
        }
        for (Slot s : group) {
          if (pen.writes(s)) {
            add(
                pen,
                out,
                cells,
                new Line(pen.key(s.quantity(), s.component(), s.step())),
                Line.of(pen.num(s)),
                sep,
                threeCells);
          }
        }
      }
      if (!cells.isEmpty()) {
        out.add(new Block.Table(cells, 0));
      }
      return out;
    }

    private static void add(
        Pen pen,
        List<Block> out,
        List<List<Line>> cells,
        Line key,
        Line value,
        String sep,
        boolean threeCells) {
      if (pen.format.grid()) {
        cells.add(threeCells ? List.of(key, Line.text(sep.strip()), value) : List.of(key, value));
      } else {
        List<Piece> p = new ArrayList<>(key.pieces());
        p.add(Piece.text(sep));
        p.addAll(value.pieces());
        out.add(new Block.Para(new Line(p)));
      }
    }
  }

  /**
   * {@code - input gate (t=1) = 0.5769}, {@code 1. **h(2)** = 0.3907}, {@code * Zellzustand s bei
   * t=2: 0,6328}.
   */
  static final class Lists implements Layout {
    @Override
    public String id() {
      return "list";
    }

    @Override
    public boolean supports(OutFormat f) {
      return !f.grid();
    }

    @Override
    public List<Block> render(Pen pen) {
      String bullet = pen.pick("- ", "* ", "• ", "#");
      boolean bold = pen.chance(0.5);
      String sep = pen.pick(" = ", ": ", " = ");
      boolean headings = pen.chance(0.5);
      List<Block> out = new ArrayList<>();
      int n = 0;
      int lastStep = -1;
      for (List<Slot> group : groups(pen, false)) {
        for (Slot s : group) {
          if (!pen.writes(s)) {
            continue;
          }
          if (headings && s.step() != lastStep) {
            out.add(
                new Block.Para(
                    Line.text(pen.say("Step ", "Schritt ") + pen.shown(s.step()) + ":")));
            n = 0;
          }
          lastStep = s.step();
          n++;
          List<Piece> p = new ArrayList<>();
          if (bullet.equals("#")) {
            p.add(Pen.integer(n, "list-number"));
            p.add(Piece.text(". "));
          } else {
            p.add(Piece.text(bullet));
          }
          for (Piece k : pen.key(s.quantity(), s.component(), s.step())) {
            p.add(
                bold && k instanceof Piece.Text t && t.style() == Piece.Style.PLAIN
                    ? Piece.bold(t.text())
                    : k);
          }
          p.add(Piece.text(sep));
          p.add(pen.num(s));
          out.add(new Block.Para(new Line(p)));
        }
      }
      return out;
    }
  }

  /** {@code t = 2: g = 0.5769, f = 0.5436, …} or {@code Zeitschritt 2: …}: one line per step. */
  static final class StepLines implements Layout {
    @Override
    public String id() {
      return "step-lines";
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
      String prefix =
          pen.pick(
              "t = #: ",
              "t=#: ",
              pen.say("Step #: ", "Schritt #: "),
              pen.say("step #  ", "Zeitschritt #: "),
              "(t=#) ");
      String join =
          pen.numbers.comma() ? pen.pick("; ", "  ", " | ") : pen.pick(", ", "; ", "  ", " | ");
      String sep = pen.pick("=", " = ", ": ");
      List<Block> out = new ArrayList<>();
      for (int step : pen.steps()) {
        List<Piece> p = new ArrayList<>();
        String[] parts = prefix.split("#", -1);
        p.add(Piece.text(parts[0]));
        p.add(Pen.integer(pen.shown(step), "step"));
        p.add(Piece.text(parts[1]));
        boolean first = true;
        for (String q : pen.quantities()) {
          for (Slot s : pen.slots(q, step)) {
            if (!pen.writes(s)) {
              continue;
            }
            if (!first) {
              p.add(Piece.text(join));
            }
            first = false;
            p.addAll(pen.label(q, s.component()));
            p.add(Piece.text(sep));
            p.add(pen.num(s));
          }
        }
        out.add(new Block.Para(new Line(p)));
      }
      return out;
    }
  }

  /** {@code $h_{1} = 0.2610$}, {@code \(s^{(2)} = 0.6328\)}, {@code $\tilde{s}_3 = 0.7400$}. */
  static final class InlineMath implements Layout {
    @Override
    public String id() {
      return "inline-math";
    }

    @Override
    public boolean supports(OutFormat f) {
      return f == OutFormat.MD || f == OutFormat.IPYNB || f == OutFormat.TXT || f == OutFormat.HTML;
    }

    @Override
    public List<Block> render(Pen pen) {
      String[] delim =
          pen.pick(new String[] {"$", "$"}, new String[] {"\\(", "\\)"}, new String[] {"$$", "$$"});
      String marker = pen.pick("_{#}", "^{(#)}", "_#", "(#)");
      boolean display = delim[0].equals("$$");
      List<Block> out = new ArrayList<>();
      for (List<Slot> group : groups(pen, pen.chance(0.3))) {
        for (Slot s : group) {
          if (!pen.writes(s)) {
            continue;
          }
          Notation.Name n = pen.notation.name(s.quantity());
          String sym = n.latex() != null ? n.latex() : "\\text{" + n.word() + "}";
          String st = Integer.toString(pen.shown(s.step()));
          String tex;
          if (s.component() > 0) {
            tex = sym + "_{" + s.component() + "}^{(" + st + ")}";
          } else {
            tex = sym + marker.replace("#", st);
          }
          List<Piece> p = new ArrayList<>();
          p.add(Piece.text((display ? "" : pen.pick("", "- ")) + delim[0] + tex + " = "));
          p.add(pen.num(s));
          p.add(Piece.text(delim[1]));
          out.add(new Block.Para(new Line(p)));
        }
      }
      return out;
    }
  }
}
