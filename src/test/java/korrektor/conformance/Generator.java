package korrektor.conformance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Makes submissions deterministically from a seed and an index: the format cycles so every format
 * gets its share, the layout cycles over those the format supports, and the rubric, trace,
 * notation, label mode, step markers, numbers, language and context are drawn at random.
 */
final class Generator {
  private static final List<Layout> LAYOUTS = layouts();
  private static final List<String> HEADERS_EN =
      List.of("t=#", "t = #", "t#", "t_#", "#", "step #", "Step #", "t₍#₎");
  private static final List<String> HEADERS_DE =
      List.of("t=#", "t = #", "t#", "#", "Schritt #", "Zeitschritt #");

  private final List<RubricCase> rubrics;
  private final double[] weights;
  private final long seed;
  private final Only only;
  private final Map<String, List<StudentTrace>> variants = new HashMap<>();

  /**
   * @param rubrics the rubrics to answer
   * @param weights how often each is drawn
   */
  Generator(List<RubricCase> rubrics, double[] weights, long seed, Only only) {
    this.rubrics = List.copyOf(rubrics);
    this.weights = weights.clone();
    this.seed = seed;
    this.only = only;
    for (RubricCase c : rubrics) {
      variants.put(c.name(), Traces.variants(c));
    }
  }

  static List<Layout> layouts() {
    List<Layout> out = new ArrayList<>();
    out.addAll(TableLayouts.all());
    out.addAll(LineLayouts.all());
    out.add(new WorkedLayout());
    out.add(new SectionLayout());
    out.addAll(CodeLayouts.all());
    out.add(new ProseLayout());
    return List.copyOf(out);
  }

