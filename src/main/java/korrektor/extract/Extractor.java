package korrektor.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import korrektor.document.Document;
import korrektor.reference.ReferenceModel;
import korrektor.rubric.QuantityDef;
import korrektor.rubric.Vocabulary;

/**
 * Reads the values a student wrote, in one pipeline for every format: documents become units (lines
 * and cells) and tables; layouts ({@link TableReader}, {@link HeaderlessReader}, {@link
 * PhraseReader}) propose readings with their evidence; the {@link Decoder} settles what they leave
 * open (notation, unnamed columns, step base) by the student's own values; every number written is
 * accounted for ({@link Coverage}). Never picks a number because it is close to an expected value.
 * Pure: no I/O.
 */
public final class Extractor {
  private final LabelMatcher labels;
  private final StepReader steps;
  private final Vocabulary vocabulary;
  private final List<String> quantities;
  private final Map<String, Integer> dimensions;
  private final int stepCount;
  private final Map<String, Integer> onlyStep;
  private final ModelEvidence evidence;
  private final Distractors distractors;
  private final Units units;
  private final double[] inputs;
  private final PhraseReader.Grammar grammar;

  /**
   * A reader without a model: ambiguous symbols take their first sense.
   *
   * @param quantities the quantities to look for, with their aliases
   * @param dimensions quantity → components (1 for scalars)
   * @param steps number of time steps in the exercise
   */
  public Extractor(Iterable<QuantityDef> quantities, Map<String, Integer> dimensions, int steps) {
    this(
        quantities,
        dimensions,
        steps,
        Vocabulary.defaults(null),
        List.of(),
        new double[0],
        new double[0],
        Map.of());
  }

  /**
   * @param quantities the quantities to look for, with their aliases, in the sheet's order
   * @param dimensions quantity → components (1 for scalars)
   * @param steps number of time steps in the exercise
   * @param vocabulary step words, connectors and notation families
   * @param models the rubric's model first, then its variants, to settle readings by; empty: none
   * @param givens the sheet's parameters, inputs and initial values (distractors)
   * @param inputs the sheet's scalar inputs x_1..x_T (columns headed by them are steps); empty when
   *     the inputs are vectors or unknown
   * @param onlyStep quantities the sheet asks at one step only (y at the last step): a value
   *     written under such a label without a step ({@code y = 0.62}) is that step's
   */
  public Extractor(
      Iterable<QuantityDef> quantities,
      Map<String, Integer> dimensions,
      int steps,
      Vocabulary vocabulary,
      List<ReferenceModel> models,
      double[] givens,
      double[] inputs,
      Map<String, Integer> onlyStep) {
    this.onlyStep = Map.copyOf(onlyStep);
    this.inputs = inputs.clone();
    this.vocabulary = vocabulary;
    Set<String> names = new HashSet<>();
    vocabulary.intermediates().forEach(n -> names.add(n.toLowerCase(Locale.ROOT)));
    this.labels = new LabelMatcher(quantities, dimensions, vocabulary.notations(), names);
    this.steps = new StepReader(vocabulary);
    List<String> order = new ArrayList<>();
    quantities.forEach(q -> order.add(q.id()));
    this.quantities = List.copyOf(order);
    this.dimensions = Map.copyOf(dimensions);
    this.stepCount = steps;
    this.evidence = new ModelEvidence(models);
    this.distractors = new Distractors(givens, names);
    this.units = new Units(labels, this.steps);
    this.grammar = PhraseReader.Grammar.of(vocabulary, givens);
  }

  /** Reads one document. */
  public Extraction extract(Document document) {
    return read(List.of(document));
  }

