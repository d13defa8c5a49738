package korrektor.batch;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import korrektor.extract.SheetChecks;
import korrektor.grade.Grading;
import korrektor.grade.ItemResult;

/**
 * One student's entry in {@code results.json} (see docs/results.md).
 *
 * @param student id and name
 * @param files the file names read, relative to the graded folder
 * @param status graded, needs-review or error
 * @param messages problems and remarks
 * @param score points awarded
 * @param maxScore points available
 * @param pendingPoints points of items a tutor still has to decide
 * @param questions question id → points awarded
 * @param items every item
 * @param checks what the sheet asks besides numbers: name, plot, partners (null when not checked)
 */
@JsonPropertyOrder({"student", "files", "status", "messages", "checks", "score", "maxScore", "pendingPoints",
    "questions", "items"})
public record SubmissionResult(
    Student student,
    List<String> files,
    Grading.Status status,
    List<String> messages,
    double score,
    double maxScore,
    double pendingPoints,
    Map<String, Double> questions,
    List<ItemResult> items,
    @JsonInclude(JsonInclude.Include.NON_NULL) SheetChecks.Checks checks) {

  public static SubmissionResult of(Student student, List<String> files, Grading g) {
    return of(student, files, g, null);
  }

  public static SubmissionResult of(Student student, List<String> files, Grading g, SheetChecks.Checks checks) {
    return new SubmissionResult(student, files, g.status(), g.messages(), g.score(), g.maxScore(), g.pendingPoints(),
        g.questionScores(), g.items(), checks);
  }
}
