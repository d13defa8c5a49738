package korrektor.rubric;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import korrektor.reference.Activation;
import korrektor.reference.Matrix;
import korrektor.reference.ModelSpec;
import korrektor.reference.ModelType;

/** Reads the {@code model:} section of a rubric into a {@link ModelSpec}. */
final class ModelReader {
  private static final java.util.Set<String> KEYS =
      Checker.keys("type", "inputs", "initial", "activations", "parameters", "forms");
  private static final java.util.Set<String> VECTOR_PARAMETERS = java.util.Set.of("b", "c");

  private final Checker c;

  ModelReader(Checker c) {
    this.c = c;
  }

  /** The spec, or null when the section is too broken to build one (errors are reported). */
  ModelSpec read(JsonNode node, String p) {
    if (!node.isObject()) {
      c.error(p, "model must be a mapping", "keys: " + String.join(", ", KEYS));
      return null;
    }
    c.onlyKeys(node, p, KEYS);
    String typeName =
        c.string(c.member(node, p, "type", true, "one of lstm, rnn, gru"), p + "/type")
            .orElse(null);
    ModelType type = null;
    if (typeName != null) {
      type = ModelType.parse(typeName).orElse(null);
      if (type == null) {
        c.error(
            p + "/type", "unknown model type '" + typeName + "'", "expected one of lstm, rnn, gru");
      }
    }
    List<Matrix> inputs =
        readInputs(
            c.member(node, p, "inputs", true, "the input sequence x_1, x_2, ..."), p + "/inputs");
    Map<String, Map<String, Matrix>> parameters = new LinkedHashMap<>();
    JsonNode params =
        c.member(
            node, p, "parameters", true, "weights per unit, e.g. g: {U: 0.3, W: -0.3, b: 0.1}");
    if (params != null && params.isObject()) {
      for (var units = params.fields(); units.hasNext(); ) {
        var unit = units.next();
        String up = p + "/parameters/" + Checker.escape(unit.getKey());
        if (!unit.getValue().isObject()) {
          c.error(up, "a unit's parameters must be a mapping", "e.g. {U: 0.3, W: -0.3, b: 0.1}");
          continue;
        }
        Map<String, Matrix> values = new LinkedHashMap<>();
        for (var ps = unit.getValue().fields(); ps.hasNext(); ) {
          var param = ps.next();
          Matrix m =
              matrix(
                  param.getValue(),
                  up + "/" + Checker.escape(param.getKey()),
                  VECTOR_PARAMETERS.contains(param.getKey()));
          if (m != null) {
            values.put(param.getKey(), m);
          }
        }
        parameters.put(unit.getKey(), values);
      }
    } else if (params != null) {
      c.error(p + "/parameters", "parameters must be a mapping from unit to its weights", null);
    }
    int hidden = hiddenSize(parameters);
    Map<String, Matrix> initial = new LinkedHashMap<>();
    JsonNode init = c.member(node, p, "initial", false, null);
    if (init != null && init.isObject()) {
      for (var it = init.fields(); it.hasNext(); ) {
        var e = it.next();
        Matrix m = matrix(e.getValue(), p + "/initial/" + Checker.escape(e.getKey()), true);
        if (m != null && m.isScalar() && hidden > 1) {
          double[] v = new double[hidden];
          java.util.Arrays.fill(v, m.get(0, 0));
          m = Matrix.column(v);
        }
        if (m != null) {
          initial.put(e.getKey(), m);
        }
      }
    } else if (init != null) {
      c.error(p + "/initial", "initial must be a mapping, e.g. {h: 0, s: 0}", null);
    }
    Map<String, Activation> activations = new LinkedHashMap<>();
    JsonNode acts = c.member(node, p, "activations", false, null);
    if (acts != null && acts.isObject()) {
      for (var it = acts.fields(); it.hasNext(); ) {
        var e = it.next();
        String ap = p + "/activations/" + Checker.escape(e.getKey());
        c.string(e.getValue(), ap)
            .ifPresent(
                name ->
                    Activation.parse(name)
                        .ifPresentOrElse(
                            a -> activations.put(e.getKey(), a),
                            () ->
                                c.error(
                                    ap,
                                    "unknown activation '" + name + "'",
                                    "expected one of " + Activation.names())));
      }
    } else if (acts != null) {
      c.error(
          p + "/activations",
          "activations must be a mapping, e.g. {candidate: sigmoid, state: relu}",
          null);
    }
    Map<String, String> forms = forms(c, c.member(node, p, "forms", false, null), p + "/forms");
    if (type == null || inputs.isEmpty()) {
      return null;
    }
    return new ModelSpec(type, parameters, inputs, initial, activations, java.util.Set.of(), forms);
  }

