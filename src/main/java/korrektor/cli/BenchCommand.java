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
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import korrektor.batch.BatchGrader;
import korrektor.batch.IsolatedReader;
import korrektor.batch.SubmissionFinder;
import korrektor.bench.PlainParsing;
import korrektor.bench.SubmissionGenerator;
import korrektor.document.DocumentReaders;
import korrektor.document.ReadLimits;
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
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Benchmarks grading against plain parsing on generated submissions (see docs/performance.md).")
final class BenchCommand implements Callable<Integer> {
  private static final String[] QUANTITIES = {"g", "f", "q", "candidate", "s", "h", "output"};

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = {"-r", "--rubric"}, defaultValue = "rubrics/sheet09.yaml", paramLabel = "FILE",
      description = "An LSTM rubric like sheet 9 (default: ${DEFAULT-VALUE}).")
  Path rubricFile;

  @Option(names = {"-n", "--submissions"}, defaultValue = "200", description = "Submissions to generate (default: ${DEFAULT-VALUE}).")
  int count;

  @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--threads", description = "Grading threads (default: number of cores).")
  Integer threads;

  @Option(names = "--runs", defaultValue = "3", description = "Timed runs of each phase; the median is printed (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--check-runs", defaultValue = "5", description = "Runs of `korrektor check` on a one-page PDF (0 to skip).")
  int checkRuns;

  @Option(names = "--dir", description = "Where to write the generated submissions (default: a temp folder, deleted after).")
  Path dir;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Rubric rubric;
    try {
      rubric = korrektor.rubric.RubricReader.read(rubricFile);
    } catch (korrektor.rubric.RubricException e) {
      e.diagnostics().forEach(spec.commandLine().getErr()::println);
      return 2;
    }
    if (rubric.model() == null || !rubric.model().type().equals(korrektor.reference.ModelType.LSTM)) {
      spec.commandLine().getErr().println(rubricFile + ": the benchmark generates sheet-9 style LSTM submissions; "
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
      out.printf(Locale.ROOT, "korrektor bench: %d submissions (seed %d: %s), %d threads, %d cores, max heap %d MB%n",
          count, seed, mix(files), n, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);

      // warm-up: the JIT compiles the same code for every phase
      parse(files.subList(0, Math.min(files.size(), 30)), n);
      new BatchGrader(grader, DocumentReaders.standard(), ReadLimits.DEFAULT, n)
          .grade(folder, submissions.subList(0, Math.min(submissions.size(), 30)), r -> {});

      double floor = median(runs, () -> parse(files, n));
      resetPeaks();
      double inProcess = median(runs, () -> new BatchGrader(grader, DocumentReaders.standard(), ReadLimits.DEFAULT, n)
          .grade(folder, submissions, r -> {}));
      long peak = peakHeapBytes();
      // a batch starts its worker JVMs once: the first run, cold, is reported on its own
      double isolatedCold;
      double isolated;
      try (IsolatedReader reader = new IsolatedReader(ReadLimits.DEFAULT, IsolatedReader.Options.DEFAULT)) {
        long start = System.nanoTime();
        new BatchGrader(grader, reader, n).grade(folder, submissions, r -> {});
        isolatedCold = (System.nanoTime() - start) / 1e9;
        isolated = median(runs, () -> new BatchGrader(grader, reader, n).grade(folder, submissions, r -> {}));
      }

      out.printf(Locale.ROOT, "%-44s %9s %12s %8s%n", "phase", "seconds", "subs/s", "ratio");
      row(out, "(b) plain parsing (PDFBox, POI, Commons CSV)", floor, count, 1.0);
      row(out, "(a) grading, files read in-process", inProcess, count, inProcess / floor);
      row(out, "(a) grading, files read in worker JVMs", isolated, count, isolated / floor);
      row(out, "    the same, first run (workers start cold)", isolatedCold, count, isolatedCold / floor);
      out.printf(Locale.ROOT, "peak heap while grading in-process: %d MB%n", peak >> 20);
      if (checkRuns > 0) {
        checkLatency(out, rubricFile, folder, files);
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

  private static String mix(List<Path> files) {
    long csv = files.stream().filter(p -> p.toString().endsWith(".csv")).count();
    long xlsx = files.stream().filter(p -> p.toString().endsWith(".xlsx")).count();
    long pdf = files.stream().filter(p -> p.toString().endsWith(".pdf")).count();
    return csv + " csv, " + xlsx + " xlsx, " + pdf + " pdf";
  }

  private static void row(PrintWriter out, String phase, double seconds, int count, double ratio) {
    out.printf(Locale.ROOT, "%-44s %9.3f %12.1f %8.2f%n", phase, seconds, count / seconds, ratio);
  }

  /** A timed phase. */
  private interface Phase {
    void run() throws Exception;
  }

  private static double median(int runs, Phase phase) throws Exception {
    List<Double> times = new ArrayList<>();
    for (int i = 0; i < Math.max(1, runs); i++) {
      long start = System.nanoTime();
      phase.run();
      times.add((System.nanoTime() - start) / 1e9);
    }
    times.sort(null);
    return times.get(times.size() / 2);
  }

  private static void parse(List<Path> files, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Long>> fs = new ArrayList<>();
      for (Path f : files) {
        fs.add(pool.submit(() -> PlainParsing.read(f)));
      }
      long sum = 0;
      for (Future<Long> f : fs) {
        sum += f.get();
      }
      if (sum < 0) {
        throw new IllegalStateException();
      }
    } finally {
      pool.shutdown();
    }
  }

  private static void resetPeaks() {
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  private static long peakHeapBytes() {
    return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
        .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
  }

  /** Runs `java -jar korrektor.jar check PDF` as a whole process, as a student would. */
  private void checkLatency(PrintWriter out, Path rubric, Path folder, List<Path> files) throws Exception {
    Path jar = Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    boolean hasCheck = spec.root().subcommands().containsKey("check");
    Path pdf = files.stream().filter(p -> p.toString().endsWith(".pdf")).findFirst().orElse(null);
    if (!hasCheck || pdf == null || !jar.toString().endsWith(".jar")) {
      out.println("korrektor check latency: skipped (" + (!hasCheck ? "no check command in this build"
          : pdf == null ? "no PDF generated" : "not running from the jar") + ")");
      return;
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path cds = jar.resolveSibling("korrektor.jsa");
    List<String> base = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
    if (Files.exists(cds)) {
      base.add("-XX:SharedArchiveFile=" + cds);
    }
    base.addAll(List.of("-jar", jar.toString(), "check", pdf.toString(), "--rubric", rubric.toString()));
    new ProcessBuilder(base).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
    List<Double> times = new ArrayList<>();
    for (int i = 0; i < checkRuns; i++) {
      long start = System.nanoTime();
      new ProcessBuilder(base).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
      times.add((System.nanoTime() - start) / 1e9);
    }
    times.sort(null);
    out.printf(Locale.ROOT, "korrektor check on a one-page PDF, whole process: median %.3f s (min %.3f, max %.3f, %d runs%s)%n",
        times.get(times.size() / 2), times.get(0), times.get(times.size() - 1), times.size(),
        Files.exists(cds) ? ", class-data sharing archive " + cds.getFileName() : ", no class-data sharing archive");
  }
}
