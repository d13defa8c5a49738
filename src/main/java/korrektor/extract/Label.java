package korrektor.extract;

import java.util.List;

/**
 * A quantity label found in text, e.g. {@code h(2)}, {@code h_1^{(2)}}, {@code hidden state},
 * {@code o(t) (output gate)}.
 *
 * @param quantity the quantity the label most likely means: its first sense
 * @param component 1-based vector component, or 0 when none was written
 * @param step the step written with the label, {@link #NO_STEP} when none, {@link #GENERIC_STEP}
 *     for a generic marker such as {@code (t)} or {@code _t}, {@link #PREVIOUS_STEP} for {@code
 *     (t-1)}
 * @param start start offset of the label in the (normalised) text
 * @param end end offset (exclusive), after any step marker
 * @param ambiguousIndex an index was written as a bare subscript or digit ({@code h_1}, {@code h1})
 *     with no other marker: a step for scalars, possibly a component for vectors
 * @param symbol the alias as written and matched ({@code o}, {@code hidden state}): what a notation
 *     decides about
 * @param senses every quantity the symbol can mean in the rubric's notations, most likely first;
 *     one when the label is unambiguous or a description settled it
 */
public record Label(
    String quantity,
    int component,
    int step,
    int start,
    int end,
    boolean ambiguousIndex,
    String symbol,
    List<String> senses) {
  public static final int NO_STEP = -3;
  public static final int GENERIC_STEP = -1;

  /** The step before the one at hand: {@code h(t-1)}, {@code h_prev}, {@code s_{t-1}}. */
  public static final int PREVIOUS_STEP = -2;

  public Label {
    senses = senses == null || senses.isEmpty() ? List.of(quantity) : List.copyOf(senses);
    quantity = senses.get(0);
    symbol = symbol == null ? quantity : symbol;
  }

  /** An unambiguous label. */
  public Label(
      String quantity, int component, int step, int start, int end, boolean ambiguousIndex) {
    this(quantity, component, step, start, end, ambiguousIndex, quantity, List.of(quantity));
  }

  /** A step of its own, {@code h(2)} or {@code h(0)} (not a generic or relative one). */
  public boolean hasStep() {
    return step >= 0;
  }

  /**
   * No step of its own: none written, or a generic {@code (t)} (not the previous step's {@code
   * (t-1)}).
   */
  public boolean isStepless() {
    return step == NO_STEP || step == GENERIC_STEP;
  }

  /** Whether the symbol can mean more than one quantity. */
  public boolean isAmbiguous() {
    return senses.size() > 1;
  }

  /** The same label with another step and end. */
  Label withStep(int newStep, int newEnd) {
    return new Label(quantity, component, newStep, start, newEnd, ambiguousIndex, symbol, senses);
  }

  /** The same label spanning other offsets. */
  Label spanning(int newStart, int newEnd) {
    return new Label(quantity, component, step, newStart, newEnd, ambiguousIndex, symbol, senses);
  }

  /** The same label with fewer senses (a description said which). */
  Label withSenses(List<String> newSenses) {
    return new Label(
        newSenses.get(0), component, step, start, end, ambiguousIndex, symbol, newSenses);
  }
}
