package korrektor.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the value part of an answer: one number ({@code 0.39}, {@code 0.39 (rounded)}) or a vector
 * in brackets ({@code (0.57, −0.20)}, {@code [0,57; -0,20]}); anything that is a formula ({@code
 * 0.63 · 0.62}) is not a value.
 */
final class Vectors {
  private Vectors() {}

  /** The numbers the segment consists of, or an empty list when it is not a plain value. */
  static List<NumberToken> read(String segment) {
    String s = Regex.replaceFirst(segment.strip(), "^(?:approx\\.?|ca\\.?|~)\\s*", "");
    if (s.isEmpty()) {
      return List.of();
    }
    char first = s.charAt(0);
    if (first == '(' || first == '[' || first == '⟨' || first == '{') {
      int close = s.indexOf(first == '(' ? ')' : first == '[' ? ']' : first == '{' ? '}' : '⟩');
      if (close < 0) {
        return List.of();
      }
      String inner = s.substring(1, close);
      String[] parts = inner.contains(";") ? inner.split(";")
          : inner.contains(".") ? Regex.split(inner, "\\s*,\\s*|\\s+")
          : Regex.split(inner, ",\\s+|\\s*,\\s*(?=-)|\\s+");
      List<NumberToken> out = new ArrayList<>();
      for (String p : parts) {
        if (p.isBlank()) {
          continue;
        }
        var n = Numbers.whole(p.strip());
        if (n.isEmpty()) {
          return List.of();
        }
        out.add(n.get());
      }
      String rest = s.substring(close + 1).strip();
      return out.size() >= 1 && (rest.isEmpty() || Regex.matches(rest, "[,;.]?(\\s*[\\p{L}(].*)?")) ? out : List.of();
    }
    List<NumberToken> all = Numbers.findAll(s);
    if (all.isEmpty() || all.get(0).start() != 0) {
      return List.of();
    }
    String rest = s.substring(all.get(0).end()).strip();
    if (!rest.isEmpty() && all.get(0).isInteger()) {
      return List.of(); // "3, obwohl ..." is prose, not an answer
    }
    if (rest.isEmpty() || Regex.matches(rest, "[,;.]?(\\s*([\\p{L}(]|\\.\\.\\.|…).*)?") && !Regex.matches(rest, "\\(\\s*[-\\d].*")) {
      return List.of(all.get(0));
    }
    return List.of();
  }
}
