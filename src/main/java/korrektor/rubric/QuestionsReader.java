package korrektor.rubric;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import korrektor.reference.ReferenceModel;

/** Reads {@code questions:} and their parts, checking ids, kinds, quantities, steps and points. */
final class QuestionsReader {
  private static final double EPS = 1e-9;

  /** The keys of an item written as a mapping: {@code output: {points: 1, steps: [4]}}. */
  static final java.util.Set<String> ITEM_KEYS = Checker.keys("points", "steps");

  private final Checker c;
  private final Map<String, QuantityDef> quantities;
  private final ReferenceModel reference;
  private final Tolerance defaultTolerance;
  private final boolean hasModel;
  private final korrektor.reference.ModelSpec modelSpec;

  QuestionsReader(
      Checker c,
      Map<String, QuantityDef> quantities,
      ReferenceModel reference,
      Tolerance defaultTolerance,
      boolean hasModel,
      korrektor.reference.ModelSpec modelSpec) {
    this.c = c;
    this.quantities = quantities;
    this.reference = reference;
    this.defaultTolerance = defaultTolerance;
    this.hasModel = hasModel;
    this.modelSpec = modelSpec;
  }

  List<Question> read(JsonNode node) {
    List<Question> out = new ArrayList<>();
    if (node == null) {
      return out;
    }
    if (!node.isArray()) {
      c.error(
          "/questions",
          "questions must be a list",
          "each entry: {id: \"17\", points: 10, parts: [...]}");
      return out;
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < node.size(); i++) {
      String p = "/questions/" + i;
      JsonNode q = node.get(i);
      if (!q.isObject()) {
        c.error(
            p,
            "a question must be a mapping",
            "keys: " + String.join(", ", RubricReader.QUESTION_KEYS));
        continue;
      }
      c.onlyKeys(q, p, RubricReader.QUESTION_KEYS);
      String id =
          c.string(
                  c.member(q, p, "id", true, "the number on the sheet, e.g. id: \"17\""), p + "/id")
              .orElse("?");
      if (!ids.add(id)) {
        c.error(p + "/id", "duplicate question id '" + id + "'", "every question needs its own id");
      }
      String title =
          c.string(c.member(q, p, "title", false, null), p + "/title").orElse("Question " + id);
      List<Part> parts =
          readParts(
              c.member(
                  q, p, "parts", true, "list the parts, e.g. [{id: a, kind: text, points: 2}]"),
              p + "/parts");
      double sum = parts.stream().mapToDouble(Part::points).sum();
      Double points = c.number(c.member(q, p, "points", false, null), p + "/points").orElse(null);
      if (points != null && Math.abs(points - sum) > EPS) {
        c.error(
            p + "/points",
            "question "
                + id
                + " has points: "
                + RubricReader.fmt(points)
                + " but its parts add up to "
                + RubricReader.fmt(sum),
            "make the parts add up, or change points to " + RubricReader.fmt(sum));
      }
      Double cap = null;
      JsonNode ft = c.member(q, p, "followThrough", false, null);
      if (ft != null) {
        c.onlyKeys(ft, p + "/followThrough", Checker.keys("maxPoints"));
        cap = c.number(ft.get("maxPoints"), p + "/followThrough/maxPoints").orElse(null);
      }
      out.add(new Question(id, title, sum, parts, cap));
    }
    return out;
  }

