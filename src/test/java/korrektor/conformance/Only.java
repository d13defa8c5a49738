package korrektor.conformance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The {@code -Dconformance.only} filter: comma-separated {@code dimension=value} pairs ({@code
 * format=pdf,layout=key-value}) or bare values ({@code pdf,olah}), each bare value restricting
 * whichever dimension knows it.
 */
final class Only {
  static final List<String> DIMENSIONS =
      List.of(
          "rubric", "format", "layout", "notation", "labels", "steps", "numbers", "trace", "lang");

  private final Map<String, Set<String>> byDimension = new HashMap<>();
  private final Set<String> bare = new HashSet<>();

  private Only() {}

  static Only parse(String spec) {
    Only o = new Only();
    if (spec == null || spec.isBlank()) {
      return o;
    }
    for (String part : spec.split(",")) {
      String p = part.strip().toLowerCase(Locale.ROOT);
      if (p.isEmpty()) {
        continue;
      }
      int eq = p.indexOf('=');
      if (eq < 0) {
        o.bare.add(p);
        continue;
      }
      String dim = p.substring(0, eq).strip();
      if (!DIMENSIONS.contains(dim)) {
        throw new IllegalArgumentException(
            "conformance.only: unknown dimension '" + dim + "'; expected one of " + DIMENSIONS);
      }
      o.byDimension.computeIfAbsent(dim, k -> new HashSet<>()).add(p.substring(eq + 1).strip());
    }
    return o;
  }

  boolean isEmpty() {
    return byDimension.isEmpty() && bare.isEmpty();
  }

  /** The candidates this filter allows for a dimension (all when it says nothing about it). */
  <T> List<T> restrict(String dimension, List<T> candidates, Function<T, String> name) {
    Set<String> wanted = byDimension.get(dimension);
    if (wanted == null) {
      Set<String> names = new HashSet<>();
      candidates.forEach(c -> names.add(name.apply(c).toLowerCase(Locale.ROOT)));
      wanted = new HashSet<>(bare);
      wanted.retainAll(names);
      if (wanted.isEmpty()) {
        return candidates;
      }
    }
    List<T> out = new ArrayList<>();
    for (T c : candidates) {
      if (wanted.contains(name.apply(c).toLowerCase(Locale.ROOT))) {
        out.add(c);
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return isEmpty() ? "(all)" : byDimension + (bare.isEmpty() ? "" : " " + bare);
  }
}
