package korrektor.rubric;

/**
 * The formula a text part asks for; graded by evaluating the student's formula and the reference
 * at random values.
 *
 * @param kind what formula: {@code rnn-unrolled} (the final hidden state of a standard RNN)
 * @param steps the number of inputs x_1..x_steps
 * @param input the matrix that multiplies the input x_t ({@code W} on sheet 9)
 * @param recurrent the matrix that multiplies the previous state h_{t-1} ({@code U} on sheet 9)
 * @param swappedCredit share of the points when the two matrices are exchanged
 * @param recurrenceCredit share of the points for the recurrence h_t = f(…h_{t-1}) written but not unrolled
 */
public record FormulaSpec(String kind, int steps, String input, String recurrent, double swappedCredit,
    double recurrenceCredit) {
  public static final String RNN_UNROLLED = "rnn-unrolled";
}
