package korrektor.batch;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import korrektor.document.read.DocumentReaders;
import korrektor.document.worker.ParentWatch;
import korrektor.grade.Grader;
import korrektor.rubric.RubricReader;

/**
 * The child JVM of {@link SupervisedGrader}: reads and grades submissions in this process, several
 * at a time, and answers each with one line of JSON on stdout ({@link GradingProtocol}). A hostile
 * file can exhaust this process's heap or time; the supervisor then grades what was in flight again
 * with each file in a reader process of its own. Ends when stdin closes and every job is answered,
 * or at once when the supervisor's process ends ({@link ParentWatch}); exit code 2 when the setup
 * line is unusable.
 */
public final class GradingChild {
  private GradingChild() {}

  public static void main(String[] args) throws Exception {
    OutputStream stdout = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out));
    // libraries that print go to stderr; stdout carries only answers
    System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
    ParentWatch.endWithParent();
    System.exit(
        serve(
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)),
            stdout,
            job -> {}));
  }

  /**
   * Serves jobs until {@code in} ends.
   *
   * @param beforeGrading called on the grading thread after a job is announced as started (tests
   *     use it to stand in for a file that crashes or stalls the process)
   * @return the exit code
   */
  static int serve(BufferedReader in, OutputStream out, Consumer<GradingProtocol.Job> beforeGrading)
      throws IOException, InterruptedException {
    String first = in.readLine();
    GradingProtocol.Setup setup;
    RubricReader.Result rubric;
    try {
      setup =
          GradingProtocol.JSON.readValue(first == null ? "" : first, GradingProtocol.Setup.class);
      rubric = RubricReader.parse(setup.rubric(), setup.source());
    } catch (IOException | RuntimeException e) {
      answer(out, GradingProtocol.Answer.error("unusable setup line (" + e.getMessage() + ")"));
      return 2;
    }
    if (rubric.rubricOrNull() == null) {
      answer(out, GradingProtocol.Answer.error("the rubric has errors: " + rubric.diagnostics()));
      return 2;
    }
    korrektor.rubric.Rubric graded =
        setup.reveal() == null
            ? rubric.rubricOrNull()
            : rubric.rubricOrNull().withReveal(setup.reveal());
    if (setup.language() != null) {
      graded = graded.withLanguage(setup.language());
    }
    Grader grader = new Grader(graded);
    DocumentReaders readers = DocumentReaders.standard();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.max(1, setup.threads()),
            r -> {
              Thread t = new Thread(r, "korrektor-grade");
              t.setDaemon(true);
              return t;
            });
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      if (line.isBlank()) {
        continue;
      }
      GradingProtocol.Job job = GradingProtocol.JSON.readValue(line, GradingProtocol.Job.class);
      pool.execute(() -> grade(grader, readers, setup.limits(), job, out, beforeGrading));
    }
    pool.shutdown();
    pool.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
    return 0;
  }

  private static void grade(
      Grader grader,
      DocumentReaders readers,
      korrektor.document.ReadLimits limits,
      GradingProtocol.Job job,
      OutputStream out,
      Consumer<GradingProtocol.Job> beforeGrading) {
    answer(out, GradingProtocol.Answer.started(job.id()));
    beforeGrading.accept(job);
    java.util.Map<String, String> unreadable =
        job.unreadable() == null ? java.util.Map.of() : job.unreadable();
    // a file that failed in a process of its own before is graded from its message, never opened
    // again
    BatchGrader batch =
        new BatchGrader(
            grader,
            (file, name) ->
                unreadable.containsKey(file.toString())
                    ? korrektor.document.Document.unreadable(
                        name, korrektor.document.Format.UNKNOWN, unreadable.get(file.toString()))
                    : readers.read(file, name, limits),
            1);
    Path root = Path.of(job.root());
    // an error while grading is the student's internal-error row, as in-process grading reports it
    answer(
        out,
        GradingProtocol.Answer.done(
            job.id(),
            job.plain()
                ? batch.gradePlainOrReport(root, job.submission())
                : batch.gradeOrReport(root, job.submission())));
  }

  private static void answer(OutputStream out, GradingProtocol.Answer a) {
    try {
      byte[] line = GradingProtocol.bytes(a);
      synchronized (out) {
        out.write(line);
        out.write('\n');
        out.flush();
      }
    } catch (IOException e) {
      // the supervisor is gone: nothing to answer to
      Runtime.getRuntime().halt(4);
    }
  }
}
