package korrektor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import korrektor.batch.AtomicFiles;
import korrektor.batch.BatchGrader;
import korrektor.batch.BatchRunner;
import korrektor.batch.ResultsJson;
import korrektor.batch.StagedOutputs;
import korrektor.batch.Submission;
import korrektor.batch.SubmissionFinder;
import korrektor.document.archive.SafeUnzip;
import korrektor.feedback.ClassReport;
import korrektor.feedback.HtmlFeedback;
import korrektor.feedback.MarkdownFeedback;
import korrektor.feedback.PdfFeedback;
import korrektor.grade.Grader;
import korrektor.grade.Grading;
import korrektor.integrity.IntegrityCsv;
import korrektor.integrity.IntegrityHtml;
import korrektor.integrity.SimilarityReport;
import korrektor.lms.GradesCsv;
import korrektor.result.BatchResult;
import korrektor.result.SubmissionResult;
import korrektor.rubric.Rubric;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code korrektor grade FOLDER --rubric FILE --out DIR}: grades every submission in a folder. */
@Command(
    name = "grade",
    mixinStandardHelpOptions = true,
    description = {
      "Grades every submission in FOLDER (one file or one subfolder per student, named like "
          + "271001_Anna_Becker.xlsx) and writes results.json, grades.csv, review.csv (the tutor's queue), report.html, "
          + "integrity.html/.csv and feedback/<student>.md, .html and .pdf to --out; a tutor's overrides.csv there is "
          + "applied on every run.",
      "FOLDER may also be Moodle's \"Download all submissions\" zip or its unpacked folder; then worksheet.csv and "
          + "feedback.zip are written for uploading back (see docs/moodle.md)."
    })
