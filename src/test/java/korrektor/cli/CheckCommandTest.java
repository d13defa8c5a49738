package korrektor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  @Test
  void exitsWithZeroWhenEverythingIsFine(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    // sheet 9's model and Q17 values only: Felix's values are all right (his text answers are
    // graded elsewhere)
    String sheet = java.nio.file.Files.readString(java.nio.file.Path.of("rubrics/sheet09.yaml"));
    String model = sheet.substring(sheet.indexOf("model:"), sheet.indexOf("\ntolerance:"));
    java.nio.file.Path rubric = dir.resolve("values-only.yaml");
    java.nio.file.Files.writeString(
        rubric,
        "id: sheet09\ntitle: Deep Learning, exercise sheet 9\n"
            + model
            + "\nquestions:\n  - id: \"17\"\n    title: LSTM feed-forward\n    parts:\n      - id: forward\n        kind: values\n"
            + "        items: {g: 0.25, f: 0.25, q: 0.25, candidate: 0.25, s: 0.5, h: 0.5, output: 0.5}\n");
    int code =
        run("check", "samples/sheet09/271006_Felix_Richter.pdf", "--rubric", rubric.toString());

    assertThat(code).as(out + "\n" + err).isZero();
    assertThat(out.toString())
        .contains("271006_Felix_Richter.pdf — Deep Learning, exercise sheet 9")
        .contains("(self-check: expected values are not shown)")
        .contains("Question 17 (LSTM feed-forward): fine — 21 of 21 values found, 21 fine")
        .contains("All fine: everything the check can grade is fine.");
  }

  @Test
  void saysWhatToLookAtAgainWithAHintAndExitsWithOne() {
    int code =
        run("check", "samples/sheet09/271008_Paul_Wolf.xlsx", "--rubric", "rubrics/sheet09.yaml");

    assertThat(code).isEqualTo(1);
    assertThat(out.toString())
        .contains("Question 17 (LSTM feed-forward): look again — 21 of 21 values found, 19 fine")
        .contains(
            "  look again s at t=2 (you wrote 0.6523 in 271008_Paul_Wolf.xlsx!Sheet!F4): Cell state at t=2: 0.6523 is not"
                + " right. It is computed from f(2), s(1), g(2) and candidate(2).")
        .contains("Look again at the items marked 'look again' above")
        .doesNotContain("The expected value", "0.6328");
  }

  @Test
  void printsTheReportAsJson() throws Exception {
    int code =
        run(
            "check",
            "samples/sheet09/271009_Hannah_Schroeder.csv",
            "--rubric",
            "rubrics/sheet09.yaml",
            "--json");

    assertThat(code).isEqualTo(1);
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.get("outcome").asText()).isEqualTo("look-again");
    assertThat(json.get("expectedShown").asBoolean()).isFalse();
    JsonNode q17 = json.get("questions").get(1);
    assertThat(q17.get("valuesFound").asInt()).isEqualTo(14);
    assertThat(q17.get("items").findValues("expected")).isEmpty();
    assertThat(q17.get("items").get(20).get("state").asText()).isEqualTo("look-again");
    assertThat(q17.get("items").get(20).get("hint").asText())
        .startsWith("No value found for output at t=3.");
  }

  @Test
  void explainsAnUnreadableFile() {
    int code =
        run("check", "samples/sheet09/271010_Tim_Neumann.xlsx", "--rubric", "rubrics/sheet09.yaml");

    assertThat(code).isEqualTo(1);
    assertThat(out.toString())
        .contains("This file could not be read:", "save it again and hand it in");
  }

  @Test
  void showsExpectedValuesOnlyWhenTheRubricRevealsAfterTheDeadline(@TempDir Path dir)
      throws Exception {
    Path rubric = dir.resolve("after.yaml");
    Files.writeString(
        rubric,
        Files.readString(Path.of("rubrics/sheet09.yaml"))
            .replace("reveal: tutor", "reveal: after-deadline"));

    run(
        "check",
        "samples/sheet09/271008_Paul_Wolf.xlsx",
        "--rubric",
        rubric.toString(),
        "--no-isolation");

    assertThat(out.toString())
        .contains("(the deadline has passed: expected values are shown)", ", expected 0.63279");
  }

  @Test
  void extractExplainsTheReadingsTheChoicesAndEveryNumber(@TempDir Path dir) throws Exception {
    Path file =
        java.nio.file.Files.writeString(
            dir.resolve("olah.txt"),
            "t i f o C~ C h y\n1 0.5769 0.5436 0.6177 0.7324 0.4225 0.2610 0.5757\n"
                + "2 0.5428 0.5507 0.6173 0.7371 0.6328 0.3907 0.7218\nnotes 0.1234\n");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int code =
        Main.run(
            new PrintWriter(out),
            new PrintWriter(err),
            "extract",
            file.toString(),
            "--rubric",
            "rubrics/sheet09.yaml",
            "--explain");

    assertThat(code).isZero();
    assertThat(out.toString())
        .contains("readings proposed")
        .contains("symbol o: q")
        .contains("option output: fit")
        .contains("unexplained 0.1234 at olah.txt l.4")
        .contains("q@2            0.6173");
  }

  @Test
  void exitsWithTwoForAMissingFile() {
    assertThat(run("check", "nope.csv", "--rubric", "rubrics/sheet09.yaml")).isEqualTo(2);
    assertThat(err.toString()).contains("nope.csv: no such file.");
  }
}
