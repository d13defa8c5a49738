package korrektor.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import korrektor.reference.Matrix;

/**
 * The lines around the answers that a tutor ignores (reading-cases §5): a title, the name and
 * student id, a date, points, the sheet's parameters and inputs restated, the initial state, short
 * text answers of the other question, a page number. Every number in them is recorded as a
 * distractor.
 */
final class Contexts {
  private static final String[] NAMES = {
    "Anna Becker",
    "Jonas Wagner",
    "Lea Hoffmann",
    "Mehmet Yilmaz",
    "Sofia Rossi",
    "Lukas Schmidt",
    "Emily Chen",
    "Paul Neumann"
  };

  private Contexts() {}

  /** Title, name, id, date and question lines. */
  static List<Block> header(Pen pen) {
    List<Block> out = new ArrayList<>();
    if (pen.chance(0.7)) {
      List<Piece> p = new ArrayList<>();
      p.add(Piece.text(pen.say("Deep Learning – Exercise sheet ", "Deep Learning – Übungsblatt ")));
      p.add(Pen.integer(pen.rubric.name().startsWith("sheet") ? 9 : 4, "sheet"));
      out.add(new Block.Heading(new Line(p)));
    }
    if (pen.chance(0.7)) {
      List<Piece> p = new ArrayList<>();
      p.add(Piece.text("Name: " + NAMES[pen.rnd.nextInt(NAMES.length)]));
      if (pen.chance(0.6)) {
        p.add(Piece.text(pen.say(", student id ", ", Matrikelnummer ")));
        p.add(Pen.integer(270000 + pen.rnd.nextInt(9999), "id"));
      }
      out.add(new Block.Para(new Line(p)));
    }
    if (pen.chance(0.4)) {
      int day = 20 + pen.rnd.nextInt(8);
      out.add(
          new Block.Para(
              pen.german
                  ? Line.of(
                      Piece.text("Hildesheim, "),
                      Pen.integer(day, "date"),
                      Piece.text("."),
                      Pen.integer(6, "date"),
                      Piece.text("."),
                      Pen.integer(2018, "date"))
                  : Line.of(
                      Piece.text("Date: "),
                      Pen.integer(2018, "date"),
                      Piece.text("-0"),
                      Pen.integer(6, "date"),
                      Piece.text("-"),
                      Pen.integer(day, "date"))));
    }
    if (pen.chance(0.6)) {
      List<Piece> p = new ArrayList<>();
      p.add(Piece.text(pen.say("Question ", "Aufgabe ")));
      p.add(Pen.integer(Integer.parseInt(pen.rubric.question().id()), "question"));
      if (pen.chance(0.5)) {
        p.add(Piece.text(" ("));
        p.add(Pen.integer(Math.round(pen.rubric.question().points()), "points"));
        p.add(Piece.text(pen.say(" points)", " Punkte)")));
      }
      p.add(Piece.text(pen.say(": forward pass", ": Vorwärtsdurchlauf")));
      out.add(new Block.Heading(new Line(p)));
    }
    return out;
  }

  /**
   * The model's parameters restated, as lines ({@code U_g = 0.3, W_g = -0.3, b_g = 0.1}) or a
   * table.
   */
  static List<Block> parameters(Pen pen) {
    List<Block> out = new ArrayList<>();
    Map<String, Map<String, Matrix>> params = pen.rubric.spec().parameters();
    boolean table = pen.format.grid() || pen.chance(0.3);
    List<List<Line>> rows = new ArrayList<>();
    out.add(new Block.Para(Line.text(pen.say("Parameters:", "Parameter:"))));
    for (String unit : sorted(params.keySet())) {
      Map<String, Matrix> p = params.get(unit);
      List<Piece> line = new ArrayList<>();
      for (String name : sorted(p.keySet())) {
        Matrix m = p.get(name);
        String label =
            unit.equals("candidate") || unit.equals("hidden") || unit.equals("output")
                ? name
                : name + "_" + unit;
        if (table) {
          rows.add(List.of(Line.text(label), matrixLine(pen, m)));
        } else {
          if (!line.isEmpty()) {
            line.add(Piece.text(pen.numbers.comma() ? "; " : ", "));
          }
          line.add(Piece.text(label + " = "));
          line.addAll(matrixLine(pen, m).pieces());
        }
      }
      if (!table) {
        out.add(new Block.Para(new Line(line)));
      }
    }
    if (table) {
      out.add(new Block.Table(rows, 0));
    }
    return out;
  }

