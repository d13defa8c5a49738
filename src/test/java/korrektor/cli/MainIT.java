package korrektor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainIT {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  @Test
  void checksTheShippedRubric() {
    int code = run("rubric", "check", "rubrics/sheet09.yaml");

    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString())
        .contains("rubrics/sheet09.yaml: ok (sheet09, 2 questions, 20 points)");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void exitsWithTwoAndPointsAtTheLineOfABrokenRubric(@TempDir Path dir) throws Exception {
    Path rubric = dir.resolve("broken.yaml");
    Files.writeString(
        rubric,
        """
        id: x
        pionts: 2
        questions:
          - id: "1"
            parts:
              - {id: a, kind: text, points: 2}
        """);

    int code = run("rubric", "check", rubric.toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString())
        .contains(rubric + ":2:1: error: unknown key 'pionts' (did you mean 'points'?")
        .contains("1 error in " + rubric);
  }

  @Test
  void printsTheWholeCheckReportOnOneStreamEachDiagnosticOnItsOwnLine(@TempDir Path dir)
      throws Exception {
    Path rubric = dir.resolve("r.yaml");
    Files.writeString(
        rubric,
        """
        id: x
        quantities: {h: {aliases: [h, n]}}
        model: {type: rnn, inputs: [1, 2], parameters: {hidden: {U: 1, W: 0.5, b: 0}, output: {V: 1, c: 0}}}
        questions:
          - id: "1"
            parts:
              - {id: a, kind: values, items: {h: 1}, pionts: 2}
        """);

    int code = run("rubric", "check", rubric.toString());

    // a warning (line 2) and an error (line 7): before, the warning went to stdout and the error to
    // stderr,
    // and a log showing one stream after the other ran them into one line
    assertThat(code).isEqualTo(2);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString().lines().toList())
        .satisfiesExactly(
            l -> assertThat(l).startsWith(rubric + ":2:").contains("warning: alias 'n' of h"),
            l -> assertThat(l).startsWith(rubric + ":7:").contains("error: unknown key 'pionts'"),
            l -> assertThat(l).isEqualTo("1 error and 1 warning in " + rubric));
  }

  @Test
  void exitsWithTwoForAMissingRubric() {
    assertThat(run("solve", "--rubric", "rubrics/nope.yaml")).isEqualTo(2);
    assertThat(err.toString()).contains("rubrics/nope.yaml: error: rubric file not found");
  }

  @Test
  void exitsWithTwoForAnUnknownOption() {
    assertThat(run("solve", "--rubrik", "rubrics/sheet09.yaml")).isEqualTo(2);
  }

  @Test
  void solvePrintsTheReferenceTable() {
    int code = run("solve", "--rubric", "rubrics/sheet09.yaml");

    assertThat(code).as(err.toString()).isZero();
    List<String> lines = out.toString().lines().toList();
    assertThat(lines.get(0))
        .startsWith("t")
        .contains("g", "f", "q", "candidate", "s", "h", "output");
    assertThat(lines)
        .filteredOn(l -> l.startsWith("2 "))
        .singleElement()
        .asString()
        .contains("0.54282", "0.39065", "0.72177");
    assertThat(lines)
        .filteredOn(l -> l.startsWith("3 "))
        .singleElement()
        .asString()
        .contains("0.64501", "0.49528", "0.81403");
  }

  @Test
  void gradesTheSampleFolderAndWritesEveryOutput(@TempDir Path dir) throws Exception {
    int code =
        run(
            "grade",
            "samples/sheet09",
            "--rubric",
            "rubrics/sheet09.yaml",
            "--out",
            dir.toString());

    // one sample file is corrupt on purpose: its student gets status error, so the exit code is 1
    assertThat(code).as(err.toString()).isEqualTo(1);
    assertThat(dir.resolve("results.json")).isRegularFile();
    assertThat(dir.resolve("grades.csv")).isRegularFile();
    try (Stream<Path> feedback = Files.list(dir.resolve("feedback"))) {
      assertThat(feedback.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md")))
          .hasSize(samples());
    }
    assertThat(Files.readString(dir.resolve("results.json")))
        .contains("\"271001\"")
        .contains("error");
    assertThat(Files.readAllLines(dir.resolve("grades.csv"))).hasSizeGreaterThanOrEqualTo(16);
    assertThat(out.toString()).contains(samples() + " submissions:").contains("1 errors");
  }

  /** One submission per entry of samples/sheet09 (a file or a student's folder). */
  private static int samples() {
    try (var entries = java.nio.file.Files.list(java.nio.file.Path.of("samples/sheet09"))) {
      return (int) entries.filter(p -> !p.getFileName().toString().startsWith(".")).count();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @org.junit.jupiter.api.Test
  void refusesAnOutputFolderInsideTheSubmissions(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Files.copy(
        java.nio.file.Path.of("samples/sheet09/271004_Maximilian_Koch.csv"),
        dir.resolve("271004_Maximilian_Koch.csv"));
    var out = new java.io.StringWriter();
    var err = new java.io.StringWriter();

    int code =
        Main.run(
            new java.io.PrintWriter(out),
            new java.io.PrintWriter(err),
            "grade",
            dir.toString(),
            "--rubric",
            "rubrics/sheet09.yaml",
            "--out",
            dir.resolve("graded").toString());

    org.assertj.core.api.Assertions.assertThat(code).isEqualTo(2);
    org.assertj.core.api.Assertions.assertThat(err.toString())
        .contains("inside the submissions folder")
        .contains("Choose --out outside it");
    org.assertj.core.api.Assertions.assertThat(dir.resolve("graded")).doesNotExist();
  }
}
