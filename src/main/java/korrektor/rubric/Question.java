package korrektor.rubric;

import java.util.List;

/**
 * A question of the sheet.
 *
 * @param id as numbered on the sheet ({@code "17"})
 * @param title a short title
 * @param points the question's maximum points (the sum of its parts)
 * @param parts the parts, in sheet order
 */
public record Question(String id, String title, double points, List<Part> parts) {

  public Question {
    parts = List.copyOf(parts);
  }
}