  private static Line matrixLine(Pen pen, Matrix m) {
    if (m.isScalar()) {
      return Line.of(pen.distractor(m.get(0, 0), "parameter"));
    }
    List<Piece> p = new ArrayList<>();
    p.add(Piece.text("["));
    for (int r = 0; r < m.rows(); r++) {
      if (m.columns() > 1 || m.rows() == 1) {
        p.add(Piece.text(r > 0 ? ", [" : "["));
      } else if (r > 0) {
        p.add(Piece.text(pen.numbers.listSeparator()));
      }
      for (int c = 0; c < m.columns(); c++) {
        if (c > 0) {
          p.add(Piece.text(pen.numbers.listSeparator()));
        }
        p.add(pen.distractor(m.get(r, c), "parameter"));
      }
      if (m.columns() > 1 || m.rows() == 1) {
        p.add(Piece.text("]"));
      }
    }
    p.add(Piece.text("]"));
    return new Line(p);
  }

  private static List<String> sorted(java.util.Set<String> keys) {
    return keys.stream().sorted().toList();
  }

  /** The input sequence: {@code x = 0.7, 0.5, 0.7}. */
  static List<Block> inputs(Pen pen) {
    List<Piece> p = new ArrayList<>();
    p.add(
        Piece.text(
            pen.pick("x = ", "Inputs: ", pen.say("Input sequence x: ", "Eingabefolge x: "))));
    List<Matrix> xs = pen.rubric.spec().inputs();
    for (int i = 0; i < xs.size(); i++) {
      if (i > 0) {
        p.add(Piece.text(pen.numbers.comma() ? "; " : ", "));
      }
      Matrix x = xs.get(i);
      if (x.isScalar()) {
        p.add(pen.distractor(x.get(0, 0), "input"));
      } else {
        p.add(Piece.text("("));
        for (int r = 0; r < x.rows(); r++) {
          if (r > 0) {
            p.add(Piece.text(pen.numbers.listSeparator()));
          }
          p.add(pen.distractor(x.get(r, 0), "input"));
        }
        p.add(Piece.text(")"));
      }
    }
    return List.of(new Block.Para(new Line(p)));
  }

  /** The initial state: {@code h(0) = 0, s(0) = 0}. */
  static List<Block> initial(Pen pen) {
    List<Piece> p = new ArrayList<>();
    boolean first = true;
    for (String q : pen.quantities()) {
      Double v = pen.trace.values().get(new Slot(q, pen.vector(q) ? 1 : 0, 0));
      if (v == null) {
        continue;
      }
      if (!first) {
        p.add(Piece.text(", "));
      }
      first = false;
      Notation.Name n = pen.notation.name(q);
      p.add(Piece.text((n.hasSymbol() ? n.symbol() : n.word()) + "(0) = "));
      p.add(pen.distractor(v, "initial"));
    }
    return first ? List.of() : List.of(new Block.Para(new Line(p)));
  }

  /** Short answers to the text question, with small numbers in them. */
  static List<Block> textAnswers(Pen pen) {
    List<Block> out = new ArrayList<>();
    out.add(
        new Block.Heading(
            Line.of(Piece.text(pen.say("Question ", "Aufgabe ")), Pen.integer(16, "question"))));
    out.add(
        new Block.Para(
            Line.of(
                Piece.text("b) " + pen.say("A GRU has ", "Eine GRU hat ")),
                Pen.integer(2, "text"),
                Piece.text(pen.say(" gates instead of ", " Gates statt ")),
                Pen.integer(3, "text"),
                Piece.text(pen.say(", so fewer parameters.", ", also weniger Parameter.")))));
    out.add(
        new Block.Para(
            Line.of(
                Piece.text(
                    "c) "
                        + pen.say(
                            "Gradients are rescaled when their norm exceeds a threshold, e.g. ",
                            "Der Gradient wird skaliert, wenn seine Norm einen Schwellwert übersteigt, z.B. ")),
                pen.distractor(5.0, "text"),
                Piece.text("."))));
    return out;
  }

  /** A page number at the end. */
  static List<Block> footer(Pen pen) {
    return List.of(
        new Block.Para(
            pen.german
                ? Line.of(
                    Piece.text("Seite "),
                    Pen.integer(1, "page"),
                    Piece.text(" von "),
                    Pen.integer(1, "page"))
                : Line.of(Piece.text("Page "), Pen.integer(1, "page"))));
  }

  /** A legend line for symbols: {@code i = input gate, f = forget gate, …}. */
  static List<Block> legend(Pen pen) {
    return List.of(
        new Block.Para(
            Line.text(
                pen.say("Notation: ", "Bezeichnungen: ") + pen.notation.legend(pen.quantities()))));
  }

  /** A note that the steps are counted from 0. */
  static List<Block> zeroNote(Pen pen) {
    return List.of(
        new Block.Para(
            Line.text(
                pen.say(
                    "(t counted from 0: t = 0 is the first input)",
                    "(t ab 0 gezählt: t = 0 ist die erste Eingabe)"))));
  }
}
