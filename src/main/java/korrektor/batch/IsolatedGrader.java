package korrektor.batch;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import korrektor.document.ReadLimits;
import korrektor.grade.Grader;
import korrektor.result.SubmissionResult;
import korrektor.rubric.Reveal;

/**
 * Reads and grades each submission in a grading process of its own ({@link GradingChild}, one
 * thread) with a heap of {@code --file-memory} plus a base and a wall-clock limit of {@code
 * --file-timeout} per file: the way {@code grade --isolate-files}, the self-check page and the
 * supervised batch's fallback grade, so that no file is ever read or graded without a limit,
 * whichever process does it. A process that runs out of time or memory is killed and replaced.
 *
 * <p>When a submission of several files fails, each file is graded alone (same limits) to find the
 * ones at fault, and the submission is graded again with those as unreadable files carrying the
 * reason; a submission of one file gets its reason at once.
 */
public final class IsolatedGrader implements BatchRunner {
  /**
   * A process is replaced after this many submissions, so that leaks in a library cannot pile up.
   */
  private static final int MAX_JOBS_PER_CHILD = 5_000;

  /** Extra time for a process's first submission: its JVM starts first. */
  private static final long STARTUP_ALLOWANCE_NANOS = TimeUnit.SECONDS.toNanos(10);

  /** Heap of a grading process beyond the file memory: the rubric, the grader, the result. */
  static final int BASE_HEAP_MB = 256;

  private static final long MAX_ANSWER_BYTES = 64L << 20;

