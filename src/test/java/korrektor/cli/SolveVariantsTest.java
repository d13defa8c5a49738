package korrektor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code solve --variant} and {@code solve --all-variants}: what each convention and mistake
 * predicts.
 */
class SolveVariantsTest {
  /**
   * The expected output of {@code solve --all-variants} for the GRU example; rewrite with
   * -Dgolden.update=true.
   */
  private static final Path GOLDEN =
      Path.of("src/test/resources/korrektor/cli/solve-all-variants-gru-example.txt");

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  @Test
  void printsOneTablePerConventionAndMistakeAndNoCollisionsForTheGruExample() throws Exception {
    int code = run("solve", "--rubric", "rubrics/gru-example.yaml", "--all-variants");

    assertThat(code).as(err.toString()).isZero();
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(GOLDEN, out.toString(), StandardCharsets.UTF_8);
    }
    assertThat(out.toString())
        .as(
            "solve --all-variants; rewrite "
                + GOLDEN
                + " with -Dgolden.update=true after a deliberate change")
        .isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    assertThat(out.toString())
        .contains(
            "convention z-keeps-previous (1/forward, credit 1): h = z ⊙ h(t−1) + (1 − z) ⊙ candidate")
        .contains("mistake no-reset-gate (1/forward, credit 0.5): the reset gate left out")
        .contains("collisions in 1/forward: none");
  }

  @Test
  void marksOnlyTheValuesThatDifferFromTheReference() {
    run("solve", "--rubric", "rubrics/gru-example.yaml", "--variant", "z-keeps-previous");

    // at t = 1 the gates and the candidate are everyone's; h and the output differ
    String row1 = out.toString().lines().filter(l -> l.startsWith("1 ")).findFirst().orElseThrow();
    assertThat(row1).contains(" 0.45017", " 0.47502", " 0.88535", "*0.48680", "*0.61623");
    assertThat(out.toString())
        .contains("differs from the reference in 17 of 20 graded items: h@1, output@1, z@2");
  }

  @Test
  void printsAnAutomaticMistakeByName() {
    int code =
        run("solve", "--rubric", "rubrics/gru-example.yaml", "--variant", "auto:U-W-swapped");

    assertThat(code).isZero();
    assertThat(out.toString())
        .startsWith("automatic auto:U-W-swapped (1/forward, credit 0): U and W swapped");
  }

  @Test
  void refusesAnUnknownVariantListingTheValidNames() {
    int code = run("solve", "--rubric", "rubrics/gru-example.yaml", "--variant", "no-reset");

    assertThat(code).isEqualTo(2);
    assertThat(err.toString())
        .contains(
            "no convention or mistake named no-reset; expected one of z-keeps-previous, "
                + "no-reset-gate, state-not-carried, sigmoid-candidate, auto:gate=tanh");
  }

  /**
   * The example GRU with y asked only at the last step: in the forward part, or in a part of its
   * own.
   */
  private static Path lastStepRubric(Path dir, String parts) throws Exception {
    String rubric = Files.readString(Path.of("rubrics/gru-example.yaml"), StandardCharsets.UTF_8);
    int from = rubric.indexOf("    parts:\n      - id: forward");
    int to = rubric.indexOf("      - {id: plot");
    rubric =
        (rubric.substring(0, from)
                + "    parts:\n"
                + parts.stripIndent().indent(6)
                + rubric.substring(to))
            .replace("points: 9", "points: 5")
            .replace("points: 7", "points: 3");
    Path file = dir.resolve("r.yaml");
    Files.writeString(file, rubric, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void showsAnItemWithStepsOfItsOwnOnlyAtThoseSteps(@TempDir Path dir) throws Exception {
    Path file =
        lastStepRubric(
            dir,
            """
        - id: forward
          kind: values
          items: {z: 0.125, r: 0.125, candidate: 0.125, h: 0.125, output: {points: 0, steps: [4]}}
        """);

    int code = run("solve", "--rubric", file.toString());

    assertThat(code).as(err.toString()).isZero();
    List<String> rows = out.toString().lines().toList();
    assertThat(rows.get(1)).startsWith("1 ").contains("0.39856").endsWith(" -");
    assertThat(rows.get(3)).startsWith("3 ").endsWith(" -");
    assertThat(rows.get(4)).startsWith("4 ").endsWith(" 0.59941");
    assertThat(rows.get(5)).isEqualTo("- : not graded at that step (graded only: output at 4)");
  }

  @Test
  void listsNoAutomaticMistakeThatCannotApplyToAPartWithOneItem(@TempDir Path dir)
      throws Exception {
    Path file =
        lastStepRubric(
            dir,
            """
        - id: forward
          kind: values
          items: {z: 0.125, r: 0.125, candidate: 0.125, h: 0.125}
        - id: output
          kind: values
          steps: [4]
          items: {output: 0}
          mistakes:
            - {name: bias-dropped, message: "no biases", change: {drop: [biases]}}
        """);

    int code = run("solve", "--rubric", file.toString(), "--all-variants");

    assertThat(code).as(err.toString()).isZero();
    String output = out.toString().substring(out.toString().indexOf("== 1/output =="));
    assertThat(output)
        .doesNotContain("automatic mistakes of 1/output")
        .doesNotContain("automatic auto:")
        .contains(
            "not listed: 16 automatic mistakes that change fewer than 2 graded items of 1/output")
        .contains("collisions in 1/output: none");
    // 1/forward grades no output: the output's activations and bias cannot apply there either
    assertThat(out.toString())
        .contains(
            "of 1/forward (an automatic mistake must explain 2 values), so never apply: "
                + "auto:output=tanh, auto:output=relu, auto:output=identity, auto:no-c-output");
  }

  @Test
  void checkWarnsAboutTheCollisionOfANamedAndAnAutomaticMistakeThatSolveLists(@TempDir Path dir)
      throws Exception {
    // with every hidden value positive ReLU and identity agree, so a named ReLU mistake is
    // auto:gate=identity
    String rubric = Files.readString(Path.of("rubrics/sheet09.yaml"), StandardCharsets.UTF_8);
    int at = rubric.indexOf("        autoMistakes:");
    assertThat(at).isPositive();
    Path file = dir.resolve("r.yaml");
    Files.writeString(
        file,
        rubric.substring(0, at)
            + """
                  - {name: relu-gates, message: "gates use σ", change: {activations: {gate: relu}}}
        """
            + rubric.substring(at),
        StandardCharsets.UTF_8);

    int solve = run("solve", "--rubric", file.toString(), "--all-variants");
    String solved = out.toString();
    out.getBuffer().setLength(0);
    int check = run("rubric", "check", file.toString());

    assertThat(solve).as(err.toString()).isZero();
    assertThat(check).as(err.toString()).isZero();
    assertThat(solved)
        .contains(
            "  mistake relu-gates and automatic auto:gate=identity: the same values in every graded item");
    assertThat(out.toString())
        .contains(
            "warning: mistake 'relu-gates' and automatic mistake 'auto:gate=identity' "
                + "predict the same values for every graded item of 17/forward");
  }

  @Test
  void reportsAVariantThatPredictsTheReferenceAndTwoThatCannotBeToldApart(@TempDir Path dir)
      throws Exception {
    String rubric =
        Files.readString(Path.of("rubrics/gru-example.yaml"), StandardCharsets.UTF_8)
            .replace(
                "          - name: sigmoid-candidate",
                """
                      - name: tanh-candidate
                        message: "the reference's own activation"
                        change: {activations: {candidate: tanh}}
                      - name: reset-forgotten-again
                        message: "the same as no-reset-gate"
                        change: {forms: {reset: before}, drop: [reset]}
                      - name: sigmoid-candidate"""
                    .stripIndent()
                    .indent(10)
                    .stripTrailing()
                    .substring(0));
    Path file = dir.resolve("r.yaml");
    Files.writeString(file, rubric, StandardCharsets.UTF_8);

    int code = run("solve", "--rubric", file.toString(), "--all-variants");

    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString())
        .contains(
            "  mistake tanh-candidate: the reference's values in every graded item (it never applies)")
        .contains(
            "  mistake no-reset-gate and mistake reset-forgotten-again: the same values in every graded item");
    assertThat(err.toString())
        .contains(
            "warning: mistake 'tanh-candidate' predicts the reference's values for every graded item of 1/forward")
        .contains(
            "warning: mistake 'no-reset-gate' and mistake 'reset-forgotten-again' predict the same values");
  }
}