  /** The submission number {@code index}, or null when the filter leaves no choice for it. */
  Submission generate(int index) {
    Random rnd = new Random(seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L);
    List<OutFormat> formats =
        only.restrict("format", Arrays.asList(OutFormat.values()), OutFormat::extension);
    if (formats.isEmpty()) {
      return null;
    }
    OutFormat format = formats.get(index % formats.size());
    List<Layout> compat =
        only.restrict(
            "layout", LAYOUTS.stream().filter(l -> l.supports(format)).toList(), Layout::id);
    List<RubricCase> rs = only.restrict("rubric", rubrics, RubricCase::name);
    if (compat.isEmpty() || rs.isEmpty()) {
      return null;
    }
    Layout layout =
        compat.get(
            (index / formats.size() + index / (formats.size() * compat.size())) % compat.size());
    RubricCase rubric = weighted(rs, rnd);
    StudentTrace trace = trace(rubric, rnd);
    if (trace == null) {
      return null;
    }
    List<String> langs = only.restrict("lang", List.of("en", "de"), s -> s);
    boolean german = langs.size() == 1 ? langs.get(0).equals("de") : rnd.nextDouble() < 0.4;
    String family = pick(only.restrict("notation", Notations.families(rubric), s -> s), rnd);
    if (family == null) {
      return null;
    }
    Notation notation = Notations.resolve(family, rubric, german, rnd);
    LabelMode mode =
        pick(only.restrict("labels", modes(notation), m -> m.name().toLowerCase(Locale.ROOT)), rnd);
    boolean vectors = rubric.quantities().stream().anyMatch(q -> rubric.dimension(q) > 1);
    List<StepStyle> steps = new ArrayList<>();
    for (StepStyle s : StepStyle.values()) {
      if ((!s.typeset() || format.rich())
          && (!vectors || s.vectorSafe())
          && (mode != LabelMode.WORD || s.wordSafe())) {
        steps.add(s);
      }
    }
    StepStyle step =
        pick(only.restrict("steps", steps, s -> s.name().toLowerCase(Locale.ROOT)), rnd);
    NumberStyle numbers = pick(only.restrict("numbers", NumberStyle.ALL, NumberStyle::id), rnd);
    if (mode == null || step == null || numbers == null) {
      return null;
    }
    ComponentStyle component = ComponentStyle.values()[rnd.nextInt(ComponentStyle.values().length)];
    List<String> headers = german ? HEADERS_DE : HEADERS_EN;
    String header = headers.get(rnd.nextInt(headers.size()));
    boolean zero = layout.countsFromZero() && rnd.nextDouble() < 0.15;
    Set<Slot> omitted = new LinkedHashSet<>();
    if (layout.allowsOmission() && rnd.nextDouble() < 0.1) {
      int n = 1 + rnd.nextInt(2);
      for (int i = 0; i < n; i++) {
        omitted.add(rubric.slots().get(rnd.nextInt(rubric.slots().size())));
      }
    }
    Pen pen =
        new Pen(
            rubric, trace, notation, mode, step, component, header, numbers, format, rnd, german,
            zero, omitted);
    List<Block> blocks = new ArrayList<>();
    List<String> context = new ArrayList<>();
    if (rnd.nextDouble() < 0.8) {
      blocks.addAll(Contexts.header(pen));
      context.add("header");
    }
    if (rnd.nextDouble() < 0.25) {
      blocks.addAll(Contexts.parameters(pen));
      context.add("parameters");
    }
    if (rnd.nextDouble() < 0.25) {
      blocks.addAll(Contexts.inputs(pen));
      context.add("inputs");
    }
    if (!zero && rnd.nextDouble() < 0.15) {
      blocks.addAll(Contexts.initial(pen));
      context.add("initial");
    }
    if (mode == LabelMode.LEGEND) {
      blocks.addAll(Contexts.legend(pen));
    }
    if (zero && rnd.nextBoolean()) {
      blocks.addAll(Contexts.zeroNote(pen));
    }
    blocks.addAll(layout.render(pen));
    if (rnd.nextDouble() < 0.15) {
      blocks.addAll(Contexts.textAnswers(pen));
      context.add("text-answers");
    }
    if (rnd.nextDouble() < 0.15) {
      blocks.addAll(Contexts.footer(pen));
      context.add("page-number");
    }
    List<SubmissionFile> files = new ArrayList<>();
    String stem =
        pick(
            List.of(
                "loesung",
                "blatt09_mueller",
                "LSTM_forward",
                "Abgabe",
                "sheet9_solution",
                "forward_pass"),
            rnd);
    if (rnd.nextDouble() < 0.04) {
      Pen draftPen =
          new Pen(
              rubric,
              Traces.randomSlip(rubric, rnd),
              notation,
              mode,
              step,
              component,
              header,
              numbers,
              format,
              rnd,
              german,
              zero,
              Set.of());
      List<Block> draft = new ArrayList<>();
      draft.add(
          new Block.Para(
              Line.text(
                  pen.say(
                      "DRAFT – not my final answer, see the final file",
                      "ENTWURF – nicht werten, siehe finale Datei"))));
      draft.addAll(relabel(layout.render(draftPen), "draft"));
      files.add(
          new SubmissionFile(
              stem + pen.say("_draft.", "_entwurf.") + format.extension(), format, draft));
      stem = stem + pen.say("_final", "_final");
      context.add("draft");
    }
    files.add(0, new SubmissionFile(stem + "." + format.extension(), format, blocks));
    if (rnd.nextDouble() < 0.05) {
      files.add(
          new SubmissionFile("exercise-sheet-09.md", OutFormat.MD, ExerciseSheet.blocks(pen)));
      context.add("sheet-file");
    }
    Map<String, String> dims = new LinkedHashMap<>();
    dims.put("rubric", rubric.name());
    dims.put("format", format.extension());
    dims.put("layout", layout.id());
    dims.put("notation", family);
    dims.put("labels", mode.name().toLowerCase(Locale.ROOT));
    dims.put("steps", step.name().toLowerCase(Locale.ROOT) + (zero ? " from-0" : ""));
    dims.put(
        "numbers",
        (layout.ownNumbers() ? "(code)" : pen.numbers.id())
            + (trace.roundedTo() >= 0 ? "@" + trace.roundedTo() : ""));
    dims.put("trace", trace.kind());
    dims.put("lang", german ? "de" : "en");
    dims.put("context", context.isEmpty() ? "none" : String.join("+", context));
    dims.put("omitted", omitted.isEmpty() ? "none" : omitted.toString());
    return new Submission(index, rubric, trace, dims, files, Truth.of(files));
  }

