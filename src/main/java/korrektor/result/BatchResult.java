package korrektor.result;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The whole {@code results.json}: the rubric, its maximum score, and every submission.
 *
 * @param rubric the rubric's id
 * @param title the rubric's title
 * @param maxScore points available per submission
 * @param submissions results in student order
 */
@JsonPropertyOrder({"rubric", "title", "maxScore", "submissions"})
public record BatchResult(
    String rubric, String title, double maxScore, List<SubmissionResult> submissions) {
  public BatchResult {
    submissions = List.copyOf(submissions);
  }
}
