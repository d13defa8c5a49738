package korrektor.rubric;

import java.util.List;

/**
 * How a free-text part is graded automatically: the concepts that earn points, the traps that cost
 * points and, for yes/no questions, the expected answer.
 *
 * @param concepts concepts a good answer names
 * @param traps misunderstandings that cost points
 * @param answer the expected yes/no, or null when the question is not a yes/no question
 * @param minWords answers with fewer words go to review (they are too short to judge)
 */
public record TextSpec(
    List<Concept> concepts, List<Trap> traps, ExpectedAnswer answer, int minWords) {
  public static final int DEFAULT_MIN_WORDS = 3;

  public TextSpec {
    concepts = List.copyOf(concepts);
    traps = List.copyOf(traps);
  }

  /** Whether there is anything to grade automatically. */
  public boolean isGradable() {
    return !concepts.isEmpty() || answer != null;
  }
}
