package korrektor.rubric;

import java.util.List;

/**
 * How a values part treats values that are not plainly correct (issue: grade like a careful tutor).
 *
 * @param followThroughCredit share of the points for a value computed correctly from the student's
 *     own earlier values (default 1)
 * @param conventions accepted alternatives to the reference (e.g. tanh for the candidate)
 * @param mistakes anticipated mistakes, each with a message and a credit
 * @param autoMistakes also try every activation swap and every dropped term without authoring
 * @param autoMistakeCredit credit for a value explained only by an automatic variant
 * @param reviewMargin a value outside the tolerance by at most this factor (e.g. 0.25: within 1.25
 *     times the allowed difference) goes to review instead of wrong
 */
public record ValuePolicy(
    double followThroughCredit,
    List<Variant> conventions,
    List<Variant> mistakes,
    boolean autoMistakes,
    double autoMistakeCredit,
    double reviewMargin) {

  public static final ValuePolicy DEFAULT =
      new ValuePolicy(1.0, List.of(), List.of(), true, 0.0, 0.25);

  public ValuePolicy {
    conventions = List.copyOf(conventions);
    mistakes = List.copyOf(mistakes);
  }
}
