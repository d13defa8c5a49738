package korrektor.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import korrektor.document.Cell;
import korrektor.document.Document;
import korrektor.document.ReadLimits;
import korrektor.document.read.DocumentReaders;
import korrektor.extract.Candidate;
import korrektor.extract.Extraction;
import korrektor.extract.Label;
import korrektor.extract.LabelMatcher;
import korrektor.extract.Markup;
import korrektor.extract.Text;
import korrektor.grade.Grader;
import korrektor.grade.Grading;
import korrektor.grade.ItemResult;
import korrektor.grade.Points;
import korrektor.grade.Verdict;
import korrektor.grade.text.TextGrade;
import korrektor.grade.text.TextGrader;
import korrektor.rubric.Part;
import korrektor.rubric.PartKind;
import korrektor.rubric.QuantityDef;
import korrektor.rubric.Question;
import korrektor.rubric.Reveal;
import korrektor.rubric.Rubric;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code korrektor rubric try --rubric R [TEXT|FILE]}: the rubric author's quick loop. Reads a
 * line, a pasted table or a file as a submission and shows, in tutor mode, the labels it recognises
 * (which alias or notation family, which step), the values it reads, and how each item would be
 * graded; a typed sentence that no text part's label locates is graded as the answer of each text
 * part.
 */
@Command(
    name = "try",
    mixinStandardHelpOptions = true,
    description =
        "Reads TEXT (a line or a pasted table; from standard input when left out) or FILE as a "
            + "submission and shows what Korrektor reads and how each item would be graded, in tutor mode: aliases, "
            + "steps, values, text concepts and formulas.")
final class RubricTry implements Callable<Integer> {
  private static final int MAX_UNITS = 60;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  @Mixin RubricOption rubric = new RubricOption();

  @Parameters(
      arity = "0..1",
      paramLabel = "TEXT|FILE",
      description = "What to try: text (quote it in the shell), or the path of a submission file.")
  String input;

  @Option(
      names = "--part",
      paramLabel = "QUESTION/PART",
      description = "Grade the whole text as the answer of this text part, e.g. 2/answer.")
  String part;

  /** Standard input, for text piped or pasted in; replaced in tests. */
  InputStream stdin = System.in;

  @Override
  public Integer call() throws IOException {
    Rubric loaded = rubric.load(spec);
    if (loaded == null) {
      return 2;
    }
    Rubric r = loaded.withReveal(Reveal.TUTOR);
    PrintWriter out = spec.commandLine().getOut();
    Part only = null;
    if (part != null) {
      only = textPart(r, part);
      if (only == null) {
        spec.commandLine()
            .getErr()
            .println(
                "--part "
                    + part
                    + ": no text part of that name; expected one of "
                    + String.join(", ", textParts(r)));
        return 2;
      }
    }
    boolean typed;
    Document d;
    if (input != null && !input.contains("\n") && Files.isRegularFile(Path.of(input))) {
      typed = false;
      d =
          DocumentReaders.standard()
              .read(Path.of(input), Path.of(input).getFileName().toString(), ReadLimits.DEFAULT);
    } else {
      typed = true;
      if (input != null && input.matches("[\\w\\-./\\\\]+\\.[A-Za-z][A-Za-z0-9]{1,4}")) {
        spec.commandLine()
            .getErr()
            .println("note: there is no file " + input + "; it is tried as text");
      }
      String text =
          input != null ? input : new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
      d = readText(text);
    }
    out.println(
        "read: "
            + d.fileName()
            + " ("
            + d.format().description()
            + "), "
            + d.lines().size()
            + " lines, "
            + d.grids().stream().mapToInt(g -> g.cells().size()).sum()
            + " cells");
    d.problems().forEach(p -> out.println("  " + p));
    if (!d.isReadable()) {
      return 1;
    }
    Grader grader = new Grader(r);
    labels(out, r, grader, d);
    Extraction x = grader.read(List.of(d));
    values(out, x);
    Grading g = grader.grade(List.of(d));
    grading(out, r, g, typed && x.candidates().isEmpty() ? d : null, only);
    return 0;
  }

  /**
   * A typed text as a plain-text document (the format detector sees it as it would a .txt file).
   */
  private static Document readText(String text) throws IOException {
    Path dir = Files.createTempDirectory("korrektor-try");
    Path file = dir.resolve("try.txt");
    try {
      Files.writeString(file, text.endsWith("\n") ? text : text + "\n", StandardCharsets.UTF_8);
      return DocumentReaders.standard().read(file, "input", ReadLimits.DEFAULT);
    } finally {
      Files.deleteIfExists(file);
      Files.deleteIfExists(dir);
    }
  }

