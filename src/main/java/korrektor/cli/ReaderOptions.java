package korrektor.cli;

import java.time.Duration;
import korrektor.batch.BatchGrader;
import korrektor.batch.IsolatedReader;
import korrektor.document.DocumentReaders;
import korrektor.document.ReadLimits;
import picocli.CommandLine.Option;

/** How student files are read ({@code grade}, {@code serve}): in worker processes by default, with their limits. */
final class ReaderOptions {
  @Option(names = "--file-timeout", paramLabel = "SECONDS", defaultValue = "20",
      description = "Wall-clock time allowed to read one file before it is stopped (default: ${DEFAULT-VALUE}).")
  int fileTimeout;

  @Option(names = "--file-memory", paramLabel = "MB", defaultValue = "256",
      description = "Heap of the process that reads files (default: ${DEFAULT-VALUE}).")
  int fileMemory;

  @Option(names = "--no-isolation",
      description = "Read files in this process: faster, but a hostile file can stall or crash Korrektor,"
          + " and --file-timeout/--file-memory do not apply. Only for trusted files.")
  boolean noIsolation;

  /** A file reader that stops its worker processes when closed. */
  interface Reader extends BatchGrader.FileReader, AutoCloseable {
    @Override
    void close();
  }

  /** What is wrong with the options, or null. */
  String problem() {
    return fileTimeout < 1 || fileMemory < 32
        ? "--file-timeout must be at least 1 (seconds) and --file-memory at least 32 (MB)." : null;
  }

  Reader open() {
    if (noIsolation) {
      DocumentReaders readers = DocumentReaders.standard();
      return new Reader() {
        @Override
        public korrektor.document.Document read(java.nio.file.Path file, String name) {
          return readers.read(file, name, ReadLimits.DEFAULT);
        }

        @Override
        public void close() {}
      };
    }
    IsolatedReader isolated = new IsolatedReader(ReadLimits.DEFAULT,
        new IsolatedReader.Options(Duration.ofSeconds(fileTimeout), fileMemory));
    return new Reader() {
      @Override
      public korrektor.document.Document read(java.nio.file.Path file, String name) {
        return isolated.read(file, name);
      }

      @Override
      public void close() {
        isolated.close();
      }
    };
  }
}
