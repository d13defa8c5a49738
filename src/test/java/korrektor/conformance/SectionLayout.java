package korrektor.conformance;

import java.util.ArrayList;
import java.util.List;

/**
 * One section, page or sheet per time step (reading-cases §3): a title naming the step, then the
 * quantities without step markers, as lines ({@code g = 0.5769}) or a two-column table.
 */
final class SectionLayout implements Layout {

  @Override
  public String id() {
    return "per-step";
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
  public List<Block> render(Pen pen) {
    String title =
        pen.pick(
            "t = #",
            "t=#",
            pen.say("Step #", "Schritt #"),
            pen.say("Time step #", "Zeitschritt #"));
    boolean table = pen.format.grid() || pen.chance(0.4);
    boolean header = table && pen.chance(0.5);
    String sep = pen.pick(" = ", ": ");
    List<Block> out = new ArrayList<>();
    for (int step : pen.steps()) {
      String t = title.replace("#", Integer.toString(pen.shown(step)));
      out.add(new Block.Break(t));
      if (!pen.format.grid() || pen.chance(0.5)) {
        out.add(new Block.Heading(Line.text(t)));
      }
      List<List<Line>> rows = new ArrayList<>();
      if (header) {
        rows.add(
            List.of(Line.text(pen.say("quantity", "Größe")), Line.text(pen.say("value", "Wert"))));
      }
      for (String q : pen.quantities()) {
        for (Slot s : pen.slots(q, step)) {
          if (!pen.writes(s)) {
            continue;
          }
          Line label = new Line(pen.label(q, s.component()));
          if (table) {
            rows.add(List.of(label, Line.of(pen.num(s))));
          } else {
            List<Piece> p = new ArrayList<>(label.pieces());
            p.add(Piece.text(sep));
            p.add(pen.num(s));
            out.add(new Block.Para(new Line(p)));
          }
        }
      }
      if (table) {
        out.add(new Block.Table(rows, header ? 1 : 0));
      }
    }
    return out;
  }
}
