package korrektor.reference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The forms of the equations where textbooks differ, and the terms a mistake can leave out. A form
 * has a name, values (the first is the default) and, per value, the equation it means; a rubric
 * picks one with {@code model.forms} (the reference) or {@code change.forms} (a convention or a
 * mistake). The equations are in {@code docs/models.md}.
 *
 * <ul>
 *   <li>{@code update} (GRU): {@code candidate}, h = (1 − z) ⊙ h(t−1) + z ⊙ candidate (Chung et al.
 *       2014, eq. 5), or {@code previous}, h = z ⊙ h(t−1) + (1 − z) ⊙ candidate (Cho et al. 2014,
 *       eq. 7; Goodfellow et al. eq. 10.45; PyTorch, Keras). z is the same gate in both.
 *   <li>{@code reset} (GRU): {@code before}, W·(r ⊙ h(t−1)) (Cho et al., Chung et al.), or {@code
 *       after}, r ⊙ (W·h(t−1)) (PyTorch; Keras {@code reset_after}).
 *   <li>{@code recurrence} (every model): {@code previous}, step t reads h(t−1); {@code current},
 *       step t reads h(t), the state before x(t) (so h(1) = h(0) and h(t) is what the textbook
 *       calls h(t−1)); {@code initial}, every step reads the initial state (the state not carried).
 * </ul>
 */
public final class Forms {
  public static final String UPDATE = "update";
  public static final String RESET = "reset";
  public static final String RECURRENCE = "recurrence";

  /** The dropped term that zeroes every bias b and c. */
  public static final String BIASES = "biases";

  private record Form(String name, List<ModelType> types, Map<String, String> values) {}

  private static final List<Form> FORMS =
      List.of(
          new Form(
              UPDATE,
              List.of(ModelType.GRU),
              ordered(
                  "candidate", "h = (1 − z) ⊙ h(t−1) + z ⊙ candidate",
                  "previous", "h = z ⊙ h(t−1) + (1 − z) ⊙ candidate")),
          new Form(
              RESET,
              List.of(ModelType.GRU),
              ordered(
                  "before", "candidate = act(b + U·x + W·(r ⊙ h(t−1)))",
                  "after", "candidate = act(b + U·x + r ⊙ (W·h(t−1)))")),
          new Form(
              RECURRENCE,
              List.of(ModelType.LSTM, ModelType.GRU, ModelType.RNN),
              ordered(
                  "previous", "step t reads h(t−1)",
                  "current",
                      "step t reads h(t), the state before x(t): h(1) = h(0), h(t) = the textbook's h(t−1)",
                  "initial",
                      "every step reads the initial state h(0) (the state is not carried)")));

  private static final Map<ModelType, Map<String, String>> DROPPABLE =
      Map.of(
          ModelType.LSTM,
              ordered(
                  "forget",
                  "the forget term left out: s = g ⊙ candidate",
                  "input-gate",
                  "the input gate left out: s = f ⊙ s(t−1) + candidate",
                  "forget-gate",
                  "the forget gate left out: s = s(t−1) + g ⊙ candidate",
                  "output-gate",
                  "the output gate left out: h = act_state(s)",
                  BIASES,
                  "every bias b and c left out"),
          ModelType.GRU,
              ordered(
                  "reset",
                  "the reset gate left out: candidate = act(b + U·x + W·h(t−1))",
                  "update",
                  "the update gate left out: h = candidate",
                  BIASES,
                  "every bias b and c left out"),
          ModelType.RNN, ordered(BIASES, "every bias b and c left out"));

  private Forms() {}

  private static Map<String, String> ordered(String... pairs) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1]);
    }
    return m;
  }

  /** The forms a model type has, e.g. {@code update, reset, recurrence} for a GRU. */
  public static List<String> names(ModelType type) {
    List<String> out = new ArrayList<>();
    FORMS.stream().filter(f -> f.types().contains(type)).forEach(f -> out.add(f.name()));
    return out;
  }

  /** The values of a form, the default first; empty for an unknown name. */
  public static List<String> values(String name) {
    return FORMS.stream()
        .filter(f -> f.name().equals(name))
        .findFirst()
        .map(f -> List.copyOf(f.values().keySet()))
        .orElse(List.of());
  }

  /** The default value of a form, or null for an unknown name. */
  public static String defaultOf(String name) {
    List<String> v = values(name);
    return v.isEmpty() ? null : v.get(0);
  }

  /**
   * What a form's value means, as an equation, e.g. {@code h = z ⊙ h(t−1) + (1 − z) ⊙ candidate}.
   */
  public static String meaning(String name, String value) {
    return FORMS.stream()
        .filter(f -> f.name().equals(name))
        .findFirst()
        .map(f -> f.values().getOrDefault(value, name + ": " + value))
        .orElse(name + ": " + value);
  }

  /** The terms a model type can drop, in documentation order. */
  public static List<String> droppable(ModelType type) {
    return List.copyOf(DROPPABLE.get(type).keySet());
  }

  /** What dropping a term means, e.g. {@code the reset gate left out: candidate = …}. */
  public static String dropMeaning(ModelType type, String term) {
    return DROPPABLE.get(type).getOrDefault(term, "the " + term + " term left out");
  }

  /** Problems with a spec's dropped terms and forms, as {@code path: message} lines. */
  static List<String> validate(ModelSpec spec) {
    List<String> problems = new ArrayList<>();
    ModelType type = spec.type();
    for (String d : new java.util.TreeSet<>(spec.dropped())) {
      if (!droppable(type).contains(d)) {
        problems.add(
            "drop."
                + d
                + ": cannot drop '"
                + d
                + "' from "
                + ModelSchema.named(type)
                + "; expected one of "
                + String.join(", ", droppable(type)));
      }
    }
    for (String name : new java.util.TreeSet<>(spec.forms().keySet())) {
      String value = spec.forms().get(name);
      if (!names(type).contains(name)) {
        problems.add(
            "forms."
                + name
                + ": unknown form for "
                + ModelSchema.named(type)
                + "; expected one of "
                + String.join(", ", names(type)));
      } else if (!values(name).contains(value)) {
        problems.add(
            "forms."
                + name
                + ": unknown value '"
                + value
                + "'; expected one of "
                + String.join(", ", values(name)));
      }
    }
    return problems;
  }
}
