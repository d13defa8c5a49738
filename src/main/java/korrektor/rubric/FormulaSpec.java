package korrektor.rubric;

import java.util.List;
import java.util.Map;

/**
 * The formula a text part asks for; graded by evaluating the student's formula and the reference at
 * random values.
 *
 * @param kind what formula: {@code rnn-unrolled} (the final output of a standard RNN)
 * @param steps the number of inputs x_1..x_steps
 * @param conventions the accepted assignments of the matrices: which multiplies the input x_t and
 *     which the previous state h_(t−1); a sheet that names two matrices without saying which is
 *     which lists both
 * @param credits the share of the part's points for each named mistake ({@link Mistake#key()}),
 *     missing keys earn their {@link Mistake#defaultCredit()}
 */
public record FormulaSpec(
    String kind, int steps, List<Convention> conventions, Map<String, Double> credits) {
  public static final String RNN_UNROLLED = "rnn-unrolled";

  /**
   * One accepted assignment: {@code input} multiplies x_t, {@code recurrent} multiplies h_(t−1).
   */
  public record Convention(String input, String recurrent) {
    @Override
    public String toString() {
      return "h_t = f(" + input + "·x_t + " + recurrent + "·h_(t−1))";
    }
  }

  /** The mistakes the checker names, with the rubric key of their credit. */
  public enum Mistake {
    /** The two matrices exchanged against the only accepted convention. */
    SWAPPED("swapped", 0),
    /** The recurrence or the last step written, but not unrolled down to x_1. */
    RECURRENCE("recurrence", 0),
    /** The nesting pattern shown but elided with "…". */
    ELLIPSIS("ellipsis", 0.5),
    /** The nesting right, but without the activation. */
    LINEAR("linear", 0.5),
    /** The inputs nested in reverse order (x_1 outermost). */
    REVERSED("reversed", 0.5),
    /** Steps left out at the start or the end. */
    TRUNCATED("truncated", 0),
    /** The activation applied to the input term only, the previous state added outside it. */
    OUTSIDE("outsideActivation", 0);

    private final String key;
    private final double defaultCredit;

    Mistake(String key, double defaultCredit) {
      this.key = key;
      this.defaultCredit = defaultCredit;
    }

    public String key() {
      return key;
    }

    public double defaultCredit() {
      return defaultCredit;
    }
  }

  public FormulaSpec {
    conventions = List.copyOf(conventions);
    credits = Map.copyOf(credits);
    if (conventions.isEmpty()) {
      throw new IllegalArgumentException("a formula needs at least one convention");
    }
  }

  /** The single convention {@code input}/{@code recurrent}, with the old two credits. */
  public FormulaSpec(
      String kind,
      int steps,
      String input,
      String recurrent,
      double swappedCredit,
      double recurrenceCredit) {
    this(
        kind,
        steps,
        List.of(new Convention(input, recurrent)),
        Map.of(Mistake.SWAPPED.key(), swappedCredit, Mistake.RECURRENCE.key(), recurrenceCredit));
  }

  /** The matrix that multiplies the input in the first accepted convention. */
  public String input() {
    return conventions.get(0).input();
  }

  /** The matrix that multiplies the previous state in the first accepted convention. */
  public String recurrent() {
    return conventions.get(0).recurrent();
  }

  /** The share of the points a mistake earns. */
  public double credit(Mistake m) {
    return credits.getOrDefault(m.key(), m.defaultCredit());
  }

  /** Whether both assignments of the two matrices are accepted. */
  public boolean eitherAssignment() {
    return conventions.stream()
        .anyMatch(c -> c.input().equals(recurrent()) && c.recurrent().equals(input()));
  }
}
