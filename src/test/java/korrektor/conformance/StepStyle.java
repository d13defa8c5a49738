package korrektor.conformance;

import java.util.List;

/**
 * How a student marks the time step on a quantity's name (reading-cases §2): {@code h(2)}, {@code
 * h_2}, {@code h^{(2)}}, {@code h₂}, {@code h2}, {@code h[2]}, {@code h(t=2)}, {@code h at t=2},
 * {@code h (step 2)}, and typeset sub- and superscripts.
 */
enum StepStyle {
  PAREN(false, true, false),
  PAREN_SPACE(false, true, false),
  UNDERSCORE(false, false, false),
  UNDERSCORE_BRACE(false, false, false),
  SUP_PAREN(false, true, false),
  SUP_PAREN_PLAIN(false, true, false),
  UNICODE_SUB(false, false, false),
  CONCAT(false, false, false),
  BRACKET(false, false, false),
  T_EQ(false, true, true),
  AT(false, true, true),
  STEP_WORD(false, true, true),
  TYPESET_SUB(true, false, false),
  TYPESET_SUB_PAREN(true, true, false),
  TYPESET_SUP(true, true, false);

  private final boolean typeset;
  private final boolean vectorSafe;
  private final boolean wordSafe;

  StepStyle(boolean typeset, boolean vectorSafe, boolean wordSafe) {
    this.typeset = typeset;
    this.vectorSafe = vectorSafe;
    this.wordSafe = wordSafe;
  }

  /** Drawn with real sub- or superscripts: only for formats that set them (PDF, Word, HTML, …). */
  boolean typeset() {
    return typeset;
  }

  /** Usable after a vector component marker ({@code h[1](2)}, never {@code h_1_2}). */
  boolean vectorSafe() {
    return vectorSafe;
  }

  /** Usable after a word ({@code input gate (t=2)}). */
  boolean wordSafe() {
    return wordSafe;
  }

  /** The marker after a symbol that ends in {@code symbolEnd}. */
  List<Piece> marker(int step, boolean german) {
    String s = Integer.toString(step);
    return switch (this) {
      case PAREN -> List.of(Piece.text("(" + s + ")"));
      case PAREN_SPACE -> List.of(Piece.text(" (" + s + ")"));
      case UNDERSCORE -> List.of(Piece.text("_" + s));
      case UNDERSCORE_BRACE -> List.of(Piece.text("_{" + s + "}"));
      case SUP_PAREN -> List.of(Piece.text("^{(" + s + ")}"));
      case SUP_PAREN_PLAIN -> List.of(Piece.text("^(" + s + ")"));
      case UNICODE_SUB -> List.of(Piece.text(subscript(s)));
      case CONCAT -> List.of(Piece.text(s));
      case BRACKET -> List.of(Piece.text("[" + s + "]"));
      case T_EQ -> List.of(Piece.text(step % 2 == 0 ? "(t=" + s + ")" : " (t = " + s + ")"));
      case AT -> List.of(Piece.text(german ? " bei t=" + s : " at t=" + s));
      case STEP_WORD ->
          List.of(Piece.text(german ? " (Zeitschritt " + s + ")" : " (step " + s + ")"));
      case TYPESET_SUB -> List.of(Piece.sub(s));
      case TYPESET_SUB_PAREN -> List.of(Piece.sub("(" + s + ")"));
      case TYPESET_SUP -> List.of(Piece.sup("(" + s + ")"));
    };
  }

  /** Unicode subscript digits: 12 → ₁₂. */
  static String subscript(String digits) {
    StringBuilder b = new StringBuilder();
    for (char ch : digits.toCharArray()) {
      b.append(Character.isDigit(ch) ? (char) ('₀' + (ch - '0')) : ch);
    }
    return b.toString();
  }

  /** Whether this marker may follow a symbol: a bare number only after a Latin letter. */
  boolean fits(String symbol) {
    return this != CONCAT || symbol.matches(".*[A-Za-z]");
  }
}
