package korrektor.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import korrektor.rubric.QuantityDef;

/**
 * Recognises quantity labels: an alias from the rubric followed by optional index markers, in any
 * of the writings {@code h(2)}, {@code h (2)}, {@code h_2}, {@code h_{2}}, {@code h^(2)},
 * {@code h^{(2)}}, {@code h₂}, {@code h2}, {@code h(t=2)}, {@code h_t}, {@code h^{(t)}}, and for
 * vector components {@code h[1]}, {@code h_1^{(2)}}, {@code h1(2)}. Aliases of one or two
 * characters match case-sensitively and only as whole tokens.
 */
public final class LabelMatcher {
  private static final Pattern MARKER = Pattern.compile(
      "\\[(\\d)]"                                                  // 1: [d] component
          + "|\\s?\\(\\s?(?:t\\s?=\\s?)?(\\d|t)\\s?\\)"             // 2: (d) (t=d) (t)
          + "|\\^\\s?\\{?\\s?[(<]?\\s?(?:t\\s?=\\s?)?(\\d|t)\\s?[)>]?\\s?}?" // 3: ^(d) ^{(d)} ^d ^<d>
          + "|_\\s?\\{?\\s?\\(?\\s?(?:t\\s?=\\s?)?(\\d|t)\\s?\\)?\\s?}?"     // 4: _d _{d} _(d) _{t=d}
          + "|(\\d)(?!\\d)"                                           // 5: attached digit
          + "|\\s(\\d)(?=\\s?[=:≈(^])"                                  // 6: PDF subscript: "output 1 = …"
          + "|\\s(t)(?=\\s+[-+]?[.,]?\\d)");                                // 7: PDF subscript t: "output t 0.55 …"

  private record Alias(String text, String quantity, boolean caseSensitive) {}

  /** Labels of short cells are kept (headers repeat across students). */
  private static final int MEMO_MAX_LENGTH = 48;

  private final List<Alias> aliases;
  /**
   * For each first character (as matched: lower case unless case-sensitive): the indexes (in
   * {@link #aliases}) of the aliases starting with it.
   */
  private final AliasIndex caseSensitiveByFirst;
  private final AliasIndex caseInsensitiveByFirst;
  /** Indexes of aliases without characters (they would match anywhere); normally none. */
  private final int[] emptyAliases;
  private final Map<String, Integer> dimensions;
  private final BoundedMemo<String, Optional<Label>> wholeMemo = new BoundedMemo<>(20_000);

  /**
   * @param quantities the rubric's quantities with aliases
   * @param dimensions quantity → number of components (1 for scalars); missing means 1
   */
  public LabelMatcher(Iterable<QuantityDef> quantities, Map<String, Integer> dimensions) {
    List<Alias> list = new ArrayList<>();
    for (QuantityDef q : quantities) {
      for (String a : q.aliases()) {
        String n = Text.normalize(a);
        boolean cs = n.length() <= 2;
        list.add(new Alias(cs ? n : n.toLowerCase(Locale.ROOT), q.id(), cs));
      }
    }
    list.sort(Comparator.comparingInt((Alias a) -> a.text().length()).reversed());
    this.aliases = List.copyOf(list);
    this.caseSensitiveByFirst = new AliasIndex(this.aliases, true);
    this.caseInsensitiveByFirst = new AliasIndex(this.aliases, false);
    this.emptyAliases = java.util.stream.IntStream.range(0, this.aliases.size())
        .filter(k -> this.aliases.get(k).text().isEmpty()).toArray();
    this.dimensions = Map.copyOf(dimensions);
  }

  /** The aliases of one kind (case-sensitive or not) by their first character. */
  private static final class AliasIndex {
    private static final int[] NONE = {};
    private final int[][] ascii = new int[128][];
    private final Map<Character, int[]> other = new java.util.HashMap<>();

