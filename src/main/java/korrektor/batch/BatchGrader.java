package korrektor.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import korrektor.document.Document;
import korrektor.document.Format;
import korrektor.document.ReadLimits;
import korrektor.document.read.DocumentReaders;
import korrektor.grade.Grader;
import korrektor.integrity.Fingerprint;
import korrektor.integrity.Fingerprints;
import korrektor.result.SubmissionResult;
import korrektor.submission.SubmissionGrader;

/**
 * Grades submissions in parallel (one thread per core): reads each student's files, grades them,
 * and reports progress. A student whose files cannot be read gets status error; the batch goes on.
 */
public final class BatchGrader implements BatchRunner {
  private final Grader grader;
  private final SubmissionGrader submissions;
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
    this.submissions = new SubmissionGrader(grader);
    this.reader = reader;
    this.threads = Math.max(1, threads);
  }

  /**
   * A graded submission with its fingerprint for the similarity report (not part of results.json).
   *
   * @param result what goes to results.json
   * @param fingerprint file hashes, values, texts and metadata to compare with other students
   */
  public record Graded(SubmissionResult result, Fingerprint fingerprint) {}

  /** Grades all submissions; results come back in the submissions' order. */
  public List<SubmissionResult> grade(
      Path root, List<Submission> submissions, Consumer<SubmissionResult> progress) {
    return gradeAll(root, submissions, progress).stream().map(Graded::result).toList();
  }

  /**
   * Grades all submissions and fingerprints them; in the submissions' order.
   *
   * <p>Each thread takes a run of consecutive submissions, reads all their files, then grades them
   * one after the other: reading (PDFBox, POI) and grading each keep the CPU's caches to themselves
   * for a while, which makes the whole about a tenth faster than alternating per submission. A run
   * is short enough to spread a batch over the threads and holds at most {@link #RUN_BYTES} of
   * files (so its documents stay small) beyond its first submission.
   */
  @Override
  public List<Graded> gradeAll(
      Path root, List<Submission> submissions, Consumer<SubmissionResult> progress) {
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "korrektor-grade");
              t.setDaemon(true);
              return t;
            });
    try {
      int longest = Math.max(1, Math.min(MAX_RUN, submissions.size() / (threads * 4)));
      List<Future<List<Graded>>> futures = new ArrayList<>();
      List<List<Submission>> runs = runs(submissions, longest);
      for (List<Submission> run : runs) {
        futures.add(pool.submit(() -> gradeRun(root, run, progress)));
      }
      List<Graded> out = new ArrayList<>();
      for (int i = 0; i < futures.size(); i++) {
        out.addAll(await(futures.get(i), root, runs.get(i)));
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  /** Submissions per run at most; see {@link #gradeAll}. */
  static final int MAX_RUN = 32;

  /** File bytes a run reads ahead at most (its first submission's files always count as one). */
  static final long RUN_BYTES = 2L << 20;

  /**
   * Consecutive submissions in runs of at most {@code longest} and at most {@link #RUN_BYTES} of
   * files.
   */
  static List<List<Submission>> runs(List<Submission> submissions, int longest) {
    List<List<Submission>> runs = new ArrayList<>();
    List<Submission> run = new ArrayList<>();
    long bytes = 0;
    for (Submission s : submissions) {
      long size = size(s);
      if (!run.isEmpty() && (run.size() == longest || bytes + size > RUN_BYTES)) {
        runs.add(run);
        run = new ArrayList<>();
        bytes = 0;
      }
      run.add(s);
      bytes += size;
    }
    if (!run.isEmpty()) {
      runs.add(run);
    }
    return runs;
  }

  private static long size(Submission s) {
    long total = 0;
    for (Path f : s.files()) {
      try {
        total += Files.size(f);
      } catch (IOException e) {
        // reading it will say what is wrong
      }
    }
    return total;
  }

  /** Reads every file of the run, then grades its submissions in order. */
  private List<Graded> gradeRun(
      Path root, List<Submission> run, Consumer<SubmissionResult> progress) {
    List<List<Document>> read = new ArrayList<>();
    for (Submission s : run) {
      read.add(documents(s));
    }
    List<Graded> out = new ArrayList<>();
    for (int i = 0; i < run.size(); i++) {
      Submission s = run.get(i);
      Graded g = gradeOrReport(root, s, read.get(i));
      read.set(i, null); // graded: its documents may go
      try {
        progress.accept(g.result());
      } catch (
          RuntimeException
              e) { // as before runs: a failing callback marks its own row, nothing else
        g = internalError(root, s, e);
      }
      out.add(g);
    }
    return out;
  }

  private List<Graded> await(Future<List<Graded>> f, Path root, List<Submission> run) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return run.stream().map(s -> bare(failed(root, s, "grading was interrupted"))).toList();
    } catch (ExecutionException e) {
      return run.stream().map(s -> internalError(root, s, e.getCause())).toList();
    }
  }

  /** The result for a submission whose grading threw: an error row that asks for a report. */
  private Graded internalError(Path root, Submission s, Throwable cause) {
    // no exception text: it is a library's or ours, says nothing to a student and may name a path
    // of this machine
    return bare(
        failed(
            root,
            s,
            "Korrektor failed on this submission (an internal error), so it was not graded. A"
                + " tutor grades it by hand; please report it to the course team with the file."));
  }

  private static Graded bare(SubmissionResult r) {
    return new Graded(r, Fingerprints.of(r, List.of(), List.of()));
  }

  /** Closes the file reader when it holds processes (an {@link IsolatedReader}). */
  @Override
  public void close() {
    if (reader instanceof AutoCloseable c) {
      try {
        c.close();
      } catch (Exception e) {
        // nothing left to do with it
      }
    }
  }

  /** Reads and grades one submission. */
  public SubmissionResult gradeOne(Path root, Submission s) {
    return gradeAndFingerprint(root, s).result();
  }

  /** Reads, grades and fingerprints one submission. */
  public Graded gradeAndFingerprint(Path root, Submission s) {
    return grade(root, s, documents(s));
  }

  /**
   * The same, but an error while grading becomes this student's internal-error row instead of an
   * exception, so that a batch goes on (in-process runs and the grading process both use it).
   */
  Graded gradeOrReport(Path root, Submission s) {
    return gradeOrReport(root, s, documents(s));
  }

  /**
   * The files graded without the sheet checks (name on the sheet, policies, groups): the self-check
   * of a file not named after a student. An error while grading is an internal-error row.
   */
  Graded gradePlainOrReport(Path root, Submission s) {
    try {
      List<Document> docs = documents(s);
      return bare(submissions.gradePlain(s.student(), relative(root, s), docs));
    } catch (RuntimeException | Error e) {
      return internalError(root, s, e);
    }
  }

  /**
   * The row of a submission that could not be graded: {@code message} on its file {@code file} (or
   * on the submission).
   */
  Graded failedRow(Path root, Submission s, String file, String message) {
    return bare(submissions.unreadable(s.student(), relative(root, s), file, List.of(message)));
  }

  private Graded gradeOrReport(Path root, Submission s, List<Document> docs) {
    try {
      return grade(root, s, docs);
    } catch (RuntimeException
        | Error e) { // an OutOfMemoryError in the grading process ends its JVM first
      return internalError(root, s, e);
    }
  }

  /**
   * The submission's files read; none for a refused submission, which is graded from its refusals.
   */
  private List<Document> documents(Submission s) {
    return s.refused().isEmpty() ? read(s) : List.of();
  }

  /**
   * Every file of the submission as a document; a file that cannot be read is an unreadable one.
   */
  private List<Document> read(Submission s) {
    List<Document> docs = new ArrayList<>();
    for (Path f : s.files()) {
      String name = f.getFileName().toString();
      try {
        docs.add(reader.read(f, name));
      } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
        docs.add(
            Document.unreadable(
                name,
                Format.UNKNOWN,
                "This file could not be read. Export it again as a plain PDF,"
                    + " .xlsx or CSV file and hand that in."));
      }
    }
    return docs;
  }

  /**
   * Grades (steps 1–4 of {@link SubmissionGrader}) and fingerprints a submission read into {@code
   * docs}.
   */
  private Graded grade(Path root, Submission s, List<Document> docs) {
    if (!s.refused().isEmpty()) {
      // A hostile or oversized entry: the tutor looks at the original zip; nothing of it is graded.
      // (a refusal names its entry and says what to do: look in the zip, put the file itself in the
      // folder)
      String where = s.student().moodle() != null ? "zip" : "folder";
      return bare(submissions.unreadable(s.student(), relative(root, s), where, s.refused()));
    }
    SubmissionResult r = submissions.grade(s.student(), relative(root, s), docs);
    List<Document> readable = docs.stream().filter(Document::isReadable).toList();
    return new Graded(r, Fingerprints.of(r, readable, hashes(s.files())));
  }

  /** SHA-256 of each file; a file that cannot be read again is left out. */
  private static List<Fingerprint.FileHash> hashes(List<Path> files) {
    List<Fingerprint.FileHash> out = new ArrayList<>();
    for (Path f : files) {
      try (InputStream in = Files.newInputStream(f)) {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        byte[] buf = new byte[8192];
        for (int n; (n = in.read(buf)) > 0; ) {
          md.update(buf, 0, n);
        }
        out.add(
            new Fingerprint.FileHash(
                f.getFileName().toString(), HexFormat.of().formatHex(md.digest())));
      } catch (IOException | NoSuchAlgorithmException e) {
        // the file was read for grading; without a hash it is only left out of the identical-file
        // check
      }
    }
    return out;
  }

  private SubmissionResult failed(Path root, Submission s, String message) {
    String where =
        s.files().isEmpty() ? s.student().id() : s.files().get(0).getFileName().toString();
    return submissions.unreadable(s.student(), relative(root, s), where, List.of(message));
  }

  private static List<String> relative(Path root, Submission s) {
    return s.files().stream().map(f -> root.relativize(f).toString().replace('\\', '/')).toList();
  }
}
