package korrektor.rubric;

/**
 * A way of computing the values other than the reference: an accepted convention, or an anticipated
 * mistake.
 *
 * @param name short id, reported as {@code mistake} in results.json
 * @param message what to tell the student
 * @param credit share of an item's points awarded when a value is explained by this variant (0..1)
 * @param change the change to the reference model
 */
public record Variant(String name, String message, double credit, ModelChange change) {}
