package korrektor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/**
 * The benchmark runs from one command and prints every figure (its speed is not asserted: machines
 * here are noisy).
 */
class BenchCommandIT {
  @Test
  void printsThroughputRatioAndPeakHeap() {
    StringWriter out = new StringWriter();
    int code =
        Main.run(
            new PrintWriter(out),
            new PrintWriter(new StringWriter()),
            "bench",
            "-n",
            "12",
            "--runs",
            "1",
            "--warmups",
            "3",
            "--check-runs",
            "0",
            "--threads",
            "1");

    assertThat(code).isZero();
    assertThat(out.toString())
        .contains("12 submissions (seed 42:")
        .contains("note: the heap may grow and shrink") // surefire gives -Xmx without -Xms
        .contains("(b) plain parsing")
        .contains("(a) grading, files read in-process")
        .contains("(a) grading in a grading process (grade's default)")
        .contains("(a) grading, each file in a reader process")
        // a cold first batch has no ratio against warm parsing; the first-run line compares cold
        // with cold
        .containsPattern(
            "the same, first batch \\(process starts cold\\)\\s+\\d+\\.\\d{3}\\s+\\d+\\.\\d\\s+-\n")
        .containsPattern(
            "first runs, each in a fresh JVM .*: plain parsing \\d+\\.\\d+ s, grading in a grading process \\d+\\.\\d+ s, ratio \\d+\\.\\d\\d")
        .containsPattern(
            "warm-up passes \\(s\\), first to last: plain parsing (\\d+\\.\\d\\d ){2}\\d+\\.\\d\\d; "
                + "in-process (\\d+\\.\\d\\d ){2}\\d+\\.\\d\\d; grading process (\\d+\\.\\d\\d ){2}\\d+\\.\\d\\d\n")
        .contains("peak heap while grading in-process:")
        .containsPattern("subs/s\\s+ratio")
        .containsPattern(
            "ratio per round, grading process: \\d+\\.\\d\\d; in-process: \\d+\\.\\d\\d; each file in a reader process: \\d+\\.\\d\\d")
        .containsPattern("by format, in-process")
        .containsPattern("csv\\s+8\\s")
        .containsPattern("pdf\\s+2\\s")
        .containsPattern("at least 50 submissions/s\\s+(met|NOT met)")
        .containsPattern(
            "grading at most 1.3x plain parsing\\s+first runs, grade's default vs a script (\\d+\\.\\d{3} (met|NOT met)|NaN \\(not measured\\)); "
                + "after warm-up, in-process \\d+\\.\\d{3} (met|NOT met)\n")
        .containsPattern(
            "info: a long-lived grading process\\s+\\d+\\.\\d{3} after warm-up \\(C1-compiled")
        .contains("512 MB for 1000")
        .contains("run -n 1000")
        .contains("not measured (--check-runs 0)")
        .doesNotContain("warning:");
  }
}