  private void labels(PrintWriter out, Rubric r, Grader grader, Document d) {
    Set<String> intermediates = new java.util.HashSet<>();
    r.vocabulary().intermediates().forEach(n -> intermediates.add(n.toLowerCase(Locale.ROOT)));
    LabelMatcher matcher =
        new LabelMatcher(
            r.quantities().values(),
            grader.expectations().dimensions(),
            r.vocabulary().notations(),
            intermediates);
    List<String[]> units = new ArrayList<>();
    d.lines().forEach(l -> units.add(new String[] {l.location().toString(), l.text()}));
    for (var grid : d.grids()) {
      for (Cell c : grid.cells()) {
        if (!c.isNumeric()) {
          units.add(new String[] {c.location().toString(), c.text()});
        }
      }
    }
    out.println("labels:");
    int shown = 0;
    for (String[] u : units) {
      String plain = Markup.plain(u[1]);
      List<Label> found = matcher.findAll(plain);
      if (found.isEmpty()) {
        continue;
      }
      if (shown++ == MAX_UNITS) {
        out.println("  … (more lines with labels not shown)");
        break;
      }
      out.println(
          "  "
              + u[0]
              + ": "
              + u[1].strip()
              + (plain.equals(u[1].strip()) ? "" : "   (read as: " + plain + ")"));
      for (Label l : found) {
        out.println(
            "    "
                + plain.substring(l.start(), l.end())
                + " → "
                + String.join(" or ", l.senses())
                + step(l)
                + origin(r, l)
                + (l.isAmbiguous() ? "; decided per submission by the student's values" : ""));
      }
    }
    if (shown == 0) {
      out.println("  none: no alias of the rubric and no symbol of its notation families");
    }
  }

  private static String step(Label l) {
    return switch (l.step()) {
      case Label.NO_STEP -> ", no step (a step heading or table row must give it)";
      case Label.GENERIC_STEP -> ", the generic step (t)";
      case Label.PREVIOUS_STEP -> ", the previous step (t−1)";
      default -> ", step " + l.step() + (l.component() > 0 ? ", component " + l.component() : "");
    };
  }

  /** Where a symbol comes from: the rubric's aliases, and the notation families that list it. */
  private static String origin(Rubric r, Label l) {
    List<String> from = new ArrayList<>();
    for (QuantityDef q : r.quantities().values()) {
      for (String a : q.aliases()) {
        if (sameSymbol(a, l.symbol())) {
          from.add("alias '" + a + "' of " + q.id());
          break;
        }
      }
    }
    Set<String> rubricFamilies = r.notations().keySet();
    for (Map.Entry<String, Map<String, String>> f : r.vocabulary().notations().entrySet()) {
      for (String symbol : f.getValue().keySet()) {
        if (sameSymbol(symbol, l.symbol())) {
          from.add(
              (rubricFamilies.contains(f.getKey()) ? "the rubric's" : "the shipped")
                  + " family "
                  + f.getKey());
          break;
        }
      }
    }
    return from.isEmpty() ? "" : " (" + String.join("; ", from) + ")";
  }

  private static boolean sameSymbol(String alias, String symbol) {
    String n = Text.normalize(alias);
    for (String form : List.of(n, n.replace(' ', '_'), n.replace(' ', '-'))) {
      if (form.length() <= 2 ? form.equals(symbol) : form.equalsIgnoreCase(symbol)) {
        return true;
      }
    }
    return false;
  }

  private static void values(PrintWriter out, Extraction x) {
    out.println("values read:");
    for (Candidate c : x.candidates()) {
      out.printf(
          Locale.ROOT,
          "  %-14s %-12s %-8s %s%n",
          c.key(),
          c.number().raw(),
          c.evidence().name().toLowerCase(Locale.ROOT),
          c.location());
    }
    if (x.candidates().isEmpty()) {
      out.println("  none");
    }
    x.ambiguous().forEach((k, why) -> out.println("  ambiguous " + k + ": " + why));
    x.notes().forEach(n -> out.println("  note: " + n));
    x.coverage()
        .unexplained()
        .forEach(u -> out.println("  not placed: " + u.text() + " at " + u.location()));
  }

