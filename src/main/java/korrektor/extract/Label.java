package korrektor.extract;

/**
 * A quantity label found in text, e.g. {@code h(2)}, {@code h_1^{(2)}}, {@code hidden state}.
 *
 * @param quantity the canonical quantity id
 * @param component 1-based vector component, or 0 when none was written
 * @param step the step written with the label, {@link #NO_STEP} when none, {@link #GENERIC_STEP}
 *     for a generic marker such as {@code (t)} or {@code _t}
 * @param start start offset of the label in the (normalised) text
 * @param end end offset (exclusive), after any step marker
 * @param ambiguousIndex an index was written as a bare subscript or digit ({@code h_1},
 *     {@code h1}) with no other marker: a step for scalars, possibly a component for vectors
 */
public record Label(String quantity, int component, int step, int start, int end, boolean ambiguousIndex) {
  public static final int NO_STEP = 0;
  public static final int GENERIC_STEP = -1;

  public boolean hasStep() {
    return step > 0;
  }
}
