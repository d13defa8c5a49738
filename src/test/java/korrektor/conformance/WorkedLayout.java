package korrektor.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import korrektor.reference.Matrix;

/**
 * Worked calculations (reading-cases §3): {@code z_g = 0.3·0.7 − 0.3·0 + 0.1 = 0.31}, then {@code
 * g(1) = σ(0.31) = 0.5769}. Only the end of each chain is an answer; the parameters, inputs,
 * operands and pre-activations on the way are recorded as distractors.
 */
final class WorkedLayout implements Layout {

  @Override
  public String id() {
    return "worked";
  }

  @Override
  public boolean supports(OutFormat f) {
    return !f.grid();
  }

  @Override
  public List<Block> render(Pen pen) {
    List<Block> out = new ArrayList<>();
    String times = pen.pick("·", "*", " * ", "⋅");
    String sigma = pen.pick("σ", "sigmoid", "sig");
    for (int step : pen.steps()) {
      out.add(new Block.Heading(Line.text(pen.say("Step ", "Zeitschritt ") + pen.shown(step))));
      for (String q : pen.quantities()) {
        for (Slot s : pen.slots(q, step)) {
          if (!pen.writes(s)) {
            continue;
          }
          out.addAll(chain(pen, s, times, sigma));
        }
      }
    }
    return out;
  }

  private static List<Block> chain(Pen pen, Slot s, String times, String sigma) {
    List<Block> out = new ArrayList<>();
    double v = pen.trace.value(s);
    Map<String, Map<String, Matrix>> params = pen.rubric.spec().parameters();
    String unit = pen.rubric.isLstm() ? s.quantity() : "hidden";
    boolean gateLike =
        pen.rubric.isLstm() && List.of("g", "f", "q", "candidate").contains(s.quantity());
    List<Piece> key = pen.key(s.quantity(), s.component(), s.step());
    Double pre = null;
    if (gateLike && params.containsKey(unit) && pen.rubric.spec().inputs().get(0).isScalar()) {
      Map<String, Matrix> p = params.get(unit);
      double u = p.get("U").get(0, 0);
      double w = p.get("W").get(0, 0);
      double b = p.containsKey("b") ? p.get("b").get(0, 0) : 0;
      double x = pen.rubric.spec().inputs().get(s.step() - 1).get(0, 0);
      double hPrev = pen.trace.value(new Slot("h", 0, s.step() - 1));
      double z = u * x + w * Traces.round(hPrev, 4) + b;
      pre = Traces.round(z, 4);
      List<Piece> line = new ArrayList<>();
      line.add(Piece.text("z_" + TableLayouts.codeName(pen, s.quantity()) + " = "));
      line.add(pen.distractor(u, "parameter"));
      line.add(Piece.text(times));
      line.add(pen.distractor(x, "input"));
      line.add(Piece.text(w < 0 ? " − " : " + "));
      line.add(pen.distractor(Math.abs(w), "parameter"));
      line.add(Piece.text(times));
      line.add(pen.distractor(Traces.round(hPrev, 4), "operand"));
      line.add(Piece.text(" + "));
      line.add(pen.distractor(b, "parameter"));
      line.add(Piece.text(" = "));
      line.add(pen.distractor(Traces.round(z, 4), "pre-activation"));
      out.add(new Block.Para(new Line(line)));
    }
    List<Piece> fin = new ArrayList<>(key);
    fin.add(Piece.text(" = "));
    if (v > 0
        && v < 1
        && !s.quantity().equals("s")
        && !s.quantity().equals("h")
        && !s.quantity().equals("a")) {
      double z = pre != null ? pre : Traces.round(Math.log(v / (1 - v)), 4);
      fin.add(Piece.text(sigma + "("));
      fin.add(pen.distractor(z, "pre-activation"));
      fin.add(Piece.text(") = "));
    } else if (s.quantity().equals("s") && pen.rubric.isLstm()) {
      double f = pen.trace.value(new Slot("f", 0, s.step()));
      double sp = pen.trace.value(new Slot("s", 0, s.step() - 1));
      double g = pen.trace.value(new Slot("g", 0, s.step()));
      double c = pen.trace.value(new Slot("candidate", 0, s.step()));
      fin.add(pen.distractor(Traces.round(f, 4), "operand"));
      fin.add(Piece.text(times));
      fin.add(pen.distractor(Traces.round(sp, 4), "operand"));
      fin.add(Piece.text(" + "));
      fin.add(pen.distractor(Traces.round(g, 4), "operand"));
      fin.add(Piece.text(times));
      fin.add(pen.distractor(Traces.round(c, 4), "operand"));
      fin.add(Piece.text(" = "));
    } else if (s.quantity().equals("h") && pen.rubric.isLstm()) {
      fin.add(Piece.text("ReLU("));
      fin.add(
          pen.distractor(Traces.round(pen.trace.value(new Slot("s", 0, s.step())), 4), "operand"));
      fin.add(Piece.text(")" + times));
      fin.add(
          pen.distractor(Traces.round(pen.trace.value(new Slot("q", 0, s.step())), 4), "operand"));
      fin.add(Piece.text(" = "));
    } else if (s.quantity().equals("h")) {
      fin.add(Piece.text("tanh("));
      fin.add(
          pen.distractor(
              Traces.round(pen.trace.value(new Slot("a", s.component(), s.step())), 4), "operand"));
      fin.add(Piece.text(") = "));
    }
    fin.add(pen.num(s));
    out.add(new Block.Para(new Line(fin)));
    return out;
  }
}