  /** Reads all documents of one submission together (a notation is the student's, not a file's). */
  public Extraction read(List<Document> documents) {
    List<Units.Parsed> parsed = new ArrayList<>();
    List<List<Reading>> perDocument = new ArrayList<>();
    for (int i = 0; i < documents.size(); i++) {
      Units.Parsed p = units.of(documents.get(i), i);
      parsed.add(p);
      List<Reading> found = new ArrayList<>();
      readDocument(p, found);
      perDocument.add(found);
    }
    for (int i = 0; i < perDocument.size(); i++) {
      countedFromZero(perDocument.get(i), documents.get(i).fileName());
    }
    // "Notation: o = output gate, C = cell state": what the student says a symbol means, everywhere
    Map<String, List<String>> declared = declarations(parsed);
    if (!declared.isEmpty()) {
      for (List<Reading> list : perDocument) {
        list.replaceAll(
            r ->
                declared.containsKey(r.symbol()) && r.senses().size() > 1
                    ? new Reading(
                        r.symbol(),
                        declared.get(r.symbol()),
                        declared.get(r.symbol()).size() > 1 ? r.senseChoice() : null,
                        r.component(),
                        r.step(),
                        r.baseChoice(),
                        r.number(),
                        r.evidence(),
                        r.layout())
                    : r);
      }
    }
    // a draft beside the version that counts: only the final one is read
    List<String> names = documents.stream().map(Document::fileName).toList();
    Set<Integer> drafts = Versions.drafts(names);
    boolean finalHasValues = false;
    for (int i = 0; i < perDocument.size(); i++) {
      finalHasValues |= !drafts.contains(i) && !perDocument.get(i).isEmpty();
    }
    List<Reading> readings = new ArrayList<>();
    List<String> setAside = new ArrayList<>();
    for (int i = 0; i < perDocument.size(); i++) {
      if (finalHasValues && drafts.contains(i)) {
        if (!perDocument.get(i).isEmpty()) {
          setAside.add(names.get(i));
        }
        continue;
      }
      readings.addAll(perDocument.get(i));
    }
    Decoder decoder = new Decoder(evidence, dimensions, vocabulary.notations(), stepCount);
    Decoder.Result result = decoder.decode(readings);
    List<Extraction.Decision> decisions = new ArrayList<>();
    for (Decoder.Decision d : result.decisions()) {
      decisions.add(
          new Extraction.Decision(
              d.choice(), d.options(), d.scores(), d.chosen(), d.tie(), d.why()));
    }
    List<String> described = new ArrayList<>();
    for (Reading r : readings) {
      described.add(
          r.number().token().raw()
              + " at "
              + r.number().location()
              + " → "
              + r.symbol()
              + (r.senses().size() > 1 ? " " + r.senses() : "")
              + " step "
              + r.step()
              + (r.baseChoice() != null ? " (or " + (r.step() + 1) + " if counted from 0)" : "")
              + " ["
              + r.evidence().name().toLowerCase(Locale.ROOT)
              + ": "
              + r.layout()
              + "]");
    }
    Set<Integer> ignored = new HashSet<>();
    List<String> notes = new ArrayList<>(result.notes());
    for (int i = 0; i < names.size(); i++) {
      if (setAside.contains(names.get(i))) {
        ignored.add(i);
        notes.add(
            names.get(i)
                + " looks like a draft of another file handed in; its values were set aside and the other file's were read");
      }
    }
    Coverage coverage = coverage(parsed, result, ignored);
    return new Extraction(
        result.candidates(), notes, result.ambiguous(), coverage, decisions, described);
  }

