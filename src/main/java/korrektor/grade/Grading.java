package korrektor.grade;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The grade of one submission: items, totals and status, before identity and files are attached.
 *
 * @param status graded, needs-review or error
 * @param messages remarks for the tutor (unreadable files, skipped content)
 * @param score points awarded (items under review count 0 until a tutor decides)
 * @param maxScore points available
 * @param pendingPoints points of items under review
 * @param questionScores question id → points awarded
 * @param items every item, in rubric order
 * @param coverage what became of every number the student wrote (null when nothing was read)
 */
public record Grading(
    Status status,
    List<String> messages,
    double score,
    double maxScore,
    double pendingPoints,
    Map<String, Double> questionScores,
    List<ItemResult> items,
    korrektor.extract.Coverage coverage) {

  /** A submission's overall state. */
  public enum Status {
    GRADED,
    NEEDS_REVIEW,
    ERROR;

    private final String id = name().toLowerCase(Locale.ROOT).replace('_', '-');

    @JsonValue
    public String id() {
      return id;
    }
  }

  public Grading {
    messages = List.copyOf(messages);
    questionScores =
        java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(questionScores));
    items = List.copyOf(items);
  }

  /** A grading without coverage. */
  public Grading(
      Status status,
      List<String> messages,
      double score,
      double maxScore,
      double pendingPoints,
      Map<String, Double> questionScores,
      List<ItemResult> items) {
    this(status, messages, score, maxScore, pendingPoints, questionScores, items, null);
  }
}
