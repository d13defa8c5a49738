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
 * @param policies the sheet's rules beyond points (e.g. what a missing name costs)
 */
public record Rubric(
    String id,
    String title,
    String source,
    Reveal reveal,
    ModelSpec model,
    Map<String, QuantityDef> quantities,
    List<Question> questions,
    Policies policies) {

  public Rubric {
    policies = policies == null ? Policies.DEFAULT : policies;
    quantities = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(quantities));
    questions = List.copyOf(questions);
  }

  /** A rubric with the default policies. */
  public Rubric(String id, String title, String source, Reveal reveal, ModelSpec model,
      Map<String, QuantityDef> quantities, List<Question> questions) {
    this(id, title, source, reveal, model, quantities, questions, Policies.DEFAULT);
  }

  public double maxScore() {
    return questions.stream().mapToDouble(Question::points).sum();
  }

  public Optional<QuantityDef> quantity(String id) {
    return Optional.ofNullable(quantities.get(id));
  }
}
