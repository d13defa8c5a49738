package korrektor.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Checks a {@link ModelSpec} against its {@link ModelSchema}: names of units, parameters, roles and
 * states, and every shape. Messages start with a dotted path relative to the model ({@code
 * parameters.g.U}, {@code activations.foo}, {@code initial.h}, {@code inputs[1]} with a 0-based
 * index) and say what to do; they come in a fixed order so that reports are reproducible.
 */
final class SpecValidator {
  private final ModelSpec spec;
  private final ModelSchema schema;
  private final List<String> messages = new ArrayList<>();

  /** Input size (of the first column-vector input), or -1 when the inputs do not tell. */
  private int inputs = -1;

  /** Hidden size, or -1 when no recurrent weights tell. */
  private int hidden = -1;

  /** Where the hidden size was read from, for messages. */
  private String hiddenSource = "";

  private SpecValidator(ModelSpec spec, ModelSchema schema) {
    this.spec = spec;
    this.schema = schema;
  }

  /** Returns the problems of {@code spec}, empty when it is valid. */
  static List<String> validate(ModelSpec spec, ModelSchema schema) {
    SpecValidator v = new SpecValidator(spec, schema);
    v.checkInputs();
    v.findHiddenSize();
    v.checkUnitNames();
    schema.units().forEach(v::checkUnit);
    v.checkOutput();
    v.checkInitial();
    v.checkActivations();
    return List.copyOf(v.messages);
  }

  private void checkInputs() {
    List<Matrix> xs = spec.inputs();
    if (xs.isEmpty()) {
      report("inputs", "empty; give at least one time step");
      return;
    }
    int first = -1;
    for (int i = 0; i < xs.size(); i++) {
      Matrix x = xs.get(i);
      String path = "inputs[" + i + "]";
      if (x.columns() != 1) {
        report(
            path,
            "x_"
                + (i + 1)
                + " is "
                + shape(x)
                + "; give each input as a column vector"
                + " (one value per input component)");
      } else if (first < 0) {
        first = i;
        inputs = x.rows();
      } else if (x.rows() != inputs) {
        report(
            path,
            "x_"
                + (i + 1)
                + " has "
                + x.rows()
                + " components but x_"
                + (first + 1)
                + " has "
                + inputs
                + "; all time steps need the same size");
      }
      checkFinite(path, x);
    }
  }

  private void findHiddenSize() {
    for (String unit : schema.units()) {
      Map<String, Matrix> p = spec.parameters().get(unit);
      if (p != null && p.get("W") != null) {
        hidden = p.get("W").rows();
        hiddenSource = "parameters." + unit + ".W";
        return;
      }
    }
  }

  private void checkUnitNames() {
    for (String unit : new TreeSet<>(spec.parameters().keySet())) {
      if (!schema.units().contains(unit) && !unit.equals(ModelSchema.OUTPUT)) {
        report(
            "parameters." + unit,
            "unknown unit; "
                + schema.named()
                + " has units "
                + String.join(", ", schema.units())
                + " and optionally "
                + ModelSchema.OUTPUT);
      }
    }
  }

  private void checkUnit(String unit) {
    String path = "parameters." + unit;
    Map<String, Matrix> p = spec.parameters().get(unit);
    if (p == null) {
      report(
          path, "missing; " + schema.named() + " needs units " + String.join(", ", schema.units()));
      return;
    }
    checkParameterNames(path, p, ModelSchema.UNIT_PARAMETERS);
    Matrix u = p.get("U");
    Matrix w = p.get("W");
    Matrix b = p.get("b");
    if (u == null) {
      report(path + ".U", "missing; give the input weights U (hidden×input)");
    } else {
      if (hidden > 0 && u.rows() != hidden) {
        report(
            path + ".U",
            "has "
                + u.rows()
                + " rows but the hidden size is "
                + hiddenSize()
                + "; U is hidden×input");
      }
      if (inputs > 0 && u.columns() != inputs) {
        report(
            path + ".U",
            "has "
                + u.columns()
                + " columns but the inputs have "
                + inputs
                + " components (U is hidden×input)");
      }
    }
    if (w == null) {
      report(path + ".W", "missing; give the recurrent weights W (hidden×hidden)");
    } else if (w.rows() != w.columns()) {
      report(path + ".W", "is " + shape(w) + "; W is hidden×hidden, so it must be square");
    } else if (w.rows() != hidden) {
      report(
          path + ".W",
          "is " + shape(w) + " but the hidden size is " + hiddenSize() + "; W is hidden×hidden");
    }
    if (b != null && hidden > 0 && (b.rows() != hidden || b.columns() != 1)) {
      report(
          path + ".b",
          "is "
              + shape(b)
              + " but the hidden size is "
              + hiddenSize()
              + "; b is a hidden×1 column");
    }
  }

  private void checkOutput() {
    String path = "parameters." + ModelSchema.OUTPUT;
    Map<String, Matrix> p = spec.parameters().get(ModelSchema.OUTPUT);
    if (p == null) {
      return;
    }
    checkParameterNames(path, p, ModelSchema.OUTPUT_PARAMETERS);
    Matrix v = p.get("V");
    Matrix c = p.get("c");
    if (v == null) {
      report(
          path + ".V",
          "missing; give the output weights V (output×hidden), or drop the "
              + ModelSchema.OUTPUT
              + " unit");
      return;
    }
    if (hidden > 0 && v.columns() != hidden) {
      report(
          path + ".V",
          "has "
              + v.columns()
              + " columns but the hidden size is "
              + hiddenSize()
              + "; V is output×hidden");
    }
    if (c != null && (c.rows() != v.rows() || c.columns() != 1)) {
      report(
          path + ".c",
          "is " + shape(c) + " but V has " + v.rows() + " rows; c is an" + " output×1 column");
    }
  }

  private void checkParameterNames(String path, Map<String, Matrix> p, List<String> expected) {
    for (String name : new TreeSet<>(p.keySet())) {
      if (!expected.contains(name)) {
        report(
            path + "." + name, "unknown parameter; expected one of " + String.join(", ", expected));
      } else {
        checkFinite(path + "." + name, p.get(name));
      }
    }
  }

  private void checkInitial() {
    for (String state : new TreeSet<>(spec.initial().keySet())) {
      String path = "initial." + state;
      Matrix m = spec.initial().get(state);
      if (m == null) {
        continue;
      }
      if (!schema.states().contains(state)) {
        report(path, "unknown state; expected one of " + String.join(", ", schema.states()));
      } else if (hidden > 0 && (m.rows() != hidden || m.columns() != 1)) {
        report(
            path,
            "is "
                + shape(m)
                + " but the hidden size is "
                + hiddenSize()
                + "; give one value per hidden unit, as a column");
      } else {
        checkFinite(path, m);
      }
    }
  }

  private void checkActivations() {
    for (String role : new TreeSet<>(spec.activations().keySet())) {
      if (!schema.roles().contains(role)) {
        report(
            "activations." + role,
            "unknown role; expected one of " + String.join(", ", schema.roles()));
      }
    }
  }

  private void checkFinite(String path, Matrix m) {
    if (m == null) {
      return;
    }
    for (double d : m.values()) {
      if (!Double.isFinite(d)) {
        report(path, "contains " + d + "; give finite numbers");
        return;
      }
    }
  }

  private String hiddenSize() {
    return hidden + " (from " + hiddenSource + ")";
  }

  private static String shape(Matrix m) {
    return m.rows() + "×" + m.columns();
  }

  private void report(String path, String what) {
    messages.add(path + ": " + what);
  }
}
