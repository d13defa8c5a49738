package korrektor.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import korrektor.batch.BatchGrader;
import korrektor.batch.ChildJvm;
import korrektor.batch.IsolatedReader;
import korrektor.batch.SubmissionFinder;
import korrektor.batch.SupervisedGrader;
import korrektor.bench.PlainParsing;
import korrektor.bench.SubmissionGenerator;
import korrektor.document.ReadLimits;
import korrektor.document.read.DocumentReaders;
import korrektor.grade.Grader;
import korrektor.reference.ReferenceModel;
import korrektor.reference.Trace;
import korrektor.rubric.Rubric;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code korrektor bench}: generates N realistic sheet-9 submissions with a fixed seed, then times
 * (a) grading them and (b) only opening them and extracting their text or cells with PDFBox, POI
 * and Commons CSV, in the same run, and prints submissions per second, the ratio a/b, the peak
 * heap, and the latency of {@code korrektor check} on a one-page PDF including JVM start.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description =
        "Benchmarks grading against plain parsing on generated submissions (see docs/performance.md).")
final class BenchCommand implements Callable<Integer> {
  private static final double TARGET_RATE = 50;
  private static final double TARGET_RATIO = 1.3;
  private static final long TARGET_HEAP = 512L << 20;
  private static final double TARGET_CHECK_SECONDS = 1.0;
  private static final String[] QUANTITIES = {"g", "f", "q", "candidate", "s", "h", "output"};

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = {"-r", "--rubric"},
      defaultValue = "rubrics/sheet09.yaml",
      paramLabel = "FILE",
      description = "An LSTM rubric like sheet 9 (default: ${DEFAULT-VALUE}).")
  Path rubricFile;

  @Option(
      names = {"-n", "--submissions"},
      defaultValue = "200",
      description = "Submissions to generate (default: ${DEFAULT-VALUE}).")
  int count;

  @Option(
      names = "--seed",
      defaultValue = "42",
      description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--threads", description = "Grading threads (default: number of cores).")
  Integer threads;

  @Option(
      names = "--runs",
      defaultValue = "9",
      description =
          "Timed rounds (each phase once per round); medians are printed (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(
      names = "--warmups",
      defaultValue = "${sys:korrektor.bench.warmups:-25}",
      description =
          "Untimed passes of each phase before the timed rounds, so that the JIT has compiled them (default: ${DEFAULT-VALUE}).")
  int warmups;

  @Option(
      names = "--check-runs",
      defaultValue = "5",
      description = "Runs of `korrektor check` on a one-page PDF (0 to skip).")
  int checkRuns;

  @Option(
      names = "--dir",
      description =
          "Where to write the generated submissions (default: a temp folder, deleted after).")
  Path dir;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    RubricOption option = new RubricOption();
    option.file = rubricFile;
    Rubric rubric = option.load(spec);
    if (rubric == null) {
      return 2;
    }
    if (rubric.model() == null
        || !rubric.model().type().equals(korrektor.reference.ModelType.LSTM)) {
      spec.commandLine()
          .getErr()
          .println(
              rubricFile
                  + ": the benchmark generates sheet-9 style LSTM submissions; "
                  + "give an LSTM rubric such as rubrics/sheet09.yaml");
      return 2;
    }
    ReferenceModel model = ReferenceModel.of(rubric.model());
    Trace trace = model.forward();
    double[][] reference = new double[model.steps()][QUANTITIES.length];
    for (int t = 0; t < model.steps(); t++) {
      for (int q = 0; q < QUANTITIES.length; q++) {
        reference[t][q] = trace.value(QUANTITIES[q], t + 1)[0];
      }
    }
    boolean temp = dir == null;
    Path folder = temp ? Files.createTempDirectory("korrektor-bench") : dir;
    int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    try {
      List<Path> files = new SubmissionGenerator(reference, seed).write(folder, count);
      var submissions = SubmissionFinder.find(folder);
      Grader grader = new Grader(rubric);
      out.printf(
          Locale.ROOT,
          "korrektor bench: %d submissions (seed %d: %s), %d threads, %d cores, max heap %d MB%n",
          count,
          seed,
          mix(files),
          n,
          Runtime.getRuntime().availableProcessors(),
          Runtime.getRuntime().maxMemory() >> 20);
      var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
      if (heap.getInit() < heap.getMax()) {
        out.printf(
            Locale.ROOT,
            "note: the heap may grow and shrink (initial %d MB); for steady figures fix it, e.g."
                + " KORREKTOR_JAVA_OPTS=\"-Xms512m -Xmx512m\" (the bench collects garbage before each phase)%n",
            heap.getInit() >> 20);
      }

      BatchGrader inProcessGrader =
          new BatchGrader(grader, DocumentReaders.standard(), ReadLimits.DEFAULT, n);
      List<String> notices = new ArrayList<>();
      try (SupervisedGrader supervised =
              new SupervisedGrader(
                  option.text,
                  rubricFile.toString(),
                  grader,
                  ReadLimits.DEFAULT,
                  IsolatedReader.Options.DEFAULT,
                  n,
                  notices::add);
          BatchGrader eachFile =
              new BatchGrader(
                  grader,
                  new IsolatedReader(ReadLimits.DEFAULT, IsolatedReader.Options.DEFAULT),
                  n)) {
        // the first batch through a fresh grading process (its start and JIT warm-up included) is
        // what one `korrektor grade` pays; reported on its own, as is the same for fresh reader
        // processes
        double plainCold = plainFirstRun(folder, n);
        double supervisedCold = time(() -> supervised.gradeAll(folder, submissions, r -> {}));
        double eachFileCold = time(() -> eachFile.gradeAll(folder, submissions, r -> {}));
        // warm-up: passes of the plain, in-process and grading-process phases, so that the timed
        // rounds
        // start from compiled code (C2 keeps compiling for 20-30 passes of 1000 files). They are
        // timed
        // without waiting for a quiet JIT and printed: their trend shows whether that was reached.
        List<double[]> warm = new ArrayList<>();
        for (int i = 0; i < warmups; i++) {
          warm.add(
              new double[] {
                stopwatch(() -> parse(files, n)),
                stopwatch(() -> inProcessGrader.grade(folder, submissions, r -> {})),
                stopwatch(() -> supervised.gradeAll(folder, submissions, r -> {}))
              });
        }
        // the phases take turns within each round, so that a slower minute on a shared machine
        // affects all of them; each ratio is taken within its round
        List<double[]> rounds = new ArrayList<>();
        long peak = 0;
        for (int i = 0; i < Math.max(1, runs); i++) {
          double floor = time(() -> parse(files, n));
          double inProcess =
              time(
                  BenchCommand::resetPeaks,
                  () -> inProcessGrader.grade(folder, submissions, r -> {}));
          peak = Math.max(peak, peakHeapBytes());
          double inChild = time(() -> supervised.gradeAll(folder, submissions, r -> {}));
          double isolated = time(() -> eachFile.gradeAll(folder, submissions, r -> {}));
          rounds.add(
              new double[] {
                floor,
                inProcess,
                inChild,
                isolated,
                inProcess / floor,
                inChild / floor,
                isolated / floor
              });
        }
        double floor = median(rounds, 0);
        out.printf(
            Locale.ROOT,
            "%-50s %9s %12s %8s%n",
            "phase (median of " + rounds.size() + " rounds)",
            "seconds",
            "subs/s",
            "ratio");
        row(out, "(b) plain parsing (PDFBox, POI, Commons CSV)", floor, count, 1.0);
        row(
            out,
            "(a) grading in a grading process (grade's default)",
            median(rounds, 2),
            count,
            median(rounds, 5));
        // a cold batch against warm parsing compares unlike things: its ratio is the first-run
        // line's
        row(
            out,
            "    the same, first batch (process starts cold)",
            supervisedCold,
            count,
            Double.NaN);
        out.printf(
            Locale.ROOT,
            "first runs, each in a fresh JVM (as one `korrektor grade` or one script run): plain parsing"
                + " %.3f s, grading in a grading process %.3f s, ratio %.2f%n",
            plainCold,
            supervisedCold,
            supervisedCold / plainCold);
        row(out, "(a) grading, files read in-process", median(rounds, 1), count, median(rounds, 4));
        row(
            out,
            "(a) grading, each file in a reader process",
            median(rounds, 3),
            count,
            median(rounds, 6));
        row(
            out,
            "    the same, first batch (processes start cold)",
            eachFileCold,
            count,
            Double.NaN);
        if (!warm.isEmpty()) {
          out.printf(
              Locale.ROOT,
              "warm-up passes (s), first to last: plain parsing %s; in-process %s; grading process %s%n",
              each(warm, 0),
              each(warm, 1),
              each(warm, 2));
        }
        out.printf(
            Locale.ROOT,
            "ratio per round, grading process: %s; in-process: %s; each file in a reader process: %s%n",
            each(rounds, 5),
            each(rounds, 4),
            each(rounds, 6));
        notices.forEach(m -> out.println("warning: " + m));
        out.printf(Locale.ROOT, "peak heap while grading in-process: %d MB%n", peak >> 20);
        byFormat(out, folder, files, submissions, inProcessGrader, n);
        double checkSeconds =
            checkRuns > 0 ? checkLatency(out, rubricFile, folder, files) : Double.NaN;
        targets(
            out,
            new double[] {
              count / median(rounds, 2),
              count / supervisedCold,
              count / median(rounds, 1),
              count / median(rounds, 3),
              count / eachFileCold
            },
            median(rounds, 5),
            median(rounds, 4),
            supervisedCold / plainCold,
            peak,
            checkSeconds);
      }
      return 0;
    } finally {
      if (temp) {
        try (Stream<Path> walk = Files.walk(folder)) {
          walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    }
  }

  /** The same two in-process phases on each format's files alone: where the ratio comes from. */
  private void byFormat(
      PrintWriter out,
      Path folder,
      List<Path> files,
      List<korrektor.batch.Submission> submissions,
      BatchGrader grader,
      int threads)
      throws Exception {
    out.printf(Locale.ROOT, "by format, in-process (median of %d rounds):%n", Math.max(1, runs));
    out.printf(
        Locale.ROOT,
        "  %-6s %6s %12s %12s %8s%n",
        "format",
        "files",
        "plain s",
        "grading s",
        "ratio");
    for (String ext : List.of(".csv", ".xlsx", ".pdf")) {
      List<Path> some = files.stream().filter(p -> p.toString().endsWith(ext)).toList();
      List<korrektor.batch.Submission> subs =
          submissions.stream()
              .filter(s -> s.files().size() == 1 && s.files().get(0).toString().endsWith(ext))
              .toList();
      if (some.isEmpty() || subs.isEmpty()) {
        continue;
      }
      List<double[]> rounds = new ArrayList<>();
      for (int i = 0; i < Math.max(1, runs); i++) {
        double floor = time(() -> parse(some, threads));
        double graded = time(() -> grader.grade(folder, subs, r -> {}));
        rounds.add(new double[] {floor, graded, graded / floor});
      }
      out.printf(
          Locale.ROOT,
          "  %-6s %6d %12.3f %12.3f %8.2f%n",
          ext.substring(1),
          some.size(),
          median(rounds, 0),
          median(rounds, 1),
          median(rounds, 2));
    }
  }

  private static String mix(List<Path> files) {
    long csv = files.stream().filter(p -> p.toString().endsWith(".csv")).count();
    long xlsx = files.stream().filter(p -> p.toString().endsWith(".xlsx")).count();
    long pdf = files.stream().filter(p -> p.toString().endsWith(".pdf")).count();
    return csv + " csv, " + xlsx + " xlsx, " + pdf + " pdf";
  }

  /** One phase's line; a NaN ratio is printed as "-". */
  private static void row(PrintWriter out, String phase, double seconds, int count, double ratio) {
    out.printf(
        Locale.ROOT,
        "%-50s %9.3f %12.1f %8s%n",
        phase,
        seconds,
        count / seconds,
        Double.isNaN(ratio) ? "-" : String.format(Locale.ROOT, "%.2f", ratio));
  }

  /** A timed phase. */
  private interface Phase {
    void run() throws Exception;
  }

  /** Seconds the phase takes, timed at once. */
  private static double stopwatch(Phase phase) throws Exception {
    long start = System.nanoTime();
    phase.run();
    return (System.nanoTime() - start) / 1e9;
  }

  /** Seconds the phase takes, timed once this JVM is quiet (see {@link #quiesce}). */
  private static double time(Phase phase) throws Exception {
    return time(() -> {}, phase);
  }

  /**
   * The same, with {@code atStart} run just before the clock starts (e.g. resetting the heap's
   * peak).
   */
  private static double time(Runnable atStart, Phase phase) throws Exception {
    quiesce();
    atStart.run();
    return stopwatch(phase);
  }

  /**
   * Collects this JVM's garbage and waits (at most 3 s) until its JIT compilers have been idle for
   * 150 ms: the phases share two cores, and the collector and the compiler threads would otherwise
   * still be busy with one phase's garbage and code while the next is timed, so that a phase pays
   * for another. Child JVMs are not waited for (their garbage and code are their own phase's).
   */
  private static void quiesce() throws InterruptedException {
    System.gc();
    var jit = ManagementFactory.getCompilationMXBean();
    if (jit == null || !jit.isCompilationTimeMonitoringSupported()) {
      return;
    }
    long deadline = System.nanoTime() + 3_000_000_000L;
    long last = jit.getTotalCompilationTime();
    int quiet = 0;
    while (quiet < 3 && System.nanoTime() < deadline) {
      Thread.sleep(50);
      long now = jit.getTotalCompilationTime();
      quiet = now == last ? quiet + 1 : 0;
      last = now;
    }
  }

  private static double median(List<double[]> rounds, int column) {
    double[] v = rounds.stream().mapToDouble(r -> r[column]).sorted().toArray();
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }

  private static String each(List<double[]> rounds, int column) {
    return String.join(
        " ", rounds.stream().map(r -> String.format(Locale.ROOT, "%.2f", r[column])).toList());
  }

  private static void parse(List<Path> files, int threads) throws Exception {
    if (PlainParsing.readAll(files, threads) < 0) {
      throw new IllegalStateException();
    }
  }

  /**
   * (b) as a hand-written script's first run: a fresh JVM (plain options, no class-data archive of
   * ours) that reads every file once; seconds including its start, or NaN when it failed.
   */
  private static double plainFirstRun(Path folder, int threads) throws Exception {
    long start = System.nanoTime();
    Process p =
        new ProcessBuilder(
                ChildJvm.javaBinary(),
                "-Djava.awt.headless=true",
                "-cp",
                System.getProperty("java.class.path"),
                PlainParsing.class.getName(),
                String.valueOf(threads),
                folder.toString())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    int exit = p.waitFor();
    double seconds = (System.nanoTime() - start) / 1e9;
    return exit == 0 ? seconds : Double.NaN;
  }

  /**
   * Starts the heap pools' peak anew, just before the timed phase (after {@link #quiesce}'s
   * collection).
   */
  private static void resetPeaks() {
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  private static long peakHeapBytes() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP)
        .mapToLong(p -> p.getPeakUsage().getUsed())
        .sum();
  }

  /** The project's targets (docs/performance.md) against this run's figures. */
  private void targets(
      PrintWriter out,
      double[] rates,
      double defaultRatio,
      double inProcessRatio,
      double firstRunRatio,
      long peakBytes,
      double checkSeconds) {
    double minRate = java.util.Arrays.stream(rates).min().orElse(0);
    out.println("targets:");
    out.printf(
        Locale.ROOT,
        "  %-44s %s (lowest of all phases: %.0f/s)%n",
        "at least 50 submissions/s",
        minRate >= TARGET_RATE ? "met" : "NOT met",
        minRate);
    out.printf(
        Locale.ROOT,
        "  %-44s %s; %s%n",
        "grading at most 1.3x plain parsing",
        ratio("first runs, grade's default vs a script", firstRunRatio),
        ratio("after warm-up, in-process", inProcessRatio));
    // not a target: grade starts one grading process per batch, compiled by C1 only because that
    // makes its one batch fastest; after warm-up it stays at C1 speed while plain parsing has C2's
    out.printf(
        Locale.ROOT,
        "  %-44s %.3f after warm-up (C1-compiled for a fast first batch; grade runs one batch per process)%n",
        "info: a long-lived grading process",
        defaultRatio);
    out.printf(
        Locale.ROOT,
        "  %-44s %s (%d MB for %d submissions%s)%n",
        "peak heap at most 512 MB for 1000",
        peakBytes <= TARGET_HEAP ? "met" : "NOT met",
        peakBytes >> 20,
        count,
        count < 1000 ? "; run -n 1000" : "");
    out.printf(
        Locale.ROOT,
        "  %-44s %s%n",
        "korrektor check at most 1.0 s",
        Double.isNaN(checkSeconds)
            ? "not measured (--check-runs 0)"
            : String.format(
                Locale.ROOT,
                "%s (%.2f s)",
                checkSeconds <= TARGET_CHECK_SECONDS ? "met" : "NOT met",
                checkSeconds));
  }

  private static String ratio(String what, double ratio) {
    return String.format(
        Locale.ROOT,
        "%s %.3f %s",
        what,
        ratio,
        Double.isNaN(ratio) ? "(not measured)" : ratio <= TARGET_RATIO ? "met" : "NOT met");
  }

  /**
   * Runs `java -jar korrektor.jar check PDF` as a whole process, as a student would; the median in
   * seconds, NaN when skipped.
   */
  private double checkLatency(PrintWriter out, Path rubric, Path folder, List<Path> files)
      throws Exception {
    Path jar =
        Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    boolean hasCheck = spec.root().subcommands().containsKey("check");
    Path pdf = files.stream().filter(p -> p.toString().endsWith(".pdf")).findFirst().orElse(null);
    if (!hasCheck || pdf == null || !jar.toString().endsWith(".jar")) {
      out.println(
          "korrektor check latency: skipped ("
              + (!hasCheck
                  ? "no check command in this build"
                  : pdf == null ? "no PDF generated" : "not running from the jar")
              + ")");
      return Double.NaN;
    }
    List<String> base =
        new ArrayList<>(
            List.of(ChildJvm.javaBinary(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
    // the launcher's archive, when it was made from this jar (an older one would be ignored anyway)
    Optional<Path> cds = ChildJvm.archiveOf(jar);
    cds.ifPresent(a -> base.add("-XX:SharedArchiveFile=" + a));
    base.addAll(
        List.of("-jar", jar.toString(), "check", pdf.toString(), "--rubric", rubric.toString()));
    new ProcessBuilder(base)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start()
        .waitFor();
    List<Double> times = new ArrayList<>();
    for (int i = 0; i < checkRuns; i++) {
      long start = System.nanoTime();
      new ProcessBuilder(base)
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .start()
          .waitFor();
      times.add((System.nanoTime() - start) / 1e9);
    }
    times.sort(null);
    out.printf(
        Locale.ROOT,
        "korrektor check on a one-page PDF, whole process: median %.3f s (min %.3f, max %.3f, %d runs%s)%n",
        times.get(times.size() / 2),
        times.get(0),
        times.get(times.size() - 1),
        times.size(),
        cds.isPresent()
            ? ", class-data sharing archive " + cds.get().getFileName()
            : ", no class-data sharing archive (run ./korrektor once to make it)");
    return times.get(times.size() / 2);
  }
}