    AliasIndex(List<Alias> aliases, boolean caseSensitive) {
      Map<Character, List<Integer>> by = new java.util.HashMap<>();
      for (int k = 0; k < aliases.size(); k++) {
        Alias a = aliases.get(k);
        if (a.caseSensitive() == caseSensitive && !a.text().isEmpty()) {
          by.computeIfAbsent(a.text().charAt(0), c -> new ArrayList<>()).add(k);
        }
      }
      by.forEach((c, list) -> {
        int[] indexes = list.stream().mapToInt(Integer::intValue).toArray();
        if (c < 128) {
          ascii[c] = indexes;
        } else {
          other.put(c, indexes);
        }
      });
    }

    /** Indexes of the aliases starting with {@code c}, ascending. */
    int[] startingWith(char c) {
      int[] found = c < 128 ? ascii[c] : other.get(c);
      return found == null ? NONE : found;
    }
  }

  int dimension(String quantity) {
    return dimensions.getOrDefault(quantity, 1);
  }

  /** All labels in a normalised text, left to right, not overlapping. */
  public List<Label> findAll(String text) {
    List<Label> out = new ArrayList<>();
    String lower = text.toLowerCase(Locale.ROOT);
    int i = 0;
    while (i < text.length()) {
      if (!startsAnAlias(text.charAt(i)) && (i >= lower.length() || !startsAnAlias(lower.charAt(i)))) {
        i++; // no alias starts with this character
        continue;
      }
      Optional<Label> l = matchAt(text, lower, i);
      if (l.isPresent()) {
        out.add(l.get());
        i = l.get().end();
      } else {
        i++;
      }
    }
    return out;
  }

  /** The text read as exactly one label (a table header or a label cell), ignoring {@code $}, {@code \(} and trailing {@code :} or {@code =}. */
  public Optional<Label> whole(String raw) {
    return raw.length() > MEMO_MAX_LENGTH ? wholeUncached(raw) : wholeMemo.get(raw, this::wholeUncached);
  }

  private Optional<Label> wholeUncached(String raw) {
    String cleaned = Text.normalize(raw).replace("$", "").replace("\\(", "").replace("\\)", "");
    if (cleaned.indexOf('\\') >= 0) {
      cleaned = Regex.replaceAll(cleaned, "\\\\(tilde|hat)\\{?([A-Za-z])}?", "$2~");
    }
    String text = Regex.replaceAll(cleaned, "[:=]\\s*$", "").strip();
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Optional<Label> l = matchAt(text, text.toLowerCase(Locale.ROOT), 0);
    if (l.isPresent() && l.get().end() == text.length()) {
      return l;
    }
    if (l.isEmpty()) {
      return l;
    }
    if (text.contains("/")) {
      // "i/g": two names for one quantity
      String[] parts = Regex.split(text, "\\s*/\\s*");
      Optional<Label> a = parts.length == 2 ? whole(parts[0]) : Optional.empty();
      Optional<Label> b = parts.length == 2 ? whole(parts[1]) : Optional.empty();
      if (a.isPresent() && b.isPresent() && a.get().quantity().equals(b.get().quantity())) {
        return Optional.of(new Label(a.get().quantity(), a.get().component(), a.get().step(), 0, text.length(), a.get().ambiguousIndex()));
      }
    }
    String rest = text.substring(l.get().end()).strip();
    // a name and a symbol for the same quantity: "Eingangsgate g", "hidden state h(t)", "g (input gate)"
    String inner = Regex.replaceAll(Regex.replaceAll(rest, "^[(\\[](.*)[)\\]]$", "$1"), "\\s*[(\\[][^)\\]]*[)\\]]$", "").strip();
    Optional<Label> second = inner.isEmpty() ? Optional.empty() : matchAt(inner, inner.toLowerCase(Locale.ROOT), 0);
    if (second.isPresent() && second.get().end() == inner.length() && second.get().quantity().equals(l.get().quantity())) {
      Label a = l.get();
      Label b = second.get();
      return Optional.of(new Label(a.quantity(), Math.max(a.component(), b.component()),
          a.step() != Label.NO_STEP ? a.step() : b.step(), 0, text.length(), a.ambiguousIndex() || b.ambiguousIndex()));
    }
    // a header may carry a unit or explanation: "h (hidden state)" or "g [input gate]"
    return l.filter(x -> Regex.matches(rest, "[(\\[][^)\\]]*[)\\]]"));
  }

