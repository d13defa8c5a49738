package korrektor.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import korrektor.rubric.QuantityDef;

/**
 * Recognises quantity labels: an alias from the rubric, or a symbol of one of its notation
 * families, followed by optional index markers in any of the writings {@code h(2)}, {@code h (2)},
 * {@code h_2}, {@code h_{2}}, {@code h^(2)}, {@code h^{(2)}}, {@code h₂}, {@code h2}, {@code h[2]},
 * {@code h(t=2)}, {@code h_t}, {@code h^{(t)}}, with steps of any number of digits ({@code h(10)}
 * is never {@code h(1)}), and for vector components {@code h[1]}, {@code h_1^{(2)}}, {@code h1(2)}.
 * Aliases of one or two characters match case-sensitively and only as whole tokens. A symbol that
 * means different quantities in different notations ({@code o}: the output, or Olah's output gate)
 * comes back with all its senses; a description next to it ({@code o(t) (output gate)}) settles it.
 */
public final class LabelMatcher {
  private static final String INDEX = "(\\d{1,3}|t\\s?-\\s?1|t|prev|old|last)";
  private static final Pattern MARKER =
      Pattern.compile(
          "\\[\\s?(?:t\\s?=\\s?)?(\\d{1,3}|t\\s?-\\s?1)\\s?]" // 1: [d] [t-1]
              + "|\\s?\\(\\s?(?:t\\s?=\\s?)?"
              + INDEX
              + "\\s?\\)" // 2: (d) (t=d) (t) (t-1)
              + "|\\^\\s?\\{?\\s?[(<]?\\s?(?:t\\s?=\\s?)?"
              + INDEX
              + "(?:\\s?[)>])?(?:\\s?})?" // 3: ^(d) ^{(d)} ^d ^<d>
              + "|_\\s?\\{?\\s?\\(?\\s?(?:t\\s?=\\s?)?"
              + INDEX
              + "(?:\\s?\\))?(?:\\s?})?" // 4: _d _{d} _(d) _{t=d} _{t-1}
              + "|(\\d{1,3})(?!\\d)" // 5: attached digits
              + "|\\s(\\d{1,3})(?=\\s?[=:≈(^])" // 6: PDF subscript: "output 1 = …"
              + "|\\s(t)(?=\\s+[-+]?[.,]?\\d)"); // 7: PDF subscript t: "output t 0.55 …"

  private record Alias(String text, List<String> senses, boolean caseSensitive) {}

  /** A step phrase closing a label cell: "at t=1", "bei t = 2", "(Schritt 3)", ", step 4". */
  private static final Pattern TRAILING_STEP =
      Pattern.compile(
          "(?i)[\\s,]*(?:at|bei|for|für|in|im|@)?\\s*[(\\[]?\\s*(?:t|step|schritt|zeitschritt|time step|zeitpunkt|zeit)\\s*[=:]?\\s*(\\d{1,3})\\s*[)\\]]?\\s*$");

  /** Labels of short cells are kept (headers repeat across students). */
  private static final int MEMO_MAX_LENGTH = 48;

  private final List<Alias> aliases;
  private final Map<Character, int[]> caseSensitiveByFirst;
  private final Map<Character, int[]> caseInsensitiveByFirst;
  private final Map<String, Integer> dimensions;
  private final java.util.Set<String> intermediates;
  private final BoundedMemo<String, Optional<Label>> wholeMemo = new BoundedMemo<>(20_000);

  /**
   * @param quantities the rubric's quantities with aliases
   * @param dimensions quantity → number of components (1 for scalars); missing means 1
   */
  public LabelMatcher(Iterable<QuantityDef> quantities, Map<String, Integer> dimensions) {
    this(quantities, dimensions, Map.of(), java.util.Set.of());
  }

