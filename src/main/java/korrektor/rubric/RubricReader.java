package korrektor.rubric;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import korrektor.reference.ModelSpec;
import korrektor.reference.ReferenceModel;

/**
 * Reads a rubric from YAML and validates it: unknown keys, wrong types, points that don't add up,
 * unknown quantities and an invalid model are all reported at once, each with its line and column.
 * The key reference is {@code docs/rubric.md}.
 */
public final class RubricReader {
  static final Set<String> TOP_KEYS =
      Checker.keys(
          "id",
          "title",
          "points",
          "reveal",
          "model",
          "quantities",
          "tolerance",
          "questions",
          "policies",
          "notations",
          "shared",
          "language");
  static final Set<String> POLICY_KEYS = Checker.keys("missingName", "group", "plagiarism");
  static final Set<String> GROUP_KEYS = Checker.keys("points", "participation", "apply");
  static final Set<String> PLAGIARISM_KEYS = Checker.keys("points", "participation");
  static final Set<String> QUESTION_KEYS =
      Checker.keys("id", "title", "points", "parts", "followThrough");
  static final Set<String> PART_KEYS =
      Checker.keys(
          "id",
          "kind",
          "title",
          "points",
          "labels",
          "steps",
          "items",
          "expected",
          "tolerance",
          "followThrough",
          "conventions",
          "mistakes",
          "autoMistakes",
          "reviewMargin",
          "concepts",
          "traps",
          "answer",
          "minWords",
          "formula",
          "review");
  static final Set<String> QUANTITY_KEYS = Checker.keys("name", "aliases");
  private static final double EPS = 1e-9;

  private RubricReader() {}

  /** Reads and validates a rubric file; throws with all diagnostics when it has errors. */
  public static Rubric read(Path file) throws RubricException {
    Result result = check(file);
    if (result.rubricOrNull() == null) {
      throw new RubricException(result.diagnostics());
    }
    return result.rubricOrNull();
  }