  private static List<LabelMode> modes(Notation n) {
    if (!n.symbolic()) {
      return List.of(LabelMode.WORD);
    }
    if (n.id().startsWith("words")) {
      return List.of(LabelMode.WORD_SYMBOL);
    }
    return List.of(
        LabelMode.SYMBOL,
        LabelMode.SYMBOL,
        LabelMode.DESCRIBED,
        LabelMode.WORD_SYMBOL,
        LabelMode.LEGEND);
  }

  private StudentTrace trace(RubricCase c, Random rnd) {
    List<String> kinds =
        only.restrict(
            "trace",
            List.of("reference", "slip", "round2", "round3", "mistake", "convention"),
            s -> s);
    List<StudentTrace> vs = variants.get(c.name());
    List<String> usable =
        kinds.stream()
            .filter(
                k ->
                    !k.equals("mistake") && !k.equals("convention")
                        || vs.stream().anyMatch(v -> v.kind().equals(k)))
            .toList();
    if (usable.isEmpty()) {
      return null;
    }
    double r = rnd.nextDouble();
    String kind;
    if (usable.size() == kinds.size() && kinds.size() == 6) {
      kind =
          r < 0.4
              ? "reference"
              : r < 0.6 ? "slip" : r < 0.7 ? "round2" : r < 0.8 ? "round3" : "variant";
    } else {
      kind = usable.get(rnd.nextInt(usable.size()));
    }
    return switch (kind) {
      case "reference" -> Traces.reference(c);
      case "slip" -> Traces.randomSlip(c, rnd);
      case "round2" -> Traces.rounded(c, 2);
      case "round3" -> Traces.rounded(c, 3);
      default -> {
        List<StudentTrace> pool =
            vs.stream().filter(v -> kind.equals("variant") || v.kind().equals(kind)).toList();
        yield pool.isEmpty() ? Traces.reference(c) : pool.get(rnd.nextInt(pool.size()));
      }
    };
  }

  private RubricCase weighted(List<RubricCase> rs, Random rnd) {
    double total = 0;
    for (RubricCase c : rs) {
      total += weights[rubrics.indexOf(c)];
    }
    double r = rnd.nextDouble() * total;
    for (RubricCase c : rs) {
      r -= weights[rubrics.indexOf(c)];
      if (r < 0) {
        return c;
      }
    }
    return rs.get(rs.size() - 1);
  }

  private static <T> T pick(List<T> choices, Random rnd) {
    return choices.isEmpty() ? null : choices.get(rnd.nextInt(choices.size()));
  }

  /**
   * The same blocks with every answer turned into a distractor of the given kind (a draft's
   * values).
   */
  static List<Block> relabel(List<Block> blocks, String kind) {
    List<Block> out = new ArrayList<>();
    for (Block b : blocks) {
      if (b instanceof Block.Heading h) {
        out.add(new Block.Heading(relabel(h.line(), kind)));
      } else if (b instanceof Block.Para p) {
        out.add(new Block.Para(relabel(p.line(), kind)));
      } else if (b instanceof Block.Table t) {
        out.add(
            new Block.Table(
                t.rows().stream().map(r -> r.stream().map(l -> relabel(l, kind)).toList()).toList(),
                t.headerRows()));
      } else if (b instanceof Block.Code c) {
        out.add(new Block.Code(c.lines().stream().map(l -> relabel(l, kind)).toList()));
      } else if (b instanceof Block.Output o) {
        Block.Table html =
            o.html() == null ? null : (Block.Table) relabel(List.of(o.html()), kind).get(0);
        out.add(
            new Block.Output(
                o.lines().stream().map(l -> relabel(l, kind)).toList(), html, o.result()));
      } else {
        out.add(b);
      }
    }
    return out;
  }

  private static Line relabel(Line l, String kind) {
    List<Piece> out = new ArrayList<>();
    for (Piece p : l.pieces()) {
      out.add(
          p instanceof Piece.Num n && n.role() instanceof Piece.SlotValue
              ? new Piece.Num(n.written(), new Piece.Distractor(kind))
              : p);
    }
    return new Line(out);
  }
}
