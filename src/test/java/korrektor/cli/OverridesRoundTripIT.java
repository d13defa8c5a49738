package korrektor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tutor's decisions survive re-runs: review.csv lists what to decide, overrides.csv is applied
 * and never rewritten.
 */
class OverridesRoundTripIT {
  @TempDir Path dir;

  private int grade(Path in, Path out, StringWriter err) {
    return Main.run(
        new PrintWriter(new StringWriter()),
        new PrintWriter(err),
        "grade",
        in.toString(),
        "--rubric",
        "rubrics/sheet09.yaml",
        "--out",
        out.toString(),
        "--threads",
        "1");
  }

  @Test
  void appliesOverridesOnEveryRunAndNeverRewritesThem() throws Exception {
    Path in = dir.resolve("in");
    Files.createDirectories(in);
    Files.copy(
        Path.of("samples/sheet09/271004_Maximilian_Koch.csv"),
        in.resolve("271004_Maximilian_Koch.csv"));
    Files.copy(
        Path.of("samples/sheet09/271008_Paul_Wolf.xlsx"), in.resolve("271008_Paul_Wolf.xlsx"));
    Path out = dir.resolve("out");

    grade(in, out, new StringWriter());
    assertThat(Files.readString(out.resolve("overrides.csv")))
        .isEqualTo("student,item,points,comment\n");
    List<String> review = Files.readAllLines(out.resolve("review.csv"));
    assertThat(review.get(0))
        .isEqualTo("student,item,points,comment,name,found,locations,maxPoints,reason");

    String decisions =
        "student,item,points,comment\n"
            + "271008,17/forward/s@2,0.25,\"sign slip only, half credit\"\n"
            + "271004,16/a,1.5,formula fine\n"
            + "271004,17/nothing,1,typo in the item\n";
    Files.writeString(out.resolve("overrides.csv"), decisions, StandardCharsets.UTF_8);
    StringWriter err = new StringWriter();
    grade(in, out, err);
    grade(in, out, new StringWriter()); // a second re-run changes nothing

    assertThat(Files.readString(out.resolve("overrides.csv"))).isEqualTo(decisions);
    assertThat(err.toString()).contains("overrides line 4").contains("17/nothing");
    JsonNode results = new ObjectMapper().readTree(out.resolve("results.json").toFile());
    JsonNode paul = results.get("submissions").get(1);
    assertThat(paul.get("student").get("id").asText()).isEqualTo("271008");
    JsonNode s2 = find(paul, "s", 2);
    assertThat(s2.get("overridden").asBoolean()).isTrue();
    assertThat(s2.get("points").asDouble()).isEqualTo(0.25);
    assertThat(s2.get("comment").asText()).isEqualTo("sign slip only, half credit");
    assertThat(s2.get("verdict").asText()).isEqualTo("wrong");
    assertThat(paul.get("score").asDouble()).isEqualTo(6.75);
    JsonNode coverage = paul.get("coverage");
    assertThat(coverage.get("numbers").asInt())
        .isGreaterThanOrEqualTo(
            coverage.get("attributed").asInt() + coverage.get("distractors").asInt());
    assertThat(coverage.get("attributed").asInt()).isEqualTo(21);
    assertThat(coverage.get("unexplained").isArray()).isTrue();
    assertThat(Files.readString(out.resolve("grades.csv")))
        .contains("271008,Paul Wolf,271008_Paul_Wolf.xlsx,0,6.75,6.75,20");
  }

  private static JsonNode find(JsonNode submission, String quantity, int step) {
    for (JsonNode i : submission.get("items")) {
      if (quantity.equals(i.path("quantity").asText()) && i.path("step").asInt() == step) {
        return i;
      }
    }
    throw new AssertionError("no item " + quantity + "@" + step);
  }
}
