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
 * @param itemPoints quantity id → points per item (per step, and per component for vectors),
 *     in the order given
 * @param expected literal expected values by item key ({@code h@2} or {@code h[1]@2}), overriding
 *     the reference model
 * @param tolerance how close is correct (values parts)
 * @param policy follow-through, conventions, mistakes and review margin (values parts)
 * @param text concepts, traps and expected yes/no (text parts), or null
 * @param formula the formula asked for (text parts), or null
 * @param review whether a found plot goes to a tutor ({@code always}, the default) or counts in
 *     full ({@code never}); plot parts
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
    Review review) {

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
  }

  /** A part whose found plots (if it is a plot part) go to review. */
  public Part(String id, PartKind kind, String title, double points, List<String> labels, List<Integer> steps,
      Map<String, Double> itemPoints, Map<String, Double> expected, Tolerance tolerance, ValuePolicy policy,
      TextSpec text, FormulaSpec formula) {
    this(id, kind, title, points, labels, steps, itemPoints, expected, tolerance, policy, text, formula, Review.ALWAYS);
  }

  public List<String> quantities() {
    return List.copyOf(itemPoints.keySet());
  }
}