  private List<Part> readParts(JsonNode node, String pp) {
    List<Part> out = new ArrayList<>();
    if (node == null) {
      return out;
    }
    if (!node.isArray()) {
      c.error(pp, "parts must be a list", null);
      return out;
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < node.size(); i++) {
      String p = pp + "/" + i;
      JsonNode n = node.get(i);
      if (!n.isObject()) {
        c.error(
            p, "a part must be a mapping", "keys: " + String.join(", ", RubricReader.PART_KEYS));
        continue;
      }
      c.onlyKeys(n, p, RubricReader.PART_KEYS);
      String id = c.string(c.member(n, p, "id", true, "e.g. id: a"), p + "/id").orElse("?");
      if (!ids.add(id)) {
        c.error(p + "/id", "duplicate part id '" + id + "'", null);
      }
      PartKind kind =
          c.string(c.member(n, p, "kind", true, "one of values, plot, text"), p + "/kind")
              .map(
                  k ->
                      PartKind.parse(k)
                          .orElseGet(
                              () -> {
                                c.error(
                                    p + "/kind",
                                    "unknown kind '" + k + "'",
                                    "expected one of values, plot, text");
                                return null;
                              }))
              .orElse(null);
      if (kind == null) {
        continue;
      }
      String title = c.string(c.member(n, p, "title", false, null), p + "/title").orElse(id);
      List<String> labels = c.strings(c.member(n, p, "labels", false, null), p + "/labels");
      Double points =
          c.number(c.member(n, p, "points", kind != PartKind.VALUES, null), p + "/points")
              .orElse(null);
      if (points != null && points < 0) {
        c.error(p + "/points", "points must not be negative", null);
      }
      if (kind != PartKind.VALUES) {
        for (String k :
            List.of(
                "steps",
                "items",
                "expected",
                "tolerance",
                "followThrough",
                "conventions",
                "mistakes",
                "autoMistakes",
                "reviewMargin")) {
          if (n.has(k)) {
            c.errorAtKey(p + "/" + k, "'" + k + "' only applies to parts of kind values", null);
          }
        }
        for (String k : List.of("concepts", "traps", "answer", "minWords", "formula")) {
          if (n.has(k) && kind != PartKind.TEXT) {
            c.errorAtKey(p + "/" + k, "'" + k + "' only applies to parts of kind text", null);
          }
        }
        double pts = points == null ? 0 : points;
        TextSpecReader tr = new TextSpecReader(c);
        TextSpec text = kind == PartKind.TEXT ? tr.read(n, p, pts) : null;
        FormulaSpec formula = kind == PartKind.TEXT ? tr.formula(n, p) : null;
        out.add(
            new Part(
                id,
                kind,
                title,
                pts,
                labels,
                List.of(),
                Map.of(),
                Map.of(),
                null,
                null,
                text,
                formula,
                review(n, p, kind),
                Map.of()));
        continue;
      }
      if (n.has("review")) {
        c.errorAtKey(
            p + "/review",
            "'review' only applies to parts of kind plot",
            "e.g. {id: plot, kind: plot, points: 1, review: never}");
      }
      for (String k : List.of("concepts", "traps", "answer", "minWords", "formula")) {
        if (n.has(k)) {
          c.errorAtKey(p + "/" + k, "'" + k + "' only applies to parts of kind text", null);
        }
      }
      out.add(readValuesPart(n, p, id, title, labels, points));
    }
    return out;
  }

  /** {@code review: always | never} of a plot part. */
  private Part.Review review(JsonNode n, String p, PartKind kind) {
    JsonNode r = c.member(n, p, "review", false, null);
    if (r == null) {
      return Part.Review.ALWAYS;
    }
    if (kind != PartKind.PLOT) {
      c.errorAtKey(
          p + "/review",
          "'review' only applies to parts of kind plot",
          "e.g. {id: plot, kind: plot, points: 1, review: never}");
      return Part.Review.ALWAYS;
    }
    String v = r.asText().strip().toLowerCase(java.util.Locale.ROOT);
    return switch (v) {
      case "always" -> Part.Review.ALWAYS;
      case "never" -> Part.Review.NEVER;
      default -> {
        c.error(
            p + "/review",
            "unknown review '" + r.asText() + "'",
            "expected always (a tutor looks at every plot found) or never (a plot found earns the part's points)");
        yield Part.Review.ALWAYS;
      }
    };
  }

