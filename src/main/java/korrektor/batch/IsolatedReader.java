package korrektor.batch;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import korrektor.document.Document;
import korrektor.document.Format;
import korrektor.document.ReadLimits;
import korrektor.document.worker.DocumentJson;

/**
 * Reads each student file in a child JVM ({@link korrektor.document.worker.Main}) with its own heap
 * ({@code -Xmx}) and a wall-clock limit, the way Tika's fork mode does: a zip bomb, a huge PDF
 * stream or a parser stuck in a loop ends that child, never the batch. What the child could not do
 * becomes an unreadable document with a message. Every file goes to a child, CSV and text included:
 * a one-line CSV of 50 MB costs time and memory like any other hostile file.
 */
public final class IsolatedReader implements BatchGrader.FileReader, AutoCloseable {

  /** Largest JSON a child may hand back; bigger means the limits were not kept. */
  private static final long MAX_JSON_BYTES = 256L << 20;

  /**
   * A worker is replaced after this many files, so that leaks in a library cannot pile up (its JIT
   * warm-up is lost each time, so not often).
   */
  private static final int MAX_FILES_PER_WORKER = 20_000;

  /** Extra time for a worker's first file: its JVM starts first. */
  private static final long STARTUP_ALLOWANCE_MS = 10_000;

  private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
      new com.fasterxml.jackson.databind.ObjectMapper();

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
        throw new IllegalArgumentException(
            "file timeout must be positive and the heap at least 32 MB");
      }
    }
  }

  private final ReadLimits limits;
  private final Options options;
  private final BlockingQueue<Worker> idle = new LinkedBlockingQueue<>();
  private final Set<Worker> all = ConcurrentHashMap.newKeySet();

  /**
   * Kills a worker whose file takes too long; the reading thread then sees the end of its output.
   */
  private final ScheduledExecutorService watchdog =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "korrektor-reader-watchdog");
            t.setDaemon(true);
            return t;
          });

  public IsolatedReader(ReadLimits limits, Options options) {
    this.limits = limits;
    this.options = options;
  }

  /** A child JVM that reads files one after another until it is retired or dies. */
  private final class Worker {
    final Process process;
    final Writer requests;
    final BoundedLines answers;
    int served;

    Worker() throws IOException {
      List<String> command =
          ChildJvm.command(
              List.of(
                  "-Xmx" + options.maxHeapMb() + "m",
                  "-Xss2m",
                  "-XX:+ExitOnOutOfMemoryError",
                  "-XX:+UseSerialGC",
                  // C1 only: a worker reads a few hundred files, too few for C2 to pay off; C1 code
                  // is ready sooner
                  "-XX:TieredStopAtLevel=1"),
              "korrektor.document.worker.Main",
              "--serve");
      process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      requests =
          new BufferedWriter(
              new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
      answers = new BoundedLines(process.getInputStream(), MAX_JSON_BYTES);
      all.add(this);
    }

    void retire() {
      all.remove(this);
      ChildJvm.kill(process);
    }
  }

  /**
   * Reads a file in a worker process: a pool of long-lived workers (one per grading thread) serves
   * the batch, so the JVM start is paid once, not per file. A worker that runs out of time or
   * memory is killed and replaced; only that file is lost.
   */
  @Override
  public Document read(Path file, String name) {
    Worker w = idle.poll();
    AtomicBoolean late = new AtomicBoolean(); // set by the watchdog when it kills the worker
    try {
      if (w == null) {
        w = new Worker();
      }
      String request =
          JSON.writeValueAsString(
              Map.of(
                  "file",
                  file.toAbsolutePath().toString(),
                  "name",
                  name,
                  "maxFileBytes",
                  limits.maxFileBytes(),
                  "maxPages",
                  limits.maxPages(),
                  "maxCells",
                  limits.maxCells(),
                  "maxLines",
                  limits.maxLines()));
      w.requests.write(request);
      w.requests.write('\n');
      w.requests.flush();
      long limit = options.timeout().toMillis() + (w.served == 0 ? STARTUP_ALLOWANCE_MS : 0);
      Process process = w.process;
      ScheduledFuture<?> alarm =
          watchdog.schedule(
              () -> {
                late.set(true);
                ChildJvm.kill(process); // the read below then ends
              },
              limit,
              TimeUnit.MILLISECONDS);
      byte[] line;
      try {
        line = w.answers.nextAnswer(); // a JVM or library message on stdout is not an answer
      } finally {
        alarm.cancel(false);
      }
      if (late.get()) {
        w.retire();
        w = null;
        return Document.unreadable(name, Format.UNKNOWN, timedOut());
      }
      if (line == null) {
        int exit = waitForExit(w.process);
        w.retire();
        w = null;
        return Document.unreadable(
            name, Format.UNKNOWN, exit == 3 ? tooMuchMemory() : crashed(exit));
      }
      Document d = DocumentJson.fromJson(new String(line, StandardCharsets.UTF_8));
      w.served++;
      return d;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      if (w != null) {
        w.retire();
        w = null;
      }
      return Document.unreadable(
          name, Format.UNKNOWN, "reading was interrupted; grade this student again");
    } catch (IOException e) {
      if (w != null) {
        w.retire();
        w = null;
      }
      return Document.unreadable(
          name,
          Format.UNKNOWN,
          late.get()
              ? timedOut()
              : "could not read this file in a reader process ("
                  + e.getMessage()
                  + "); run again, or with --no-isolation");
    } finally {
      if (w != null) {
        if (w.served >= MAX_FILES_PER_WORKER) {
          w.retire();
        } else {
          idle.offer(w);
        }
      }
    }
  }

  /** Stops every worker. */
  @Override
  public void close() {
    for (Worker w : List.copyOf(all)) {
      w.retire();
    }
    idle.clear();
    watchdog.shutdownNow();
  }

  private static int waitForExit(Process p) throws InterruptedException {
    return p.waitFor(5, TimeUnit.SECONDS) ? p.exitValue() : -1;
  }

  private String timedOut() {
    return String.format(
        Locale.ROOT,
        "Reading this file took longer than %d s and was stopped (it may be"
            + " extremely large, or built to stall a reader). Export it again as a plain PDF, .xlsx or CSV"
            + " and hand that in.",
        options.timeout().toSeconds());
  }

  private String tooMuchMemory() {
    return "This file needs more than "
        + options.maxHeapMb()
        + " MB of memory to read (it may be"
        + " extremely large or a decompression bomb). Export it again as a plain PDF, .xlsx or CSV"
        + " and hand that in.";
  }

  private static String crashed(int exit) {
    return "The reader for this file stopped unexpectedly (exit code "
        + exit
        + "). Export it again as"
        + " a plain PDF, .xlsx or CSV and hand that in; if it persists, report it with the file.";
  }
}
