package korrektor.cli;

import java.time.Duration;
import java.util.function.Consumer;
import korrektor.batch.BatchGrader;
import korrektor.batch.BatchRunner;
import korrektor.batch.IsolatedGrader;
import korrektor.batch.IsolatedReader;
import korrektor.batch.SupervisedGrader;
import korrektor.document.ReadLimits;
import korrektor.document.read.DocumentReaders;
import korrektor.grade.Grader;
import picocli.CommandLine.Option;

/**
 * How student files are read ({@code grade}, {@code serve}): outside this process by default, with
 * their limits.
 */
final class ReaderOptions {
  @Option(
      names = "--file-timeout",
      paramLabel = "SECONDS",
      defaultValue = "20",
      description =
          "Wall-clock time allowed to read one file before it is stopped (default: ${DEFAULT-VALUE}).")
  int fileTimeout;

  @Option(
      names = "--file-memory",
      paramLabel = "MB",
      defaultValue = "256",
      description =
          "Memory for reading one file (default: ${DEFAULT-VALUE}): the heap of a reader process; the"
              + " grading process gets this much per thread plus 256 MB, at most half the machine's memory.")
  int fileMemory;

  /**
   * The help of {@code --no-isolation}, declared by each command ({@code grade} in an exclusive
   * group).
   */
  static final String NO_ISOLATION =
      "Read files in this process: no separate process, but a hostile file can stall or"
          + " crash Korrektor, and --file-timeout/--file-memory do not apply. Only for trusted files.";

  /** Set from the command's {@code --no-isolation}. */
  boolean noIsolation;

  /**
   * How {@code grade} runs a batch: by default in a supervised grading process (in-process speed; a
   * hostile file can only end that process, and what it was grading is graded again file by file);
   * with {@code eachFile}, every file in a reader process of its own; with {@code --no-isolation},
   * here.
   */
  BatchRunner batch(
      Grader grader,
      String rubricText,
      String rubricSource,
      int threads,
      boolean eachFile,
      Consumer<String> notices) {
    if (noIsolation) {
      return new BatchGrader(grader, DocumentReaders.standard(), ReadLimits.DEFAULT, threads);
    }
    IsolatedReader.Options options =
        new IsolatedReader.Options(Duration.ofSeconds(fileTimeout), fileMemory);
    if (eachFile) {
      return new IsolatedGrader(
          rubricText, rubricSource, null, grader, ReadLimits.DEFAULT, options, threads);
    }
    return new SupervisedGrader(
        rubricText, rubricSource, grader, ReadLimits.DEFAULT, options, threads, notices);
  }

  /** The file time limit and memory as options for reader and grading processes. */
  IsolatedReader.Options isolation() {
    return new IsolatedReader.Options(Duration.ofSeconds(fileTimeout), fileMemory);
  }

  /** What is wrong with the options, or null. */
  String problem() {
    return fileTimeout < 1 || fileMemory < 32
        ? "--file-timeout must be at least 1 (seconds) and --file-memory at least 32 (MB)."
        : null;
  }
}
