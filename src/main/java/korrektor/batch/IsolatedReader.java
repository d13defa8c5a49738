package korrektor.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import korrektor.document.Document;
import korrektor.document.Format;
import korrektor.document.ReadLimits;
import korrektor.document.worker.DocumentJson;

/**
 * Reads each student file in a child JVM ({@link korrektor.document.worker.Main}) with its own
 * heap ({@code -Xmx}) and a wall-clock limit, the way Tika's fork mode does: a zip bomb, a huge
 * PDF stream or a parser stuck in a loop ends that child, never the batch. What the child could
 * not do becomes an unreadable document with a message.
 */
public final class IsolatedReader implements BatchGrader.FileReader {

  /** Largest JSON a child may hand back; bigger means the limits were not kept. */
  private static final long MAX_JSON_BYTES = 256L << 20;

  /**
   * How a child runs.
   *
   * @param timeout wall-clock time per file, including the JVM's start
   * @param maxHeapMb the child's heap in MB
   */
  public record Options(Duration timeout, int maxHeapMb) {
    public static final Options DEFAULT = new Options(Duration.ofSeconds(20), 256);

    public Options {
      if (timeout.isNegative() || timeout.isZero() || maxHeapMb < 32) {
        throw new IllegalArgumentException("file timeout must be positive and the heap at least 32 MB");
      }
    }
  }

  private final ReadLimits limits;
  private final Options options;
  private final String java;
  private final String classpath;

  public IsolatedReader(ReadLimits limits, Options options) {
    this.limits = limits;
    this.options = options;
    this.java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    this.classpath = System.getProperty("java.class.path");
  }

  @Override
  public Document read(Path file, String name) {
    Path out = null;
    Process process = null;
    try {
      out = Files.createTempFile("korrektor-doc", ".json");
      List<String> command = new ArrayList<>(List.of(java,
          "-Xmx" + options.maxHeapMb() + "m", "-Xss2m", "-XX:+ExitOnOutOfMemoryError",
          "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
          "-Djava.awt.headless=true", "-cp", classpath, "korrektor.document.worker.Main",
          file.toAbsolutePath().toString(), name, Long.toString(limits.maxFileBytes()),
          Integer.toString(limits.maxPages()), Integer.toString(limits.maxCells()),
          Integer.toString(limits.maxLines())));
      process = new ProcessBuilder(command)
          .redirectOutput(out.toFile())
          .redirectError(ProcessBuilder.Redirect.DISCARD)
          .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
          .start();
      if (!process.waitFor(options.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
        kill(process);
        return Document.unreadable(name, Format.UNKNOWN, timedOut());
      }
      int exit = process.exitValue();
      if (exit == 0 && Files.size(out) > 0 && Files.size(out) <= MAX_JSON_BYTES) {
        try (InputStream in = Files.newInputStream(out)) {
          return DocumentJson.read(in);
        }
      }
      return Document.unreadable(name, Format.UNKNOWN, exit == 3 ? tooMuchMemory() : crashed(exit));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      if (process != null) {
        kill(process);
      }
      return Document.unreadable(name, Format.UNKNOWN, "reading was interrupted; grade this student again");
    } catch (IOException e) {
      return Document.unreadable(name, Format.UNKNOWN,
          "could not start a reader process (" + e.getMessage() + "); run again with --no-isolation");
    } finally {
      if (out != null) {
        try {
          Files.deleteIfExists(out);
        } catch (IOException e) {
          // a leftover temp file is harmless
        }
      }
    }
  }

  private String timedOut() {
    return String.format(Locale.ROOT, "Reading this file took longer than %d s and was stopped (it may be"
        + " extremely large, or built to stall a reader). Export it again as a plain PDF, .xlsx or CSV"
        + " and hand that in.", options.timeout().toSeconds());
  }

  private String tooMuchMemory() {
    return "This file needs more than " + options.maxHeapMb() + " MB of memory to read (it may be"
        + " extremely large or a decompression bomb). Export it again as a plain PDF, .xlsx or CSV"
        + " and hand that in.";
  }

  private static String crashed(int exit) {
    return "The reader for this file stopped unexpectedly (exit code " + exit + "). Export it again as"
        + " a plain PDF, .xlsx or CSV and hand that in; if it persists, report it with the file.";
  }

  private static void kill(Process process) {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    try {
      process.waitFor(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static java.io.File nullDevice() {
    return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
  }
}
