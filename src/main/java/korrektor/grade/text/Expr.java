package korrektor.grade.text;

/**
 * A parsed formula: numbers, symbols, indexed symbols ({@code x_5}, {@code h_{t-1}}), operations,
 * calls.
 */
public sealed interface Expr {
  /** A number. */
  record Num(double value) implements Expr {}

  /**
   * A symbol, with an index ({@code x_5}: base x, index 5; {@code h_{t-1}}: index t-1) or without
   * (index null).
   */
  record Sym(String base, String index) implements Expr {
    public String key() {
      return index == null ? base : base + "_" + index;
    }
  }

  /** A binary operation {@code + - * / ^}. */
  record Bin(char op, Expr left, Expr right) implements Expr {}

  /** A negation. */
  record Neg(Expr operand) implements Expr {}

  /** An activation function applied to its argument ({@code f(...)}, {@code σ(...)}). */
  record Call(String function, Expr argument) implements Expr {}
}
