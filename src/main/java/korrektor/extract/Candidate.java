package korrektor.extract;

import java.util.Objects;
import korrektor.document.Location;

/**
 * A value found for one item (quantity, component, step), with where and how it was found.
 *
 * @param quantity canonical quantity id
 * @param component 1-based vector component, 0 for scalars
 * @param step time step (1-based)
 * @param number the value as written
 * @param location where it was found
 * @param evidence how the item was recognised
 */
public record Candidate(
    String quantity,
    int component,
    int step,
    NumberToken number,
    Location location,
    Evidence evidence) {

  /** How strongly the document ties a value to its item, strongest first. */
  public enum Evidence {
    /**
     * A label with its step next to the value ({@code h(2) = 0.39}, a cell {@code h_2} beside
     * 0.39).
     */
    LABEL,
    /** A table: quantity header and a step column or step header. */
    TABLE,
    /** A table whose rows or columns carry no step numbers: steps taken in order. */
    ORDER,
    /** A label without a step, the step taken from the text before it ({@code t = 2: h = 0.39}). */
    CONTEXT
  }

  public Candidate {
    Objects.requireNonNull(quantity);
    Objects.requireNonNull(number);
    Objects.requireNonNull(location);
    Objects.requireNonNull(evidence);
  }

  public double value() {
    return number.value();
  }

  /** The item key, e.g. {@code h@2} or {@code h[1]@2}. */
  public String key() {
    return korrektor.rubric.ItemKeys.format(quantity, component, step);
  }
}
