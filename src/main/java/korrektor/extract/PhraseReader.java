package korrektor.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import korrektor.rubric.Vocabulary;

/**
 * Values written in lines and text cells: key-value lines ({@code h(2) = 0.3907}, {@code h(2):
 * 0,39}, {@code h(2) → 0.3907}), list items, inline math, worked calculations ({@code g(1) =
 * σ(0.31) = 0.5769}: the last plain value of a chain counts; a label inside a formula is a
 * reference, not an answer), prose ("the hidden state at t=2 is 0.39", "in the first step the
 * hidden state becomes 0.2610", "Der Zellzustand beträgt nach dem zweiten Schritt 0,633"), a label
 * followed by one value per step ({@code g 0.5769 0.5428 0.5481}, {@code h = [0.2610 0.3907
 * 0.4953]}, {@code 'h': [0.261, …]}, {@code array([…])}), vectors ({@code h(2) = (0.57, −0.20)}),
 * and sections that name their step ({@code t = 2}, {@code Zeitschritt 2}) for the labels below
 * them. The step context is kept per part of a document (a notebook cell, a page) and carried from
 * line to line.
 */
final class PhraseReader {
  private static final String OPERATORS = "·*×+-/(^_=≈∘⊙";
  private static final Pattern DESCRIPTION =
      Pattern.compile("^\\s*[(\\[]([^()\\[\\]]{2,40})[)\\]]");

  /**
   * {@code name=} or {@code name:} after a value: another assignment starts ({@code q=0.62
   * cell_in=0.73}).
   */
  private static final Pattern ASSIGNMENT =
      Pattern.compile("(?<![\\p{L}\\d_.])([A-Za-z][A-Za-z0-9_~^{}]{0,15})\\s*[=:](?!=)");

  /** Names that are the sheet's parameters, inputs or steps, never a quantity. */
  private static final Pattern GIVEN_NAME =
      Pattern.compile(
          "(?i)(?:[uwvbx]|c|t|x_?t|w_?\\w{1,3}|u_?\\w{1,3}|b_?\\w{1,3}|bias|weight|input|step|schritt|zeit)");

  private final LabelMatcher labels;
  private final StepReader steps;
  private final int stepCount;
  private final List<String> quantities;
  private final java.util.Set<String> intermediates = new java.util.HashSet<>();
  private final double[] givens;
  private final Pattern connector;
  private final Pattern stepAttach;

  /** A number placed in a text being read. */
  record Placed(Num num, int start, int end) {}

  /** A text being read: one line, or a line with its value broken onto the next. */
  record Span(String text, List<Placed> numbers, korrektor.document.Location location) {}

  /** No step heading seen yet. */
  static final int NONE = -1000;

  private int context = NONE;
  private String contextPart = "";
  private final Map<String, Integer> onlyStep;
  private Label pendingLabel;

