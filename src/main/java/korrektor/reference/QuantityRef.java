package korrektor.reference;

/**
 * A named quantity at a time step, e.g. {@code s@2}. Step 0 is the initial state ({@code h@0},
 * {@code s@0}); the input is the quantity {@code x}.
 */
public record QuantityRef(String quantity, int step) {

  public QuantityRef {
    if (quantity == null || quantity.isBlank()) {
      throw new IllegalArgumentException("quantity must not be blank");
    }
    if (step < 0) {
      throw new IllegalArgumentException("step must be >= 0: " + step);
    }
  }

  @Override
  public String toString() {
    return quantity + "@" + step;
  }
}