  private Part readValuesPart(
      JsonNode n, String p, String id, String title, List<String> labels, Double points) {
    List<Integer> steps = new ArrayList<>();
    JsonNode stepsNode = c.member(n, p, "steps", false, null);
    int modelSteps = reference == null ? Integer.MAX_VALUE : reference.steps();
    if (stepsNode == null) {
      if (reference == null) {
        c.error(
            p,
            "missing required key 'steps'",
            "without a model, say which steps are graded, e.g. steps: [1, 2, 3]");
      } else {
        for (int t = 1; t <= reference.steps(); t++) {
          steps.add(t);
        }
      }
    } else if (stepsNode.isArray()) {
      for (int i = 0; i < stepsNode.size(); i++) {
        String sp = p + "/steps/" + i;
        c.integer(stepsNode.get(i), sp)
            .ifPresent(
                t -> {
                  if (t < 1 || t > modelSteps) {
                    c.error(
                        sp,
                        "step " + t + " is outside the input sequence",
                        "steps run from 1 to " + modelSteps);
                  } else {
                    steps.add(t);
                  }
                });
      }
    } else {
      c.error(p + "/steps", "steps must be a list, e.g. [1, 2, 3]", null);
    }
    Map<String, Double> items = new LinkedHashMap<>();
    Map<String, List<Integer>> itemSteps = new LinkedHashMap<>();
    JsonNode itemsNode =
        c.member(n, p, "items", true, "points per item by quantity, e.g. {h: 0.5, output: 0.5}");
    if (itemsNode != null && itemsNode.isObject()) {
      for (var it = itemsNode.fields(); it.hasNext(); ) {
        var e = it.next();
        String ip = p + "/items/" + Checker.escape(e.getKey());
        if (!quantities.containsKey(e.getKey())) {
          c.errorAtKey(
              ip,
              "unknown quantity '" + e.getKey() + "'",
              Checker.nearest(e.getKey(), quantities.keySet())
                      .map(q -> "did you mean '" + q + "'? ")
                      .orElse("")
                  + "known quantities: "
                  + String.join(", ", quantities.keySet()));
          continue;
        }
        JsonNode v = e.getValue();
        if (v != null && v.isObject()) {
          // {points: P, steps: [..]}: this item only at some steps, e.g. y at the last one
          c.onlyKeys(v, ip, ITEM_KEYS);
          JsonNode own = c.member(v, ip, "steps", false, null);
          if (own != null) {
            itemSteps.put(
                e.getKey(), itemSteps(own, ip + "/steps", steps, stepsNode != null, modelSteps));
          }
          c.number(
                  c.member(
                      v, ip, "points", true, "e.g. " + e.getKey() + ": {points: 1, steps: [4]}"),
                  ip + "/points")
              .ifPresent(x -> items.put(e.getKey(), x));
        } else if (v != null && !v.isNumber()) {
          c.error(
              ip,
              "expected the points per value, found " + Checker.describe(v),
              "e.g. "
                  + e.getKey()
                  + ": 0.5, or for some steps only "
                  + e.getKey()
                  + ": {points: 1, steps: [4]}");
        } else {
          c.number(v, ip).ifPresent(x -> items.put(e.getKey(), x));
        }
      }
    } else if (itemsNode != null) {
      c.error(
          p + "/items",
          "items must be a mapping from quantity to points per item",
          "e.g. {h: 0.5, output: 0.5}");
    }
    Map<String, Double> expected =
        readExpected(
            c.member(n, p, "expected", false, null), p + "/expected", steps, items, itemSteps);
    if (!hasModel) {
      for (String q : items.keySet()) {
        for (int t : itemSteps.getOrDefault(q, steps)) {
          if (!expected.containsKey(q + "@" + t)) {
            c.error(
                p + "/expected",
                "no expected value for " + q + "@" + t,
                "give it under expected, or declare a model that computes it");
          }
        }
      }
    }
    double sum = 0;
    for (var e : items.entrySet()) {
      int dim =
          reference != null && reference.quantities().contains(e.getKey())
              ? reference.dimension(e.getKey())
              : 1;
      sum += e.getValue() * dim * itemSteps.getOrDefault(e.getKey(), steps).size();
    }
    if (points != null && Math.abs(points - sum) > EPS) {
      c.error(
          p + "/points",
          "part "
              + id
              + " has points: "
              + RubricReader.fmt(points)
              + " but its items add up to "
              + RubricReader.fmt(sum)
              + " (points per item × steps × components)",
          "make the items add up, or change points to " + RubricReader.fmt(sum));
    }
    Tolerance tolerance =
        TolerancesReader.read(
            c, c.member(n, p, "tolerance", false, null), p + "/tolerance", defaultTolerance);
    ValuePolicy policy = new PolicyReader(c, modelSpec).read(n, p);
    return new Part(
        id,
        PartKind.VALUES,
        title,
        sum,
        labels,
        steps,
        items,
        expected,
        tolerance,
        policy,
        null,
        null,
        Part.Review.ALWAYS,
        itemSteps);
  }

