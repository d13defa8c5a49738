package korrektor.rubric;

import java.util.List;
import java.util.Map;

/**
 * One gradable part of a question.
 *
 * @param id the part's id within its question ({@code a}, {@code forward}, {@code plot})
 * @param kind what it asks for
 * @param title a short description for feedback
 * @param points the part's maximum points
 * @param labels how students label the answer to this part ({@code 16 a)}, {@code b)}); text parts
 * @param steps the time steps graded (values parts)
 * @param itemPoints quantity id → points per item (per step, and per component for vectors), in the
 *     order given
 * @param expected literal expected values by item key ({@code h@2} or {@code h[1]@2}), overriding
 *     the reference model
 * @param tolerance how close is correct (values parts)
 * @param policy follow-through, conventions, mistakes and review margin (values parts)
 * @param text concepts, traps and expected yes/no (text parts), or null
 * @param formula the formula asked for (text parts), or null
 * @param review whether a found plot goes to a tutor ({@code always}, the default) or counts in
 *     full ({@code never}); plot parts
 * @param itemSteps quantity id → the steps that item is graded at, for the items written as {@code
 *     {points: P, steps: [..]}}; the other items are graded at every step of {@code steps}
 */
public record Part(
    String id,
    PartKind kind,
    String title,
    double points,
    List<String> labels,
    List<Integer> steps,
    Map<String, Double> itemPoints,
    Map<String, Double> expected,
    Tolerance tolerance,
    ValuePolicy policy,
    TextSpec text,
    FormulaSpec formula,
    Review review,
    Map<String, List<Integer>> itemSteps) {

  /** Whether a tutor looks at what was found (plot parts). */
  public enum Review {
    /** A found plot goes to review (the default). */
    ALWAYS,
    /** A found plot earns the part's points without review. */
    NEVER;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public Part {
    labels = List.copyOf(labels);
    steps = List.copyOf(steps);
    itemPoints = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(itemPoints));
    expected = Map.copyOf(expected);
    review = review == null ? Review.ALWAYS : review;
    Map<String, List<Integer>> own = new java.util.LinkedHashMap<>();
    (itemSteps == null ? Map.<String, List<Integer>>of() : itemSteps)
        .forEach((q, s) -> own.put(q, List.copyOf(s)));
    itemSteps = java.util.Collections.unmodifiableMap(own);
  }

  public List<String> quantities() {
    return List.copyOf(itemPoints.keySet());
  }

  /** The steps at which {@code quantity} is graded: its own, or the part's. */
  public List<Integer> steps(String quantity) {
    return itemSteps.getOrDefault(quantity, steps);
  }

  /**
   * The quantities graded at {@code step}, in the order of {@code items}: each (quantity, step)
   * pair of the part is one item (per component for vectors).
   */
  public List<String> quantitiesAt(int step) {
    return itemPoints.keySet().stream().filter(q -> steps(q).contains(step)).toList();
  }
}
