package korrektor.rubric;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/** Reads a {@code tolerance:} mapping; see {@link Tolerance} for the formulas. */
final class TolerancesReader {
  static final java.util.Set<String> KEYS =
      Checker.keys("abs", "rel", "decimals", "minDecimals", "sigfigs", "minSigfigs", "combine");

  private TolerancesReader() {}

  /** The tolerance at {@code node}, or {@code fallback} when the node is absent. */
  static Tolerance read(Checker c, JsonNode node, String p, Tolerance fallback) {
    if (node == null) {
      return fallback;
    }
    if (!node.isObject()) {
      c.error(p, "tolerance must be a mapping", "keys: " + String.join(", ", KEYS));
      return fallback;
    }
    c.onlyKeys(node, p, KEYS);
    Double abs = nonNegative(c, node, p, "abs");
    Double rel = nonNegative(c, node, p, "rel");
    Integer decimals = null;
    boolean decimalsFromAnswer = false;
    JsonNode d = node.get("decimals");
    if (d != null && d.isTextual() && d.asText().trim().toLowerCase(Locale.ROOT).equals("answer")) {
      decimalsFromAnswer = true;
    } else if (d != null) {
      decimals = c.integer(d, p + "/decimals").orElse(null);
    }
    Integer sigfigs = null;
    boolean sigfigsFromAnswer = false;
    JsonNode s = node.get("sigfigs");
    if (s != null && s.isTextual() && s.asText().trim().toLowerCase(Locale.ROOT).equals("answer")) {
      sigfigsFromAnswer = true;
    } else if (s != null) {
      sigfigs = c.integer(s, p + "/sigfigs").orElse(null);
      if (sigfigs != null && sigfigs < 1) {
        c.error(p + "/sigfigs", "sigfigs must be at least 1", null);
      }
    }
    int minDecimals = c.integer(node.get("minDecimals"), p + "/minDecimals").orElse(0);
    int minSigfigs = c.integer(node.get("minSigfigs"), p + "/minSigfigs").orElse(1);
    Tolerance.Combine combine = Tolerance.Combine.ANY;
    JsonNode comb = node.get("combine");
    if (comb != null) {
      String v = c.string(comb, p + "/combine").orElse("any").trim().toLowerCase(Locale.ROOT);
      if (v.equals("all")) {
        combine = Tolerance.Combine.ALL;
      } else if (!v.equals("any")) {
        c.error(
            p + "/combine",
            "unknown combine '" + v + "'",
            "expected any (one rule suffices) or all");
      }
    }
    Tolerance t =
        new Tolerance(
            abs,
            rel,
            decimals,
            decimalsFromAnswer,
            minDecimals,
            sigfigs,
            sigfigsFromAnswer,
            minSigfigs,
            combine);
    if (!t.hasRules()) {
      c.error(p, "tolerance sets no rule", "set at least one of abs, rel, decimals, sigfigs");
    }
    return t;
  }

  private static Double nonNegative(Checker c, JsonNode node, String p, String key) {
    Double v = c.number(node.get(key), p + "/" + key).orElse(null);
    if (v != null && v < 0) {
      c.error(p + "/" + key, key + " must not be negative", null);
      return null;
    }
    return v;
  }
}