  /**
   * An item's own steps: within the part's {@code steps} when the part lists them, else within the
   * model's steps.
   */
  private List<Integer> itemSteps(
      JsonNode node, String p, List<Integer> partSteps, boolean partListsSteps, int modelSteps) {
    List<Integer> out = new ArrayList<>();
    if (!node.isArray() || node.isEmpty()) {
      c.error(p, "an item's steps must be a list of at least one step, e.g. [4]", null);
      return partSteps;
    }
    for (int i = 0; i < node.size(); i++) {
      String sp = p + "/" + i;
      c.integer(node.get(i), sp)
          .ifPresent(
              t -> {
                if (t < 1 || t > modelSteps) {
                  c.error(
                      sp,
                      "step " + t + " is outside the input sequence",
                      "steps run from 1 to " + modelSteps);
                } else if (partListsSteps && !partSteps.contains(t)) {
                  c.error(
                      sp,
                      "step " + t + " is not one of the part's steps " + partSteps,
                      "an item's steps are some of its part's; or leave out the part's steps, and each item without "
                          + "steps of its own is graded at every step of the model");
                } else if (!out.contains(t)) {
                  out.add(t);
                }
              });
    }
    return out;
  }

  private Map<String, Double> readExpected(
      JsonNode node,
      String p,
      List<Integer> partSteps,
      Map<String, Double> items,
      Map<String, List<Integer>> itemSteps) {
    Map<String, Double> out = new LinkedHashMap<>();
    if (node == null) {
      return out;
    }
    if (!node.isObject()) {
      c.error(p, "expected must be a mapping from item to value", "e.g. {\"h@2\": 0.39065}");
      return out;
    }
    for (var it = node.fields(); it.hasNext(); ) {
      var e = it.next();
      String ep = p + "/" + Checker.escape(e.getKey());
      var key = ItemKeys.parse(e.getKey());
      if (key.isEmpty()) {
        c.errorAtKey(
            ep,
            "cannot read item '" + e.getKey() + "'",
            "write quantity@step, e.g. h@2, or h[1]@2 for a component");
        continue;
      }
      if (!items.containsKey(key.get().quantity())) {
        c.errorAtKey(
            ep,
            "item '" + e.getKey() + "' names a quantity this part does not grade",
            "add it under items, or remove it here");
      } else if (!itemSteps
          .getOrDefault(key.get().quantity(), partSteps)
          .contains(key.get().step())) {
        c.errorAtKey(
            ep,
            "item '" + e.getKey() + "' names a step this part does not grade",
            "graded steps of "
                + key.get().quantity()
                + ": "
                + itemSteps.getOrDefault(key.get().quantity(), partSteps));
      }
      c.number(e.getValue(), ep).ifPresent(v -> out.put(e.getKey(), v));
    }
    return out;
  }
}
