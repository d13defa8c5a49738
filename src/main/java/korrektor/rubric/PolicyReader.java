package korrektor.rubric;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import korrektor.reference.Activation;
import korrektor.reference.Matrix;
import korrektor.reference.ModelSpec;

/**
 * Reads a values part's careful-grading keys: {@code followThrough}, {@code conventions}, {@code
 * mistakes}, {@code autoMistakes}, {@code reviewMargin}. Each variant's {@code change} is applied
 * to the model and validated, so a typo in a mistake is reported at its line.
 */
final class PolicyReader {
  private static final Set<String> VARIANT_KEYS =
      Checker.keys("name", "message", "credit", "change");
  private static final Set<String> CHANGE_KEYS =
      Checker.keys("activations", "parameters", "initial", "drop", "swap", "forms");

  private final Checker c;
  private final ModelSpec model;

  PolicyReader(Checker c, ModelSpec model) {
    this.c = c;
    this.model = model;
  }

  ValuePolicy read(JsonNode part, String p) {
    ValuePolicy d = ValuePolicy.DEFAULT;
    double ftCredit = d.followThroughCredit();
    JsonNode ft = part.get("followThrough");
    if (ft != null) {
      c.onlyKeys(ft, p + "/followThrough", Checker.keys("credit"));
      ftCredit = credit(ft.get("credit"), p + "/followThrough/credit", ftCredit);
    }
    Set<String> names = new HashSet<>();
    List<Variant> conventions = variants(part.get("conventions"), p + "/conventions", 1.0, names);
    List<Variant> mistakes = variants(part.get("mistakes"), p + "/mistakes", 0.0, names);
    boolean auto = d.autoMistakes();
    double autoCredit = d.autoMistakeCredit();
    JsonNode am = part.get("autoMistakes");
    if (am != null && am.isBoolean()) {
      auto = am.asBoolean();
    } else if (am != null) {
      c.onlyKeys(am, p + "/autoMistakes", Checker.keys("enabled", "credit"));
      if (am.has("enabled")) {
        auto = am.get("enabled").asBoolean(true);
      }
      autoCredit = credit(am.get("credit"), p + "/autoMistakes/credit", autoCredit);
    }
    double margin = d.reviewMargin();
    JsonNode rm = part.get("reviewMargin");
    if (rm != null) {
      margin = c.number(rm, p + "/reviewMargin").orElse(margin);
      if (margin < 0) {
        c.error(
            p + "/reviewMargin",
            "reviewMargin must not be negative",
            "0 sends nothing to review; 0.25 means within 1.25× the tolerance");
        margin = 0;
      }
    }
    return new ValuePolicy(ftCredit, conventions, mistakes, auto, autoCredit, margin);
  }

  private double credit(JsonNode n, String p, double fallback) {
    double v = c.number(n, p).orElse(fallback);
    if (v < 0 || v > 1) {
      c.error(
          p, "credit must be between 0 and 1 (a share of the item's points)", "e.g. credit: 0.5");
      return fallback;
    }
    return v;
  }

  private List<Variant> variants(JsonNode node, String p, double defaultCredit, Set<String> names) {
    List<Variant> out = new ArrayList<>();
    if (node == null) {
      return out;
    }
    if (!node.isArray()) {
      c.error(p, "expected a list of {name, message, credit, change}", null);
      return out;
    }
    for (int i = 0; i < node.size(); i++) {
      String vp = p + "/" + i;
      JsonNode v = node.get(i);
      if (!v.isObject()) {
        c.error(vp, "expected a mapping with name, message, credit, change", null);
        continue;
      }
      c.onlyKeys(v, vp, VARIANT_KEYS);
      String name =
          c.string(c.member(v, vp, "name", true, "a short id, e.g. no-forget-term"), vp + "/name")
              .orElse("?");
      if (!names.add(name)) {
        c.error(
            vp + "/name",
            "duplicate name '" + name + "'",
            "conventions and mistakes need distinct names");
      }
      String message =
          c.string(c.member(v, vp, "message", true, "what to tell the student"), vp + "/message")
              .orElse(name);
      double credit = credit(v.get("credit"), vp + "/credit", defaultCredit);
      ModelChange change =
          change(
              c.member(
                  v,
                  vp,
                  "change",
                  true,
                  "e.g. {activations: {candidate: tanh}} or {drop: [forget]}"),
              vp + "/change");
      if (change != null) {
        out.add(new Variant(name, message, credit, change));
      }
    }
    return out;
  }

