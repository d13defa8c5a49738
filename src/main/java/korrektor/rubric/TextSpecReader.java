package korrektor.rubric;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a text part's grading keys: {@code concepts}, {@code traps}, {@code answer}, {@code
 * minWords} and {@code formula}.
 */
final class TextSpecReader {
  private static final Set<String> CONCEPT_KEYS = Checker.keys("name", "phrases", "points");
  private static final Set<String> TRAP_KEYS = Checker.keys("phrases", "message", "penalty");
  private static final Set<String> ANSWER_KEYS = Checker.keys("expect", "points");
  private static final Set<String> FORMULA_KEYS =
      Checker.keys(
          "kind",
          "steps",
          "input",
          "recurrent",
          "conventions",
          "credits",
          "swappedCredit",
          "recurrenceCredit");
  private static final Set<String> CONVENTION_KEYS = Checker.keys("input", "recurrent");

  private final Checker c;

  TextSpecReader(Checker c) {
    this.c = c;
  }

  TextSpec read(JsonNode part, String p, double partPoints) {
    List<Concept> concepts = new ArrayList<>();
    JsonNode cn = part.get("concepts");
    if (cn != null && !cn.isArray()) {
      c.error(
          p + "/concepts",
          "concepts must be a list",
          "e.g. [{name: fewer parameters, points: 1, phrases: [fewer parameters]}]");
    } else if (cn != null) {
      for (int i = 0; i < cn.size(); i++) {
        String cp = p + "/concepts/" + i;
        JsonNode n = cn.get(i);
        c.onlyKeys(n, cp, CONCEPT_KEYS);
        String name =
            c.string(c.member(n, cp, "name", true, "e.g. name: fewer parameters"), cp + "/name")
                .orElse("?");
        List<String> phrases = phrases(n, cp);
        double pts =
            c.number(c.member(n, cp, "points", true, "e.g. points: 1"), cp + "/points").orElse(0.0);
        if (pts <= 0) {
          c.error(cp + "/points", "a concept's points must be positive", "e.g. points: 1");
        }
        concepts.add(new Concept(name, phrases, pts));
      }
    }
    List<Trap> traps = new ArrayList<>();
    JsonNode tn = part.get("traps");
    if (tn != null && !tn.isArray()) {
      c.error(
          p + "/traps",
          "traps must be a list",
          "e.g. [{phrases: [more gates], message: \"…\", penalty: 1}]");
    } else if (tn != null) {
      for (int i = 0; i < tn.size(); i++) {
        String tp = p + "/traps/" + i;
        JsonNode n = tn.get(i);
        c.onlyKeys(n, tp, TRAP_KEYS);
        List<String> phrases = phrases(n, tp);
        String message =
            c.string(c.member(n, tp, "message", true, "what the student is told"), tp + "/message")
                .orElse("");
        double penalty = c.number(n.get("penalty"), tp + "/penalty").orElse(partPoints);
        if (penalty < 0) {
          c.error(tp + "/penalty", "penalty must not be negative", "e.g. penalty: 1");
        }
        traps.add(new Trap(phrases, message, penalty));
      }
    }
    ExpectedAnswer answer = null;
    JsonNode an = part.get("answer");
    if (an != null) {
      c.onlyKeys(an, p + "/answer", ANSWER_KEYS);
      JsonNode e = c.member(an, p + "/answer", "expect", true, "expect: yes or expect: no");
      Boolean yes = null;
      if (e != null && e.isBoolean()) {
        yes = e.asBoolean();
      } else if (e != null) {
        String s = e.asText().toLowerCase(Locale.ROOT);
        yes =
            switch (s) {
              case "yes", "ja", "true" -> Boolean.TRUE;
              case "no", "nein", "false" -> Boolean.FALSE;
              default -> {
                c.error(
                    p + "/answer/expect",
                    "expect must be yes or no, not '" + e.asText() + "'",
                    "expect: yes or expect: no");
                yield null;
              }
            };
      }
      double pts = c.number(an.get("points"), p + "/answer/points").orElse(0.0);
      if (yes != null) {
        answer = new ExpectedAnswer(yes, pts);
      }
    }
    int minWords =
        c.integer(part.get("minWords"), p + "/minWords").orElse(TextSpec.DEFAULT_MIN_WORDS);
    double conceptSum =
        concepts.stream().mapToDouble(Concept::points).sum()
            + (answer == null ? 0 : answer.points());
    if (!concepts.isEmpty() && conceptSum + 1e-9 < partPoints) {
      c.warning(
          p + "/concepts",
          "the concepts add up to "
              + RubricReader.fmt(conceptSum)
              + " of the part's "
              + RubricReader.fmt(partPoints)
              + " points, so no answer can be correct",
          "raise the concepts' points");
    }
    return new TextSpec(concepts, traps, answer, minWords);
  }

