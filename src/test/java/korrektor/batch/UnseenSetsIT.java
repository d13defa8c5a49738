package korrektor.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import korrektor.cli.Main;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The two sets of submissions made blind to the code (samples/unseen-a, samples/unseen-b; see their
 * READMEs and docs/accuracy.md) graded end to end: every value a student wrote is read at the item
 * the student meant or sent to review, none lands in another item, none is graded correct that was
 * not written correctly, and no written value ends up {@code missing} without a review.
 */
class UnseenSetsIT {
  private static final Map<String, String> QUANTITY =
      Map.of(
          "input_gate",
          "g",
          "forget_gate",
          "f",
          "output_gate",
          "q",
          "candidate",
          "candidate",
          "cell_state",
          "s",
          "hidden",
          "h",
          "output",
          "output");
  private static final double[][] REFERENCE = {
    {0.576885261, 0.543638687, 0.617747875, 0.732432634, 0.422529591, 0.261016757, 0.575684818},
    {0.542818607, 0.550651911, 0.617347552, 0.737129423, 0.632794293, 0.390654008, 0.721772333},
    {0.548052187, 0.572533714, 0.645014580, 0.740018633, 0.767864897, 0.495284054, 0.814031275}
  };
  private static final List<String> ORDER = List.of("g", "f", "q", "candidate", "s", "h", "output");

  @TempDir Path out;

  @ParameterizedTest(name = "{0}: recall at least {1} %")
  @CsvSource({"samples/unseen-a, 100.0", "samples/unseen-b, 99.0"})
  void readsWhatStudentsWroteWithoutWrongSlotsOrSilentLoss(String set, double minRecall)
      throws Exception {
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new PrintWriter(new StringWriter()),
            new PrintWriter(err),
            "grade",
            Path.of(set, "submissions").toString(),
            "--rubric",
            "rubrics/sheet09.yaml",
            "--out",
            out.toString(),
            "--no-pdf");
    assertThat(code).as(err.toString()).isIn(0, 1);
    ObjectMapper json = new ObjectMapper();
    JsonNode truth = json.readTree(Path.of(set, "truth.json").toFile());
    JsonNode results = json.readTree(out.resolve("results.json").toFile());
    Map<String, JsonNode> byNumber = new HashMap<>();
    for (JsonNode s : results.get("submissions")) {
      byNumber.put(
          s.path("student")
              .path("moodle")
              .path("number")
              .asText(s.path("student").path("id").asText()),
          s);
    }
    int written = 0;
    int recalled = 0;
    List<String> wrongSlot = new ArrayList<>();
    List<String> falseCorrect = new ArrayList<>();
    List<String> silent = new ArrayList<>();
    for (JsonNode student : truth) {
      JsonNode graded = byNumber.get(student.get("participant").asText());
      assertThat(graded).as("graded " + student.get("folder").asText()).isNotNull();
      Map<String, List<JsonNode>> writtenBySlot = new HashMap<>();
      for (JsonNode v : student.get("values")) {
        writtenBySlot
            .computeIfAbsent(
                QUANTITY.get(v.get("quantity").asText()) + "@" + v.get("step").asInt(),
                k -> new ArrayList<>())
            .add(v);
      }
      written += writtenBySlot.size();
      for (JsonNode item : graded.get("items")) {
        if (!"forward".equals(item.path("part").asText())) {
          continue;
        }
        String slot = item.get("quantity").asText() + "@" + item.get("step").asInt();
        List<JsonNode> w = writtenBySlot.get(slot);
        String who = student.get("folder").asText() + " " + slot;
        boolean found = item.has("found");
        boolean same =
            found && w != null && w.stream().anyMatch(v -> close(v, item.get("found").asDouble()));
        if (same) {
          recalled++;
        } else if (found) {
          wrongSlot.add(who + " found " + item.path("foundText").asText());
        } else if (w != null && "missing".equals(item.get("verdict").asText())) {
          silent.add(who);
        }
        if ("correct".equals(item.get("verdict").asText()) && (w == null || !correct(w, slot))) {
          falseCorrect.add(who);
        }
      }
    }
    assertThat(wrongSlot).as("values read into another item").isEmpty();
    assertThat(falseCorrect).as("items graded correct that were not written correctly").isEmpty();
    assertThat(silent).as("written values that ended up missing without review").isEmpty();
    assertThat(100.0 * recalled / written)
        .as("recall of %d written values", written)
        .isGreaterThanOrEqualTo(minRecall);
  }

  /** The found value is the written one, within the writing's last digit. */
  private static boolean close(JsonNode written, double found) {
    return Math.abs(written.get("value").asDouble() - found)
        <= 0.51 * Math.pow(10, -decimals(written)) + 1e-9;
  }

  private static int decimals(JsonNode written) {
    String w = written.get("written").asText().strip().replace(',', '.').replace('\u2212', '-');
    var m =
        java.util.regex.Pattern.compile(
                "[≈~ ]*[-+]?(\\d*)\\.?(\\d*)\\s*(?:[eE]([-+]?\\d+))?\\s*(%?)")
            .matcher(w);
    if (!m.matches()) {
      return 6;
    }
    int d =
        m.group(2).length()
            - (m.group(3) == null ? 0 : Integer.parseInt(m.group(3)))
            + (m.group(4).isEmpty() ? 0 : 2);
    return Math.max(0, d);
  }

  /** The rubric's tolerance: the written digits (at least two), 0.0002, or truncation. */
  private static boolean correct(List<JsonNode> written, String slot) {
    String[] parts = slot.split("@");
    double ref = REFERENCE[Integer.parseInt(parts[1]) - 1][ORDER.indexOf(parts[0])];
    for (JsonNode w : written) {
      int d = Math.max(decimals(w), 2);
      double v = w.get("value").asDouble();
      double trunc =
          Math.floor(Math.abs(ref) * Math.pow(10, d)) / Math.pow(10, d) * Math.signum(ref);
      if (Math.abs(v - ref) <= Math.max(0.5 * Math.pow(10, -d), 0.0002) + 1e-12
          || Math.abs(v - trunc) < 1e-9) {
        return true;
      }
    }
    return false;
  }
}
