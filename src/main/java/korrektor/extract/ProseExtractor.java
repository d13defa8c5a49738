package korrektor.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import korrektor.document.Location;

/**
 * Values written in sentences or formulas: {@code h(2) = 0.3907}, {@code t = 2: h = 0.39},
 * {@code g(1) = σ(0.31) = 0.5769} (the last plain number of a chain counts), {@code the hidden
 * state at t=2 is 0.39}, {@code h(2) = (0.57, −0.20)} for vectors, and a label followed by one
 * value per step ({@code g 0.5769 0.5428 0.5481}). A label inside a formula ({@code … = s(2)·q(2)})
 * is a reference, not an answer. The step context carries from line to line.
 */
final class ProseExtractor {
  private static final Pattern CONNECTOR = Pattern.compile(
      "^\\s*(?:=|:|≈|~|->|→|is|are|was|equals|of|ist|beträgt|gleich|approx\\.?|approximately|ca\\.?)", Pattern.CASE_INSENSITIVE);
  private static final String OPERATORS = "·*×+-/(^_=≈";
  private static final Pattern FOLLOWER = Pattern.compile(
      "^\\s*(?:\\([^)]*\\)\\s*)?(?:[-+]?\\d|[.,]\\d|$|[-–—?](?:\\s|$)|(?:at|for|bei|in|zum|@|,)?\\s*\\(?\\s*(?:t|step|schritt|zeitschritt|time step)\\s*[=:]?\\s*\\d)",
      Pattern.CASE_INSENSITIVE);
  private static final String OWN_STEP = "\\s*(?:at|for|bei|in|zum|@|,)?\\s*\\(?\\s*";

  private final LabelMatcher labels;
  private final int steps;
  private int context;
  private boolean otherHeader;

  ProseExtractor(LabelMatcher labels, int steps) {
    this.labels = labels;
    this.steps = steps;
  }

  /** Extracts from one line (or cell text), updating the step context. */
  void line(String raw, Location location, List<Candidate> out) {
    String text = Text.normalize(raw);
    if (text.isEmpty()) {
      return;
    }
    List<Label> found = labels.findAll(text);
    if (found.isEmpty() && Regex.matches(text, "(?:\\S{1,3}\\s+){1,5}\\S{1,3}") && Numbers.findAll(text).isEmpty()) {
      otherHeader = true; // "U W b": the rows below are parameters, not one value per step
      return;
    }
    if (found.isEmpty() || found.get(0).start() > 0) {
      otherHeader = false;
    }
    List<Steps.Event> events = new ArrayList<>();
    for (Steps.Event e : Steps.events(text)) {
      if (found.stream().noneMatch(l -> e.start() < l.end() && l.start() < e.end())) {
        events.add(e);
      }
    }
    List<Label> defining = new ArrayList<>();
    for (Label l : found) {
      if (isDefining(text, l)) {
        defining.add(l);
      }
    }
    int ev = 0;
    for (int i = 0; i < defining.size(); i++) {
      Label l = defining.get(i);
      while (ev < events.size() && events.get(ev).start() < l.start()) {
        context = events.get(ev++).step();
      }
      int scopeEnd = i + 1 < defining.size() ? defining.get(i + 1).start() : text.length();
      int scopeStart = l.end();
      for (Steps.Event e : events) {
        if (e.start() >= l.end() && e.start() < scopeEnd) {
          if (!l.hasStep() && text.substring(l.end(), e.start()).matches(OWN_STEP)) {
            // "the hidden state at t=3 is 0.4953", "output (t = 2) = 0.72": the step belongs to the label
            l = new Label(l.quantity(), l.component(), e.step(), l.start(), e.end(), l.ambiguousIndex());
            scopeStart = text.substring(e.end()).startsWith(")") ? e.end() + 1 : e.end();
            continue;
          }
          scopeEnd = e.start();
          break;
        }
      }
      read(l, text.substring(scopeStart, scopeEnd), scopeStart, location, out);
    }
    while (ev < events.size()) {
      context = events.get(ev++).step();
    }
  }

