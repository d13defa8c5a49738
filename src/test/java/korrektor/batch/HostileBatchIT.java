package korrektor.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18's promise, tried as an attacker would: the 28 samples beside hostile students ({@link
 * HostileInputs}, made from a seed), graded by {@code korrektor grade} in a process of its own with
 * its defaults (a grading process for the batch, file by file after a failure). Every hostile
 * student gets a row with a reason, every sample student exactly the row grading the samples alone
 * gives, the exit code is 1, nothing is written outside the output folder, no output quotes a file
 * a link points to, and the batch ends in time. Prints the time and the peak RSS of the whole
 * process tree (docs/formats.md has the figures).
 */
class HostileBatchIT {
  private static final long SEED = 18;
  private static final int FILE_TIMEOUT_S = 10;
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path root;
  static Path in;
  static Path out;
  static List<HostileInputs.Case> cases;
  static Run hostile;
  static Run alone;

  /**
   * A finished {@code grade}: exit code, time, peak RSS of the process and its children, output.
   */
  record Run(int exit, long millis, long peakRssKb, String stderr) {}

  @BeforeAll
  static void gradeSamplesWithAndWithoutTheHostileStudents() throws Exception {
    in = Files.createDirectories(root.resolve("in"));
    Path outside = Files.createDirectories(root.resolve("outside"));
    copyTree(Path.of("samples/sheet09"), in);
    cases = HostileInputs.write(in, outside, SEED);
    Path samplesOnly = Files.createDirectories(root.resolve("samples-only"));
    copyTree(Path.of("samples/sheet09"), samplesOnly);

    Map<String, Long> before = listing(root);
    out = root.resolve("out");
    hostile = grade(in, out);
    Map<String, Long> after = listing(root);
    after.keySet().removeIf(p -> p.startsWith("out/") || p.equals("out"));
    before.keySet().removeIf(p -> p.startsWith("out/") || p.equals("out"));
    assertThat(after).as("nothing written outside the output folder").isEqualTo(before);

    alone = grade(samplesOnly, root.resolve("out-samples"));
    System.out.printf(
        Locale.ROOT,
        "hostile batch: %d students, exit %d, %.1f s, peak RSS of the process tree %d MB%n",
        students(out).size(),
        hostile.exit(),
        hostile.millis() / 1000.0,
        hostile.peakRssKb() / 1024);
    System.out.printf(
        Locale.ROOT,
        "samples alone: exit %d, %.1f s, peak RSS %d MB%n",
        alone.exit(),
        alone.millis() / 1000.0,
        alone.peakRssKb() / 1024);
    for (HostileInputs.Case c : cases) {
      for (JsonNode s : byId(out, c.id())) {
        System.out.printf(
            Locale.ROOT,
            "| %s | %s | %s | %s |%n",
            c.kind(),
            s.get("status").asText(),
            s.get("student").get("name").asText().replace("\n", "\\n"),
            s.get("messages").size() == 0 ? "" : s.get("messages").get(0).asText());
      }
    }
  }

  @Test
  void exitsWithOneAndGivesEveryHostileStudentARowWithAReason() throws Exception {
    assertThat(hostile.exit()).as(hostile.stderr()).isEqualTo(1);
    for (HostileInputs.Case c : cases) {
      List<JsonNode> rows = byId(out, c.id());
      assertThat(rows).as(c.kind()).isNotEmpty();
      if (c.expectError()) {
        JsonNode r = rows.get(0);
        assertThat(r.get("status").asText()).as(c.kind()).isIn("error", "needs-review");
        assertThat(r.get("messages").size()).as(c.kind()).isPositive();
      }
    }
  }

  @Test
  void everySampleStudentGetsExactlyTheRowOfGradingTheSamplesAlone() throws Exception {
    Map<String, JsonNode> expected = new HashMap<>();
    for (JsonNode s : students(root.resolve("out-samples"))) {
      expected.put(key(s), s);
    }
    assertThat(expected).hasSize(28);
    for (JsonNode s : students(out)) {
      JsonNode e = expected.get(key(s));
      if (e != null) {
        assertThat(s).as(key(s)).isEqualTo(e);
      }
    }
    assertThat(students(out).stream().filter(s -> expected.containsKey(key(s))).count())
        .isEqualTo(28);
  }

  @Test
  void namesThatCopyASampleAreGradedLikeIt() throws Exception {
    JsonNode lena =
        students(root.resolve("out-samples")).stream()
            .filter(s -> s.get("student").get("id").asText().equals("271003"))
            .findFirst()
            .orElseThrow();
    for (HostileInputs.Case c : cases) {
      if (!c.expectError()) {
        JsonNode row =
            byId(out, c.id()).stream()
                .filter(s -> !s.get("student").get("name").asText().equals("Anna Becker"))
                .findFirst()
                .orElseThrow();
        assertThat(row.get("score").asDouble())
            .as(c.kind())
            .isEqualTo(lena.get("score").asDouble());
      }
    }
  }