  /**
   * @param quantities the rubric's quantities with aliases (their first senses)
   * @param dimensions quantity → number of components (1 for scalars); missing means 1
   * @param notations notation families: family → symbol → quantity id; symbols of quantities the
   *     rubric does not have are ignored
   */
  public LabelMatcher(
      Iterable<QuantityDef> quantities,
      Map<String, Integer> dimensions,
      Map<String, Map<String, String>> notations,
      java.util.Set<String> intermediates) {
    this.intermediates = java.util.Set.copyOf(intermediates);
    Map<String, Alias> byText = new LinkedHashMap<>();
    java.util.Set<String> known = new java.util.HashSet<>();
    for (QuantityDef q : quantities) {
      known.add(q.id());
      for (String a : q.aliases()) {
        add(byText, a, q.id());
      }
    }
    for (Map<String, String> family : notations.values()) {
      family.forEach(
          (symbol, quantity) -> {
            if (known.contains(quantity)) {
              add(byText, symbol, quantity);
            }
          });
    }
    List<Alias> list = new ArrayList<>(byText.values());
    list.removeIf(a -> a.text().isEmpty());
    list.sort(Comparator.comparingInt((Alias a) -> a.text().length()).reversed());
    this.aliases = List.copyOf(list);
    this.caseSensitiveByFirst = index(this.aliases, true);
    this.caseInsensitiveByFirst = index(this.aliases, false);
    this.dimensions = Map.copyOf(dimensions);
  }

  private static void add(Map<String, Alias> byText, String alias, String quantity) {
    addOne(byText, alias, quantity);
    if (alias.indexOf(' ') > 0) {
      // names written as code identifiers: input_gate, hidden-state, cellState
      addOne(byText, alias.replace(' ', '_'), quantity);
      addOne(byText, alias.replace(' ', '-'), quantity);
    }
  }

  private static void addOne(Map<String, Alias> byText, String alias, String quantity) {
    String n = Text.normalize(alias);
    boolean cs = n.length() <= 2;
    String text = cs ? n : n.toLowerCase(Locale.ROOT);
    String key = (cs ? "S:" : "I:") + text;
    Alias prev = byText.get(key);
    if (prev == null) {
      byText.put(key, new Alias(text, List.of(quantity), cs));
    } else if (!prev.senses().contains(quantity)) {
      List<String> senses = new ArrayList<>(prev.senses());
      senses.add(quantity);
      byText.put(key, new Alias(text, senses, cs));
    }
  }

  /** The indexes of the aliases of one kind by their first character, ascending (longest first). */
  private static Map<Character, int[]> index(List<Alias> aliases, boolean caseSensitive) {
    Map<Character, List<Integer>> by = new HashMap<>();
    for (int k = 0; k < aliases.size(); k++) {
      Alias a = aliases.get(k);
      if (a.caseSensitive() == caseSensitive) {
        by.computeIfAbsent(a.text().charAt(0), c -> new ArrayList<>()).add(k);
      }
    }
    Map<Character, int[]> out = new HashMap<>();
    by.forEach((c, list) -> out.put(c, list.stream().mapToInt(Integer::intValue).toArray()));
    return out;
  }

  private static final int[] NONE = {};

  int dimension(String quantity) {
    return dimensions.getOrDefault(quantity, 1);
  }