  /** Whether some alias starts with {@code c} (as matched). */
  private boolean startsAnAlias(char c) {
    return caseSensitiveByFirst.startingWith(c).length > 0 || caseInsensitiveByFirst.startingWith(c).length > 0;
  }

  /**
   * The first alias (in {@link #aliases}' order: longest first) that starts at {@code i} and is
   * followed by valid markers. Only the aliases starting with the character there are tried.
   */
  private Optional<Label> matchAt(String text, String lower, int i) {
    if (i > 0 && isWordChar(text.charAt(i - 1))) {
      return Optional.empty();
    }
    int[] sensitive = i < text.length() ? caseSensitiveByFirst.startingWith(text.charAt(i)) : AliasIndex.NONE;
    int[] insensitive = i < lower.length() ? caseInsensitiveByFirst.startingWith(lower.charAt(i)) : AliasIndex.NONE;
    int s = 0;
    int n = 0;
    int e = 0;
    while (s < sensitive.length || n < insensitive.length || e < emptyAliases.length) {
      // the next index of the three ascending lists, so that aliases are tried in list order
      int next = Integer.MAX_VALUE;
      if (s < sensitive.length) {
        next = sensitive[s];
      }
      if (n < insensitive.length) {
        next = Math.min(next, insensitive[n]);
      }
      if (e < emptyAliases.length) {
        next = Math.min(next, emptyAliases[e]);
      }
      if (s < sensitive.length && sensitive[s] == next) {
        s++;
      } else if (n < insensitive.length && insensitive[n] == next) {
        n++;
      } else {
        e++;
      }
      Alias a = aliases.get(next);
      String hay = a.caseSensitive() ? text : lower;
      if (!hay.startsWith(a.text(), i)) {
        continue;
      }
      int end = i + a.text().length();
      Optional<Label> l = markers(a.quantity(), text, i, end);
      if (l.isPresent()) {
        return l;
      }
    }
    return Optional.empty();
  }

  /** Reads up to two index markers after an alias; fails when the alias runs on into a word. */
  private Optional<Label> markers(String quantity, String text, int start, int end) {
    int component = 0;
    int step = Label.NO_STEP;
    int bare = 0;
    int pos = end;
    Matcher m = null;
    for (int n = 0; n < 2 && pos < text.length(); n++) {
      if (!mayStartMarker(text.charAt(pos))) {
        break; // most aliases found in prose run on into a word: no marker can follow
      }
      m = m == null ? MARKER.matcher(text) : m;
      m.region(pos, text.length());
      if (!m.lookingAt()) {
        break;
      }
      if (m.group(1) != null) {
        component = Integer.parseInt(m.group(1));
      } else if (m.group(2) != null || m.group(3) != null) {
        step = index(m.group(2) != null ? m.group(2) : m.group(3));
      } else {
        String g = m.group(4) != null ? m.group(4) : m.group(5) != null ? m.group(5) : m.group(6) != null ? m.group(6) : m.group(7);
        if (g.equals("t")) {
          step = Label.GENERIC_STEP;
        } else if (bare == 0) {
          bare = Integer.parseInt(g);
        } else {
          break;
        }
      }
      pos = m.end();
    }
    if (pos < text.length() && isWordChar(text.charAt(pos))) {
      return Optional.empty();
    }
    boolean ambiguous = false;
    if (bare > 0) {
      if (step != Label.NO_STEP || component == 0 && dimension(quantity) > 1 && step != Label.NO_STEP) {
        component = bare;
      } else if (component == 0 && dimension(quantity) > 1) {
        component = bare;
        ambiguous = true;
      } else {
        step = bare;
        ambiguous = dimension(quantity) > 1;
      }
    }
    return Optional.of(new Label(quantity, component, step, start, pos, ambiguous));
  }

  /** Whether {@link #MARKER} can match from this character: a bracket, {@code ^}, {@code _}, a digit or a blank. */
  private static boolean mayStartMarker(char c) {
    return c == '[' || c == '(' || c == '^' || c == '_' || c >= '0' && c <= '9'
        || c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private static int index(String g) {
    return g.equals("t") ? Label.GENERIC_STEP : Integer.parseInt(g);
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c);
  }
}