  private void readDocument(Units.Parsed p, List<Reading> out) {
    TableReader tables = new TableReader(labels, steps, quantities, stepCount, inputs);
    HeaderlessReader headerless = new HeaderlessReader(labels, steps, quantities, stepCount);
    Set<Unit> claimed = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    List<HeaderlessReader.Legend> legends = new ArrayList<>();
    List<Unit> lineUnits = p.lines();
    for (int i = 0; i < lineUnits.size(); i++) {
      Unit u = lineUnits.get(i);
      Unit legendUnit = u;
      if (u.text().strip().endsWith(",")
          && i + 1 < lineUnits.size()
          && lineUnits.get(i + 1).numbers().isEmpty()) {
        // a legend broken across two lines: "Columns: t, g, …, s (cell state)," / "h (hidden
        // state), output"
        Unit next = lineUnits.get(i + 1);
        legendUnit =
            new Unit(
                u.document(),
                next.index(),
                u.text() + " " + next.text(),
                u.fields(),
                u.numbers(),
                u.location(),
                u.part(),
                false);
      }
      headerless.legend(legendUnit).ifPresent(legends::add);
    }
    for (Unit u : p.cells()) {
      if (u.numbers().isEmpty()) {
        headerless.legend(u).ifPresent(legends::add);
      }
    }
    int[] contextAfter =
        p.tables().stream().anyMatch(t -> t.isText() || t.linesBefore() > 0)
            ? contexts(p.lines())
            : new int[0];
    for (Table t : p.tables()) {
      int context = t.isText() ? PhraseReader.NONE : sheetStep(t.name());
      if (context == PhraseReader.NONE
          && t.linesBefore() > 0
          && t.linesBefore() <= contextAfter.length) {
        context =
            contextAfter[t.linesBefore() - 1]; // a table under a heading "t = 2" in a Word document
      } else if (t.isText()) {
        int first = t.cells().stream().mapToInt(c -> c.unit().index()).min().orElse(0);
        context =
            first > 0 && first <= contextAfter.length ? contextAfter[first - 1] : PhraseReader.NONE;
      }
      List<Reading> found = tables.read(t, context);
      if (found.isEmpty()) {
        found = headerless.read(t, legendsBefore(legends, t));
      }
      if (found.isEmpty() && t.isText()) {
        found =
            headerless.read(
                t, legendsAfter(legends, t)); // "(columns: t, h, output)" under the printout
      }
      out.addAll(found);
      if (t.isText() && (!found.isEmpty() || tables.isOtherTable(t))) {
        for (Table.Cell c : t.cells()) {
          claimed.add(c.unit());
        }
      }
    }
    PhraseReader phrases =
        new PhraseReader(labels, steps, grammar, stepCount, quantities, onlyStep);
    List<Unit> lines = p.lines();
    for (int i = 0; i < lines.size(); i++) {
      Unit u = lines.get(i);
      if (claimed.contains(u)) {
        continue;
      }
      PhraseReader.Span span = span(u);
      int first = i;
      // a value broken onto the next line: "the cell state is s" / "= 0.4225"; a printed array over
      // several lines ("array([[0.5, 0.3]," / "[0.65, -0.21]])")
      while (i + 1 < lines.size()
          && !claimed.contains(lines.get(i + 1))
          && lines.get(i + 1).part().equals(u.part())
          && !isRule(span.text())
          && !isRule(lines.get(i + 1).text())
          && (endsWithEquals(span.text())
              || startsWithEquals(lines.get(i + 1).text())
              || Regex.matches(lines.get(i + 1).text(), "\\s*\\([\\p{L} -]{2,40}\\)\\s*[:=].*")
              || phrases.endsWithConnector(span.text()) && !lines.get(i + 1).numbers().isEmpty()
              || phrases.startsWithConnector(lines.get(i + 1).text())
                  && !lines.get(i + 1).numbers().isEmpty()
                  && endsWithLabel(span.text())
              || Regex.matches(span.text(), ".*\\d[,;]\\s*")
                  && Regex.matches(lines.get(i + 1).text(), "\\s*[-+−]?[.,]?\\d.*")
                  && !lines.get(i + 1).isRow()
              || openBrackets(span.text()) > 0 && i - first < 60)) {
        span = join(span, lines.get(++i));
      }
      boolean read = phrases.read(span, u.part(), out);
      if (!read && i == first && u.fields().size() > 1 && !u.isRow()) {
        // text set side by side on one baseline (labelled values beside a plot's tick labels): each
        // block alone
        for (Unit.Field f : u.fields()) {
          phrases.read(fieldSpan(u, f), u.part(), out);
        }
      }
    }
    phrases.reset();
    for (Unit u : p.cells()) {
      if (u.numbers().isEmpty() || u.numbers().size() == 1 && Numbers.whole(u.text()).isPresent()) {
        if (u.numbers().isEmpty()) {
          phrases.read(span(u), u.part(), out); // a step heading cell sets the context
        }
        continue;
      }
      if (labels.whole(u.text()).isPresent()) {
        continue;
      }
      phrases.read(span(u), u.part(), out);
    }
  }

  /**
   * Steps written with labels and headings ({@code Step 0: g = …}, {@code h(0) = …}) may count from
   * 0: when a document names step 0 for values and no step beyond T−1, whether it does is left to
   * the decoder (the student's values settle it); with step T named too, step 0 is the initial
   * state.
   */
  private void countedFromZero(List<Reading> readings, String file) {
    int max = Integer.MIN_VALUE;
    boolean zero = false;
    for (Reading r : readings) {
      if (r.baseChoice() == null
          && (r.evidence() == Candidate.Evidence.LABEL
              || r.evidence() == Candidate.Evidence.CONTEXT)) {
        max = Math.max(max, r.step());
        zero |= r.step() == 0;
      }
    }
    if (!zero || max >= stepCount) {
      return;
    }
    String choice = "steps written in " + file;
    readings.replaceAll(
        r ->
            r.baseChoice() == null
                    && (r.evidence() == Candidate.Evidence.LABEL
                        || r.evidence() == Candidate.Evidence.CONTEXT)
                ? r.withBase(choice)
                : r);
  }

