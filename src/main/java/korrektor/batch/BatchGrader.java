package korrektor.batch;

import korrektor.result.SubmissionResult;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import korrektor.document.Document;
import korrektor.document.DocumentReaders;
import korrektor.document.Format;
import korrektor.document.ReadLimits;
import korrektor.extract.SheetChecks;
import korrektor.grade.Grader;
import korrektor.grade.Grading;

/**
 * Grades submissions in parallel (one thread per core): reads each student's files, grades them,
 * and reports progress. A student whose files cannot be read gets status error; the batch goes on.
 */
public final class BatchGrader {
  private final Grader grader;
  private final FileReader reader;
  private final int threads;

  /** Reads one student file into a document; never throws for a bad file. */
  @FunctionalInterface
  public interface FileReader {
    Document read(Path file, String displayName);
  }

  /** Reads files in this process (fast; for trusted files and tests). */
  public BatchGrader(Grader grader, DocumentReaders readers, ReadLimits limits, int threads) {
    this(grader, (file, name) -> readers.read(file, name, limits), threads);
  }

  /** Reads files with the given reader, e.g. an {@link IsolatedReader}. */
  public BatchGrader(Grader grader, FileReader reader, int threads) {
    this.grader = grader;
    this.reader = reader;
    this.threads = Math.max(1, threads);
  }

  /** Grades all submissions; results come back in the submissions' order. */
  public List<SubmissionResult> grade(Path root, List<Submission> submissions, Consumer<SubmissionResult> progress) {
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "korrektor-grade");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<SubmissionResult>> futures = new ArrayList<>();
      for (Submission s : submissions) {
        futures.add(pool.submit(() -> {
          SubmissionResult r = gradeOne(root, s);
          progress.accept(r);
          return r;
        }));
      }
      List<SubmissionResult> out = new ArrayList<>();
      for (int i = 0; i < futures.size(); i++) {
        out.add(await(futures.get(i), root, submissions.get(i)));
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  private SubmissionResult await(Future<SubmissionResult> f, Path root, Submission s) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return failed(root, s, "grading was interrupted");
    } catch (ExecutionException e) {
      return failed(root, s, "internal error while grading (" + e.getCause() + "); please report it with the file");
    }
  }

  /** Reads and grades one submission. */
  public SubmissionResult gradeOne(Path root, Submission s) {
    if (!s.refused().isEmpty()) {
      // A hostile or oversized entry: the tutor looks at the original zip; nothing of it is graded.
      List<Document> refused = s.refused().stream()
          .map(m -> Document.unreadable("zip", Format.UNKNOWN, m + "; look at this student's files in the downloaded zip"))
          .toList();
      return SubmissionResult.of(s.student(), relative(root, s), grader.grade(refused));
    }
    List<Document> docs = new ArrayList<>();
    for (Path f : s.files()) {
      String name = f.getFileName().toString();
      try {
        docs.add(reader.read(f, name));
      } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
        docs.add(Document.unreadable(name, Format.UNKNOWN, "could not be read (" + e + "); hand in a PDF, xlsx or CSV file"));
      }
    }
    Grading g = grader.grade(docs);
    List<Document> readable = docs.stream().filter(Document::isReadable).toList();
    SheetChecks.Checks checks = SheetChecks.check(readable, s.student().name(), s.student().id());
    g = SheetPolicy.apply(g, readable, checks, grader.rubric().policies(), s.student());
    return SubmissionResult.of(s.student(), relative(root, s), g, checks);
  }

  private SubmissionResult failed(Path root, Submission s, String message) {
    Grading g = grader.grade(List.of(Document.unreadable(
        s.files().isEmpty() ? s.student().id() : s.files().get(0).getFileName().toString(), Format.UNKNOWN, message)));
    return SubmissionResult.of(s.student(), relative(root, s), g);
  }

  private static List<String> relative(Path root, Submission s) {
    return s.files().stream().map(f -> root.relativize(f).toString().replace('\\', '/')).toList();
  }
}
