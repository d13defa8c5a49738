package korrektor.rubric;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import korrektor.reference.ModelSpec;

/**
 * What a sheet asks and how it is scored: questions and parts with points, the quantities and
 * their aliases, tolerances, and the reference model that computes the expected values.
 *
 * @param id short id, e.g. {@code sheet09}
 * @param title the sheet's title
 * @param source where the rubric was read from (for messages)
 * @param reveal what feedback may show
 * @param model the reference model, or null when every expected value is literal
 * @param quantities quantity id → definition, in rubric order
 * @param questions the questions in sheet order
 */
public record Rubric(
    String id,
    String title,
    String source,
    Reveal reveal,
    ModelSpec model,
    Map<String, QuantityDef> quantities,
    List<Question> questions) {

  public Rubric {
    quantities = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(quantities));
    questions = List.copyOf(questions);
  }

  public double maxScore() {
    return questions.stream().mapToDouble(Question::points).sum();
  }

  public Optional<QuantityDef> quantity(String id) {
    return Optional.ofNullable(quantities.get(id));
  }
}
