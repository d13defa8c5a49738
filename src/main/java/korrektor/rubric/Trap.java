package korrektor.rubric;

import java.util.List;

/**
 * A statement that shows a misunderstanding ({@code GRU has more gates}).
 *
 * @param phrases phrasings that reveal it, matched like a concept's
 * @param message what the student is told
 * @param penalty points taken off
 */
public record Trap(List<String> phrases, String message, double penalty) {
  public Trap {
    phrases = List.copyOf(phrases);
  }
}