  FormulaSpec formula(JsonNode part, String p) {
    JsonNode n = part.get("formula");
    if (n == null) {
      return null;
    }
    String fp = p + "/formula";
    c.onlyKeys(n, fp, FORMULA_KEYS);
    String kind =
        c.string(c.member(n, fp, "kind", true, "kind: " + FormulaSpec.RNN_UNROLLED), fp + "/kind")
            .orElse(FormulaSpec.RNN_UNROLLED);
    if (!kind.equals(FormulaSpec.RNN_UNROLLED)) {
      c.error(
          fp + "/kind",
          "unknown formula kind '" + kind + "'",
          "expected one of " + FormulaSpec.RNN_UNROLLED);
    }
    int steps =
        c.integer(
                c.member(n, fp, "steps", true, "the number of inputs, e.g. steps: 5"),
                fp + "/steps")
            .orElse(1);
    if (steps < 1 || steps > 20) {
      c.error(fp + "/steps", "steps must be between 1 and 20", "e.g. steps: 5");
      steps = Math.max(1, Math.min(20, steps));
    }
    List<FormulaSpec.Convention> conventions = conventions(n, fp);
    Map<String, Double> credits = new LinkedHashMap<>();
    if (n.has("swappedCredit")) {
      credits.put(
          FormulaSpec.Mistake.SWAPPED.key(),
          share(n.get("swappedCredit"), fp + "/swappedCredit", 0));
    }
    if (n.has("recurrenceCredit")) {
      credits.put(
          FormulaSpec.Mistake.RECURRENCE.key(),
          share(n.get("recurrenceCredit"), fp + "/recurrenceCredit", 0));
    }
    JsonNode cr = n.get("credits");
    if (cr != null && !cr.isObject()) {
      c.error(
          fp + "/credits",
          "credits must be a mapping from a mistake to a share of the points",
          "e.g. credits: {recurrence: 0.5, ellipsis: 0.75}");
    } else if (cr != null) {
      Map<String, FormulaSpec.Mistake> byKey = new LinkedHashMap<>();
      for (FormulaSpec.Mistake m : FormulaSpec.Mistake.values()) {
        byKey.put(m.key(), m);
      }
      cr.fieldNames()
          .forEachRemaining(
              k -> {
                if (!byKey.containsKey(k)) {
                  c.error(
                      fp + "/credits/" + k,
                      "unknown mistake '" + k + "'",
                      "expected one of " + String.join(", ", byKey.keySet()));
                } else {
                  credits.put(
                      k, share(cr.get(k), fp + "/credits/" + k, byKey.get(k).defaultCredit()));
                }
              });
    }
    return new FormulaSpec(kind, steps, conventions, credits);
  }

  private List<FormulaSpec.Convention> conventions(JsonNode n, String fp) {
    List<FormulaSpec.Convention> out = new ArrayList<>();
    JsonNode list = n.get("conventions");
    if (list != null && (n.has("input") || n.has("recurrent"))) {
      c.error(
          fp + "/conventions",
          "give either input/recurrent or conventions, not both",
          "e.g. conventions: [{input: W, recurrent: U}, {input: U, recurrent: W}]");
    }
    if (list != null && (!list.isArray() || list.isEmpty())) {
      c.error(
          fp + "/conventions",
          "conventions must be a non-empty list",
          "e.g. conventions: [{input: W, recurrent: U}, {input: U, recurrent: W}]");
    } else if (list != null) {
      for (int i = 0; i < list.size(); i++) {
        String cp = fp + "/conventions/" + i;
        c.onlyKeys(list.get(i), cp, CONVENTION_KEYS);
        out.add(convention(list.get(i), cp));
      }
    }
    if (out.isEmpty()) {
      out.add(convention(n, fp));
    }
    return out;
  }

  private FormulaSpec.Convention convention(JsonNode n, String p) {
    String input = c.string(n.get("input"), p + "/input").orElse("W");
    String recurrent = c.string(n.get("recurrent"), p + "/recurrent").orElse("U");
    if (input.equals(recurrent)) {
      c.error(
          p + "/recurrent",
          "input and recurrent must be different matrices",
          "e.g. input: W, recurrent: U");
    }
    return new FormulaSpec.Convention(input, recurrent);
  }

  private double share(JsonNode n, String p, double fallback) {
    double v = c.number(n, p).orElse(fallback);
    if (v < 0 || v > 1) {
      c.error(p, "must be between 0 and 1 (a share of the part's points)", "e.g. 0.5");
      return fallback;
    }
    return v;
  }

  private List<String> phrases(JsonNode n, String p) {
    List<String> phrases =
        c.strings(
            c.member(n, p, "phrases", true, "e.g. phrases: [fewer parameters, weniger Parameter]"),
            p + "/phrases");
    if (phrases.stream().anyMatch(String::isBlank)) {
      c.error(p + "/phrases", "a phrase must not be empty", null);
    }
    return phrases.stream().filter(s -> !s.isBlank()).toList();
  }
}