  /** All labels in a normalised text, left to right, not overlapping. */
  public List<Label> findAll(String text) {
    List<Label> out = new ArrayList<>();
    String lower = text.toLowerCase(Locale.ROOT);
    int i = 0;
    while (i < text.length()) {
      if (!startsAnAlias(text.charAt(i), i < lower.length() ? lower.charAt(i) : 0)) {
        i++;
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

  /**
   * The text read as exactly one label (a table header or a label cell), ignoring {@code $}, {@code
   * \(} and a trailing {@code :} or {@code =}; a description beside it ({@code o(t) (output gate)},
   * {@code Eingangsgate g}) narrows its senses.
   */
  public Optional<Label> whole(String raw) {
    return raw.length() > MEMO_MAX_LENGTH
        ? wholeUncached(raw)
        : wholeMemo.get(raw, this::wholeUncached);
  }

  private Optional<Label> wholeUncached(String raw) {
    if (raw.length() > 200) {
      return Optional.empty(); // no header is a paragraph
    }
    String text = Regex.replaceAll(Markup.plain(raw), "\\s*[:=]\\s*$", "").strip();
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Optional<Label> l = matchAt(text, text.toLowerCase(Locale.ROOT), 0);
    if (l.isPresent() && l.get().end() == text.length()) {
      return l;
    }
    // what may close a label cell: brackets with a step "(t = 1)", "(1)", a description "(input
    // gate)" or a remark, and a step phrase "at t=1", "bei t = 2", in either order
    String core = text;
    int step = Label.NO_STEP;
    List<String> described = null;
    for (int k = 0; k < 4; k++) {
      // a bracket after a blank: "g (1)" is a step, "a[1]" (attached) is the label's own component
      Matcher group = Regex.of("\\s+[(\\[]([^()\\[\\]]{1,40})[)\\]]\\s*$").matcher(core);
      Matcher trailing = TRAILING_STEP.matcher(core);
      if (group.find() && group.start() > 0) {
        String inside = group.group(1).strip();
        Matcher st =
            Regex.of("(?i)(?:t|step|schritt|zeitschritt|time step|zeit)?\\s*[=:]?\\s*(\\d{1,3})")
                .matcher(inside);
        Optional<Label> d = st.matches() ? Optional.empty() : whole(inside);
        if (st.matches() && step == Label.NO_STEP) {
          step = Integer.parseInt(st.group(1));
        } else if (d.isPresent() && d.get().isStepless() && described == null) {
          described = d.get().senses();
        } else if (!Regex.matches(inside, "[\\p{L}\\s.,-]*")) {
          break; // "(0.39)": not about the label
        }
        core = core.substring(0, group.start()).strip();
      } else if (trailing.find() && trailing.start() > 0 && step == Label.NO_STEP) {
        step = Integer.parseInt(trailing.group(1));
        core = core.substring(0, trailing.start()).strip();
      } else {
        break;
      }
    }
    if (core.isEmpty()) {
      return Optional.empty();
    }
    Optional<Label> base = core.equals(text) ? coreLabel(core, l) : whole(core);
    if (base.isEmpty()) {
      return base;
    }
    Label b = base.get();
    if (described != null) {
      List<String> common = intersect(b.senses(), described);
      b = b.withSenses(common.isEmpty() ? described : common);
    }
    if (step != Label.NO_STEP && b.isStepless()) {
      b = b.withStep(step, b.end());
    }
    return Optional.of(b.spanning(0, text.length()));
  }

  /**
   * A label cell without closing brackets or step: one label, a name and a symbol, or a few words
   * around one.
   */
  private Optional<Label> coreLabel(String text, Optional<Label> first) {
    Optional<Label> pair = first.flatMap(f -> nameAndSymbol(text, f));
    if (pair.isPresent()) {
      return pair;
    }
    // "out = V*h + c", "s(t) = f·s(t-1) + g·s̃": a label with the formula it stands for
    Matcher definition = Regex.of("^([^=]{1,30}?)\\s*=\\s*([^=]{1,60})$").matcher(text);
    if (definition.matches()
        && !Regex.of("\\d[.,]\\d").matcher(definition.group(2)).find()
        && Regex.of("[·*×+/()\\p{L}]").matcher(definition.group(2)).find()) {
      Optional<Label> left = whole(definition.group(1));
      if (left.isPresent()) {
        return Optional.of(left.get().spanning(0, text.length()));
      }
    }
    return wordsAndSymbol(text);
  }

  /**
   * A label beside another name for it: "i/g", "Eingangsgate g", "hidden state h(t)", "g input
   * gate".
   */
  private Optional<Label> nameAndSymbol(String text, Label first) {
    if (text.contains("/")) {
      String[] parts = Regex.split(text, "\\s*/\\s*");
      Optional<Label> a = parts.length == 2 ? whole(parts[0]) : Optional.empty();
      Optional<Label> b = parts.length == 2 ? whole(parts[1]) : Optional.empty();
      if (a.isPresent() && b.isPresent()) {
        List<String> common = intersect(a.get().senses(), b.get().senses());
        if (!common.isEmpty()) {
          return Optional.of(a.get().withSenses(common).spanning(0, text.length()));
        }
      }
    }
    String rest = Regex.replaceFirst(text.substring(first.end()).strip(), "^[-–—,:]\\s*", "");
    Optional<Label> second =
        rest.isEmpty() ? Optional.empty() : matchAt(rest, rest.toLowerCase(Locale.ROOT), 0);
    if (second.isPresent() && second.get().end() == rest.length()) {
      Label a = first;
      Label b = second.get();
      List<String> common = intersect(a.senses(), b.senses());
      if (common.isEmpty()) {
        // "c(t) output": the words say more than the letter
        common = a.symbol().length() >= b.symbol().length() ? a.senses() : b.senses();
      }
      int step = a.step() != Label.NO_STEP ? a.step() : b.step();
      return Optional.of(
          new Label(
              common.get(0),
              Math.max(a.component(), b.component()),
              step,
              0,
              text.length(),
              a.ambiguousIndex() || b.ambiguousIndex(),
              a.symbol(),
              common));
    }
    return Optional.empty();
  }

  /**
   * A header of a few words around a label: "verdeckter Zustand h", "Wert von h": the symbol, the
   * last label written, decides.
   */
  private Optional<Label> wordsAndSymbol(String text) {
    if (text.length() > 40 || Regex.of("\\d[.,]\\d").matcher(text).find()) {
      return Optional.empty();
    }
    List<Label> found = findAll(text);
    if (found.isEmpty() || found.size() > 2 || Regex.split(text.strip(), "\\s+").length > 5) {
      return Optional.empty();
    }
    StringBuilder rest = new StringBuilder(text);
    for (int k = found.size() - 1; k >= 0; k--) {
      rest.replace(found.get(k).start(), found.get(k).end(), " ");
    }
    if (!Regex.matches(rest.toString(), "[\\p{L}\\s()\\[\\]\\-–:,.]*")) {
      return Optional.empty();
    }
    for (String word :
        Regex.split(rest.toString().strip().toLowerCase(Locale.ROOT), "[^\\p{L}-]+")) {
      if (intermediates.contains(word)) {
        return Optional.empty(); // "net g": the input gate's pre-activation, not the gate
      }
    }
    Label last = found.get(found.size() - 1);
    if (found.size() == 2) {
      Label a = found.get(0);
      boolean symbolOrBracket =
          last.symbol().length() <= 3 || text.substring(0, last.start()).strip().endsWith("(");
      if (!symbolOrBracket) {
        return Optional.empty();
      }
      List<String> common = intersect(a.senses(), last.senses());
      Label chosen = common.isEmpty() ? last : last.withSenses(common);
      int step = last.step() != Label.NO_STEP ? last.step() : a.step();
      return Optional.of(chosen.withStep(step, text.length()).spanning(0, text.length()));
    }
    return Optional.of(last.spanning(0, text.length()));
  }

  /**
   * A name from code as the quantity it holds: {@code hs}, {@code input_gates}, {@code c_tilde},
   * {@code h_list}, {@code cellStates}: plurals, collection suffixes and spelled-out marks taken
   * off.
   */
  public Optional<Label> identifier(String raw) {
    return raw.length() > MEMO_MAX_LENGTH
        ? identifierUncached(raw)
        : identifierMemo.get(raw, this::identifierUncached);
  }

  private final BoundedMemo<String, Optional<Label>> identifierMemo = new BoundedMemo<>(20_000);

  private Optional<Label> identifierUncached(String raw) {
    String name = Regex.replaceAll(raw.strip(), "^['\"]|['\"]$", "");
    if (name.isEmpty() || name.length() > 40) {
      return Optional.empty();
    }
    String n = Regex.replaceAll(name, "(?<=[a-z])(?=[A-Z])", "_");
    n = Regex.replaceAll(n, "_(?:list|values|vals|arr|array|vec|seq|hist|history|all)$", "");
    n = Regex.replaceAll(n, "_?tilde", "~");
    n =
        java.text.Normalizer.normalize(
            Regex.replaceAll(n, "_?hat", "\u0302"), java.text.Normalizer.Form.NFC); // y_hat: ŷ
    // exact forms first: the name, without a plural, with blanks for underscores
    for (String candidate :
        new String[] {
          n,
          Regex.replaceAll(n, "(?<=\\p{L}{2})es$", ""),
          Regex.replaceAll(n, "(?<=[\\p{L}~\\u0302])s$", "")
        }) {
      String lowered =
          candidate.length() > 2 ? candidate.toLowerCase(Locale.ROOT) : candidate; // "I" is not "i"
      for (String form : new String[] {candidate, candidate.replace('_', ' '), lowered}) {
        Optional<Label> l = exact(form);
        if (l.isPresent() && l.get().isStepless()) {
          return l;
        }
      }
    }
    return whole(name);
  }

  /** The text as exactly one alias with its markers, nothing around it. */
  private Optional<Label> exact(String text) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String t = Text.normalize(text);
    return matchAt(t, t.toLowerCase(Locale.ROOT), 0).filter(l -> l.end() == t.length());
  }

  private static List<String> intersect(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>();
    for (String s : a) {
      if (b.contains(s)) {
        out.add(s);
      }
    }
    return out;
  }

  private boolean startsAnAlias(char c, char lower) {
    return caseSensitiveByFirst.containsKey(c) || caseInsensitiveByFirst.containsKey(lower);
  }

  /** The first alias (longest first) that starts at {@code i} and is followed by valid markers. */
  private Optional<Label> matchAt(String text, String lower, int i) {
    if (i > 0 && isWordChar(text.charAt(i - 1))) {
      return Optional.empty();
    }
    int[] sensitive =
        i < text.length() ? caseSensitiveByFirst.getOrDefault(text.charAt(i), NONE) : NONE;
    int[] insensitive =
        i < lower.length() ? caseInsensitiveByFirst.getOrDefault(lower.charAt(i), NONE) : NONE;
    int s = 0;
    int n = 0;
    while (s < sensitive.length || n < insensitive.length) {
      int next;
      if (n >= insensitive.length || s < sensitive.length && sensitive[s] < insensitive[n]) {
        next = sensitive[s++];
      } else {
        next = insensitive[n++];
      }
      Alias a = aliases.get(next);
      String hay = a.caseSensitive() ? text : lower;
      if (!hay.startsWith(a.text(), i)) {
        continue;
      }
      Optional<Label> l = markers(a, text, i, i + a.text().length());
      if (l.isPresent()) {
        return l;
      }
    }
    return Optional.empty();
  }

  /** Reads up to two index markers after an alias; fails when the alias runs on into a word. */
  private Optional<Label> markers(Alias alias, String text, int start, int end) {
    String quantity = alias.senses().get(0);
    int component = 0;
    int step = Label.NO_STEP;
    int bare = 0;
    int bracket = 0;
    int pos = end;
    Matcher m = null;
    for (int n = 0; n < 2 && pos < text.length(); n++) {
      if (!mayStartMarker(text.charAt(pos))) {
        break;
      }
      m = m == null ? MARKER.matcher(text) : m;
      m.region(pos, text.length());
      if (!m.lookingAt()) {
        break;
      }
      if (m.group(1) != null) {
        if (isPrevious(m.group(1))) {
          step = Label.PREVIOUS_STEP;
        } else {
          bracket = Integer.parseInt(m.group(1));
        }
      } else if (m.group(2) != null || m.group(3) != null) {
        step = index(m.group(2) != null ? m.group(2) : m.group(3));
      } else {
        String g =
            m.group(4) != null
                ? m.group(4)
                : m.group(5) != null ? m.group(5) : m.group(6) != null ? m.group(6) : m.group(7);
        if (g.equals("t")) {
          step = Label.GENERIC_STEP;
        } else if (isPrevious(g)) {
          step = Label.PREVIOUS_STEP;
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
    if (pos + 1 < text.length()
        && (text.charAt(pos) == '_' || text.charAt(pos) == '^')
        && (Character.isLetter(text.charAt(pos + 1))
            || text.charAt(pos + 1) == '{'
                && pos + 2 < text.length()
                && Character.isLetter(text.charAt(pos + 2)))) {
      return Optional.empty(); // "a_g", "s_{in}", "W^T": another symbol, not this quantity
    }
    boolean vector = dimension(quantity) > 1;
    if (bracket > 0) {
      if (vector) {
        component = bracket;
      } else if (step == Label.NO_STEP) {
        step = bracket; // h[2] on a scalar is a step
      }
    }
    boolean ambiguous = false;
    if (bare > 0) {
      if (vector && component == 0) {
        component = bare;
        ambiguous = step == Label.NO_STEP;
      } else if (step == Label.NO_STEP) {
        step = bare;
        ambiguous = vector;
      } else if (component == 0) {
        component = bare;
      }
    }
    return Optional.of(
        new Label(quantity, component, step, start, pos, ambiguous, alias.text(), alias.senses()));
  }

  private static boolean mayStartMarker(char c) {
    return c == '['
        || c == '('
        || c == '^'
        || c == '_'
        || c >= '0' && c <= '9'
        || c == ' '
        || c == '\t'
        || c == '\n'
        || c == '\u000B'
        || c == '\f'
        || c == '\r';
  }

  private static int index(String g) {
    return g.equals("t")
        ? Label.GENERIC_STEP
        : isPrevious(g) ? Label.PREVIOUS_STEP : Integer.parseInt(g);
  }

  /** {@code t-1}, {@code prev}, {@code old}, {@code last}: the step before the one at hand. */
  private static boolean isPrevious(String g) {
    return !g.isEmpty() && !Character.isDigit(g.charAt(0)) && !g.equals("t");
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c);
  }
}