  /**
   * {@code forms: {update: previous}}: names and values are checked with the model ({@code
   * korrektor.reference.Forms}).
   */
  static Map<String, String> forms(Checker c, JsonNode node, String p) {
    Map<String, String> out = new LinkedHashMap<>();
    if (node == null) {
      return out;
    }
    if (!node.isObject()) {
      c.error(
          p, "forms must be a mapping from a form to its value", "e.g. forms: {update: previous}");
      return out;
    }
    for (var it = node.fields(); it.hasNext(); ) {
      var e = it.next();
      c.string(e.getValue(), p + "/" + Checker.escape(e.getKey()))
          .ifPresent(v -> out.put(e.getKey(), v));
    }
    return out;
  }

  private static int hiddenSize(Map<String, Map<String, Matrix>> parameters) {
    for (Map<String, Matrix> unit : parameters.values()) {
      Matrix w = unit.get("W");
      if (w != null) {
        return w.rows();
      }
    }
    return 1;
  }

  private List<Matrix> readInputs(JsonNode node, String p) {
    List<Matrix> out = new ArrayList<>();
    if (node == null) {
      return out;
    }
    if (!node.isArray()) {
      c.error(p, "inputs must be a list (one entry per time step)", "e.g. inputs: [0.7, 0.5, 0.7]");
      return out;
    }
    for (int i = 0; i < node.size(); i++) {
      Matrix m = matrix(node.get(i), p + "/" + i, true);
      if (m != null) {
        out.add(m);
      }
    }
    return out;
  }

  /**
   * A number (1×1), a flat list (a column vector, where {@code vectorAllowed}), or a list of rows.
   */
  private Matrix matrix(JsonNode node, String p, boolean vectorAllowed) {
    if (node.isNumber()) {
      return Matrix.scalar(node.asDouble());
    }
    if (!node.isArray() || node.isEmpty()) {
      c.error(
          p, "expected a number, a list or a list of rows, found " + Checker.describe(node), null);
      return null;
    }
    boolean nested = node.get(0).isArray();
    if (!nested) {
      if (!vectorAllowed) {
        c.error(
            p,
            "a weight matrix must be written as a list of rows",
            "e.g. [[0.5, -0.3], [0.2, 0.4]]; a 1x2 matrix is [[1, -1]]");
        return null;
      }
      double[] v = numbers(node, p);
      return v == null ? null : Matrix.column(v);
    }
    double[][] rows = new double[node.size()][];
    for (int i = 0; i < node.size(); i++) {
      rows[i] = numbers(node.get(i), p + "/" + i);
      if (rows[i] == null) {
        return null;
      }
      if (rows[i].length != rows[0].length) {
        c.error(
            p + "/" + i,
            "row " + (i + 1) + " has " + rows[i].length + " values, row 1 has " + rows[0].length,
            "every row of a matrix needs the same number of values");
        return null;
      }
    }
    return Matrix.of(rows);
  }

  private double[] numbers(JsonNode node, String p) {
    if (!node.isArray()) {
      c.error(p, "expected a list of numbers, found " + Checker.describe(node), null);
      return null;
    }
    double[] v = new double[node.size()];
    for (int i = 0; i < node.size(); i++) {
      if (!node.get(i).isNumber()) {
        c.error(p + "/" + i, "expected a number, found " + Checker.describe(node.get(i)), null);
        return null;
      }
      v[i] = node.get(i).asDouble();
    }
    return v;
  }
}
