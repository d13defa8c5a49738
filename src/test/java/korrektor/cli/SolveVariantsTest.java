package korrektor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code solve --variant} and {@code solve --all-variants}: what each convention and mistake predicts. */
class SolveVariantsTest {
  /** The expected output of {@code solve --all-variants} for the GRU example; rewrite with -Dgolden.update=true. */
  private static final Path GOLDEN = Path.of("src/test/resources/korrektor/cli/solve-all-variants-gru-example.txt");

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
    assertThat(out.toString()).as("solve --all-variants; rewrite " + GOLDEN + " with -Dgolden.update=true after a deliberate change")
        .isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    assertThat(out.toString())
        .contains("convention z-keeps-previous (1/forward, credit 1): h = z ⊙ h(t−1) + (1 − z) ⊙ candidate")
        .contains("mistake no-reset-gate (1/forward, credit 0.5): the reset gate left out")
        .contains("collisions in 1/forward: none");
  }

  @Test
  void marksOnlyTheValuesThatDifferFromTheReference() {
    run("solve", "--rubric", "rubrics/gru-example.yaml", "--variant", "z-keeps-previous");

    // at t = 1 the gates and the candidate are everyone's; h and the output differ
    String row1 = out.toString().lines().filter(l -> l.startsWith("1 ")).findFirst().orElseThrow();
    assertThat(row1).contains(" 0.45017", " 0.47502", " 0.88535", "*0.48680", "*0.61623");
    assertThat(out.toString()).contains("differs from the reference in 17 of 20 graded items: h@1, output@1, z@2");
  }

  @Test
  void printsAnAutomaticMistakeByName() {
    int code = run("solve", "--rubric", "rubrics/gru-example.yaml", "--variant", "auto:U-W-swapped");

    assertThat(code).isZero();
    assertThat(out.toString()).startsWith("automatic auto:U-W-swapped (1/forward, credit 0): U and W swapped");
  }

  @Test
  void refusesAnUnknownVariantListingTheValidNames() {
    int code = run("solve", "--rubric", "rubrics/gru-example.yaml", "--variant", "no-reset");

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("no convention or mistake named no-reset; expected one of z-keeps-previous, "
        + "no-reset-gate, state-not-carried, sigmoid-candidate, auto:gate=tanh");
  }

  @Test
  void reportsAVariantThatPredictsTheReferenceAndTwoThatCannotBeToldApart(@TempDir Path dir) throws Exception {
    String rubric = Files.readString(Path.of("rubrics/gru-example.yaml"), StandardCharsets.UTF_8)
        .replace("          - name: sigmoid-candidate", """
                      - name: tanh-candidate
                        message: "the reference's own activation"
                        change: {activations: {candidate: tanh}}
                      - name: reset-forgotten-again
                        message: "the same as no-reset-gate"
                        change: {forms: {reset: before}, drop: [reset]}
                      - name: sigmoid-candidate""".stripIndent().indent(10).stripTrailing().substring(0));
    Path file = dir.resolve("r.yaml");
    Files.writeString(file, rubric, StandardCharsets.UTF_8);

    int code = run("solve", "--rubric", file.toString(), "--all-variants");

    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString())
        .contains("  mistake tanh-candidate: the reference's values in every graded item (it never applies)")
        .contains("  mistake no-reset-gate and mistake reset-forgotten-again: the same values in every graded item");
    assertThat(err.toString())
        .contains("warning: mistake 'tanh-candidate' predicts the reference's values for every graded item of 1/forward")
        .contains("warning: mistake 'no-reset-gate' and mistake 'reset-forgotten-again' predict the same values");
  }
}
