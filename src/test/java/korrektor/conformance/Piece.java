package korrektor.conformance;

/** A piece of a written line: text in a style, or a number the student wrote. */
sealed interface Piece permits Piece.Text, Piece.Num {

  /** How a text piece is set. */
  enum Style {
    PLAIN,
    BOLD,
    /** Lowered and smaller, as LaTeX and Word set {@code h_2}. */
    SUB,
    /** Raised and smaller, as {@code h^{(2)}}. */
    SUP
  }

  /** Text in a style. */
  record Text(String text, Style style) implements Piece {}

  /** A number, and what it is: a graded slot's value or a distractor. */
  record Num(Written written, Role role) implements Piece {}

  /** What a written number stands for. */
  sealed interface Role permits SlotValue, Distractor {}

  /** The student's answer for a slot. */
  record SlotValue(Slot slot) implements Role {}

  /** A number that is no answer: a parameter, an input, a step, a date, a pre-activation, … */
  record Distractor(String kind) implements Role {}

  static Text text(String s) {
    return new Text(s, Style.PLAIN);
  }

  static Text bold(String s) {
    return new Text(s, Style.BOLD);
  }

  static Text sub(String s) {
    return new Text(s, Style.SUB);
  }

  static Text sup(String s) {
    return new Text(s, Style.SUP);
  }
}
