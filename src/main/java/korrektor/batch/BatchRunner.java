package korrektor.batch;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import korrektor.result.SubmissionResult;

/**
 * Grades a batch of submissions: in this process ({@link BatchGrader}) or in a supervised child JVM
 * ({@link SupervisedGrader}).
 */
public interface BatchRunner extends AutoCloseable {

  /**
   * Grades and fingerprints all submissions.
   *
   * @param root the folder the submissions' file names are relative to in results
   * @param progress called once per graded submission, in any order
   * @return one entry per submission, in the submissions' order
   */
  List<BatchGrader.Graded> gradeAll(
      Path root, List<Submission> submissions, Consumer<SubmissionResult> progress);

  /** Stops whatever processes the runner started; nothing by default. */
  @Override
  default void close() {}
}
