package korrektor.batch;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import korrektor.document.ReadLimits;
import korrektor.grade.Grader;
import korrektor.result.SubmissionResult;

/**
 * Grades a batch in a child JVM ({@link GradingChild}) that reads and grades every submission
 * itself, with this process watching: the batch runs at in-process speed, yet a hostile file can
 * only take the child down. When the child dies (out of memory, a crash) or a submission takes
 * longer than its files' time limit, the child is ended, the submissions it was grading at that
 * moment are graded again, each in a grading process of its own with the same limits ({@link
 * IsolatedGrader}, which tells exactly which file was at fault and why), and a new child grades the
 * rest. Results are the same as in-process grading; nothing graded before the crash is lost.
 */
public final class SupervisedGrader implements BatchRunner {

  /** Largest answer a child may send; bigger means something is wrong with it. */
  private static final long MAX_ANSWER_BYTES = 64L << 20;

  /** Children started for one batch before the rest goes file by file to reader processes. */
  private static final int MAX_CHILDREN_PER_BATCH = 4;

  /**
   * Extra time for submissions a child starts before it has finished any: its JVM is still warming
   * up.
   */
  private static final long STARTUP_ALLOWANCE_NANOS = TimeUnit.SECONDS.toNanos(15);

  /**
   * Heap of the child beyond the per-thread file memory: the rubric, the grader, results in flight.
   */
  private static final int BASE_HEAP_MB = 256;