  private void read(Label l, String scope, int offset, Location location, List<Candidate> out) {
    int step = l.hasStep() ? l.step() : context;
    Candidate.Evidence evidence = l.hasStep() ? Candidate.Evidence.LABEL : Candidate.Evidence.CONTEXT;
    boolean chain = CONNECTOR.matcher(scope).find();
    if (!chain) {
      scope = Regex.replaceFirst(scope, "^\\s*\\([\\p{L}\\s.,-]*\\)", ""); // "s~ (candidate) 0.7324 0.7371 0.7400"
      if (!l.hasStep() && steps > 1 && labels.dimension(l.quantity()) == 1 && rowWithGaps(l, scope, location, out)) {
        return;
      }
      List<NumberToken> row = leadingNumbers(scope);
      if (row.size() == steps && steps > 1 && !l.hasStep() && labels.dimension(l.quantity()) == 1 && !otherHeader) {
        for (int t = 0; t < row.size(); t++) {
          out.add(new Candidate(l.quantity(), l.component(), t + 1, row.get(t), location, Candidate.Evidence.ORDER));
        }
        return;
      }
      if (row.size() != 1 || step <= 0 || !l.hasStep() && row.get(0).decimals() == 0
          || labels.dimension(l.quantity()) > 1 && l.component() == 0) {
        return;
      }
      out.add(new Candidate(l.quantity(), l.component(), step, row.get(0), location, evidence));
      return;
    }
    if (step <= 0) {
      return;
    }
    String[] segments = Regex.split(scope, "=|≈|:|→|->");
    for (int s = segments.length - 1; s >= 1; s--) {
      List<NumberToken> vector = Vectors.read(segments[s]);
      if (!vector.isEmpty()) {
        int dim = labels.dimension(l.quantity());
        if (vector.size() == 1 && (dim == 1 || l.component() > 0)) {
          out.add(new Candidate(l.quantity(), l.component(), step, vector.get(0), location, evidence));
          return;
        }
        if (vector.size() == dim && l.component() == 0) {
          for (int c = 0; c < dim; c++) {
            out.add(new Candidate(l.quantity(), c + 1, step, vector.get(c), location, evidence));
          }
          return;
        }
      }
    }
    // "the hidden state at t=2 is 0.39": a connector word, then one number
    List<NumberToken> row = leadingNumbers(scope.replaceFirst(CONNECTOR.pattern().substring(1), ""));
    if (row.size() == 1 && segments.length == 1 && (labels.dimension(l.quantity()) == 1 || l.component() > 0)) {
      out.add(new Candidate(l.quantity(), l.component(), step, row.get(0), location, evidence));
    }
  }

  /**
   * A label followed by one entry per step where some entries are placeholders ({@code -}, {@code ?},
   * {@code n/a}): {@code Hidden state h 0.2610 0.3907 –}. Returns whether the scope was such a row.
   */
  private boolean rowWithGaps(Label l, String scope, Location location, List<Candidate> out) {
    String[] tokens = Regex.split(scope.strip(), "\\s+");
    if (tokens.length != steps) {
      return false;
    }
    List<NumberToken> values = new java.util.ArrayList<>();
    int placeholders = 0;
    for (String t : tokens) {
      var n = Numbers.whole(t);
      if (n.isPresent()) {
        values.add(n.get());
      } else if (Regex.matches(t, "-|—|\\?|n/a|N/A|/|x|\\.\\.\\.|…")) {
        values.add(null);
        placeholders++;
      } else {
        return false;
      }
    }
    if (placeholders == 0 || placeholders == steps) {
      return false;
    }
    for (int t = 0; t < values.size(); t++) {
      if (values.get(t) != null) {
        out.add(new Candidate(l.quantity(), l.component(), t + 1, values.get(t), location, Candidate.Evidence.ORDER));
      }
    }
    return true;
  }

  /** Numbers at the start of a text separated only by spaces, commas, semicolons or bars. */
  private static List<NumberToken> leadingNumbers(String scope) {
    List<NumberToken> out = new ArrayList<>();
    int pos = 0;
    for (NumberToken n : Numbers.findAll(scope)) {
      String gap = scope.substring(pos, n.start());
      if (!Regex.matches(gap, "[\\s,;|&]*")) {
        break;
      }
      out.add(n);
      pos = n.end();
    }
    String rest = scope.substring(pos);
    if (!out.isEmpty() && Regex.matches(rest, "\\s*[·*×+/^-].*")) {
      return List.of();
    }
    return out;
  }

  /**
   * A label defines a value when it stands where an answer starts (not right after an operator,
   * a closing bracket, '=' or a one-letter factor as in {@code b g + U g x}) and is followed by a
   * connector ({@code =}, {@code :}, {@code is}), its own step ({@code at t = 3}) or a number.
   */
  private static boolean isDefining(String text, Label l) {
    for (int i = l.start() - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c == ' ') {
        continue;
      }
      if (OPERATORS.indexOf(c) >= 0 || c == ')' || c == '}' || c == ']') {
        return false;
      }
      if (Character.isLetter(c) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
        return false; // "b g", "U g x": a one-letter factor before it
      }
      break;
    }
    String after = text.substring(l.end());
    return CONNECTOR.matcher(after).find() || FOLLOWER.matcher(after).find();
  }

}
