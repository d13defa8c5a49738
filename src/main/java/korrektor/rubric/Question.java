package korrektor.rubric;

import java.util.List;

/**
 * A question of the sheet.
 *
 * @param id as numbered on the sheet ({@code "17"})
 * @param title a short title
 * @param points the question's maximum points (the sum of its parts)
 * @param parts the parts, in sheet order
 * @param followThroughCap the most points follow-through credit may bring in this question, or null
 *     for no cap
 */
public record Question(
    String id, String title, double points, List<Part> parts, Double followThroughCap) {

  public Question {
    parts = List.copyOf(parts);
  }
}