  private ModelChange change(JsonNode n, String p) {
    if (n == null) {
      return null;
    }
    if (model == null) {
      if (!c.modelBroken) { // a broken model is reported where it breaks, not once per change that
        // needs it
        c.error(p, "a change needs a valid model to change", "declare model: first");
      }
      return null;
    }
    if (!n.isObject()) {
      c.error(p, "change must be a mapping", "keys: " + String.join(", ", CHANGE_KEYS));
      return null;
    }
    c.onlyKeys(n, p, CHANGE_KEYS);
    Map<String, Activation> acts = new LinkedHashMap<>();
    JsonNode a = n.get("activations");
    if (a != null) {
      a.fields()
          .forEachRemaining(
              e ->
                  c.string(e.getValue(), p + "/activations/" + e.getKey())
                      .ifPresent(
                          name ->
                              Activation.parse(name)
                                  .ifPresentOrElse(
                                      x -> acts.put(e.getKey(), x),
                                      () ->
                                          c.error(
                                              p + "/activations/" + e.getKey(),
                                              "unknown activation '" + name + "'",
                                              "expected one of " + Activation.names()))));
    }
    Map<String, Map<String, Matrix>> params = new LinkedHashMap<>();
    JsonNode ps = n.get("parameters");
    if (ps != null && ps.isObject()) {
      ps.fields()
          .forEachRemaining(
              u -> {
                Map<String, Matrix> m = new LinkedHashMap<>();
                u.getValue()
                    .fields()
                    .forEachRemaining(
                        e -> {
                          Matrix v =
                              matrixLike(
                                  e.getValue(),
                                  model
                                      .parameters()
                                      .getOrDefault(u.getKey(), Map.of())
                                      .get(e.getKey()));
                          if (v == null) {
                            c.error(
                                p + "/parameters/" + u.getKey() + "/" + e.getKey(),
                                "expected a number",
                                "e.g. {g: {b: 0}}");
                          } else {
                            m.put(e.getKey(), v);
                          }
                        });
                params.put(u.getKey(), m);
              });
    }
    Map<String, Matrix> init = new LinkedHashMap<>();
    JsonNode in = n.get("initial");
    if (in != null && in.isObject()) {
      in.fields()
          .forEachRemaining(
              e -> {
                Matrix v = matrixLike(e.getValue(), model.initial().get(e.getKey()));
                if (v != null) {
                  init.put(e.getKey(), v);
                }
              });
    }
    Set<String> drop = new HashSet<>(c.strings(n.get("drop"), p + "/drop"));
    boolean swap = false;
    JsonNode sw = n.get("swap");
    if (sw != null) {
      List<String> s = c.strings(sw, p + "/swap");
      swap = s.size() == 2 && new HashSet<>(s).equals(Set.of("U", "W"));
      if (!swap) {
        c.error(p + "/swap", "only [U, W] can be swapped", null);
      }
    }
    Map<String, String> forms = ModelReader.forms(c, n.get("forms"), p + "/forms");
    ModelChange change = new ModelChange(acts, params, init, drop, swap, forms);
    for (String problem : change.apply(model).validate()) {
      String at = p;
      if (problem.startsWith("drop.") && n.has("drop")) {
        at = p + "/drop";
      } else if (problem.startsWith("forms.") && n.has("forms")) {
        at =
            p + "/forms/" + Checker.escape(problem.substring(6, Math.max(6, problem.indexOf(':'))));
      }
      c.error(at, "this change makes the model invalid: " + problem, null);
    }
    return change;
  }

  /**
   * A number broadcast to the shape of the value it replaces (so {@code b: 0} zeroes a vector
   * bias).
   */
  private static Matrix matrixLike(JsonNode v, Matrix like) {
    if (!v.isNumber()) {
      return null;
    }
    if (like == null || like.isScalar()) {
      return Matrix.scalar(v.asDouble());
    }
    double[][] rows = new double[like.rows()][like.columns()];
    for (double[] r : rows) {
      java.util.Arrays.fill(r, v.asDouble());
    }
    return Matrix.of(rows);
  }
}