  /** Reads and validates a rubric file, returning the rubric (if usable) and every diagnostic. */
  public static Result check(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return Result.failed(
          new Diagnostic(
              file.toString(),
              0,
              0,
              Diagnostic.Severity.ERROR,
              "rubric file not found",
              "check the path; shipped rubrics are in rubrics/"));
    } catch (IOException e) {
      return Result.failed(
          new Diagnostic(
              file.toString(),
              0,
              0,
              Diagnostic.Severity.ERROR,
              "cannot read the rubric: " + e.getMessage(),
              "check the file's permissions and encoding (UTF-8)"));
    }
    return parse(text, file.toString());
  }

  /** Parses and validates rubric text; {@code source} names it in diagnostics. */
  public static Result parse(String text, String source) {
    LocatedYaml yaml;
    try {
      yaml = LocatedYaml.parse(text);
    } catch (JsonProcessingException e) {
      var l = e.getLocation();
      String msg = e.getOriginalMessage().lines().findFirst().orElse("syntax error");
      int line = l == null ? 0 : l.getLineNr();
      return Result.failed(
          new Diagnostic(
              source,
              line,
              l == null ? 0 : l.getColumnNr(),
              Diagnostic.Severity.ERROR,
              "YAML syntax: " + msg,
              YamlHints.hint(e.getOriginalMessage(), text, line)));
    }
    Checker c = new Checker(source, yaml);
    JsonNode root = yaml.root();
    if (root == null || !root.isObject()) {
      c.error("", "a rubric must be a mapping with keys " + String.join(", ", TOP_KEYS), null);
      return new Result(null, c.diagnostics());
    }
    c.onlyKeys(root, "", TOP_KEYS);
    String id =
        c.string(c.member(root, "", "id", true, "e.g. id: sheet09"), "/id").orElse("rubric");
    String title = c.string(c.member(root, "", "title", false, null), "/title").orElse(id);
    Reveal reveal = readReveal(c, root);
    String language =
        c.string(c.member(root, "", "language", false, null), "/language")
            .map(
                s -> {
                  String l = s.strip().toLowerCase(java.util.Locale.ROOT);
                  if (!Rubric.LANGUAGES.contains(l)) {
                    c.error(
                        "/language",
                        "unknown language '" + s + "'",
                        "expected one of " + String.join(", ", Rubric.LANGUAGES));
                    return "en";
                  }
                  return l;
                })
            .orElse("en");

    ModelSpec model = null;
    ReferenceModel reference = null;
    JsonNode modelNode = c.member(root, "", "model", false, null);
    if (modelNode != null) {
      int before = c.diagnostics().size();
      model = new ModelReader(c).read(modelNode, "/model");
      if (model != null) {
        List<String> problems = model.validate();
        for (String p : problems) {
          reportModelProblem(c, p);
        }
        if (problems.isEmpty()) {
          reference = ReferenceModel.of(model);
        }
      }
      c.modelBroken = reference == null && c.diagnostics().size() > before;
    }
    Map<String, QuantityDef> quantities = readQuantities(c, root, reference);
    Tolerance defaultTolerance =
        TolerancesReader.read(
            c, c.member(root, "", "tolerance", false, null), "/tolerance", Tolerance.DEFAULT);
    List<Question> questions =
        new QuestionsReader(
                c,
                quantities,
                reference,
                defaultTolerance,
                modelNode != null,
                reference == null ? null : model)
            .read(
                c.member(
                    root, "", "questions", true, "list the sheet's questions with their parts"));

    JsonNode total = c.member(root, "", "points", false, null);
    double sum = questions.stream().mapToDouble(Question::points).sum();
    c.number(total, "/points")
        .ifPresent(
            p -> {
              if (Math.abs(p - sum) > EPS) {
                c.error(
                    "/points",
                    "points: " + fmt(p) + " but the questions add up to " + fmt(sum),
                    "make the question points add up, or change points to " + fmt(sum));
              }
            });
    Map<String, Map<String, String>> notations = readNotations(c, root, quantities);
    RubricLint.escapes(c, yaml, root, "");
    if (model != null) {
      RubricLint.familyLetters(
          c,
          root.has("notations") ? "/notations" : "/model/type",
          Vocabulary.defaults(model.type().id()),
          notations,
          quantities);
    }
    if (!c.hasErrors() && reference != null) {
      RubricLint.collisions(c, model, questions);
    }
    if (c.hasErrors()) {
      return new Result(null, c.diagnostics());
    }
    return new Result(
        new Rubric(
            id,
            title,
            source,
            reveal,
            model,
            quantities,
            questions,
            readPolicies(c, root),
            notations,
            language),
        c.diagnostics());
  }

  private static Policies readPolicies(Checker c, JsonNode root) {
    JsonNode node = c.member(root, "", "policies", false, null);
    if (node == null) {
      return Policies.DEFAULT;
    }
    if (!node.isObject()) {
      c.error("/policies", "policies must be a mapping", "e.g. policies: {missingName: flag}");
      return Policies.DEFAULT;
    }
    c.onlyKeys(node, "/policies", POLICY_KEYS);
    Policies.MissingName missingName =
        c.string(c.member(node, "/policies", "missingName", false, null), "/policies/missingName")
            .map(
                s ->
                    Policies.MissingName.parse(s)
                        .orElseGet(
                            () -> {
                              c.error(
                                  "/policies/missingName",
                                  "unknown missingName policy '" + s + "'",
                                  "expected one of flag, zero");
                              return Policies.MissingName.FLAG;
                            }))
            .orElse(Policies.MissingName.FLAG);
    return new Policies(missingName, readGroup(c, node), readPlagiarism(c, node));
  }

  private static Policies.Group readGroup(Checker c, JsonNode policies) {
    Policies.Group d = Policies.Group.DEFAULT;
    JsonNode node = c.member(policies, "/policies", "group", false, null);
    if (node == null) {
      return d;
    }
    if (!node.isObject()) {
      c.error(
          "/policies/group",
          "group must be a mapping",
          "e.g. group: {points: 0, participation: true}");
      return d;
    }
    c.onlyKeys(node, "/policies/group", GROUP_KEYS);
    double points = policyPoints(c, node, "/policies/group", d.points());
    boolean participation = flag(c, node, "/policies/group", d.participation());
    Policies.Group.Apply apply =
        c.string(c.member(node, "/policies/group", "apply", false, null), "/policies/group/apply")
            .map(
                s ->
                    Policies.Group.Apply.parse(s)
                        .orElseGet(
                            () -> {
                              c.error(
                                  "/policies/group/apply",
                                  "unknown group apply '" + s + "'",
                                  "expected one of declared, confirmed");
                              return d.apply();
                            }))
            .orElse(d.apply());
    return new Policies.Group(points, participation, apply);
  }

  private static Policies.Plagiarism readPlagiarism(Checker c, JsonNode policies) {
    Policies.Plagiarism d = Policies.Plagiarism.DEFAULT;
    JsonNode node = c.member(policies, "/policies", "plagiarism", false, null);
    if (node == null) {
      return d;
    }
    if (!node.isObject()) {
      c.error(
          "/policies/plagiarism", "plagiarism must be a mapping", "e.g. plagiarism: {points: 0}");
      return d;
    }
    c.onlyKeys(node, "/policies/plagiarism", PLAGIARISM_KEYS);
    return new Policies.Plagiarism(
        policyPoints(c, node, "/policies/plagiarism", d.points()),
        flag(c, node, "/policies/plagiarism", d.participation()));
  }

  private static double policyPoints(Checker c, JsonNode node, String pointer, double fallback) {
    return c.number(c.member(node, pointer, "points", false, null), pointer + "/points")
        .filter(
            p -> {
              if (p < 0) {
                c.error(pointer + "/points", "points must be at least 0", "e.g. points: 0");
                return false;
              }
              return true;
            })
        .orElse(fallback);
  }

  private static boolean flag(Checker c, JsonNode node, String pointer, boolean fallback) {
    JsonNode m = c.member(node, pointer, "participation", false, null);
    if (m == null) {
      return fallback;
    }
    if (!m.isBoolean()) {
      c.error(
          pointer + "/participation",
          "participation must be true or false",
          "e.g. participation: true");
      return fallback;
    }
    return m.asBoolean();
  }

  private static Reveal readReveal(Checker c, JsonNode root) {
    return c.string(c.member(root, "", "reveal", false, null), "/reveal")
        .map(
            s ->
                Reveal.parse(s)
                    .orElseGet(
                        () -> {
                          c.error(
                              "/reveal",
                              "unknown reveal policy '" + s + "'",
                              "expected one of tutor, student, after-deadline");
                          return Reveal.TUTOR;
                        }))
        .orElse(Reveal.TUTOR);
  }

  private static void reportModelProblem(Checker c, String problem) {
    int colon = problem.indexOf(": ");
    String path = colon > 0 ? problem.substring(0, colon) : "";
    String message = colon > 0 ? problem.substring(colon + 2) : problem;
    String pointer =
        "/model"
            + (path.isEmpty() ? "" : "/" + path.replaceAll("\\[(\\d+)]", ".$1").replace('.', '/'));
    if (c.hasErrorAt(pointer)) {
      return; // the value there was already reported as unreadable; "missing" would only repeat it
    }
    c.error(pointer, "model." + path + ": " + message, null);
  }

  private static Map<String, QuantityDef> readQuantities(
      Checker c, JsonNode root, ReferenceModel reference) {
    Map<String, QuantityDef> out = new LinkedHashMap<>();
    JsonNode node = c.member(root, "", "quantities", false, null);
    if (node == null) {
      if (reference != null) {
        for (String q : reference.quantities()) {
          out.put(q, new QuantityDef(q, q, List.of(q)));
        }
      }
      return out;
    }
    if (!node.isObject()) {
      c.error(
          "/quantities",
          "quantities must be a mapping from quantity id to its name and aliases",
          null);
      return out;
    }
    for (var it = node.fields(); it.hasNext(); ) {
      var e = it.next();
      String qid = e.getKey();
      String p = "/quantities/" + Checker.escape(qid);
      if (reference != null && !reference.quantities().contains(qid)) {
        c.errorAtKey(
            p,
            "unknown quantity '" + qid + "': the " + "model does not compute it",
            Checker.nearest(qid, reference.quantities())
                    .map(n -> "did you mean '" + n + "'? ")
                    .orElse("")
                + "the model computes "
                + String.join(", ", reference.quantities()));
      }
      JsonNode q = e.getValue();
      List<String> aliases = new ArrayList<>();
      String name = qid;
      if (q != null && q.isObject()) {
        c.onlyKeys(q, p, QUANTITY_KEYS);
        name = c.string(c.member(q, p, "name", false, null), p + "/name").orElse(qid);
        aliases.addAll(c.strings(c.member(q, p, "aliases", false, null), p + "/aliases"));
        lintAliases(c, q.get("aliases"), p + "/aliases", qid);
      } else if (q != null && q.isArray()) {
        aliases.addAll(c.strings(q, p));
        lintAliases(c, q, p, qid);
      } else if (q != null && !q.isNull()) {
        c.error(
            p,
            "expected a mapping with name and aliases",
            "e.g. h: {name: hidden state, aliases: [h, hidden]}");
      }
      if (!aliases.contains(qid)) {
        aliases.add(0, qid);
      }
      out.put(qid, new QuantityDef(qid, name, aliases));
    }
    return out;
  }

  private static void lintAliases(Checker c, JsonNode list, String pointer, String quantity) {
    if (list == null) {
      return;
    }
    if (!list.isArray()) {
      RubricLint.alias(c, pointer, list.asText(), quantity);
      return;
    }
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i).isTextual() && !list.get(i).asText().strip().equals(quantity)) {
        RubricLint.alias(c, pointer + "/" + i, list.get(i).asText(), quantity);
      }
    }
  }

  /**
   * The rubric's own notation families: {@code notations: {olah: {i: g, o: q, C: s}}}, each symbol
   * naming one of the rubric's quantities.
   */
  private static Map<String, Map<String, String>> readNotations(
      Checker c, JsonNode root, Map<String, QuantityDef> quantities) {
    Map<String, Map<String, String>> out = new LinkedHashMap<>();
    JsonNode node = c.member(root, "", "notations", false, null);
    if (node == null) {
      return out;
    }
    if (!node.isObject()) {
      c.error(
          "/notations",
          "notations must be a mapping from a family name to its symbols",
          "e.g. notations: {olah: {i: g, o: q, C: s}}");
      return out;
    }
    for (var it = node.fields(); it.hasNext(); ) {
      var family = it.next();
      String p = "/notations/" + Checker.escape(family.getKey());
      if (!family.getValue().isObject()) {
        c.error(
            p,
            "a notation family maps each symbol to a quantity id",
            "e.g. olah: {i: g, o: q, C: s}");
        continue;
      }
      Map<String, String> symbols = new LinkedHashMap<>();
      for (var s = family.getValue().fields(); s.hasNext(); ) {
        var e = s.next();
        String quantity = e.getValue().asText();
        if (!quantities.containsKey(quantity)) {
          c.error(
              p + "/" + Checker.escape(e.getKey()),
              "symbol '" + e.getKey() + "' names an unknown quantity '" + quantity + "'",
              "the rubric's quantities are " + String.join(", ", quantities.keySet()));
          continue;
        }
        symbols.put(e.getKey(), quantity);
        RubricLint.alias(c, p + "/" + Checker.escape(e.getKey()), e.getKey(), quantity);
      }
      out.put(family.getKey(), symbols);
    }
    return out;
  }

  static String fmt(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }

  /** A validated rubric (absent when there are errors) and all diagnostics. */
  public record Result(Rubric rubricOrNull, List<Diagnostic> diagnostics) {
    public Result {
      diagnostics = List.copyOf(diagnostics);
    }

    static Result failed(Diagnostic d) {
      return new Result(null, List.of(d));
    }

    public java.util.Optional<Rubric> rubric() {
      return java.util.Optional.ofNullable(rubricOrNull);
    }

    public boolean hasErrors() {
      return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
  }
}