  /**
   * Symbols the student defines in words: "o = output gate", "C: cell state", "candidate (a)" in a
   * line without numbers; a symbol defined two ways is left open.
   */
  private Map<String, List<String>> declarations(List<Units.Parsed> parsed) {
    HeaderlessReader reader = new HeaderlessReader(labels, steps, quantities, stepCount);
    Map<String, List<String>> out = new LinkedHashMap<>();
    Set<String> conflicting = new HashSet<>();
    for (Units.Parsed p : parsed) {
      for (Unit u : p.lines()) {
        if (!u.numbers().isEmpty()
            || u.text().length() > 300
            || u.text().indexOf('=') < 0
                && u.text().indexOf(':') < 0
                && u.text().indexOf('(') < 0) {
          continue;
        }
        String body =
            Regex.replaceFirst(
                u.text(),
                "(?i)^.{0,30}?(?:notation|bezeichnungen|symbole|symbols|legende?|wobei|where)\\s*:?\\s*",
                "");
        for (String item : Regex.split(body, "\\s*[,;\\t]\\s*|\\s+(?:and|und)\\s+")) {
          reader
              .declaration(item.strip())
              .ifPresent(
                  l -> {
                    List<String> before = out.putIfAbsent(l.symbol(), l.senses());
                    if (before != null && !before.equals(l.senses())) {
                      conflicting.add(l.symbol());
                    }
                  });
        }
      }
    }
    conflicting.forEach(out::remove);
    return out;
  }

  /**
   * The step a heading has set after each line ("Step 2", "t = 2:"), as the phrase reader carries
   * it; NONE before any.
   */
  private int[] contexts(List<Unit> lines) {
    int[] out = new int[lines.size()];
    int context = PhraseReader.NONE;
    for (int i = 0; i < lines.size(); i++) {
      Unit u = lines.get(i);
      List<Label> found = labels.findAll(u.text());
      for (StepReader.Event e : steps.events(u.text())) {
        if (found.stream().noneMatch(l -> e.start() < l.end() && l.start() < e.end())) {
          context = e.step();
        }
      }
      out[i] = context;
    }
    return out;
  }

  private static List<HeaderlessReader.Legend> legendsBefore(
      List<HeaderlessReader.Legend> legends, Table t) {
    int first = Integer.MAX_VALUE;
    for (Table.Cell c : t.cells()) {
      first = Math.min(first, c.unit().index());
    }
    List<HeaderlessReader.Legend> out = new ArrayList<>();
    for (HeaderlessReader.Legend l : legends) {
      if (l.unit().index() < first || !t.isText()) {
        out.add(l);
      }
    }
    return out;
  }

  /** The legend written right after a text table (within five lines), if any. */
  private static List<HeaderlessReader.Legend> legendsAfter(
      List<HeaderlessReader.Legend> legends, Table t) {
    int last = t.cells().stream().mapToInt(c -> c.unit().index()).max().orElse(0);
    for (HeaderlessReader.Legend l : legends) {
      if (l.unit().index() > last && l.unit().index() <= last + 5) {
        return List.of(l);
      }
    }
    return List.of();
  }

  /**
   * A step a sheet's name gives all its cells: "t = 2", "Step 2", "Zeitschritt 2"; else {@link
   * PhraseReader#NONE}.
   */
  private int sheetStep(String name) {
    if (name == null) {
      return PhraseReader.NONE;
    }
    OptionalInt s = steps.stepOf(name);
    if (s.isPresent() && !Regex.matches(name.strip(), "\\d+")) {
      return s.getAsInt();
    }
    List<StepReader.Event> e = steps.events(Markup.plain(name));
    return e.size() == 1 ? e.get(0).step() : PhraseReader.NONE;
  }

  private static PhraseReader.Span span(Unit u) {
    List<PhraseReader.Placed> placed = new ArrayList<>();
    for (Num n : u.numbers()) {
      placed.add(new PhraseReader.Placed(n, n.token().start(), n.token().end()));
    }
    return new PhraseReader.Span(u.text(), placed, u.location());
  }

