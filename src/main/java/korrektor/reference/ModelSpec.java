package korrektor.reference;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a reference model needs: its type, parameters per unit, the input sequence, the
 * initial state, the activations, and which form of its equations it uses. Built by the rubric
 * reader; pure data.
 *
 * <p>Parameters are grouped by unit, with names as in Goodfellow et al. (U: input weights, W:
 * recurrent weights, b: bias; the output unit has V and c). For an LSTM the units are {@code g}
 * (input gate), {@code f} (forget gate), {@code q} (output gate), {@code candidate}, {@code
 * output}; for a vanilla RNN {@code hidden} and {@code output}; for a GRU {@code z} (update gate),
 * {@code r} (reset gate), {@code candidate}, {@code output}. A scalar parameter is a 1×1 matrix; U
 * is hidden×input, W is hidden×hidden, b is hidden×1, V is output×hidden, c is output×1.
 *
 * @param type the model
 * @param parameters unit → parameter name → value
 * @param inputs x_1 … x_T, each a column vector
 * @param initial initial states by quantity ({@code h}, and {@code s} for an LSTM); missing ones
 *     are zero
 * @param activations by role: LSTM {@code gate}, {@code candidate}, {@code state}, {@code output};
 *     RNN {@code hidden}, {@code output}; GRU {@code gate}, {@code candidate}, {@code output};
 *     missing roles take the model's textbook default
 * @param dropped terms or gates left out of the equations, to model a mistake ({@link
 *     Forms#droppable})
 * @param forms the form of the equations where textbooks differ, by name ({@code update:
 *     previous}); missing names take the default ({@link Forms})
 */
public record ModelSpec(
    ModelType type,
    Map<String, Map<String, Matrix>> parameters,
    List<Matrix> inputs,
    Map<String, Matrix> initial,
    Map<String, Activation> activations,
    Set<String> dropped,
    Map<String, String> forms) {

  /**
   * Terms an LSTM can drop: {@code forget} (s = g ⊙ candidate). Kept for callers of the first
   * version; {@link Forms#droppable} lists every model's.
   */
  public static final Set<String> DROPPABLE = Set.of("forget");

  public ModelSpec {
    Objects.requireNonNull(type, "type");
    parameters = Map.copyOf(parameters);
    inputs = List.copyOf(inputs);
    initial = Map.copyOf(initial);
    activations = Map.copyOf(activations);
    dropped = Set.copyOf(dropped);
    forms = Map.copyOf(forms);
  }

  /** A spec with the textbook equations (no dropped terms, default forms). */
  public ModelSpec(
      ModelType type,
      Map<String, Map<String, Matrix>> parameters,
      List<Matrix> inputs,
      Map<String, Matrix> initial,
      Map<String, Activation> activations) {
    this(type, parameters, inputs, initial, activations, Set.of(), Map.of());
  }

  /** A spec with dropped terms and the default forms. */
  public ModelSpec(
      ModelType type,
      Map<String, Map<String, Matrix>> parameters,
      List<Matrix> inputs,
      Map<String, Matrix> initial,
      Map<String, Activation> activations,
      Set<String> dropped) {
    this(type, parameters, inputs, initial, activations, dropped, Map.of());
  }

  /** This spec with other activations for some roles. */
  public ModelSpec withActivations(Map<String, Activation> changes) {
    Map<String, Activation> a = new HashMap<>(activations);
    a.putAll(changes);
    return new ModelSpec(type, parameters, inputs, initial, a, dropped, forms);
  }

  /** This spec with other parameter values (unit → name → value) merged in. */
  public ModelSpec withParameters(Map<String, Map<String, Matrix>> changes) {
    Map<String, Map<String, Matrix>> p = new HashMap<>();
    parameters.forEach((u, m) -> p.put(u, new HashMap<>(m)));
    changes.forEach((u, m) -> p.computeIfAbsent(u, k -> new HashMap<>()).putAll(m));
    return new ModelSpec(type, p, inputs, initial, activations, dropped, forms);
  }

  /** This spec with other initial states. */
  public ModelSpec withInitial(Map<String, Matrix> changes) {
    Map<String, Matrix> i = new HashMap<>(initial);
    i.putAll(changes);
    return new ModelSpec(type, parameters, inputs, i, activations, dropped, forms);
  }

  /** This spec with a term dropped from the equations (see {@link Forms#droppable}). */
  public ModelSpec withDropped(String term) {
    Set<String> d = new HashSet<>(dropped);
    d.add(term);
    return new ModelSpec(type, parameters, inputs, initial, activations, d, forms);
  }

  /** This spec with other equation forms ({@code update: previous}) merged in. */
  public ModelSpec withForms(Map<String, String> changes) {
    Map<String, String> f = new HashMap<>(forms);
    f.putAll(changes);
    return new ModelSpec(type, parameters, inputs, initial, activations, dropped, f);
  }

  /** The value of a form, or its default ({@link Forms#defaultOf}). */
  public String form(String name) {
    return forms.getOrDefault(name, Forms.defaultOf(name));
  }

  /**
   * Checks shapes and names against the model type; returns messages (empty when valid), each
   * naming the offending key as a dotted path relative to the model, e.g. {@code parameters.g.U:
   * has 3 columns but the inputs have 2 components}.
   */
  public List<String> validate() {
    return Models.validate(this);
  }
}
