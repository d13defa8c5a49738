package korrektor.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generative reading conformance suite: thousands of submissions written the ways students
 * write (reading-cases.md), in every format Korrektor reads, read with {@code DocumentReaders} and
 * graded with {@code Grader}, each slot compared with what was written. Fails below 99.5 % recall
 * or on any wrong-slot or false-correct item. Properties: {@code conformance.seed}, {@code
 * conformance.count}, {@code conformance.only}, {@code conformance.keep}, {@code
 * conformance.threads}, {@code conformance.out}.
 */
class ReadingConformanceIT {
  static final long DEFAULT_SEED = 20180620L;

  @Test
  void readsEveryWrittenValueIntoItsSlotAndNothingElse(@TempDir Path work) throws Exception {
    long seed = Long.getLong("conformance.seed", DEFAULT_SEED);
    int count = Integer.getInteger("conformance.count", 3250);
    int keep = Integer.getInteger("conformance.keep", 5);
    int threads =
        Integer.getInteger(
            "conformance.threads", Math.max(2, Runtime.getRuntime().availableProcessors()));
    Only only = Only.parse(System.getProperty("conformance.only", ""));
    Path out = Path.of(System.getProperty("conformance.out", "target"));

    List<RubricCase> rubrics = Rubrics.all();
    Generator generator = new Generator(rubrics, Rubrics.WEIGHTS, seed, only);
    ConformanceRun run = new ConformanceRun(generator, seed);
    long start = System.nanoTime();
    Scoreboard board = run.run(count, threads, work);
    double seconds = (System.nanoTime() - start) / 1e9;
    List<Path> kept =
        FailureArchive.keep(board, run, generator, out.resolve("conformance-failures"), keep);

    StringBuilder report = new StringBuilder();
    report.append(
        String.format(
            Locale.ROOT,
            "Reading conformance: seed %d, only %s, %d documents in %.1f s on %d threads%n%n",
            seed,
            only,
            board.total().docs,
            seconds,
            threads));
    report.append(board.render());
    report.append(worst(board, 12));
    report
        .append("\nkept ")
        .append(kept.size())
        .append(" failing submissions with their truth under ")
        .append(out.resolve("conformance-failures").toAbsolutePath())
        .append('\n');
    Files.createDirectories(out);
    Files.writeString(out.resolve("conformance-report.txt"), report, StandardCharsets.UTF_8);
    System.out.println(report);

    Tally t = board.total();
    assertThat(t.docs).as("documents generated").isGreaterThan(0);
    assertThat(t.recall())
        .as("recall %% (written values found at their slot); see the report above")
        .isGreaterThanOrEqualTo(99.5);
    assertThat(t.wrongSlot)
        .as("wrong-slot items (a value the student did not write for that slot)")
        .isZero();
    assertThat(t.falseCorrect)
        .as("false-correct items (correct, but the written value is not)")
        .isZero();
  }

  /** The worst submissions, one line each with their failing slots. */
  private static String worst(Scoreboard board, int n) {
    List<Outcome> failed =
        new ArrayList<>(board.outcomes().stream().filter(Outcome::failed).toList());
    failed.sort(
        Comparator.comparingInt(Outcome::badness)
            .reversed()
            .thenComparingInt(o -> o.submission().index()));
    StringBuilder b = new StringBuilder("\nworst examples:\n");
    for (Outcome o : failed.subList(0, Math.min(n, failed.size()))) {
      b.append("  ")
          .append(o.submission().id())
          .append("  ")
          .append(o.submission().dims())
          .append('\n');
      o.unreadable().forEach(u -> b.append("      unreadable: ").append(u).append('\n'));
      int shown = 0;
      for (SlotResult r : o.slots()) {
        if (r.failed() && shown++ < 4) {
          b.append("      ")
              .append(r.slot().key())
              .append(" wrote ")
              .append(r.written() == null ? "-" : r.written().text())
              .append(", found ")
              .append(r.item() == null || r.item().found() == null ? "-" : r.item().foundText())
              .append(r.item() == null ? "" : " [" + r.item().verdict().id() + "]")
              .append(r.explanation() == null ? "" : " (" + r.explanation() + ")")
              .append(r.falseCorrect() ? " FALSE-CORRECT" : "")
              .append('\n');
        }
      }
    }
    b.append("\nfalse-correct items:\n");
    int n2 = 0;
    for (Outcome o : board.outcomes()) {
      for (SlotResult r : o.slots()) {
        if (r.falseCorrect() && n2++ < 20) {
          b.append("  ")
              .append(o.submission().id())
              .append(' ')
              .append(r.slot().key())
              .append(" wrote ")
              .append(r.written() == null ? "-" : r.written().text())
              .append(", graded correct with ")
              .append(r.item().foundText())
              .append(" from ")
              .append(r.item().source())
              .append('\n');
        }
      }
    }
    if (n2 == 0) {
      b.append("  (none)\n");
    }
    return b.toString();
  }
}
