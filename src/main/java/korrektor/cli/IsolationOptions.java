package korrektor.cli;

import picocli.CommandLine.Option;

/**
 * How {@code grade} isolates reading: {@code --no-isolation} or {@code --isolate-files}, in an
 * exclusive group so that picocli refuses both together (exit code 2, naming the two options).
 */
final class IsolationOptions {
  @Option(names = "--no-isolation", description = ReaderOptions.NO_ISOLATION)
  boolean none;

  @Option(
      names = "--isolate-files",
      description =
          "Read every file in a reader process of its own, with --file-timeout and --file-memory per file"
              + " (strictest, slower). By default one grading process reads and grades the batch, and only what it was"
              + " grading when a file made it fail is read file by file.")
  boolean eachFile;
}