  private final String rubricText;
  private final String rubricSource;
  private final Grader grader;
  private final ReadLimits limits;
  private final IsolatedReader.Options fileOptions;
  private final int threads;
  private final Consumer<String> notices;
  private final String mainClass;
  private final ScheduledExecutorService watchdog =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "korrektor-grading-watchdog");
            t.setDaemon(true);
            return t;
          });
  private Child child;
  private IsolatedReader fileByFile;
  private IsolatedGrader isolated;
  private long nextJob;

  /**
   * @param rubricText the rubric's YAML, which {@code grader} was made from (the child parses it
   *     again)
   * @param rubricSource the rubric's name in messages
   * @param fileOptions time and memory per file; the child's heap is the file memory per thread
   *     plus a base
   * @param notices receives a line for the tutor whenever a child had to be replaced
   */
  public SupervisedGrader(
      String rubricText,
      String rubricSource,
      Grader grader,
      ReadLimits limits,
      IsolatedReader.Options fileOptions,
      int threads,
      Consumer<String> notices) {
    this(
        rubricText,
        rubricSource,
        grader,
        limits,
        fileOptions,
        threads,
        notices,
        GradingChild.class.getName());
  }

  /** With another child main class (tests: a child that crashes or stalls on cue). */
  SupervisedGrader(
      String rubricText,
      String rubricSource,
      Grader grader,
      ReadLimits limits,
      IsolatedReader.Options fileOptions,
      int threads,
      Consumer<String> notices,
      String mainClass) {
    this.rubricText = rubricText;
    this.rubricSource = rubricSource;
    this.grader = grader;
    this.limits = limits;
    this.fileOptions = fileOptions;
    this.threads = Math.max(1, threads);
    this.notices = notices;
    this.mainClass = mainClass;
  }

  @Override
  public List<BatchGrader.Graded> gradeAll(
      Path root, List<Submission> submissions, Consumer<SubmissionResult> progress) {
    BatchGrader.Graded[] out = new BatchGrader.Graded[submissions.size()];
    List<Integer> pending = new ArrayList<>();
    for (int i = 0; i < submissions.size(); i++) {
      pending.add(i);
    }
    int started = 0;
    boolean childrenRefuseTheRubric = false;
    while (!pending.isEmpty()) {
      if (child == null) {
        if (started == MAX_CHILDREN_PER_BATCH) {
          notices.accept(
              "The grading process stopped "
                  + started
                  + " times in this batch; the remaining "
                  + pending.size()
                  + " submissions are graded each in a grading process of its own (slower).");
          break;
        }
        started++;
        try {
          child = new Child();
        } catch (IOException e) {
          notices.accept(
              "Could not start a grading process ("
                  + e.getMessage()
                  + "); each submission is graded in a"
                  + " grading process of its own instead (slower).");
          break;
        }
      }
      Ending end = child.grade(root, submissions, pending, out, progress);
      if (end == null) {
        break; // all answered; the child stays for the next batch
      }
      child.stop();
      child = null;
      if (end.setupFailed() != null) {
        notices.accept(
            "The grading process refused to start ("
                + end.setupFailed()
                + "); each file is read in a"
                + " reader process of its own instead (slower).");
        childrenRefuseTheRubric = true;
        break;
      }
      if (end.inFlight().isEmpty()) {
        notices.accept(end.reason() + "; a new grading process takes over the rest of the batch.");
      } else {
        notices.accept(
            end.reason()
                + " while grading "
                + names(submissions, end.inFlight())
                + "; "
                + (end.inFlight().size() == 1 ? "it is" : "they are")
                + " graded again, each in a grading process of its"
                + " own with the same limits (which names the file at fault), and the rest of the batch goes on.");
      }
      pending = unanswered(out, pending, end.inFlight());
    }
    List<Integer> rest = new ArrayList<>();
    for (int i = 0; i < out.length; i++) {
      if (out[i] == null) {
        rest.add(i);
      }
    }
    if (!rest.isEmpty()) {
      // each submission in a grading process of its own, with the same limits per file; only when
      // no grading
      // process can take the rubric (never with a rubric this process read) is grading done here,
      // reading still
      // in reader processes
      List<Submission> left = rest.stream().map(submissions::get).toList();
      List<BatchGrader.Graded> graded =
          childrenRefuseTheRubric
              ? new BatchGrader(grader, fileByFile(), threads).gradeAll(root, left, progress)
              : isolated().gradeAll(root, left, progress);
      for (int k = 0; k < rest.size(); k++) {
        out[rest.get(k)] = graded.get(k);
      }
    }
    return Arrays.asList(out);
  }

  /**
   * Submissions still to go to a new child: not answered and not in flight when the last one ended.
   */
  private static List<Integer> unanswered(
      BatchGrader.Graded[] out, List<Integer> pending, List<Integer> inFlight) {
    return pending.stream().filter(i -> out[i] == null && !inFlight.contains(i)).toList();
  }

  private static String names(List<Submission> submissions, List<Integer> indices) {
    return String.join(
        ", ",
        indices.stream()
            .sorted()
            .map(
                i ->
                    submissions.get(i).student().name()
                        + " ("
                        + submissions.get(i).student().id()
                        + ")")
            .toList());
  }

  private synchronized IsolatedGrader isolated() {
    if (isolated == null) {
      isolated =
          new IsolatedGrader(rubricText, rubricSource, null, grader, limits, fileOptions, threads);
    }
    return isolated;
  }

  private synchronized IsolatedReader fileByFile() {
    if (fileByFile == null) {
      fileByFile = new IsolatedReader(limits, fileOptions);
    }
    return fileByFile;
  }

  /**
   * Why a child ended before answering everything.
   *
   * @param reason for the tutor ("The grading process ran out of memory")
   * @param inFlight submissions it had started and not answered
   * @param setupFailed the child's complaint about its setup, or null
   */
  private record Ending(String reason, List<Integer> inFlight, String setupFailed) {}

  /** One child JVM; grades one batch at a time and stays for the next. */
  private final class Child {
    final Process process;
    final Writer jobs;
    final BoundedLines answers;

    /** Deadline (System.nanoTime) of each job the child has started and not answered. */
    final Map<Long, Long> deadlines = new ConcurrentHashMap<>();

    volatile String killedFor;
    int answered;

    Child() throws IOException {
      long heap = heapMb(fileOptions.maxHeapMb(), threads, physicalMemoryBytes());
      process =
          new ProcessBuilder(
                  ChildJvm.command(
                      List.of(
                          "-Xmx" + heap + "m",
                          "-Xss2m",
                          "-XX:+ExitOnOutOfMemoryError",
                          // C1 only: on a batch of a few thousand files, C2 spends more CPU
                          // compiling PDFBox, POI and the
                          // grader than its faster code saves (measured: docs/performance.md);
                          // -Dkorrektor.worker.jvm overrides
                          "-XX:TieredStopAtLevel=1"),
                      mainClass))
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      jobs =
          new BufferedWriter(
              new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
      answers = new BoundedLines(process.getInputStream(), MAX_ANSWER_BYTES);
      send(
          GradingProtocol.line(
              new GradingProtocol.Setup(
                  rubricText, rubricSource, threads, limits, null, grader.rubric().language())));
    }

    /** Grades the pending submissions; null when all are answered, else why the child ended. */
    Ending grade(
        Path root,
        List<Submission> submissions,
        List<Integer> pending,
        BatchGrader.Graded[] out,
        Consumer<SubmissionResult> progress) {
      Map<Long, Integer> index = new HashMap<>();
      Map<Long, Integer> fileCount = new HashMap<>();
      List<String> lines = new ArrayList<>();
      try {
        for (int i : pending) {
          long id = nextJob++;
          index.put(id, i);
          fileCount.put(id, submissions.get(i).files().size());
          lines.add(GradingProtocol.line(GradingProtocol.Job.of(id, root, submissions.get(i))));
        }
      } catch (IOException e) {
        throw new IllegalStateException("cannot write a grading job", e);
      }
      // jobs go out on their own thread, so that answers are read while the child takes them in
      Thread writer =
          new Thread(
              () -> {
                try {
                  for (String line : lines) {
                    send(line);
                  }
                } catch (IOException e) {
                  // the child is gone; reading its answers tells why
                }
              },
              "korrektor-grading-jobs");
      writer.setDaemon(true);
      writer.start();
      long[] lastAnswer = {System.nanoTime()};
      long perFile = fileOptions.timeout().toNanos();
      ScheduledFuture<?> watch =
          watchdog.scheduleAtFixedRate(
              () -> {
                long now = System.nanoTime();
                for (long deadline : deadlines.values()) {
                  if (now > deadline) {
                    kill(
                        "A submission took longer than its files' time limit ("
                            + fileOptions.timeout().toSeconds()
                            + " s per file) in the grading process");
                    return;
                  }
                }
                if (deadlines.isEmpty()
                    && now - lastAnswer[0] > STARTUP_ALLOWANCE_NANOS + perFile) {
                  kill("The grading process stopped answering");
                }
              },
              100,
              100,
              TimeUnit.MILLISECONDS);
      int left = pending.size();
      try {
        while (left > 0) {
          byte[] line = answers.nextAnswer();
          if (line == null) {
            return ending(index);
          }
          lastAnswer[0] = System.nanoTime();
          GradingProtocol.Answer a = GradingProtocol.parse(line, GradingProtocol.Answer.class);
          if (a.error() != null) {
            return new Ending("", List.of(), a.error());
          } else if (a.started() != null && index.containsKey(a.started())) {
            long allowance = answered == 0 ? STARTUP_ALLOWANCE_NANOS : 0;
            deadlines.put(
                a.started(),
                System.nanoTime() + allowance + perFile * Math.max(1, fileCount.get(a.started())));
          } else if (a.done() != null
              && index.containsKey(a.done())
              && a.result() != null
              && a.fingerprint() != null
              && out[index.get(a.done())] == null) {
            deadlines.remove(a.done());
            BatchGrader.Graded g = new BatchGrader.Graded(a.result(), a.fingerprint());
            out[index.get(a.done())] = g;
            answered++;
            left--;
            progress.accept(g.result());
          } else {
            kill("The grading process sent an answer that does not fit its jobs");
            return ending(index);
          }
        }
        return null;
      } catch (IOException e) {
        kill("The grading process sent an unreadable answer (" + e.getMessage() + ")");
        return ending(index);
      } finally {
        watch.cancel(false);
      }
    }

    /** Why the child ended, with what it was grading: after its output ended. */
    private Ending ending(Map<Long, Integer> index) {
      List<Integer> inFlight = deadlines.keySet().stream().map(index::get).toList();
      deadlines.clear();
      String reason = killedFor;
      if (reason == null) {
        int exit = exitCode();
        reason =
            exit == 3
                ? "The grading process ran out of memory"
                : "The grading process stopped unexpectedly (exit code " + exit + ")";
      }
      return new Ending(reason, inFlight, null);
    }

    private int exitCode() {
      try {
        return process.waitFor(5, TimeUnit.SECONDS) ? process.exitValue() : -1;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return -1;
      }
    }

    private void kill(String reason) {
      if (killedFor == null) {
        killedFor = reason;
      }
      ChildJvm.kill(process);
    }

    private void send(String line) throws IOException {
      synchronized (jobs) {
        jobs.write(line);
        jobs.write('\n');
        jobs.flush();
      }
    }

    void stop() {
      ChildJvm.kill(process);
    }
  }

  /**
   * The grading process's heap: the file memory per thread plus a base, but at most half of the
   * machine's memory (many cores with little memory), and never less than one file's worth plus the
   * base.
   */
  static long heapMb(int fileMemoryMb, int threads, long physicalBytes) {
    long wanted = BASE_HEAP_MB + (long) fileMemoryMb * threads;
    long floor = BASE_HEAP_MB + fileMemoryMb;
    long half = physicalBytes > 0 ? (physicalBytes >> 20) / 2 : Long.MAX_VALUE;
    return Math.max(floor, Math.min(wanted, half));
  }

  private static long physicalMemoryBytes() {
    try {
      return ((com.sun.management.OperatingSystemMXBean)
              java.lang.management.ManagementFactory.getOperatingSystemMXBean())
          .getTotalMemorySize();
    } catch (RuntimeException | LinkageError e) {
      return 0; // unknown: no cap
    }
  }

  /** Ends the child and any reader processes. */
  @Override
  public synchronized void close() {
    if (child != null) {
      child.stop();
      child = null;
    }
    if (fileByFile != null) {
      fileByFile.close();
    }
    if (isolated != null) {
      isolated.close();
    }
    watchdog.shutdownNow();
  }
}
