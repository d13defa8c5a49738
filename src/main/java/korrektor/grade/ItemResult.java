package korrektor.grade;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The grade of one item. Field names are part of {@code results.json} (see docs/results.md).
 *
 * @param question question id
 * @param part part id
 * @param quantity quantity id (values parts), else null
 * @param component 1-based vector component, or null for scalars and non-value parts
 * @param step time step (values parts), else null
 * @param verdict the verdict
 * @param found the value used for the verdict, or null
 * @param foundText the value as the student wrote it
 * @param expected the expected value (values parts), or null
 * @param points points awarded (0 while under review)
 * @param maxPoints points available
 * @param source where the value was found ({@code lstm.xlsx!Sheet1!C3})
 * @param alternatives other values found for this item, with locations, when they disagree
 * @param feedback a sentence for the student and tutor
 * @param reason why a tutor has to look (review items), else null
 * @param mistake the name of the convention or mistake that explains the value, else null
 * @param overridden true when a tutor's override set the points
 * @param comment the tutor's comment from the overrides file, else null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ItemResult(
    String question,
    String part,
    String quantity,
    Integer component,
    Integer step,
    Verdict verdict,
    Double found,
    String foundText,
    Double expected,
    double points,
    double maxPoints,
    String source,
    List<String> alternatives,
    String feedback,
    String reason,
    String mistake,
    Boolean overridden,
    String comment) {

  public ItemResult {
    alternatives = alternatives == null ? null : List.copyOf(alternatives);
  }

  /** An item without a mistake name or override. */
  public ItemResult(String question, String part, String quantity, Integer component, Integer step, Verdict verdict,
      Double found, String foundText, Double expected, double points, double maxPoints, String source,
      List<String> alternatives, String feedback, String reason) {
    this(question, part, quantity, component, step, verdict, found, foundText, expected, points, maxPoints, source,
        alternatives, feedback, reason, null, null, null);
  }

  /** This item with another verdict, points, feedback, reason and mistake name. */
  public ItemResult judged(Verdict v, double newPoints, String newFeedback, String newReason, String newMistake) {
    return new ItemResult(question, part, quantity, component, step, v, found, foundText, expected, newPoints,
        maxPoints, source, alternatives, newFeedback, newReason, newMistake, overridden, comment);
  }

  /** This item with points set by a tutor. */
  public ItemResult withOverride(double newPoints, String tutorComment) {
    return new ItemResult(question, part, quantity, component, step, verdict, found, foundText, expected, newPoints,
        maxPoints, source, alternatives, feedback, reason, mistake, Boolean.TRUE, tutorComment);
  }

  /** {@code 17/forward/h@2}, {@code 16/a}: how tutors name an item in review and override files. */
  public String id() {
    StringBuilder s = new StringBuilder(question).append('/').append(part);
    if (quantity != null) {
      s.append('/').append(korrektor.rubric.ItemKeys.format(quantity, component == null ? 0 : component, step == null ? 0 : step));
    }
    return s.toString();
  }
}