  /** The patterns a vocabulary makes: built once per rubric, shared by every document read. */
  record Grammar(
      Pattern connector, Pattern stepAttach, java.util.Set<String> intermediates, double[] givens) {
    static Grammar of(Vocabulary vocabulary, double[] givens) {
      StringBuilder words = new StringBuilder();
      for (String c : vocabulary.allConnectors()) {
        if (words.length() > 0) {
          words.append('|');
        }
        boolean word = Character.isLetter(c.charAt(0));
        words
            .append(word ? "(?<!\\p{L})" : "")
            .append(Pattern.quote(c).replace(" ", "\\E\\s+\\Q"))
            .append(word ? "(?!\\p{L})" : "");
      }
      StringBuilder preps = new StringBuilder();
      for (String p : vocabulary.stepPrepositions()) {
        preps.append('|').append(Pattern.quote(p).replace(" ", "\\E\\s+\\Q"));
      }
      java.util.Set<String> names = new java.util.HashSet<>();
      vocabulary.intermediates().forEach(n -> names.add(n.toLowerCase(Locale.ROOT)));
      return new Grammar(
          Pattern.compile(
              "^\\s*(?:" + words + ")", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
          Pattern.compile(
              "^\\s*(?:(?:" + preps.substring(1) + ")\\s*)?[,(\\[]?\\s*$",
              Pattern.CASE_INSENSITIVE),
          java.util.Set.copyOf(names),
          givens.clone());
    }
  }

  /**
   * @param onlyStep quantities asked at one step only: their labels without a step mean that step
   */
  PhraseReader(
      LabelMatcher labels,
      StepReader steps,
      Grammar grammar,
      int stepCount,
      List<String> quantities,
      Map<String, Integer> onlyStep) {
    this.onlyStep = onlyStep;
    this.quantities = List.copyOf(quantities);
    this.labels = labels;
    this.steps = steps;
    this.stepCount = stepCount;
    this.connector = grammar.connector();
    this.stepAttach = grammar.stepAttach();
    this.intermediates.addAll(grammar.intermediates());
    this.givens = grammar.givens();
  }

  /**
   * {@code 'y_hat': [...]}, {@code hidden_states = [...]}: a name from code before a list, as a
   * label.
   */
  private static final Pattern CODE_NAME =
      Pattern.compile(
          "(?:^|[\\s,{(])['\"]?([A-Za-z_][\\w~]{0,30})['\"]?\\s*[:=]\\s*(?:np\\.)?(?:array\\()?[\\[(]");

  private List<Label> withCodeNames(String text, List<Label> found) {
    if (text.indexOf('[') < 0 && text.indexOf('(') < 0) {
      return found;
    }
    List<Label> out = new ArrayList<>(found);
    Matcher m = CODE_NAME.matcher(text);
    while (m.find()) {
      int start = m.start(1);
      int end = m.end(1);
      if (out.stream().anyMatch(l -> l.start() < end && start < l.end())) {
        continue;
      }
      labels.identifier(m.group(1)).ifPresent(l -> out.add(l.spanning(start, end)));
    }
    out.sort(java.util.Comparator.comparingInt(Label::start));
    return out;
  }

  /**
   * Whether a text ends with a connector ("the forget gate f becomes"): its value is on the next
   * line.
   */
  boolean endsWithConnector(String text) {
    return Regex.of(
            "(?i)(?:^|\\s)(?:is|are|becomes|comes out as|equals|ist|beträgt|liegt bei|ergibt|wird|lautet|gives|yields)\\s*$")
        .matcher(text)
        .find();
  }

  /**
   * Whether a text starts with a connector ("beträgt .5757", "= 0.39"): the rest of a sentence
   * broken across lines.
   */
  boolean startsWithConnector(String text) {
    return connector.matcher(text).lookingAt();
  }

  /** Starts reading a new document. */
  void reset() {
    context = NONE;
    contextPart = "";
    pendingLabel = null;
  }

  /** The step the last section heading set, or {@link #NONE}. */
  int context() {
    return context;
  }

  /** Reads one span of a part, adding readings; returns whether anything was read. */
  boolean read(Span span, String part, List<Reading> out) {
    if (!part.equals(contextPart)) {
      contextPart =
          part; // a step heading carries on over pages and notebook cells; a pending name does not
      pendingLabel = null;
    }
    String text = span.text();
    if (text.isBlank()) {
      return false;
    }
    int before = out.size();
    List<Label> found = withCodeNames(text, labels.findAll(text));
    List<StepReader.Event> events = new ArrayList<>();
    for (StepReader.Event e : steps.events(text)) {
      if (found.stream().noneMatch(l -> e.start() < l.end() && l.start() < e.end())) {
        events.add(e);
      }
    }
    List<Label> defining = new ArrayList<>();
    for (int k = 0; k < found.size(); k++) {
      Label l = found.get(k);
      if (k > 0 && isModifier(text, found.get(k - 1), l)) {
        continue; // "der Kandidat für den Zellzustand ist 0,73": the cell state names what the
        // candidate is for
      }
      if (isDefining(text, l, events)
          || k + 1 < found.size()
              && isModifier(text, l, found.get(k + 1))
              && isDefining(text, found.get(k + 1), events)) {
        defining.add(l);
      }
    }
    if (defining.isEmpty() && found.isEmpty()) {
      bareList(span, part, out);
    }
    Optional<Label> call = span.numbers().isEmpty() ? bareLabelCall(text) : Optional.empty();
    if (call.isPresent()) {
      pendingLabel =
          call.get(); // "np.array(hs)", "print(g)", "g" alone: the values printed next are its
    } else if (!found.isEmpty() || !span.numbers().isEmpty()) {
      pendingLabel = null;
    }
    int ev = 0;
    for (int i = 0; i < defining.size(); i++) {
      Label l = defining.get(i);
      while (ev < events.size() && events.get(ev).start() < l.start()) {
        context = events.get(ev++).step();
      }
      int scopeEnd = i + 1 < defining.size() ? defining.get(i + 1).start() : text.length();
      for (Label other : found) {
        if (other.start() >= l.end()
            && other.start() < scopeEnd
            && startsAClause(text, other.start())) {
          scopeEnd =
              other.start(); // "…, y^(1) = 0.59": another item's clause, even if its label is not
          // one we read
        }
      }
      Matcher assignment = ASSIGNMENT.matcher(text);
      assignment.region(l.end(), scopeEnd);
      while (assignment.find()) {
        if (hasNumber(span, l.end(), assignment.start())
            && !insideLabel(found, assignment.start())) {
          scopeEnd =
              assignment.start(); // "q=0.61775 cell_in=0.73243": the next name's value is not q's
          break;
        }
      }
      int scopeStart = l.end();
      for (Label m : found) {
        if (m.start() >= l.end() && m.start() < scopeEnd && isModifier(text, l, m)) {
          scopeStart = m.end(); // the value follows "für den Zellzustand"
          break;
        }
      }
      // a description right after the label: "o(t) (output gate) = 0.6177"
      Matcher d = DESCRIPTION.matcher(text.substring(scopeStart, scopeEnd));
      if (d.find()) {
        Optional<Label> desc = labels.whole(d.group(1));
        if (desc.isPresent()) {
          List<String> common = new ArrayList<>(l.senses());
          common.retainAll(desc.get().senses());
          l = l.withSenses(common.isEmpty() ? desc.get().senses() : common);
          scopeStart += d.end();
        }
      }
      if (l.step() == Label.PREVIOUS_STEP) {
        if (context < 1) {
          continue; // h(t-1) before any step: the initial state
        }
        l = l.withStep(context - 1, l.end());
      }
      int ownStep = l.hasStep() ? l.step() : NONE;
      int valueFrom = scopeStart;
      for (StepReader.Event e : events) {
        if (e.start() < scopeStart || e.start() >= scopeEnd) {
          continue;
        }
        String between = text.substring(scopeStart, e.start());
        if (ownStep == NONE && stepAttach.matcher(between).matches()) {
          // "the hidden state at t=3 is 0.4953", "output (t = 2) = 0.72"
          ownStep = e.step();
          scopeStart =
              text.startsWith(")", e.end()) || text.startsWith("]", e.end())
                  ? e.end() + 1
                  : e.end();
          continue;
        }
        if (ownStep == NONE
            && spanNumbers(span, scopeStart, e.start()).isEmpty()
            && connector.matcher(between).lookingAt()) {
          // "Der Zellzustand beträgt nach dem zweiten Schritt 0,633"
          ownStep = e.step();
          valueFrom = e.end();
          continue;
        }
        scopeEnd = e.start();
        break;
      }
      // a description after the step: "i (Zeitschritt 1) (Eingangsgate) = …", "g at t=1 (input
      // gate) = …"
      Matcher late = DESCRIPTION.matcher(text.substring(Math.min(scopeStart, scopeEnd), scopeEnd));
      if (ownStep != NONE && late.find()) {
        Optional<Label> desc = labels.whole(late.group(1));
        if (desc.isPresent()) {
          List<String> common = new ArrayList<>(l.senses());
          common.retainAll(desc.get().senses());
          l = l.withSenses(common.isEmpty() ? desc.get().senses() : common);
          scopeStart += late.end();
          valueFrom = Math.max(valueFrom, scopeStart);
        }
      }
      Candidate.Evidence evidence =
          ownStep != NONE ? Candidate.Evidence.LABEL : Candidate.Evidence.CONTEXT;
      int step = ownStep != NONE ? ownStep : context;
      Integer only = onlyStep.get(l.quantity());
      if (step == NONE
          && only != null
          && l.senses().stream().allMatch(q -> only.equals(onlyStep.get(q)))) {
        step = only; // "y = 0.62" where the sheet asks y at its last step only
      }
      value(l, step, evidence, span, scopeStart, valueFrom, scopeEnd, out);
    }
    while (ev < events.size()) {
      context = events.get(ev++).step();
    }
    if (!defining.isEmpty()) {
      unknownNames(span, found, events, out);
    }
    return out.size() > before;
  }

  /**
   * Values under names Korrektor does not know, in a line that also names known quantities ({@code
   * q=0.618 cell_in=0.732 s=0.423}): each may be any quantity, or none; the decoder decides by the
   * student's own values, the same name meaning the same quantity throughout.
   */
  private void unknownNames(
      Span span, List<Label> found, List<StepReader.Event> events, List<Reading> out) {
    String text = span.text();
    Matcher m = ASSIGNMENT.matcher(text);
    while (m.find()) {
      String name = m.group(1);
      String stem = Regex.split(name.toLowerCase(Locale.ROOT), "[_^{]")[0];
      if (insideLabel(found, m.start())
          || GIVEN_NAME.matcher(name).matches()
          || labels.whole(name).isPresent()
          || intermediates.contains(stem)) {
        continue;
      }
      List<Placed> value = plainValue(span, m.end(), nextBoundary(text, m.end()));
      if (value.size() != 1 || value.get(0).num().token().isInteger()) {
        continue;
      }
      int step = context;
      for (StepReader.Event e : events) {
        if (e.start() < m.start()) {
          step = e.step();
        }
      }
      if (step < 0) {
        continue;
      }
      List<String> senses = new ArrayList<>();
      senses.add("");
      senses.addAll(quantities());
      out.add(
          new Reading(
              "'" + name + "'",
              senses,
              "name " + name,
              0,
              step,
              null,
              value.get(0).num(),
              Candidate.Evidence.CONTEXT,
              "a value under a name Korrektor does not know (" + span.location() + ")"));
    }
  }

  private int nextBoundary(String text, int from) {
    Matcher m = ASSIGNMENT.matcher(text);
    m.region(from, text.length());
    return m.find() ? m.start() : text.length();
  }

  private static boolean insideLabel(List<Label> found, int at) {
    for (Label l : found) {
      if (at >= l.start() && at < l.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The value(s) a label's scope gives it: the last plain value of a chain, a list, or one value
   * per step.
   */
  private void value(
      Label l,
      int step,
      Candidate.Evidence evidence,
      Span span,
      int from,
      int valueFrom,
      int to,
      List<Reading> out) {
    String text = span.text();
    if (from < to && (text.charAt(from) == '\'' || text.charAt(from) == '"')) {
      from++; // {'h': [...]}
    }
    String scope = text.substring(from, to);
    int dim = labels.dimension(l.quantity());
    Matcher c = connector.matcher(scope);
    boolean chain = c.lookingAt();
    String layout =
        chain
            ? "label and value (" + span.location() + ")"
            : "label followed by values (" + span.location() + ")";
    if (!chain) {
      if (dim > 1
          && !l.hasStep()
          && l.component() == 0
          && vectorsInOrder(l, span, from, to, dim, out)) {
        return; // "z [0,50; 0,30] [0,65; -0,21] [-0,29; 0,32]"
      }
      if (Regex.of("^\\s*[(\\[]\\s*[-+−]?[.,]?\\d").matcher(scope).find() && step >= 0) {
        List<Placed> vector = plainValue(span, from, to);
        if (vector.size() == dim && dim > 1 && l.component() == 0) {
          components(l, step, vector, evidence, layout, out); // "h (0.46, 0.29)"
          return;
        }
      }
      List<Placed> row = leading(span, from, to);
      if (row.isEmpty()) {
        return;
      }
      if (!l.hasStep() && step < 0 || !l.hasStep() && row.size() >= stepCount && stepCount > 1) {
        sequence(l, row, span, layout, out);
        return;
      }
      if (row.size() == 1
          && step >= 0
          && (l.hasStep() || row.get(0).num().token().decimals() > 0)
          && (dim == 1 || l.component() > 0)) {
        out.add(Reading.of(l, step, row.get(0).num(), evidence, layout));
      } else if (row.size() == dim && dim > 1 && l.component() == 0 && step >= 0) {
        components(l, step, row, evidence, layout, out);
      }
      return;
    }
    List<int[]> segments = segments(text, Math.max(from + c.end(), valueFrom), to);
    for (int s = segments.size() - 1; s >= 0; s--) {
      int a = segments.get(s)[0];
      int b = segments.get(s)[1];
      String seg = text.substring(a, b);
      if (seg.isBlank()) {
        continue;
      }
      List<List<Placed>> nested = nested(span, a, b);
      if (nested != null
          && nested.size() == stepCount
          && dim > 1
          && !l.hasStep()
          && l.component() == 0
          && nested.stream().allMatch(row -> row.size() == dim)) {
        // [[0.5, 0.3], [0.65, -0.21], [-0.28, 0.32]]: one vector per step
        for (int t = 0; t < stepCount; t++) {
          components(
              l,
              t + 1,
              nested.get(t),
              Candidate.Evidence.ORDER,
              "label and one vector per step (" + span.location() + ")",
              out);
        }
        return;
      }
      List<Placed> list = plainValue(span, a, b);
      if (list.isEmpty()) {
        if (isExpression(seg) || s == segments.size() - 1 && hasNumber(span, a, b)) {
          return; // the chain ends in a formula: no value
        }
        continue;
      }
      if (list.size() == 1 && step >= 0 && (dim == 1 || l.component() > 0)) {
        if (evidence == Candidate.Evidence.CONTEXT
            && list.get(0).num().token().isInteger()
            && isGiven(list.get(0).num().value())
            && list.get(0).num().value() != 0) {
          return; // "c = -1", "V = 5" under a step heading: the sheet's parameters, not a value ("h
          // = 0" is one)
        }
        out.add(Reading.of(l, step, list.get(0).num(), evidence, layout));
      } else if (list.size() == dim && dim > 1 && l.component() == 0 && step >= 0) {
        components(l, step, list, evidence, layout, out);
      } else if (list.size() > 1 && !l.hasStep() && dim == 1) {
        sequence(l, list, span, "label and one value per step (" + span.location() + ")", out);
      } else if (list.size() == stepCount * dim && dim > 1 && !l.hasStep() && l.component() == 0) {
        for (int t = 0; t < stepCount; t++) {
          components(
              l,
              t + 1,
              list.subList(t * dim, t * dim + dim),
              Candidate.Evidence.ORDER,
              layout,
              out);
        }
      }
      return;
    }
  }

  /** A label followed by one bracketed vector per step; whether it was one. */
  private boolean vectorsInOrder(Label l, Span span, int from, int to, int dim, List<Reading> out) {
    String text = span.text();
    Matcher m = Regex.of("\\G\\s*[(\\[]([^()\\[\\]]{1,80})[)\\]]").matcher(text);
    m.region(from, to);
    List<List<Placed>> vectors = new ArrayList<>();
    int end = from;
    while (m.find()) {
      List<Placed> v = spanNumbers(span, m.start(1), m.end(1));
      if (v.size() != dim) {
        return false;
      }
      vectors.add(v);
      end = m.end();
    }
    if (vectors.size() == stepCount + 1
        && vectors.get(0).stream().allMatch(p -> p.num().value() == 0)) {
      vectors.remove(0);
    }
    if (vectors.size() != stepCount || !Regex.matches(text.substring(end, to), "\\s*[.,;]?\\s*")) {
      return false;
    }
    for (int t = 0; t < stepCount; t++) {
      components(
          l,
          t + 1,
          vectors.get(t),
          Candidate.Evidence.ORDER,
          "label and one vector per step (" + span.location() + ")",
          out);
    }
    return true;
  }

  private void components(
      Label l,
      int step,
      List<Placed> values,
      Candidate.Evidence evidence,
      String layout,
      List<Reading> out) {
    for (int k = 0; k < values.size(); k++) {
      out.add(
          new Reading(
              l.symbol(),
              l.senses(),
              l.isAmbiguous() ? "symbol " + l.symbol() : null,
              k + 1,
              step,
              null,
              values.get(k).num(),
              evidence,
              layout));
    }
  }

  /** One value per step in order: T values, or T+1 starting with the initial state 0. */
  private void sequence(Label l, List<Placed> values, Span span, String layout, List<Reading> out) {
    List<Placed> v = values;
    if (v.size() == stepCount + 1 && v.get(0).num().value() == 0) {
      v = v.subList(1, v.size());
    }
    if (v.size() != stepCount
        || stepCount < 2
        || labels.dimension(l.quantity()) > 1 && l.component() == 0) {
      return;
    }
    for (int t = 0; t < v.size(); t++) {
      out.add(Reading.of(l, t + 1, v.get(t).num(), Candidate.Evidence.ORDER, layout));
    }
  }

  /**
   * A list with no label ({@code array([0.5769, 0.5428, 0.5481])}) after a line that named one
   * ({@code g}, {@code print(g)}).
   */
  private void bareList(Span span, String part, List<Reading> out) {
    if (pendingLabel == null) {
      return;
    }
    List<List<Placed>> nested = nested(span, 0, span.text().length());
    int dim = labels.dimension(pendingLabel.quantity());
    if (nested != null
        && dim > 1
        && nested.size() == stepCount
        && nested.stream().allMatch(row -> row.size() == dim)) {
      for (int t = 0; t < stepCount; t++) {
        components(
            pendingLabel,
            t + 1,
            nested.get(t),
            Candidate.Evidence.ORDER,
            "printed values of " + pendingLabel.symbol() + " (" + span.location() + ")",
            out);
      }
      pendingLabel = null;
      return;
    }
    List<Placed> list = plainValue(span, 0, span.text().length());
    if (list.size() > 1) {
      sequence(
          pendingLabel,
          list,
          span,
          "printed values of " + pendingLabel.symbol() + " (" + span.location() + ")",
          out);
    }
    pendingLabel = null;
  }

  /**
   * {@code print(g)}, {@code np.array(hs)}, {@code display(h)}, {@code hs}: a line that shows one
   * quantity.
   */
  private Optional<Label> bareLabelCall(String text) {
    Matcher m =
        Regex.of(
                "^\\s*(?:[\\w.]{1,20}\\s*\\(\\s*){0,2}([A-Za-z_][\\w~]{0,30}?)\\s*(?:,\\s*\\d+\\s*)?\\)*\\s*;?\\s*$")
            .matcher(text);
    if (m.matches()) {
      return labels.identifier(m.group(1));
    }
    return Optional.empty();
  }

  /**
   * Numbers at the start of {@code [from, to)} separated only by blanks, commas, semicolons or
   * bars.
   */
  private static List<Placed> leading(Span span, int from, int to) {
    List<Placed> out = new ArrayList<>();
    int pos = from;
    String text = span.text();
    for (Placed p : span.numbers()) {
      if (p.start() < from || p.end() > to) {
        continue;
      }
      String gap = text.substring(pos, p.start());
      if (!Regex.matches(gap, "[\\s,;|&]*")) {
        break;
      }
      out.add(p);
      pos = p.end();
    }
    if (!out.isEmpty() && Regex.matches(text.substring(pos, to), "\\s*[·*×+/^-].*")) {
      return List.of();
    }
    return out;
  }

  private static List<Placed> spanNumbers(Span span, int from, int to) {
    List<Placed> out = new ArrayList<>();
    for (Placed p : span.numbers()) {
      if (p.start() >= from && p.end() <= to) {
        out.add(p);
      }
    }
    return out;
  }

  private static boolean hasNumber(Span span, int from, int to) {
    return !spanNumbers(span, from, to).isEmpty();
  }

  /**
   * The segment as a plain value: one number (with {@code ≈}, {@code ca.} before it and words or a
   * bracketed remark after it), or a list in brackets ({@code [0.26 0.39 0.50]}, {@code (0.57,
   * −0.20)}, {@code array([…])}) or without ({@code 0.26, 0.39, 0.50}); empty when it is a formula.
   */
  private List<Placed> plainValue(Span span, int from, int to) {
    String text = span.text();
    List<Placed> nums = spanNumbers(span, from, to);
    if (nums.isEmpty()) {
      return List.of();
    }
    String head = text.substring(from, nums.get(0).start());
    if (!Regex.matches(
        head,
        "(?i)\\s*(?:(?:to|about|approximately|approx\\.?|roughly|around|exactly|nearly|then|now|rund|etwa|ungefähr|genau|also|dann|jetzt|gerundet|rounded)\\s+){0,2}"
            + "(?:≈|~|ca\\.?|approx\\.?|about|etwa|circa|rund|np\\.)?\\s*(?:array|tensor|list)?\\s*[(\\[{]{0,2}\\s*(?:≈|~)?\\s*")) {
      return List.of();
    }
    int open = count(head, '(') + count(head, '[') + count(head, '{');
    int pos = nums.get(0).end();
    List<Placed> out = new ArrayList<>();
    out.add(nums.get(0));
    for (int k = 1; k < nums.size(); k++) {
      String gap = text.substring(pos, nums.get(k).start());
      if (!Regex.matches(gap, "\\s*[,;]?\\s*(?:≈|~|ca\\.?)?\\s*")) {
        break;
      }
      out.add(nums.get(k));
      pos = nums.get(k).end();
    }
    String tail = text.substring(pos, to);
    if (open > 0) {
      Matcher close = Regex.of("^\\s*[)\\]}]{1," + open + "}").matcher(tail);
      if (!close.find()) {
        return List.of();
      }
      tail = tail.substring(close.end());
    }
    if (out.size() > 1 && open == 0 && !Regex.matches(tail, "\\s*[.;]?\\s*")) {
      return List.of();
    }
    // words or a remark may follow one value: "0.39 (rounded)", "0,633 und …"; an operator may not
    if (Regex.matches(
        tail, "\\s*[·*×/^+]\\s*.*|\\s*[-−]\\s*[\\d(.].*|\\s*\\(\\s*[-\\d].*|\\s*%.*")) {
      return List.of();
    }
    return out;
  }

  /**
   * A list of lists, {@code [[0.5, 0.3], [0.65, -0.21]]} or {@code array([[…], […]])}: the numbers
   * of each inner list; null when the text is not one.
   */
  private static List<List<Placed>> nested(Span span, int from, int to) {
    String text = span.text();
    Matcher head =
        Regex.of("\\G\\s*(?:np\\.)?(?:array|tensor)?\\s*\\(?\\s*\\[\\s*\\[").matcher(text);
    head.region(from, to);
    if (!head.lookingAt()) {
      return null;
    }
    List<List<Placed>> rows = new ArrayList<>();
    List<Placed> current = new ArrayList<>();
    int depth = 2;
    int pos = head.end();
    List<Placed> nums = spanNumbers(span, pos, to);
    int k = 0;
    while (pos < to && depth > 0) {
      char c = text.charAt(pos);
      if (k < nums.size() && nums.get(k).start() == pos) {
        current.add(nums.get(k));
        pos = nums.get(k).end();
        k++;
        continue;
      }
      if (c == '[') {
        if (depth != 1) {
          return null;
        }
        depth = 2;
      } else if (c == ']') {
        if (depth == 2) {
          rows.add(current);
          current = new ArrayList<>();
        }
        depth--;
      } else if (c != ',' && c != ' ' && c != '\t' && c != ';') {
        return null;
      }
      pos++;
    }
    return depth == 0 && !rows.isEmpty() ? rows : null;
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }

  private static boolean isExpression(String seg) {
    return Regex.matches(seg, ".*[·*×/^]|.*\\p{L}\\s*\\(.*|.*\\d\\s*[-+]\\s*[\\d(].*")
        || seg.contains("σ")
        || seg.contains("tanh");
  }

  /** The chain's segments between {@code =}, {@code ≈}, {@code :} and arrows outside brackets. */
  private static List<int[]> segments(String text, int from, int to) {
    List<int[]> out = new ArrayList<>();
    int depth = 0;
    int start = from;
    for (int i = from; i < to; i++) {
      char ch = text.charAt(i);
      if (ch == '(' || ch == '[' || ch == '{') {
        depth++;
      } else if ((ch == ')' || ch == ']' || ch == '}') && depth > 0) {
        depth--;
      } else if (depth == 0 && (ch == '=' || ch == '≈' || ch == ':' || ch == '→')) {
        out.add(new int[] {start, i});
        start = i + 1;
      } else if (depth == 0 && ch == '-' && i + 1 < to && text.charAt(i + 1) == '>') {
        out.add(new int[] {start, i});
        start = i + 2;
        i++;
      }
    }
    out.add(new int[] {start, to});
    return out;
  }

  /**
   * A label defines a value when it stands where an answer starts (not right after an operator, a
   * closing bracket, '=' or a one-letter factor as in {@code b g + U g x}) and is followed by a
   * connector, its own step, a description or a number.
   */
  private boolean isDefining(String text, Label l, List<StepReader.Event> events) {
    for (int i = l.start() - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\'' || c == '"' || c == '\t') {
        continue;
      }
      if (c == ')' || c == ']') {
        final int close = i;
        if (events.stream().anyMatch(e -> e.end() == close + 1 || e.end() == close)) {
          break; // "(t=1) input gate = 0.58": the step heading, not a factor
        }
      }
      if (OPERATORS.indexOf(c) >= 0 || c == ')' || c == '}' || c == ']') {
        return false;
      }
      if (Character.isLetter(c)
          && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
          && l.symbol().length() <= 2) {
        return false; // "b g", "U g x": a one-letter factor before it
      }
      break;
    }
    String after = text.substring(l.end());
    if (after.length() > 0 && (after.charAt(0) == '\'' || after.charAt(0) == '"')) {
      after = after.substring(1);
    }
    return connector.matcher(after).lookingAt()
        || Regex.of("^\\s*[(\\[][^)\\]]{1,40}[)\\]]\\s*(?:=|:|≈|→)").matcher(after).find()
        || Regex.of(
                "^\\s*(?:[(\\[][^)\\]]{1,40}[)\\]]\\s*)?(?:[-+−]?\\d|[.,]\\d|[\\[(]\\s*[-+−]?[.,]?\\d|array|$)")
            .matcher(after)
            .find()
        || Regex.of(
                "^\\s*[(\\[]?\\s*(?:at|for|bei|in|zum|nach|after|@|,)?\\s*\\(?\\s*(?i:t|step|schritt|zeitschritt|time step)\\s*[=:]?\\s*\\d")
            .matcher(after)
            .find()
        || DESCRIPTION.matcher(after).find()
            && labels
                .whole(
                    after.substring(after.indexOf(after.strip().charAt(0)) + 1)
                        .split("[)\\]]", 2)[0])
                .isPresent();
  }

  /**
   * Whether {@code b} only says what {@code a} belongs to: "Kandidat für den Zellzustand",
   * "candidate of the cell state".
   */
  private static boolean isModifier(String text, Label a, Label b) {
    if (b.start() < a.end()) {
      return false;
    }
    return Regex.matches(
        text.substring(a.end(), b.start()),
        "(?i)\\s+(?:für\\s+(?:den|die|das)|for(?:\\s+the)?|of(?:\\s+the)?|des|der|zum|zur|vom|from\\s+the)\\s+");
  }

  /**
   * Whether a label stands after a comma, a semicolon or a sentence's end: the start of a clause of
   * its own.
   */
  private static boolean startsAClause(String text, int at) {
    int i = at - 1;
    while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i--;
    }
    return i >= 0
        && (text.charAt(i) == ','
            || text.charAt(i) == ';'
            || text.charAt(i) == '|'
            || text.charAt(i) == '.' && i + 1 < at);
  }

  private boolean isGiven(double v) {
    for (double g : givens) {
      if (g == v) {
        return true;
      }
    }
    return false;
  }

  private List<String> quantities() {
    return quantities;
  }

  /** The lowercase form of a word for comparisons. */
  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
