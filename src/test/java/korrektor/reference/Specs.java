package korrektor.reference;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Model specs used by several tests. */
final class Specs {
  private Specs() {}

  static Matrix s(double v) {
    return Matrix.scalar(v);
  }

  static Matrix col(double... v) {
    return Matrix.column(v);
  }

  static Matrix mat(double[]... rows) {
    return Matrix.of(rows);
  }

  static Map<String, Matrix> unit(Matrix u, Matrix w, Matrix b) {
    return Map.of("U", u, "W", w, "b", b);
  }

  static Map<String, Matrix> readout(Matrix v, Matrix c) {
    return Map.of("V", v, "c", c);
  }

  /** The scalar LSTM of exercise sheet 9. */
  static ModelSpec sheet9() {
    return sheet9(
        Map.of(
            "candidate",
            Activation.SIGMOID,
            "state",
            Activation.RELU,
            "output",
            Activation.SIGMOID));
  }

  static ModelSpec sheet9(Map<String, Activation> activations) {
    Map<String, Map<String, Matrix>> p = new LinkedHashMap<>();
    p.put("g", unit(s(0.3), s(-0.3), s(0.1)));
    p.put("f", unit(s(0.25), s(0.3), s(0)));
    p.put("q", unit(s(0.4), s(0.3), s(0.2)));
    p.put("candidate", unit(s(0.01), s(0.1), s(1)));
    p.put("output", readout(s(5), s(-1)));
    return new ModelSpec(
        ModelType.LSTM,
        p,
        List.of(s(0.7), s(0.5), s(0.7)),
        Map.of("h", s(0), "s", s(0)),
        activations);
  }

  /** A vanilla RNN with two inputs and two hidden units. */
  static ModelSpec rnn() {
    Map<String, Map<String, Matrix>> p =
        Map.of(
            "hidden",
                unit(
                    mat(new double[] {0.5, -0.3}, new double[] {0.2, 0.4}),
                    mat(new double[] {0.1, 0.2}, new double[] {-0.2, 0.3}),
                    col(0, 0.1)),
            "output", readout(mat(new double[] {1, -1}), col(0.2)));
    return new ModelSpec(
        ModelType.RNN,
        p,
        List.of(col(1, 0), col(0.5, -1), col(0, 1)),
        Map.of("h", col(0, 0)),
        Map.of("hidden", Activation.TANH, "output", Activation.SIGMOID));
  }

  /** A GRU with two inputs, two hidden units and default activations; see the README. */
  static ModelSpec gru() {
    Map<String, Map<String, Matrix>> p =
        Map.of(
            "z",
                unit(
                    mat(new double[] {0.4, -0.2}, new double[] {0.1, 0.3}),
                    mat(new double[] {0.2, 0.0}, new double[] {-0.1, 0.5}),
                    col(0.0, 0.1)),
            "r",
                unit(
                    mat(new double[] {-0.3, 0.6}, new double[] {0.2, 0.2}),
                    mat(new double[] {0.1, 0.3}, new double[] {0.0, -0.2}),
                    col(0.1, 0.0)),
            "candidate",
                unit(
                    mat(new double[] {0.7, 0.1}, new double[] {-0.5, 0.4}),
                    mat(new double[] {0.3, -0.4}, new double[] {0.2, 0.6}),
                    col(0.0, -0.1)),
            "output", readout(mat(new double[] {0.8, -0.6}), col(0.1)));
    return new ModelSpec(
        ModelType.GRU,
        p,
        List.of(col(1, 0.5), col(-0.5, 1), col(0.2, -0.3)),
        Map.of("h", col(0.1, -0.2)),
        Map.of());
  }

  /** An LSTM with two inputs, two hidden units, two outputs and default activations. */
  static ModelSpec vectorLstm() {
    Map<String, Map<String, Matrix>> p =
        Map.of(
            "g",
                unit(
                    mat(new double[] {0.5, -0.1}, new double[] {0.2, 0.3}),
                    mat(new double[] {0.1, 0.2}, new double[] {0.0, -0.3}),
                    col(0.0, 0.1)),
            "f",
                unit(
                    mat(new double[] {0.3, 0.3}, new double[] {-0.2, 0.1}),
                    mat(new double[] {0.2, -0.1}, new double[] {0.1, 0.1}),
                    col(1.0, 0.5)),
            "q",
                unit(
                    mat(new double[] {-0.4, 0.2}, new double[] {0.6, 0.1}),
                    mat(new double[] {0.0, 0.3}, new double[] {0.2, 0.0}),
                    col(0.2, 0.0)),
            "candidate",
                unit(
                    mat(new double[] {0.9, -0.3}, new double[] {0.1, 0.8}),
                    mat(new double[] {-0.2, 0.1}, new double[] {0.3, 0.2}),
                    col(0.0, -0.2)),
            "output",
                readout(mat(new double[] {1.0, -0.5}, new double[] {0.3, 0.7}), col(0.0, 0.2)));
    return new ModelSpec(
        ModelType.LSTM,
        p,
        List.of(col(1, -1), col(0.5, 0.5), col(-0.2, 0.8)),
        Map.of("h", col(0.05, -0.1), "s", col(0.2, 0.3)),
        Map.of());
  }

  /** A copy of {@code spec} with one unit's parameters replaced (or removed when null). */
  static ModelSpec withUnit(ModelSpec spec, String unit, Map<String, Matrix> parameters) {
    Map<String, Map<String, Matrix>> p = new LinkedHashMap<>(spec.parameters());
    if (parameters == null) {
      p.remove(unit);
    } else {
      p.put(unit, parameters);
    }
    return new ModelSpec(spec.type(), p, spec.inputs(), spec.initial(), spec.activations());
  }
}