  @Test
  void theBatchEndsInTimeAndTheWarningsSayWhatHappened() {
    // about 2 file limits per hostile file that needs its limit, plus the samples; far from the
    // hours of before
    assertThat(Duration.ofMillis(hostile.millis())).isLessThan(Duration.ofMinutes(8));
    assertThat(hostile.stderr())
        .contains("271001")
        .contains("Mallory Evil")
        .contains("different names");
  }

  @Test
  void outputsAreSafeForSpreadsheetsBrowsersAndFileSystems() throws Exception {
    String grades = Files.readString(out.resolve("grades.csv"));
    assertThat(grades).contains("'=HYPERLINK").contains("'+1+1 Plus").doesNotContain(",=HYPERLINK");
    for (String line : grades.split("\n")) {
      for (String cell : line.split(",")) {
        assertThat(cell.replace("\"", "")).doesNotStartWith("=").doesNotStartWith("@");
      }
    }
    try (Stream<Path> files = Files.list(out.resolve("feedback"))) {
      for (Path f : files.toList()) {
        String name = f.getFileName().toString();
        assertThat(name.getBytes(StandardCharsets.UTF_8).length).as(name).isLessThan(200);
        assertThat(name).doesNotStartWith("-").doesNotContain("\n").doesNotContain("<");
        if (name.endsWith(".md") || name.endsWith(".html")) {
          assertThat(Files.readString(f))
              .as(name)
              .doesNotContain("<img src=x")
              .doesNotContain(HostileInputs.SECRET);
        }
      }
    }
    assertThat(
            Files.list(out.resolve("feedback")).filter(f -> f.toString().endsWith(".pdf")).count())
        .isEqualTo(students(out).size());
    for (String output :
        List.of(
            "results.json",
            "grades.csv",
            "review.csv",
            "report.html",
            "integrity.csv",
            "integrity.html")) {
      assertThat(Files.readString(out.resolve(output)))
          .as(output)
          .doesNotContain(HostileInputs.SECRET);
    }
    assertThat(out.resolve(StagedOutputs.STAGING)).doesNotExist();
  }

  private static String key(JsonNode s) {
    return s.get("student").get("id").asText() + "|" + s.get("student").get("name").asText();
  }

  private static List<JsonNode> students(Path outFolder) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    JSON.readTree(outFolder.resolve("results.json").toFile()).get("submissions").forEach(out::add);
    return out;
  }

  private static List<JsonNode> byId(Path outFolder, String id) throws IOException {
    return students(outFolder).stream()
        .filter(s -> s.get("student").get("id").asText().equals(id))
        .toList();
  }

  /** Runs {@code korrektor grade} in a JVM of its own, sampling the RSS of it and its children. */
  static Run grade(Path folder, Path outFolder) throws Exception {
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx1g",
            "-Djava.awt.headless=true",
            "-cp",
            System.getProperty("java.class.path"),
            "korrektor.cli.Main",
            "grade",
            folder.toString(),
            "--rubric",
            "rubrics/sheet09.yaml",
            "--out",
            outFolder.toString(),
            "--file-timeout",
            String.valueOf(FILE_TIMEOUT_S),
            "--threads",
            "2");
    Path err = Files.createTempFile(root, "stderr", ".txt");
    long start = System.nanoTime();
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(err.toFile())
            .start();
    AtomicLong peak = new AtomicLong();
    while (!p.waitFor(200, TimeUnit.MILLISECONDS)) {
      long sum = rssKb(p.pid());
      for (ProcessHandle d : p.descendants().toList()) {
        sum += rssKb(d.pid());
      }
      peak.accumulateAndGet(sum, Math::max);
      if (System.nanoTime() - start > TimeUnit.MINUTES.toNanos(15)) {
        p.destroyForcibly();
        throw new AssertionError("grade did not end within 15 minutes");
      }
    }
    String stderr = Files.readString(err);
    Files.delete(err);
    return new Run(p.exitValue(), (System.nanoTime() - start) / 1_000_000, peak.get(), stderr);
  }

  private static long rssKb(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("\\D", ""));
        }
      }
    } catch (IOException | RuntimeException e) {
      // ended meanwhile
    }
    return 0;
  }

  private static Map<String, Long> listing(Path dir) throws IOException {
    Map<String, Long> out = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.toList()) {
        if (!p.equals(dir)) {
          long size =
              Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS) ? Files.size(p) : -1;
          out.put(dir.relativize(p).toString(), size);
        }
      }
    }
    return out;
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
