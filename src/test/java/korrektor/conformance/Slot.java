package korrektor.conformance;

import korrektor.rubric.ItemKeys;

/**
 * One graded value: a quantity's component at a time step, named as in results.json ({@code h@2},
 * {@code h[1]@2}).
 *
 * @param quantity the model's quantity id
 * @param component 1-based vector component, 0 for scalars
 * @param step time step, 1-based as the rubric counts (0 is the initial state)
 */
record Slot(String quantity, int component, int step) implements Comparable<Slot> {

  /** The item key as the rubric and the grader write it. */
  String key() {
    return ItemKeys.format(quantity, component, step);
  }

  /** Index into the model's value vector. */
  int index() {
    return component == 0 ? 0 : component - 1;
  }

  @Override
  public int compareTo(Slot o) {
    int c = Integer.compare(step, o.step);
    if (c != 0) {
      return c;
    }
    c = quantity.compareTo(o.quantity);
    return c != 0 ? c : Integer.compare(component, o.component);
  }

  @Override
  public String toString() {
    return key();
  }
}
