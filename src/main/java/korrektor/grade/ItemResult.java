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

  /**
   * What is graded: a whole text or plot part ({@link #part}), or one value of a values part
   * ({@link #value}).
   */
  public record Target(
      String question, String part, String quantity, Integer component, Integer step) {
    public static Target part(String question, String part) {
      return new Target(question, part, null, null, null);
    }

    /** One value; {@code component} 0 for a scalar. */
    public static Target value(
        String question, String part, String quantity, int component, int step) {
      return new Target(question, part, quantity, component > 0 ? component : null, step);
    }
  }

  /** What was read for an item: the value or text, where, and other values that disagree. */
  public record Reading(Double found, String foundText, String source, List<String> alternatives) {
    /** Nothing was read. */
    public static final Reading NOTHING = new Reading(null, null, null, null);

    /** A text answer (or a quoted passage) and where it stands. */
    public static Reading text(String text, String source) {
      return new Reading(null, text, source, null);
    }

    /** Something found at {@code source} that has no text to show (a plot, a scan). */
    public static Reading at(String source) {
      return new Reading(null, null, source, null);
    }

    /**
     * A value as the student wrote it ({@code raw}), where, and other values found (null when
     * none).
     */
    public static Reading value(
        double found, String raw, String source, List<String> alternatives) {
      return new Reading(
          found, raw, source, alternatives == null || alternatives.isEmpty() ? null : alternatives);
    }
  }

  /**
   * How an item was judged: verdict, points, the sentence for the student, and why a tutor looks.
   */
  public record Judgement(Verdict verdict, double points, String feedback, String reason) {
    public static Judgement of(Verdict verdict, double points, String feedback) {
      return new Judgement(verdict, points, feedback, null);
    }

    /** Under review for {@code reason}: no points until a tutor decides. */
    public static Judgement review(String feedback, String reason) {
      return new Judgement(Verdict.REVIEW, 0, feedback, reason);
    }
  }

  /** An item built from its parts, without a mistake name or override. */
  public static ItemResult of(
      Target target, Reading read, Double expected, double maxPoints, Judgement judged) {
    return new ItemResult(
        target.question(),
        target.part(),
        target.quantity(),
        target.component(),
        target.step(),
        judged.verdict(),
        read.found(),
        read.foundText(),
        expected,
        judged.points(),
        maxPoints,
        read.source(),
        read.alternatives(),
        judged.feedback(),
        judged.reason(),
        null,
        null,
        null);
  }

  /** This item with another verdict, points, feedback, reason and mistake name. */
  public ItemResult judged(
      Verdict v, double newPoints, String newFeedback, String newReason, String newMistake) {
    return new ItemResult(
        question,
        part,
        quantity,
        component,
        step,
        v,
        found,
        foundText,
        expected,
        newPoints,
        maxPoints,
        source,
        alternatives,
        newFeedback,
        newReason,
        newMistake,
        overridden,
        comment);
  }

  /** This item with points set by a tutor. */
  public ItemResult withOverride(double newPoints, String tutorComment) {
    return new ItemResult(
        question,
        part,
        quantity,
        component,
        step,
        verdict,
        found,
        foundText,
        expected,
        newPoints,
        maxPoints,
        source,
        alternatives,
        feedback,
        reason,
        mistake,
        Boolean.TRUE,
        tutorComment);
  }

  /** {@code 17/forward/h@2}, {@code 16/a}: how tutors name an item in review and override files. */
  public String id() {
    StringBuilder s = new StringBuilder(question).append('/').append(part);
    if (quantity != null) {
      s.append('/')
          .append(
              korrektor.rubric.ItemKeys.format(
                  quantity, component == null ? 0 : component, step == null ? 0 : step));
    }
    return s.toString();
  }
}