final class GradeCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  @Mixin RubricOption rubric = new RubricOption();

  @Parameters(
      paramLabel = "FOLDER",
      description = "The folder of submissions, or Moodle's submissions zip.")
  Path folder;

  @Mixin MoodleOptions moodle = new MoodleOptions();

  @Option(
      names = {"-o", "--out"},
      defaultValue = "korrektor-out",
      paramLabel = "DIR",
      description = "Where to write the outputs (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Submissions graded at once (default: number of cores).")
  Integer threads;

  @Option(
      names = "--overrides",
      paramLabel = "FILE",
      description =
          "A tutor's decisions (student,item,points,comment), applied on every run; default: DIR/overrides.csv. "
              + "grade never writes to an existing overrides file (korrektor review adds its decisions below a marker line).")
  Path overridesFile;

  @Mixin ReaderOptions reading = new ReaderOptions();

  @Option(
      names = "--no-integrity",
      description = "Skip the similarity report (integrity.html, integrity.csv).")
  boolean noIntegrity;

  /** {@code --no-isolation} or {@code --isolate-files}, at most one; neither for the default. */
  @ArgGroup(exclusive = true, multiplicity = "0..1")
  IsolationOptions isolation;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      description =
          "The language of everything students read (feedback files, Moodle comments): en or de; default: the"
              + " rubric's language: (en when it has none). Tutor outputs stay English.")
  String lang;

  @Option(
      names = "--csv",
      paramLabel = "DIALECT",
      description =
          "The dialect of grades.csv: excel-de (';', decimal comma, UTF-8 with BOM, for German Excel), excel"
              + " (',', '.', UTF-8 with BOM) or rfc4180 (',', '.', no BOM). Default: from the worksheet's language when"
              + " --worksheet is given (German: excel-de, English: excel), else rfc4180.")
  String csv;

  @Option(
      names = "--no-pdf",
      description =
          "Skip feedback/<student>.pdf (the slowest output); the .md and .html are still written.")
  boolean noPdf;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    Batch b = gradeBatch(err);
    return b.exitCode() != null ? b.exitCode() : writeOutputs(b, stdout, err);
  }

  /**
   * A graded batch before any override is applied: what {@link #writeOutputs} turns into the output
   * set ({@code korrektor review} keeps it to re-apply decisions and publish).
   *
   * @param exitCode the exit code when the batch could not be graded (usage or rubric error), else
   *     null
   */
  record Batch(Integer exitCode, Rubric rubric, Path root, List<BatchGrader.Graded> graded) {
    static Batch failed(int code) {
      return new Batch(code, null, null, List.of());
    }
  }

  /**
   * The file in the output folder that records how {@code grade} was run, for {@code korrektor
   * review}.
   */
  static final String RUN_FILE = ".korrektor-grade-args";

  /**
   * Loads the rubric and grades every submission in this process's configured way; applies no
   * override.
   */
  Batch gradeBatch(PrintWriter err) throws IOException {
    Rubric loaded = rubric.load(spec);
    if (loaded == null) {
      return Batch.failed(2);
    }
    if (lang != null && !Rubric.LANGUAGES.contains(lang.strip().toLowerCase(Locale.ROOT))) {
      err.println(
          "--lang "
              + lang
              + ": unknown language; expected one of "
              + String.join(", ", Rubric.LANGUAGES)
              + ".");
      return Batch.failed(2);
    }
    final Rubric r =
        lang == null ? loaded : loaded.withLanguage(lang.strip().toLowerCase(Locale.ROOT));
    if (!moodle.load(err, out)) {
      return Batch.failed(2);
    }
    try {
      dialect();
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage() + ".");
      return Batch.failed(2);
    }
    Path root = folder;
    List<Submission> submissions;
    if (Files.isRegularFile(folder)
        && folder.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
      Files.createDirectories(out);
      SubmissionFinder.Unpacked u;
      try {
        u = SubmissionFinder.fromZip(folder, out.resolve("submissions"), SafeUnzip.Limits.DEFAULT);
      } catch (IOException e) {
        err.println(e.getMessage());
        return Batch.failed(2);
      }
      u.unattributed().forEach(m -> err.println("warning: " + m + " (it belongs to no student)"));
      root = u.folder();
      submissions = u.submissions();
    } else if (!Files.isDirectory(folder)) {
      err.println(
          folder
              + ": not a folder. Give the folder that holds the submissions (one file or subfolder per student), "
              + "or Moodle's submissions zip.");
      return Batch.failed(2);
    } else {
      Path in = folder.toAbsolutePath().normalize();
      Path to = out.toAbsolutePath().normalize();
      if (to.startsWith(in)) {
        err.println(
            out
                + ": the output folder is inside the submissions folder "
                + folder
                + "; its files would be "
                + "graded as submissions on the next run. Choose --out outside it, e.g. --out "
                + in.resolveSibling(in.getFileName() + "-graded"));
        return Batch.failed(2);
      }
      submissions = SubmissionFinder.find(folder);
    }
    SubmissionFinder.warnings(submissions).forEach(w -> err.println("warning: " + w));
    if (submissions.isEmpty()) {
      err.println(
          folder + ": no submissions found. Put one file or one subfolder per student in it.");
      return Batch.failed(1);
    }
    if (reading.problem() != null) {
      err.println(reading.problem());
      return Batch.failed(2);
    }
    boolean isolateFiles = isolation != null && isolation.eachFile;
    reading.noIsolation = isolation != null && isolation.none;
    Grader grader = new Grader(r);
    int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    Progress progress = new Progress(err, submissions.size(), System.console() != null);
    List<BatchGrader.Graded> gradedAll;
    try (BatchRunner runner =
        reading.batch(
            grader, rubric.text, rubric.file.toString(), n, isolateFiles, progress::notice)) {
      gradedAll = runner.gradeAll(root, submissions, x -> progress.step());
    }
    progress.done();
    return new Batch(null, r, root, gradedAll);
  }

  /**
   * Applies overrides.csv to a graded batch and writes every output, staged and published together,
   * exactly as a {@code grade} run does; returns the exit code.
   */
  /** The dialect of grades.csv: {@code --csv}, else from the worksheet's language. */
  private GradesCsv.Dialect dialect() {
    return csv != null ? GradesCsv.Dialect.parse(csv) : moodle.dialect();
  }

  int writeOutputs(Batch b, PrintWriter stdout, PrintWriter err) throws IOException {
    Rubric r = b.rubric();
    List<BatchGrader.Graded> gradedAll = b.graded();
    List<SubmissionResult> results = gradedAll.stream().map(BatchGrader.Graded::result).toList();
    int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();

    Path overridesPath = overridesFile != null ? overridesFile : out.resolve("overrides.csv");
    StagedOutputs staged = StagedOutputs.begin(out);
    if (staged.recovered()) {
      err.println(
          "warning: the previous run was stopped while putting its outputs in place; its complete set was put"
              + " in place now, before this run's replaces it.");
    }
    if (Files.exists(overridesPath)) {
      List<String> report = new java.util.ArrayList<>();
      results =
          korrektor.submission.SubmissionGrader.decide(
              results, korrektor.submission.Overrides.read(overridesPath), r.policies(), report);
      report.forEach(err::println);
    } else if (overridesFile != null) {
      err.println(
          overridesFile
              + ": no such file; no overrides applied. Create it with the header: "
              + korrektor.submission.Overrides.HEADER);
    } else {
      AtomicFiles.writeString(overridesPath, korrektor.submission.Overrides.HEADER + "\n");
    }
    // Every output is written to the staging folder first and published together at the end, so a
    // run
    // that is killed leaves the previous complete set. A student's feedback comes first: a file
    // that
    // cannot be written for one student becomes a message in that student's row, not the end of the
    // batch.
    Path stage = staged.folder();
    Path feedback = stage.resolve("feedback");
    Files.createDirectories(feedback);
    results = writeFeedback(feedback, r, results, n, err);
    if (!noPdf && !PdfFeedback.missingCharacters().isEmpty()) {
      err.println(
          "warning: no font on this system has these characters, so the PDFs show their codes instead: "
              + PdfFeedback.missingCharacters()
              + ". Install a TrueType font that has them (e.g. fonts-droid-fallback and"
              + " fonts-nanum on Debian) or point KORREKTOR_FONTS at one; the .md and .html files show them.");
    }
    final List<SubmissionResult> graded = results;
    final GradesCsv.Dialect dialect = dialect();
    List<String> failedOutputs = new ArrayList<>();
    output(
        failedOutputs,
        err,
        "review.csv",
        () ->
            AtomicFiles.write(
                stage.resolve("review.csv"), w -> korrektor.batch.ReviewCsv.write(w, graded)));
    output(
        failedOutputs,
        err,
        "results.json",
        () ->
            ResultsJson.write(
                stage.resolve("results.json"),
                new BatchResult(r.id(), r.title(), r.maxScore(), graded)));
    output(
        failedOutputs,
        err,
        "grades.csv",
        () ->
            AtomicFiles.write(
                stage.resolve("grades.csv"), w -> GradesCsv.write(w, r, graded, dialect)));
    output(
        failedOutputs,
        err,
        "report.html",
        () -> AtomicFiles.writeString(stage.resolve("report.html"), ClassReport.render(r, graded)));
    List<Path> lms = new ArrayList<>();
    output(
        failedOutputs,
        err,
        MoodleOptions.WORKSHEET + " and " + MoodleOptions.FEEDBACK_ZIP,
        () ->
            moodle
                .write(err, stage, r, graded, noPdf)
                .forEach(p -> lms.add(out.resolve(p.getFileName()))));
    SimilarityReport.Report integrity = null;
    if (!noIntegrity) {
      integrity =
          SimilarityReport.of(gradedAll.stream().map(BatchGrader.Graded::fingerprint).toList());
      final SimilarityReport.Report report = integrity;
      output(
          failedOutputs,
          err,
          "integrity.csv",
          () ->
              AtomicFiles.write(
                  stage.resolve("integrity.csv"), w -> IntegrityCsv.write(w, report)));
      output(
          failedOutputs,
          err,
          "integrity.html",
          () ->
              AtomicFiles.write(
                  stage.resolve("integrity.html"), w -> IntegrityHtml.write(w, report, r.title())));
    }
    List<String> set =
        new ArrayList<>(
            List.of(
                "feedback",
                "review.csv",
                "results.json",
                "grades.csv",
                "report.html",
                MoodleOptions.WORKSHEET,
                MoodleOptions.FEEDBACK_ZIP));
    if (!noIntegrity) {
      set.addAll(List.of("integrity.csv", "integrity.html"));
    }
    staged.publish(set);
    writeRunFile();
    Summary.print(stdout, r, results);
    long queue =
        results.stream()
            .flatMap(s -> s.items().stream())
            .filter(
                i ->
                    i.verdict() == korrektor.grade.Verdict.REVIEW
                        && !Boolean.TRUE.equals(i.overridden()))
            .count();
    stdout.println(
        "Wrote "
            + out.resolve("results.json")
            + ", "
            + out.resolve("grades.csv")
            + ", "
            + out.resolve("review.csv")
            + " ("
            + queue
            + " items to review; record decisions in "
            + overridesPath
            + ") and "
            + results.size()
            + " feedback files in "
            + out.resolve("feedback")
            + " (.md, .html"
            + (noPdf ? "" : ", .pdf")
            + "); class report "
            + out.resolve("report.html"));
    lms.forEach(p -> stdout.println("Wrote " + p + " (upload it to Moodle, see docs/moodle.md)"));
    if (integrity != null) {
      stdout.println(
          "Wrote "
              + out.resolve("integrity.html")
              + " and integrity.csv ("
              + integrity.pairs().stream().filter(SimilarityReport.Pair::flagged).count()
              + " pairs to look at; "
              + "nothing there changes a grade until a tutor records it in overrides.csv)");
    }
    boolean errors = results.stream().anyMatch(s -> s.status() == Grading.Status.ERROR);
    return errors
            || !failedOutputs.isEmpty()
            || results.stream()
                .anyMatch(s -> s.messages().stream().anyMatch(m -> m.startsWith(OUTPUT_FAILED)))
        ? 1
        : 0;
  }

  /**
   * Records this run's arguments, with absolute paths, in {@link #RUN_FILE} (one per line), so that
   * {@code korrektor review OUT} grades the same submissions with the same rubric and options.
   */
  private void writeRunFile() throws IOException {
    List<String> args =
        new ArrayList<>(List.of(abs(folder), "--rubric", abs(rubric.file), "--out", abs(out)));
    if (threads != null) {
      args.addAll(List.of("--threads", threads.toString()));
    }
    if (overridesFile != null) {
      args.addAll(List.of("--overrides", abs(overridesFile)));
    }
    if (moodle.worksheet != null) {
      args.addAll(List.of("--worksheet", abs(moodle.worksheet)));
    }
    if (lang != null) {
      args.addAll(List.of("--lang", lang));
    }
    if (csv != null) {
      args.addAll(List.of("--csv", csv));
    }
    if (moodle.gradedAt != null) {
      args.addAll(List.of("--graded-at", moodle.gradedAt));
    }
    if (moodle.teams) {
      args.add("--teams");
    }
    args.addAll(
        List.of(
            "--file-timeout",
            Integer.toString(reading.fileTimeout),
            "--file-memory",
            Integer.toString(reading.fileMemory)));
    for (var flag :
        List.of(
            java.util.Map.entry("--no-isolation", reading.noIsolation),
            java.util.Map.entry("--no-integrity", noIntegrity),
            java.util.Map.entry("--isolate-files", isolation != null && isolation.eachFile),
            java.util.Map.entry("--no-pdf", noPdf))) {
      if (flag.getValue()) {
        args.add(flag.getKey());
      }
    }
    AtomicFiles.writeString(out.resolve(RUN_FILE), String.join("\n", args) + "\n");
  }

  private static String abs(Path p) {
    return p.toAbsolutePath().normalize().toString();
  }

  /** Where the decisions are read from: --overrides, or overrides.csv in the output folder. */
  Path overridesPath() {
    return overridesFile != null ? overridesFile : out.resolve("overrides.csv");
  }

  /** The output folder. */
  Path outputFolder() {
    return out;
  }

  /** How a message about an output that could not be written for a student starts. */
  static final String OUTPUT_FAILED = "output: ";

  /** Something that writes one output. */
  @FunctionalInterface
  private interface Output {
    void write() throws IOException;
  }

  /**
   * Writes one whole-batch output; a failure is reported and leaves that output out, the others are
   * still written.
   */
  private static void output(List<String> failed, PrintWriter err, String name, Output o) {
    try {
      o.write();
    } catch (IOException | RuntimeException | StackOverflowError e) {
      failed.add(name);
      err.println(
          "error: "
              + name
              + " could not be written ("
              + e.getMessage()
              + "); the other outputs were written."
              + " Run grade again; if it happens again, please report it with this message.");
    }
  }

  /**
   * feedback/&lt;student&gt;.md, .html and .pdf, several students at once (rendering and file
   * creation both take time). A student whose files cannot be rendered or written gets a message
   * saying so in their row; the others' files are written all the same.
   */
  /**
   * The rubric as the feedback files apply it: they are the students' files (and go into
   * feedback.zip), so {@code reveal: tutor} means student mode there; the tutor's view with the
   * expected values is report.html, review.csv and results.json.
   */
  static Rubric forStudents(Rubric r) {
    return r.reveal() == korrektor.rubric.Reveal.TUTOR
        ? r.withReveal(korrektor.rubric.Reveal.STUDENT)
        : r;
  }

  private List<SubmissionResult> writeFeedback(
      Path feedback, Rubric r, List<SubmissionResult> results, int threads, PrintWriter err)
      throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      List<Future<String>> written = new ArrayList<>();
      for (SubmissionResult s : results) {
        written.add(
            pool.submit(
                () -> {
                  String base = MarkdownFeedback.baseName(s);
                  Rubric forStudent = forStudents(r);
                  try {
                    AtomicFiles.writeString(
                        feedback.resolve(MarkdownFeedback.fileName(s)),
                        MarkdownFeedback.render(forStudent, s));
                    AtomicFiles.writeString(
                        feedback.resolve(base + ".html"), HtmlFeedback.render(forStudent, s));
                    if (!noPdf) {
                      byte[] pdf = PdfFeedback.render(forStudent, s);
                      AtomicFiles.writeBytes(feedback.resolve(base + ".pdf"), o -> o.write(pdf));
                    }
                    return null;
                  } catch (IOException | RuntimeException | StackOverflowError e) {
                    return OUTPUT_FAILED
                        + "the feedback files for this student could not be written ("
                        + e.getMessage()
                        + "); the grade stands. Run grade again; if it happens again, please report it with this message.";
                  }
                }));
      }
      List<SubmissionResult> out = new ArrayList<>();
      for (int i = 0; i < results.size(); i++) {
        String failure = written.get(i).get();
        SubmissionResult s = results.get(i);
        if (failure != null) {
          err.println(
              "error: "
                  + s.student().name().replaceAll("\\p{Cntrl}", "?")
                  + " ("
                  + s.student().id().replaceAll("\\p{Cntrl}", "?")
                  + "): "
                  + failure);
          s = s.withMessage(failure);
        }
        out.add(s);
      }
      return out;
    } catch (ExecutionException e) {
      throw new IllegalStateException("writing feedback failed: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while writing feedback");
    } finally {
      pool.shutdownNow();
    }
  }

  /** A progress bar on the error stream (redrawn on a terminal, one line otherwise). */
  private static final class Progress {
    private final PrintWriter err;
    private final int total;
    private final boolean terminal;
    private final AtomicInteger done = new AtomicInteger();

    Progress(PrintWriter err, int total, boolean terminal) {
      this.err = err;
      this.total = total;
      this.terminal = terminal;
    }

    synchronized void step() {
      int d = done.incrementAndGet();
      if (terminal) {
        int width = 30;
        int filled = d * width / total;
        err.print(
            String.format(
                Locale.ROOT,
                "\rGrading [%s%s] %d/%d",
                "#".repeat(filled),
                "-".repeat(width - filled),
                d,
                total));
        err.flush();
      }
    }

    /**
     * A line for the tutor between progress updates (e.g. a grading process had to be replaced).
     */
    synchronized void notice(String message) {
      if (terminal) {
        err.println();
      }
      err.println("warning: " + message);
      err.flush();
    }

    void done() {
      if (terminal) {
        err.println();
      } else {
        err.println("Graded " + done.get() + "/" + total + " submissions.");
      }
      err.flush();
    }
  }
}
