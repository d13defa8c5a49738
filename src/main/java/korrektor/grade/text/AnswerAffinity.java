package korrektor.grade.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import korrektor.extract.AnswerSegmenter;
import korrektor.rubric.Concept;
import korrektor.rubric.Part;
import korrektor.rubric.Rubric;
import korrektor.rubric.Trap;

/**
 * How well an unlabelled paragraph fits a text part, for placing it: a formula part wants a formula
 * over the inputs; a yes/no part a yes or no and its keywords; a concept part the concepts and
 * traps its rubric lists and the words of its title. One concept, a clear yes/no with a keyword or
 * a formula is enough to place a paragraph ({@value AnswerSegmenter#PLACE}); two words of the
 * part's title make it a paragraph that could be the answer ({@value AnswerSegmenter#COULD_BE}).
 */
public final class AnswerAffinity implements AnswerSegmenter.Affinity {
  private static final Set<String> STOP =
      Set.of(
          "the", "of", "and", "or", "over", "to", "a", "an", "as", "at", "is", "in", "what", "why",
          "how", "for", "with", "der", "die", "das", "und", "oder", "von", "mit", "fuer", "für");

  private final Map<String, Part> parts = new HashMap<>();
  private final Map<String, List<String>> titleWords = new HashMap<>();
  private final Map<String, ConceptMatcher> matchers = new HashMap<>();

  public AnswerAffinity(Rubric rubric) {
    rubric
        .questions()
        .forEach(
            q ->
                q.parts()
                    .forEach(
                        p -> {
                          parts.put(q.id() + "\u0000" + p.id(), p);
                          List<String> words = new ArrayList<>();
                          for (String w :
                              (p.title() == null ? "" : p.title()).split("[^\\p{L}\\d]+")) {
                            if (w.length() >= 3
                                && !STOP.contains(w.toLowerCase(Locale.ROOT))
                                && !w.matches("[a-z]\\d+")) {
                              words.add(w);
                            }
                          }
                          titleWords.put(q.id() + "\u0000" + p.id(), words);
                        }));
  }

  /** The segmenter's targets: the rubric's text parts. */
  public static List<AnswerSegmenter.Target> targets(Rubric rubric) {
    List<AnswerSegmenter.Target> out = new ArrayList<>();
    rubric
        .questions()
        .forEach(
            q ->
                q.parts().stream()
                    .filter(p -> p.kind() == korrektor.rubric.PartKind.TEXT)
                    .forEach(p -> out.add(new AnswerSegmenter.Target(q.id(), p.id(), p.labels()))));
    return out;
  }

  @Override
  public double of(AnswerSegmenter.Target target, String text) {
    String key = target.question() + "\u0000" + target.part();
    Part p = parts.get(key);
    if (p == null || text.isBlank() || NonAnswer.of(AnswerText.forWords(text, Set.of())) != null) {
      return 0;
    }
    if (p.formula() != null) {
      return formula(p, text);
    }
    ConceptMatcher m =
        matchers.computeIfAbsent(text, t -> new ConceptMatcher(AnswerText.forWords(t, Set.of())));
    double a = 0;
    if (p.text() != null) {
      for (Concept c : p.text().concepts()) {
        ConceptMatcher.Match hit = m.find(c.phrases());
        if (hit != null) {
          a += p.text().answer() != null ? 0.5 : 1;
        }
      }
      for (Trap t : p.text().traps()) {
        if (m.find(t.phrases()) != null) {
          a += 0.5;
        }
      }
      if (p.text().answer() != null) {
        a = Math.min(a, 1);
        String lower = text.toLowerCase(Locale.ROOT);
        int keywords =
            (int)
                p.labels().stream().filter(k -> lower.contains(k.toLowerCase(Locale.ROOT))).count();
        boolean said =
            YesNoDetector.detect(AnswerText.forWords(text, Set.of()))
                != YesNoDetector.Answer.UNCLEAR;
        return said ? a + 1 + Math.min(1, 0.5 * keywords) : keywords >= 2 ? a + 0.5 : a * 0.5;
      }
    }
    int title = 0;
    for (String w : titleWords.getOrDefault(key, List.of())) {
      if (m.find(List.of(w)) != null) {
        title++;
      }
    }
    return a + Math.min(0.5, 0.25 * title);
  }

  /**
   * A formula over the inputs: two inputs with steps ({@code x_4}, {@code x5}) under an activation,
   * or the generic recurrence with both of the rubric's matrices.
   */
  private double formula(Part p, String text) {
    FormulaParser.Result r = FormulaParser.parse(AnswerText.forFormula(text));
    Set<String> matrices = new java.util.HashSet<>();
    p.formula()
        .conventions()
        .forEach(
            c -> {
              matrices.add(c.input());
              matrices.add(c.recurrent());
            });
    for (FormulaParser.Statement st : r.statements()) {
      for (Expr e : st.values()) {
        Set<String> symbols = new java.util.HashSet<>();
        boolean call = collect(e, symbols, 0);
        long inputs = symbols.stream().filter(k -> k.matches("x_\\d+")).count();
        boolean generic = symbols.contains("x_t") && symbols.containsAll(matrices);
        if (call && (inputs >= 2 || generic || inputs >= 1 && symbols.containsAll(matrices))) {
          return 2;
        }
      }
    }
    return 0;
  }

  /** The symbols of an expression; whether it applies a function. */
  private static boolean collect(Expr e, Set<String> symbols, int depth) {
    if (depth > 200) {
      return false;
    }
    if (e instanceof Expr.Sym s) {
      symbols.add(s.key());
      return false;
    }
    if (e instanceof Expr.Call c) {
      collect(c.argument(), symbols, depth + 1);
      return true;
    }
    if (e instanceof Expr.Bin b) {
      boolean l = collect(b.left(), symbols, depth + 1);
      return collect(b.right(), symbols, depth + 1) || l;
    }
    return e instanceof Expr.Neg n && collect(n.operand(), symbols, depth + 1);
  }
}