  private static PhraseReader.Span fieldSpan(Unit u, Unit.Field f) {
    List<PhraseReader.Placed> placed = new ArrayList<>();
    int offset = u.text().indexOf(f.text());
    for (Num n : f.numbers()) {
      placed.add(
          new PhraseReader.Placed(
              n, n.token().start() - Math.max(0, offset), n.token().end() - Math.max(0, offset)));
    }
    return new PhraseReader.Span(f.text(), placed, u.location());
  }

  private static PhraseReader.Span join(PhraseReader.Span a, Unit next) {
    List<PhraseReader.Placed> placed = new ArrayList<>(a.numbers());
    int offset = a.text().length() + 1;
    for (Num n : next.numbers()) {
      placed.add(new PhraseReader.Placed(n, n.token().start() + offset, n.token().end() + offset));
    }
    return new PhraseReader.Span(a.text() + " " + next.text(), placed, a.location());
  }

  /**
   * Whether the line ends in {@code =}, {@code :} or {@code ≈} (trailing blanks aside): its value
   * is on the next line. The same as matching {@code .*[=:≈]\s*$} (no line break before the sign).
   */
  static boolean endsWithEquals(String text) {
    int i = text.length() - 1;
    while (i >= 0 && Text.isPatternBlank(text.charAt(i))) {
      i--;
    }
    if (i < 0 || "=:≈".indexOf(text.charAt(i)) < 0) {
      return false;
    }
    return noLineBreak(text, 0, i);
  }

  /** Whether a text ends with a label ("… die Ausgabe"), its value on the next line. */
  private boolean endsWithLabel(String text) {
    List<Label> found = labels.findAll(text);
    return !found.isEmpty() && text.substring(found.get(found.size() - 1).end()).isBlank();
  }

  /** A line of only rule characters ("=====", "-----"): an underline, no equation. */
  private static boolean isRule(String text) {
    return text.length() >= 3 && Regex.matches(text.strip(), "[=\\-_~*#]{3,}");
  }

  /** Square brackets opened and not closed: a list printed over several lines. */
  static int openBrackets(String text) {
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '[') {
        depth++;
      } else if (c == ']') {
        depth--;
      }
    }
    return depth;
  }

  /** Whether the line starts with {@code =} or {@code ≈} (blanks aside): {@code ^\s*[=≈].*}. */
  static boolean startsWithEquals(String text) {
    int i = 0;
    while (i < text.length() && Text.isPatternBlank(text.charAt(i))) {
      i++;
    }
    return i < text.length()
        && (text.charAt(i) == '=' || text.charAt(i) == '≈')
        && noLineBreak(text, i + 1, text.length());
  }

  /** No character in {@code [from, to)} that {@code .} does not match. */
  private static boolean noLineBreak(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return false;
      }
    }
    return true;
  }

  private Coverage coverage(List<Units.Parsed> parsed, Decoder.Result result, Set<Integer> drafts) {
    Set<String> attributedTexts = new HashSet<>();
    for (Candidate c : result.candidates()) {
      attributedTexts.add(c.number().raw());
    }
    int numbers = 0;
    int attributed = 0;
    int distractorCount = 0;
    List<Coverage.Unexplained> unexplained = new ArrayList<>();
    Map<String, Boolean> listed = new LinkedHashMap<>();
    for (int d = 0; d < parsed.size(); d++) {
      Units.Parsed p = parsed.get(d);
      List<Unit> all = new ArrayList<>(p.lines());
      all.addAll(p.cells());
      for (Unit u : all) {
        for (Num n : u.numbers()) {
          numbers++;
          if (result.used().contains(n)) {
            attributed++;
          } else if (drafts.contains(d)) {
            distractorCount++; // a draft set aside
          } else if (distractors.why(n, u.text(), u.numbers(), attributedTexts) != null) {
            distractorCount++;
          } else {
            String key = n.token().raw() + "@" + n.location();
            if (unexplained.size() < Coverage.MAX_LISTED && listed.putIfAbsent(key, true) == null) {
              unexplained.add(
                  new Coverage.Unexplained(n.value(), n.token().raw(), n.location().toString()));
            }
          }
        }
      }
    }
    return new Coverage(numbers, attributed, distractorCount, unexplained);
  }
}