  private void grading(PrintWriter out, Rubric r, Grading g, Document whole, Part only) {
    out.println("grading (tutor mode):");
    Map<String, Integer> missing = new java.util.LinkedHashMap<>();
    Map<String, Integer> unplaced = new java.util.LinkedHashMap<>();
    Map<String, String> unplacedWhy = new java.util.LinkedHashMap<>();
    Set<String> unlocated = new LinkedHashSet<>();
    for (ItemResult i : g.items()) {
      String where = i.question() + "/" + i.part();
      if (i.quantity() != null && i.verdict() == Verdict.MISSING) {
        missing.merge(where, 1, Integer::sum);
        continue;
      }
      if (i.quantity() != null
          && i.verdict() == Verdict.REVIEW
          && i.foundText() == null
          && i.reason() != null) {
        unplaced.merge(where, 1, Integer::sum);
        unplacedWhy.putIfAbsent(where, i.reason());
        continue;
      }
      if (i.quantity() == null && i.source() == null && i.verdict() != Verdict.CORRECT) {
        unlocated.add(where);
      }
      if (only != null && i.quantity() == null) {
        continue;
      }
      StringBuilder s = new StringBuilder("  " + where);
      if (i.quantity() != null) {
        s.append(' ')
            .append(
                korrektor.rubric.ItemKeys.format(
                    i.quantity(), i.component() == null ? 0 : i.component(), i.step()));
      }
      s.append(": ")
          .append(i.verdict().id())
          .append(", ")
          .append(Points.format(i.points()))
          .append(" of ")
          .append(Points.format(i.maxPoints()));
      if (i.foundText() != null) {
        s.append(" — found ").append(i.foundText());
      }
      if (i.expected() != null) {
        s.append("; expected ")
            .append(korrektor.grade.Points.format(Math.round(i.expected() * 1e5) / 1e5));
      }
      if (i.mistake() != null) {
        s.append("; ").append(i.mistake());
      }
      out.println(s);
      if (i.quantity() == null || i.verdict() != Verdict.CORRECT) {
        if (i.feedback() != null) {
          out.println("      " + i.feedback());
        }
        if (i.reason() != null) {
          out.println("      review: " + i.reason());
        }
      }
    }
    missing.forEach(
        (where, n) ->
            out.println("  " + where + ": " + n + (n == 1 ? " item" : " items") + " missing"));
    unplaced.forEach(
        (where, n) ->
            out.println(
                "  "
                    + where
                    + ": "
                    + n
                    + (n == 1 ? " item" : " items")
                    + " not read, to review: "
                    + unplacedWhy.get(where)));
    if (whole == null) {
      return;
    }
    String text =
        String.join(" ", whole.lines().stream().map(l -> l.text().strip()).toList()).strip();
    if (only == null
        && java.util.regex.Pattern.compile("\\p{L}{2,}").matcher(text).results().count() < 3) {
      return; // no sentence: a label and a number are no answer to a text part
    }
    for (Question q : r.questions()) {
      for (Part p : q.parts()) {
        boolean wanted =
            only != null
                ? p == only
                : p.kind() == PartKind.TEXT && unlocated.contains(q.id() + "/" + p.id());
        if (!wanted || text.isEmpty()) {
          continue;
        }
        TextGrade t = TextGrader.grade(p, text, true);
        out.println(
            "  "
                + q.id()
                + "/"
                + p.id()
                + " with the whole text as its answer: "
                + t.verdict().name().toLowerCase(Locale.ROOT)
                + ", "
                + Points.format(t.points())
                + " of "
                + Points.format(p.points()));
        out.println("      " + t.feedback());
        if (t.reason() != null) {
          out.println("      review: " + t.reason());
        }
      }
    }
  }

  private static Part textPart(Rubric r, String id) {
    for (Question q : r.questions()) {
      for (Part p : q.parts()) {
        if (p.kind() == PartKind.TEXT && (q.id() + "/" + p.id()).equals(id)) {
          return p;
        }
      }
    }
    return null;
  }

  private static List<String> textParts(Rubric r) {
    List<String> out = new ArrayList<>();
    r.questions()
        .forEach(
            q ->
                q.parts().stream()
                    .filter(p -> p.kind() == PartKind.TEXT)
                    .forEach(p -> out.add(q.id() + "/" + p.id())));
    return out;
  }
}
