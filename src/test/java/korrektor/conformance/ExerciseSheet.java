package korrektor.conformance;

import java.util.ArrayList;
import java.util.List;

/**
 * The exercise sheet itself, as a student uploads it beside the answers (reading-cases §5): the
 * question text with the parameters and inputs, every number a distractor.
 */
final class ExerciseSheet {

  private ExerciseSheet() {}

  static List<Block> blocks(Pen pen) {
    List<Block> out = new ArrayList<>();
    out.add(
        new Block.Heading(
            Line.of(Piece.text("DEEP LEARNING: EXERCISE SHEET "), Pen.integer(9, "sheet"))));
    out.add(
        new Block.Heading(
            Line.of(
                Piece.text("QUESTION "),
                Pen.integer(17, "sheet"),
                Piece.text(": LSTM FEED-FORWARD ("),
                Pen.integer(10, "sheet"),
                Piece.text(" POINTS)"))));
    out.add(
        new Block.Para(Line.text("Consider the following sequence and configuration of an LSTM:")));
    Pen plain = pen.withNumbers(NumberStyle.ALL.get(0));
    out.addAll(relabel(Contexts.inputs(plain)));
    out.addAll(relabel(Contexts.parameters(plain)));
    out.add(
        new Block.Para(
            Line.text(
                "Perform the forward pass on the whole sequence. Plot your results for each step.")));
    return out;
  }

  private static List<Block> relabel(List<Block> blocks) {
    return Generator.relabel(blocks, "sheet");
  }
}
