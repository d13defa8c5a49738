package korrektor.grade.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import korrektor.rubric.Part;
import korrektor.rubric.Question;
import korrektor.rubric.Rubric;
import korrektor.rubric.RubricReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Grades the blind labelled short answers in {@code samples/short-answers} with the sheet-9 rubric:
 * agreement with the tutor (within 0.5 points) must not drop below the floor, nor review rise above
 * it. The floors sit just under today's figures (see the set's README) so a change that makes the
 * grading worse on answers nobody tuned for fails here.
 */
class ShortAnswersAgreementTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest(name = "{0}: agreement ≥ {1}, review ≤ {2}")
  @CsvSource({"set-1, 0.98, 0.02", "set-2, 0.98, 0.02", "set-3, 0.91, 0.02"})
  void agreesWithABlindTutorOnAnswersWrittenBlind(String set, double minAgreement, double maxReview)
      throws Exception {
    Rubric rubric = RubricReader.read(Path.of("rubrics/sheet09.yaml"));
    Path dir = Path.of("samples/short-answers", set);
    Map<String, Double> tutor = new HashMap<>();
    for (String line :
        Files.readAllLines(dir.resolve("tutor-grades.jsonl"), StandardCharsets.UTF_8)) {
      JsonNode n = JSON.readTree(line);
      tutor.put(n.get("id").asText(), n.get("points").asDouble());
    }
    int answers = 0;
    int agree = 0;
    int review = 0;
    for (String line : Files.readAllLines(dir.resolve("answers.jsonl"), StandardCharsets.UTF_8)) {
      JsonNode n = JSON.readTree(line);
      TextGrade g = TextGrader.grade(part(rubric, n.get("part").asText()), n.get("text").asText());
      answers++;
      if (g.verdict() == TextGrade.Kind.REVIEW) {
        review++;
      } else if (Math.abs(g.points() - tutor.get(n.get("id").asText())) <= 0.5 + 1e-9) {
        agree++;
      }
    }

    assertThat(answers).isGreaterThan(250);
    assertThat((double) agree / answers)
        .as("agreement with the tutor")
        .isGreaterThanOrEqualTo(minAgreement);
    assertThat((double) review / answers).as("share sent to review").isLessThanOrEqualTo(maxReview);
  }

  /** "16a" → part a of question 16; "17same" → the "same output?" part of question 17. */
  private static Part part(Rubric rubric, String id) {
    for (Question q : rubric.questions()) {
      for (Part p : q.parts()) {
        if ((q.id() + p.id()).equals(id) || id.equals("17same") && p.id().equals("same-output")) {
          return p;
        }
      }
    }
    throw new IllegalArgumentException("no part " + id + " in sheet09.yaml");
  }
}
