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
 * The README's recipe for settling a review item by hand, run as written: the review.csv row it
 * shows is the one grade writes, and the overrides.csv it shows (that row with points and comment
 * filled in) is applied without a complaint.
 */
class ReadmeOverridesRecipeTest {
  @TempDir Path dir;

  @Test
  void theReadmesCopiedRowIsADecision() throws Exception {
    List<String> block = recipe();
    int overrides = block.indexOf("student,item,points,comment");
    List<String> reviewRows =
        block.subList(0, overrides).stream().filter(l -> !l.startsWith("#")).toList();
    List<String> overrideRows =
        block.subList(overrides, block.size()).stream().filter(l -> !l.startsWith("#")).toList();

    Path in = Files.createDirectories(dir.resolve("in"));
    Files.copy(
        Path.of("samples/sheet09/271006_Felix_Richter.pdf"),
        in.resolve("271006_Felix_Richter.pdf"));
    Path out = dir.resolve("out");
    grade(in, out);
    List<String> review = Files.readAllLines(out.resolve("review.csv"), StandardCharsets.UTF_8);
    assertThat(review).containsAll(reviewRows);

    Files.writeString(
        out.resolve("overrides.csv"),
        String.join("\n", overrideRows) + "\n",
        StandardCharsets.UTF_8);
    String err = grade(in, out);
    assertThat(err).doesNotContain("overrides");
    JsonNode felix =
        new ObjectMapper().readTree(out.resolve("results.json").toFile()).get("submissions").get(0);
    JsonNode plot = null;
    for (JsonNode i : felix.get("items")) {
      if (i.get("question").asText().equals("17") && i.get("part").asText().equals("plot")) {
        plot = i;
      }
    }
    assertThat(plot).isNotNull();
    assertThat(plot.get("overridden").asBoolean()).isTrue();
    assertThat(plot.get("points").asDouble()).isEqualTo(1.0);
    assertThat(plot.get("comment").asText()).isEqualTo("axes labelled");
    assertThat(Files.readAllLines(out.resolve("review.csv"))).hasSize(1);
  }

  /** The lines of the README's text block that shows review.csv and overrides.csv. */
  private static List<String> recipe() throws Exception {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("```text\n# /tmp/out/review.csv");
    assertThat(start).as("the README's overrides recipe").isGreaterThanOrEqualTo(0);
    int end = readme.indexOf("```", start + 7);
    return readme.substring(start + 8, end).lines().toList();
  }

  private static String grade(Path in, Path out) {
    StringWriter err = new StringWriter();
    Main.run(
        new PrintWriter(new StringWriter()),
        new PrintWriter(err),
        "grade",
        in.toString(),
        "--rubric",
        "rubrics/sheet09.yaml",
        "--out",
        out.toString(),
        "--no-isolation",
        "--no-pdf",
        "--threads",
        "1");
    return err.toString();
  }
}
