package korrektor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/**
 * {@code rubric try}: what Korrektor reads in a line, a table or a sentence, and how it would grade
 * it.
 */
class RubricTryTest {
  private static final String GRU = "rubrics/gru-example.yaml";
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private String tryText(String text, String... more) {
    String[] args = new String[4 + more.length];
    args[0] = "rubric";
    args[1] = "try";
    args[2] = "--rubric=" + GRU;
    args[3] = text;
    System.arraycopy(more, 0, args, 4, more.length);
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    assertThat(code).as(err.toString()).isZero();
    return out.toString();
  }

  @Test
  void showsWhichAliasAndFamilyALabelComesFromAndHowItIsGraded() {
    String s = tryText("h\u0303(2) = 0.5755"); // h and a combining tilde, as a PDF gives it

    assertThat(s)
        .contains("(read as: h~(2) = 0.5755)")
        .contains("h~(2) → candidate, step 2 (alias 'h~' of candidate; the shipped family cho)")
        .contains("candidate@2    0.5755")
        .contains("1/forward candidate@2: correct, 0.25 of 0.25 — found 0.5755; expected 0.5755")
        .contains("1/forward: 19 items missing");
  }

  @Test
  void keepsHatTildeAndPlainLettersApart() {
    assertThat(tryText("ĥ(2) = 0.5755"))
        .contains("labels:\n  none")
        .contains("not read, to review");
    out.getBuffer().setLength(0);
    assertThat(tryText("h(2) = 0.5755"))
        .contains("h(2) → h, step 2")
        .contains("1/forward h@2: wrong");
  }

  @Test
  void readsLatexAsTheSymbolItShows() {
    assertThat(tryText("$\\tilde{h}^{(3)} = -0.5377$"))
        .contains("(read as: h~^(3) = -0.5377)")
        .contains("1/forward candidate@3: correct");
  }

  @Test
  void showsThatPyTorchsLetterCatchesACountUnderAStepHeading() {
    assertThat(tryText("Step 2:\nWe use n = 4 steps.\nh = 0.4738"))
        .contains(
            "n → candidate, no step (a step heading or table row must give it) (the shipped family pytorch)")
        .contains("candidate@2    4 ")
        .contains("1/forward h@2: correct");
  }

  @Test
  void readsAPastedTable() {
    String s =
        tryText(
            "t\tz\tr\th~\th\ty\n1\t0.4502\t0.4750\t0.8854\t0.3986\t0.5737\n2\t0.4254\t0.6032\t0.5755\t0.4738\t0.6101");

    assertThat(s)
        .contains("1/forward z@1: correct")
        .contains("1/forward output@2: correct")
        .contains("1/forward: 10 items missing");
  }

  @Test
  void gradesAnUnlabelledSentenceAsTheAnswerOfTheTextPartItFits() {
    String s =
        tryText(
            "The update gate decides how much of the old state is kept, so the GRU remembers over many steps.");

    // no label: the sentence fits the text part by its content, so it is graded as that part's
    // answer
    assertThat(s)
        .contains("2/answer: correct, 2 of 2")
        .contains("taken by its content")
        .contains("You name: how much of the previous state is kept");
  }

  @Test
  void findsAnAnswerBelowItsHeading() {
    String s =
        tryText(
            "Question 2\nWhat does the update gate decide?\nIt decides how much of the old state is kept.");

    assertThat(s)
        .contains("2/answer: partial, 1 of 2 — found It decides how much of the old state is kept.")
        .doesNotContain("with the whole text as its answer");
  }

  @Test
  void gradesTextAsTheAnswerOfTheNamedPart() {
    assertThat(tryText("It resets the state and forgets everything.", "--part", "2/answer"))
        .contains("2/answer with the whole text as its answer: wrong, 0 of 2")
        .contains("Resetting is the reset gate's job");
  }
}
