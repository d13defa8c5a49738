package korrektor.rubric;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads typed values out of a YAML tree while collecting every problem as a {@link Diagnostic} with
 * the line and column of the offending key or value.
 */
final class Checker {
  private final String file;
  private final LocatedYaml yaml;
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  Checker(String file, LocatedYaml yaml) {
    this.file = file;
    this.yaml = yaml;
  }

  List<Diagnostic> diagnostics() {
    // text shared through a YAML alias is checked at each use but reported once, where it is
    // written
    return diagnostics.stream()
        .distinct()
        .sorted(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column))
        .toList();
  }

  /**
   * Whether the model was declared but has errors: what depends on it is then not reported again.
   */
  boolean modelBroken;

  /**
   * Whether an error is already reported at the position of {@code pointer}'s value (a knock-on
   * error would repeat it).
   */
  boolean hasErrorAt(String pointer) {
    int[] pos = yaml.valuePosition(pointer);
    return diagnostics.stream()
        .anyMatch(d -> d.isError() && d.line() == pos[0] && d.column() == pos[1]);
  }

  boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  void error(String pointer, String message, String hint) {
    add(yaml.valuePosition(pointer), Diagnostic.Severity.ERROR, message, hint);
  }

  void errorAtKey(String pointer, String message, String hint) {
    add(yaml.keyPosition(pointer), Diagnostic.Severity.ERROR, message, hint);
  }

  void warning(String pointer, String message, String hint) {
    add(yaml.valuePosition(pointer), Diagnostic.Severity.WARNING, message, hint);
  }

  void warningAtKey(String pointer, String message, String hint) {
    add(yaml.keyPosition(pointer), Diagnostic.Severity.WARNING, message, hint);
  }

  LocatedYaml yaml() {
    return yaml;
  }

  private void add(int[] at, Diagnostic.Severity severity, String message, String hint) {
    diagnostics.add(new Diagnostic(file, at[0], at[1], severity, message, hint));
  }

  /** Reports every key of {@code node} not in {@code allowed}, suggesting the nearest one. */
  void onlyKeys(JsonNode node, String pointer, Collection<String> allowed) {
    if (node == null || !node.isObject()) {
      return;
    }
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (LocatedYaml.MERGE.equals(key)) {
        errorAtKey(
            pointer + "/" + escape(key),
            "a merge key '<<' takes a mapping or a list of mappings",
            "anchor a mapping and merge it: 'base: &base {credit: 0}' then '<<: *base'");
        continue;
      }
      if (!allowed.contains(key)) {
        String hint =
            nearest(key, allowed)
                .map(n -> "did you mean '" + n + "'? valid keys: " + String.join(", ", allowed))
                .orElse("valid keys: " + String.join(", ", allowed));
        errorAtKey(pointer + "/" + escape(key), "unknown key '" + key + "'", hint);
      }
    }
  }

  /** The member {@code key} of an object node, or null when absent (reported when required). */
  JsonNode member(JsonNode node, String pointer, String key, boolean required, String hint) {
    JsonNode m = node == null ? null : node.get(key);
    if ((m == null || m.isNull()) && required) {
      error(pointer, "missing required key '" + key + "'", hint);
      return null;
    }
    return m == null || m.isNull() ? null : m;
  }

  Optional<String> string(JsonNode node, String pointer) {
    if (node == null) {
      return Optional.empty();
    }
    if (node.isTextual() || node.isNumber() || node.isBoolean()) {
      return Optional.of(node.asText());
    }
    error(pointer, "expected a text value, found " + describe(node), null);
    return Optional.empty();
  }

  Optional<Double> number(JsonNode node, String pointer) {
    if (node == null) {
      return Optional.empty();
    }
    if (node.isNumber()) {
      return Optional.of(node.asDouble());
    }
    error(
        pointer,
        "expected a number, found " + describe(node),
        "write numbers with a decimal point, e.g. 0.5");
    return Optional.empty();
  }

  Optional<Integer> integer(JsonNode node, String pointer) {
    if (node == null) {
      return Optional.empty();
    }
    if (node.isIntegralNumber()) {
      return Optional.of(node.asInt());
    }
    error(pointer, "expected a whole number, found " + describe(node), null);
    return Optional.empty();
  }

  /** A list of strings; a single string is taken as a list of one. */
  List<String> strings(JsonNode node, String pointer) {
    List<String> out = new ArrayList<>();
    if (node == null) {
      return out;
    }
    if (!node.isArray()) {
      string(node, pointer).ifPresent(out::add);
      return out;
    }
    for (int i = 0; i < node.size(); i++) {
      JsonNode item = node.get(i);
      String at = pointer + "/" + i;
      if (item.isBoolean()) {
        String written = yaml.source(at, false).split("[,\\]]", 2)[0].strip();
        warning(
            at,
            "'" + written + "' is read by YAML as " + item.asText() + ", not as text",
            "YAML reads yes, no, on, off, true and false unquoted as true or false; write it in quotes: '"
                + written
                + "'");
      } else if (item.isNull()) {
        warning(
            at,
            "an empty item (~, null or nothing) is left out",
            "write '~' in quotes if you mean the tilde");
        continue;
      }
      string(item, at).ifPresent(out::add);
    }
    return out;
  }

  static String describe(JsonNode node) {
    if (node.isObject()) {
      return "a mapping";
    }
    if (node.isArray()) {
      return "a list";
    }
    if (node.isTextual()) {
      return "'" + node.asText() + "'";
    }
    return node.asText();
  }

  static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }

  static Optional<String> nearest(String key, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      int d =
          distance(key.toLowerCase(java.util.Locale.ROOT), c.toLowerCase(java.util.Locale.ROOT));
      if (d < bestDistance) {
        bestDistance = d;
        best = c;
      }
    }
    return best != null && bestDistance <= Math.max(2, key.length() / 3)
        ? Optional.of(best)
        : Optional.empty();
  }

  static int distance(String a, String b) {
    return korrektor.rubric.EditDistance.between(a, b);
  }

  static Set<String> keys(String... names) {
    return new java.util.LinkedHashSet<>(List.of(names));
  }
}
