package korrektor.rubric;

/**
 * The yes/no answer a question expects ({@code answer: {expect: no, points: 0.5}}).
 *
 * @param yes true when the right answer is yes
 * @param points points for the right yes/no
 */
public record ExpectedAnswer(boolean yes, double points) {}
