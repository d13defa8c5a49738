package korrektor.rubric;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The words students write around their values, as data: step words, ordinals, connectors,
 * prepositions that tie a step to a label, names of intermediate results, and notation families
 * (symbol → quantity) per model type. The defaults ship in {@code
 * korrektor/rubric/vocabulary.yaml}; a rubric adds families of its own under {@code notations:}.
 *
 * @param stepWords words followed by a step number ({@code t}, {@code step}, {@code Zeitschritt})
 * @param ordinals ordinal words per language, index 0 = step 1
 * @param connectors signs and words between a label and its value, per group ({@code signs}, {@code
 *     en}, {@code de})
 * @param stepPrepositions words that tie a step to a label ({@code at}, {@code bei})
 * @param intermediates names of intermediate results ({@code z}, {@code net})
 * @param notations family name → symbol → quantity id, for the rubric's model type
 */
public record Vocabulary(
    List<String> stepWords,
    Map<String, List<String>> ordinals,
    Map<String, List<String>> connectors,
    List<String> stepPrepositions,
    List<String> intermediates,
    Map<String, Map<String, String>> notations) {

  private static final String RESOURCE = "/korrektor/rubric/vocabulary.yaml";
  private static final JsonNode DEFAULTS = load();

  public Vocabulary {
    stepWords = List.copyOf(stepWords);
    ordinals = copy(ordinals);
    connectors = copy(connectors);
    stepPrepositions = List.copyOf(stepPrepositions);
    intermediates = List.copyOf(intermediates);
    Map<String, Map<String, String>> n = new LinkedHashMap<>();
    notations.forEach(
        (k, v) -> n.put(k, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(v))));
    notations = java.util.Collections.unmodifiableMap(n);
  }

  /**
   * The shipped vocabulary with the notation families of a model type ({@code lstm}, {@code gru},
   * {@code rnn}; null: none).
   */
  public static Vocabulary defaults(String modelType) {
    Map<String, Map<String, String>> families = new LinkedHashMap<>();
    if (modelType != null) {
      JsonNode byType = DEFAULTS.path("notations").path(modelType);
      byType.fields().forEachRemaining(f -> families.put(f.getKey(), stringMap(f.getValue())));
    }
    return new Vocabulary(
        strings(DEFAULTS.path("stepWords")),
        listMap(DEFAULTS.path("ordinals")),
        listMap(DEFAULTS.path("connectors")),
        strings(DEFAULTS.path("stepPrepositions")),
        strings(DEFAULTS.path("intermediates")),
        families);
  }

  /** This vocabulary with more notation families; a family of the same name is replaced. */
  public Vocabulary withNotations(Map<String, Map<String, String>> more) {
    Map<String, Map<String, String>> all = new LinkedHashMap<>(notations);
    all.putAll(more);
    return new Vocabulary(stepWords, ordinals, connectors, stepPrepositions, intermediates, all);
  }

  /** Every connector word and sign, longest first (so "results in" is tried before "is"). */
  public List<String> allConnectors() {
    List<String> all = new ArrayList<>();
    connectors.values().forEach(all::addAll);
    all.sort((a, b) -> Integer.compare(b.length(), a.length()));
    return all;
  }

  /** Every ordinal with its step: {@code "second" → 2}, {@code "zweite" → 2}. */
  public Map<String, Integer> allOrdinals() {
    Map<String, Integer> out = new LinkedHashMap<>();
    ordinals
        .values()
        .forEach(
            list -> {
              for (int i = 0; i < list.size(); i++) {
                out.putIfAbsent(list.get(i), i + 1);
              }
            });
    return out;
  }

  private static JsonNode load() {
    try (InputStream in = Vocabulary.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "missing resource " + RESOURCE + ": the jar is incomplete, rebuild it");
      }
      return new ObjectMapper(new YAMLFactory()).readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  private static List<String> strings(JsonNode node) {
    List<String> out = new ArrayList<>();
    node.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static Map<String, List<String>> listMap(JsonNode node) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    node.fields().forEachRemaining(f -> out.put(f.getKey(), strings(f.getValue())));
    return out;
  }

  private static Map<String, String> stringMap(JsonNode node) {
    Map<String, String> out = new LinkedHashMap<>();
    node.fields().forEachRemaining(f -> out.put(f.getKey(), f.getValue().asText()));
    return out;
  }

  private static Map<String, List<String>> copy(Map<String, List<String>> m) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    m.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return java.util.Collections.unmodifiableMap(out);
  }
}
