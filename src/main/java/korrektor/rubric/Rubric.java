package korrektor.rubric;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import korrektor.reference.ModelSpec;

/**
 * What a sheet asks and how it is scored: questions and parts with points, the quantities and their
 * aliases, tolerances, and the reference model that computes the expected values.
 *
 * @param id short id, e.g. {@code sheet09}
 * @param title the sheet's title
 * @param source where the rubric was read from (for messages)
 * @param reveal what feedback may show
 * @param model the reference model, or null when every expected value is literal
 * @param quantities quantity id → definition, in rubric order
 * @param questions the questions in sheet order
 * @param policies the sheet's rules beyond points (e.g. what a missing name costs)
 * @param notations the rubric's own notation families (family → symbol → quantity id), added to the
 *     shipped ones of its model type (see {@link Vocabulary})
 * @param language the language of everything students read ({@code en} or {@code de}; the rubric's
 *     {@code language:}, default {@code en})
 */
public record Rubric(
    String id,
    String title,
    String source,
    Reveal reveal,
    ModelSpec model,
    Map<String, QuantityDef> quantities,
    List<Question> questions,
    Policies policies,
    Map<String, Map<String, String>> notations,
    String language) {

  /** The languages student-facing text is written in. */
  public static final List<String> LANGUAGES = List.of("en", "de");

  public Rubric {
    language = language == null ? "en" : language;
    if (!LANGUAGES.contains(language)) {
      throw new IllegalArgumentException(
          "language '" + language + "': expected one of " + LANGUAGES);
    }
    policies = policies == null ? Policies.DEFAULT : policies;
    notations =
        notations == null
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(notations));
    quantities = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(quantities));
    questions = List.copyOf(questions);
  }

  /** A rubric in English. */
  public Rubric(
      String id,
      String title,
      String source,
      Reveal reveal,
      ModelSpec model,
      Map<String, QuantityDef> quantities,
      List<Question> questions,
      Policies policies,
      Map<String, Map<String, String>> notations) {
    this(id, title, source, reveal, model, quantities, questions, policies, notations, "en");
  }

  /** A rubric without notation families of its own. */
  public Rubric(
      String id,
      String title,
      String source,
      Reveal reveal,
      ModelSpec model,
      Map<String, QuantityDef> quantities,
      List<Question> questions,
      Policies policies) {
    this(id, title, source, reveal, model, quantities, questions, policies, Map.of());
  }

  /** A rubric with the default policies. */
  public Rubric(
      String id,
      String title,
      String source,
      Reveal reveal,
      ModelSpec model,
      Map<String, QuantityDef> quantities,
      List<Question> questions) {
    this(id, title, source, reveal, model, quantities, questions, Policies.DEFAULT);
  }

  /** This rubric with another reveal policy. */
  public Rubric withReveal(Reveal newReveal) {
    return new Rubric(
        id, title, source, newReveal, model, quantities, questions, policies, notations, language);
  }

  /** This rubric with student-facing text in another language ({@code en}, {@code de}). */
  public Rubric withLanguage(String newLanguage) {
    return new Rubric(
        id, title, source, reveal, model, quantities, questions, policies, notations, newLanguage);
  }

  /** The locale of student-facing text. */
  public java.util.Locale locale() {
    return java.util.Locale.forLanguageTag(language);
  }

  /**
   * The words and notations students use for this rubric: the shipped vocabulary with the notation
   * families of the model's type, and the rubric's own families.
   */
  public Vocabulary vocabulary() {
    return Vocabulary.defaults(model == null ? null : model.type().id()).withNotations(notations);
  }

  public double maxScore() {
    return questions.stream().mapToDouble(Question::points).sum();
  }

  /**
   * The steps at which some values part grades {@code quantity} (an item's own steps, or its
   * part's), ascending; empty when no part grades it.
   */
  public java.util.SortedSet<Integer> gradedSteps(String quantity) {
    java.util.SortedSet<Integer> out = new java.util.TreeSet<>();
    for (Question q : questions) {
      for (Part p : q.parts()) {
        if (p.kind() == PartKind.VALUES && p.itemPoints().containsKey(quantity)) {
          out.addAll(p.steps(quantity));
        }
      }
    }
    return java.util.Collections.unmodifiableSortedSet(out);
  }

  public Optional<QuantityDef> quantity(String id) {
    return Optional.ofNullable(quantities.get(id));
  }
}