  private final String rubricText;
  private final String rubricSource;
  private final Reveal reveal;
  private final Grader grader;
  private final ReadLimits limits;
  private final IsolatedReader.Options options;
  private final int threads;
  private final BlockingQueue<Child> idle = new LinkedBlockingQueue<>();
  private final Set<Child> all = ConcurrentHashMap.newKeySet();
  private final ScheduledExecutorService watchdog =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "korrektor-isolated-watchdog");
            t.setDaemon(true);
            return t;
          });
  private volatile boolean closed;
  private long nextJob;

  /**
   * @param rubricText the rubric's YAML, which {@code grader} was made from (each process parses it
   *     again)
   * @param rubricSource the rubric's name in messages
   * @param reveal the reveal policy the processes grade with instead of the rubric's (student
   *     mode), or null
   * @param grader the same rubric in this process: grades the rows of submissions no process could
   *     grade
   * @param options time per file and memory per process
   * @param threads submissions graded at once by {@link #gradeAll}
   */
  public IsolatedGrader(
      String rubricText,
      String rubricSource,
      Reveal reveal,
      Grader grader,
      ReadLimits limits,
      IsolatedReader.Options options,
      int threads) {
    this.rubricText = rubricText;
    this.rubricSource = rubricSource;
    this.reveal = reveal;
    this.grader = grader;
    this.limits = limits;
    this.options = options;
    this.threads = Math.max(1, threads);
  }

  /**
   * Why a process ended a job: the message for the student's file, or null when the job was
   * answered.
   */
  private record Outcome(BatchGrader.Graded graded, String failure, boolean setupFailed) {}

  @Override
  public List<BatchGrader.Graded> gradeAll(
      Path root, List<Submission> submissions, Consumer<SubmissionResult> progress) {
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "korrektor-isolated");
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<BatchGrader.Graded>> futures = new ArrayList<>();
      for (Submission s : submissions) {
        futures.add(
            pool.submit(
                () -> {
                  BatchGrader.Graded g = grade(root, s, false, Long.MAX_VALUE);
                  progress.accept(g.result());
                  return g;
                }));
      }
      List<BatchGrader.Graded> out = new ArrayList<>();
      for (int i = 0; i < futures.size(); i++) {
        try {
          out.add(futures.get(i).get());
        } catch (ExecutionException e) {
          out.add(
              batch().failedRow(root, submissions.get(i), name(submissions.get(i)), internal()));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          out.add(
              batch()
                  .failedRow(
                      root,
                      submissions.get(i),
                      name(submissions.get(i)),
                      "Grading was interrupted before this submission was graded; grade again."));
        }
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Grades one submission in a grading process; never throws.
   *
   * @param plain without the sheet checks (a self-check of a file not named after a student)
   * @param deadlineNanos a {@link System#nanoTime} by which the answer must be there whatever the
   *     files' limits (a request's own time limit), or {@link Long#MAX_VALUE}
   */
  public BatchGrader.Graded grade(Path root, Submission s, boolean plain, long deadlineNanos) {
    if (!s.refused().isEmpty() || s.files().isEmpty()) {
      return batch().gradeOrReport(root, s); // nothing to open: graded from its refusals
    }
    Outcome first = run(root, s, Map.of(), plain, s.files().size(), deadlineNanos);
    if (first.graded() != null) {
      return first.graded();
    }
    if (first.setupFailed()) {
      return batch().failedRow(root, s, name(s), internal());
    }
    if (s.files().size() == 1 || System.nanoTime() >= deadlineNanos) {
      return batch().failedRow(root, s, name(s), first.failure());
    }
    // several files: find the one(s) at fault, each alone under the same limits
    Map<String, String> unreadable = new LinkedHashMap<>();
    for (Path f : s.files()) {
      Outcome alone =
          run(root, new Submission(s.student(), List.of(f)), Map.of(), true, 1, deadlineNanos);
      if (alone.graded() == null) {
        unreadable.put(f.toString(), alone.failure());
      }
    }
    if (unreadable.isEmpty()) {
      return batch()
          .failedRow(
              root, s, name(s), first.failure().replace("this file", "these files together"));
    }
    Outcome again =
        run(
            root,
            s,
            unreadable,
            plain,
            Math.max(1, s.files().size() - unreadable.size()),
            deadlineNanos);
    return again.graded() != null
        ? again.graded()
        : batch().failedRow(root, s, name(s), again.failure());
  }

  private BatchGrader batch() {
    return new BatchGrader(
        grader,
        (file, name) ->
            korrektor.document.Document.unreadable(
                name, korrektor.document.Format.UNKNOWN, internal()),
        1);
  }

  private static String name(Submission s) {
    return s.files().isEmpty() ? s.student().id() : s.files().get(0).getFileName().toString();
  }

  /** Sends one job to a grading process and waits for its answer, at most the files' time limit. */
  private Outcome run(
      Path root,
      Submission s,
      Map<String, String> unreadable,
      boolean plain,
      int files,
      long deadlineNanos) {
    Child c = idle.poll();
    AtomicBoolean late = new AtomicBoolean();
    try {
      if (closed) {
        return new Outcome(null, "The self-check is shutting down; try again in a minute.", false);
      }
      if (c == null) {
        c = new Child();
      }
      long id;
      synchronized (this) {
        id = nextJob++;
      }
      c.send(GradingProtocol.line(GradingProtocol.Job.of(id, root, s, unreadable, plain)));
      long limit =
          options.timeout().toNanos() * files + (c.served == 0 ? STARTUP_ALLOWANCE_NANOS : 0);
      long now = System.nanoTime();
      long wait = Math.max(0, Math.min(limit, deadlineNanos - now));
      Process process = c.process;
      ScheduledFuture<?> alarm =
          watchdog.schedule(
              () -> {
                late.set(true);
                ChildJvm.kill(process);
              },
              wait,
              TimeUnit.NANOSECONDS);
      try {
        while (true) {
          byte[] line = c.answers.nextAnswer();
          if (line == null) {
            int exit = exitCode(c.process);
            c.retire();
            c = null;
            return new Outcome(
                null,
                late.get() ? timedOut(files) : exit == 3 ? tooMuchMemory() : crashed(exit),
                false);
          }
          GradingProtocol.Answer a = GradingProtocol.parse(line, GradingProtocol.Answer.class);
          if (a.error() != null) {
            c.retire();
            c = null;
            return new Outcome(null, a.error(), true);
          }
          if (a.done() != null && a.done() == id && a.result() != null && a.fingerprint() != null) {
            c.served++;
            return new Outcome(new BatchGrader.Graded(a.result(), a.fingerprint()), null, false);
          }
          // "started", or a stray line: wait for the answer
        }
      } finally {
        alarm.cancel(false);
      }
    } catch (IOException e) {
      if (c != null) {
        c.retire();
        c = null;
      }
      return new Outcome(null, late.get() ? timedOut(files) : crashed(-1), false);
    } finally {
      if (c != null) {
        if (c.served >= MAX_JOBS_PER_CHILD || closed) {
          c.retire();
        } else {
          idle.offer(c);
        }
      }
    }
  }

  /** One grading process with one thread. */
  private final class Child {
    final Process process;
    final Writer jobs;
    final BoundedLines answers;
    int served;

    Child() throws IOException {
      long heap = (long) options.maxHeapMb() + BASE_HEAP_MB;
      process =
          new ProcessBuilder(
                  ChildJvm.command(
                      List.of(
                          "-Xmx" + heap + "m",
                          "-Xss2m",
                          "-XX:+ExitOnOutOfMemoryError",
                          "-XX:+UseSerialGC",
                          "-XX:TieredStopAtLevel=1"),
                      GradingChild.class.getName()))
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      all.add(this);
      jobs =
          new BufferedWriter(
              new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
      answers = new BoundedLines(process.getInputStream(), MAX_ANSWER_BYTES);
      send(
          GradingProtocol.line(
              new GradingProtocol.Setup(
                  rubricText, rubricSource, 1, limits, reveal, grader.rubric().language())));
    }

    void send(String line) throws IOException {
      jobs.write(line);
      jobs.write('\n');
      jobs.flush();
    }

    void retire() {
      all.remove(this);
      ChildJvm.kill(process);
    }
  }

  private static int exitCode(Process p) {
    try {
      return p.waitFor(5, TimeUnit.SECONDS) ? p.exitValue() : -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private String timedOut(int files) {
    return String.format(
        Locale.ROOT,
        "Reading and grading this file took longer than %d s and was stopped (it may be"
            + " extremely large, or built to stall a reader). Export it again as a plain PDF, .xlsx or CSV and hand that in.",
        options.timeout().toSeconds() * files);
  }

  private String tooMuchMemory() {
    return "This file needs more than "
        + options.maxHeapMb()
        + " MB of memory to read and grade (it may be extremely"
        + " large or a decompression bomb). Export it again as a plain PDF, .xlsx or CSV and hand that in.";
  }

  private static String crashed(int exit) {
    return "The grading process for this file stopped unexpectedly (exit code "
        + exit
        + "). Export it again as a plain"
        + " PDF, .xlsx or CSV and hand that in; if it persists, report it with the file.";
  }

  private static String internal() {
    return "Korrektor failed on this submission (an internal error), so it was not graded. A tutor grades it by hand;"
        + " please report it to the course team with the file.";
  }

  /** Stops every grading process, also one in the middle of a submission. */
  @Override
  public void close() {
    closed = true;
    for (Child c : List.copyOf(all)) {
      c.retire();
    }
    idle.clear();
    watchdog.shutdownNow();
  }
}
