package korrektor.grade.text;

import java.util.ArrayList;
import java.util.List;
import korrektor.rubric.Concept;
import korrektor.rubric.ExpectedAnswer;
import korrektor.rubric.Part;
import korrektor.rubric.TextSpec;
import korrektor.rubric.Trap;

/**
 * Grades a located free-text answer by the part's rubric: a formula by evaluation, a yes/no by its
 * answer, and short text by the concepts it names and the traps it falls into. The text is
 * {@linkplain AnswerText cleaned} first; a {@linkplain NonAnswer non-answer} earns nothing (blank:
 * {@code MISSING}). Points are the matched concepts' points (capped at the part's) minus trap
 * penalties; the wrong yes/no earns nothing whatever reason follows. Only a formula that cannot be
 * read, or a part the rubric gives no concepts, goes to review.
 */
public final class TextGrader {
  private TextGrader() {}

  /** Grades with feedback that may name the expected answer (tutor view). */
  public static TextGrade grade(Part part, String located) {
    return grade(part, located, true);
  }

  /**
   * Grades an answer. With {@code reveal} false (the rubric's student mode, and the self-check),
   * the feedback never states the expected answer: no "the answer is no", no missing concepts by
   * name, no reference formula — only what to look at again.
   */
  public static TextGrade grade(Part part, String located, boolean reveal) {
    TextGrade g = gradeRevealing(part, located);
    return reveal ? g : g.withFeedback(studentHint(part, g));
  }

  private static String studentHint(Part part, TextGrade g) {
    if (g.nonAnswer() != null) {
      return g.feedback();
    }
    if (part.formula() != null) {
      return switch (g.verdict()) {
        case MISSING -> g.feedback();
        case CORRECT -> "Your unrolled formula is correct.";
        case REVIEW ->
            g.feedback().contains("…") || g.feedback().contains("...")
                ? "Write the formula out completely, without \"…\"; a tutor grades it."
                : "A tutor checks your formula.";
        default ->
            "Look again: does every step apply f to the input term plus the recurrent matrix times the "
                + "previous state, and does the formula unroll every step from x_1 to the last?";
      };
    }
    return switch (g.verdict()) {
      case MISSING -> g.feedback();
      case CORRECT -> "Your answer covers what the question asks.";
      case PARTIAL ->
          "Your answer is partly there: a full answer names more of what the question asks.";
      case WRONG -> "Look again at what the question asks.";
      case REVIEW -> g.feedback();
    };
  }

  private static TextGrade gradeRevealing(Part part, String located) {
    if (part.formula() != null) {
      return formula(part, AnswerText.forFormula(located));
    }
    String cleaned = AnswerText.forWords(located, knownWords(part));
    // students often copy the question first ("Is the output at t=1 the same …? No, …")
    int q = cleaned.lastIndexOf('?');
    String answer =
        q >= 0 && Words.count(cleaned.substring(q + 1)) > 0
            ? cleaned.substring(q + 1).strip()
            : cleaned;
    NonAnswer.Kind non = NonAnswer.of(answer);
    if (non != null) {
      return TextGrade.nonAnswer(non, answer, part.points());
    }
    TextSpec spec = part.text();
    if (spec == null || !spec.isGradable()) {
      return TextGrade.review(
          "Your answer was found; a tutor grades it.", "free-text answers are graded by a tutor");
    }
    ConceptMatcher m = new ConceptMatcher(answer);
    double points = 0;
    List<String> named = new ArrayList<>();
    List<String> lacking = new ArrayList<>();
    for (Concept c : spec.concepts()) {
      ConceptMatcher.Match hit = m.find(c.phrases());
      if (hit != null && !hit.negated()) {
        points += c.points();
        named.add(c.name());
      } else {
        lacking.add(c.name());
      }
    }
    double penalty = 0;
    List<String> trapMessages = new ArrayList<>();
    for (Trap t : spec.traps()) {
      ConceptMatcher.Match hit = m.find(t.phrases());
      if (hit != null && !hit.negated()) {
        penalty += t.penalty();
        trapMessages.add(t.message());
      }
    }
    String yesNo = "";
    ExpectedAnswer expected = spec.answer();
    if (expected != null) {
      YesNoDetector.Answer said = YesNoDetector.detect(answer);
      String right = expected.yes() ? "yes" : "no";
      if (said == YesNoDetector.Answer.UNCLEAR) {
        yesNo = "The answer does not say clearly whether it is yes or no. ";
      } else if ((said == YesNoDetector.Answer.YES) == expected.yes()) {
        points += expected.points();
        yesNo = "The answer is " + right + ". ";
      } else {
        // the answer's central claim is wrong: a right reason for it cannot earn points
        return TextGrade.scored(
            0,
            part.points(),
            "The answer is "
                + right
                + "."
                + (trapMessages.isEmpty() ? "" : " " + String.join(" ", trapMessages)));
      }
    }
    if (named.isEmpty()
        && yesNo.startsWith("The answer does not")
        && Words.count(answer) < spec.minWords()) {
      return TextGrade.scored(
          0, part.points(), "Your answer is too short to say what the question asks.");
    }
    double total = Math.min(points, part.points()) - penalty;
    StringBuilder fb = new StringBuilder(yesNo);
    if (!named.isEmpty()) {
      fb.append("You name: ").append(String.join("; ", named)).append(". ");
    }
    if (!lacking.isEmpty() && points < part.points() - 1e-9) {
      fb.append("A full answer also says: ").append(String.join("; ", lacking)).append(". ");
    }
    trapMessages.forEach(t -> fb.append(t).append(' '));
    return TextGrade.scored(total, part.points(), fb.toString().strip());
  }

  /** The words of the part's phrases and title, for telling a split word from a compound. */
  private static java.util.Set<String> knownWords(Part part) {
    return KNOWN.get(
        part,
        p -> {
          java.util.Set<String> out = new java.util.HashSet<>();
          List<String> texts = new ArrayList<>();
          texts.add(p.title() == null ? "" : p.title());
          if (p.text() != null) {
            p.text().concepts().forEach(c -> texts.addAll(c.phrases()));
            p.text().traps().forEach(t -> texts.addAll(t.phrases()));
          }
          for (String t : texts) {
            for (String w : t.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
              if (!w.isEmpty()) {
                out.add(w);
              }
            }
          }
          return java.util.Set.copyOf(out);
        });
  }

  private static final korrektor.extract.BoundedMemo<Part, java.util.Set<String>> KNOWN =
      new korrektor.extract.BoundedMemo<>(256);

  private static TextGrade formula(Part part, String answer) {
    var spec = part.formula();
    String text = answer;
    NonAnswer.Kind non = NonAnswer.of(text);
    if (non != null) {
      return TextGrade.nonAnswer(non, text, part.points());
    }
    UnrolledFormulaChecker.Check c = checker(spec).check(text);
    double max = part.points();
    return switch (c.outcome()) {
      case MATCH -> TextGrade.scored(max, max, c.message());
      case MISTAKE -> TextGrade.scored(max * spec.credit(c.mistake()), max, c.message());
      case WRONG -> TextGrade.scored(0, max, c.message());
      case NO_FORMULA -> TextGrade.scored(0, max, c.message());
      case UNREADABLE -> TextGrade.review(c.message(), "formula: " + c.message());
    };
  }

  private static final korrektor.extract.BoundedMemo<
          korrektor.rubric.FormulaSpec, UnrolledFormulaChecker>
      CHECKERS = new korrektor.extract.BoundedMemo<>(64);

  private static UnrolledFormulaChecker checker(korrektor.rubric.FormulaSpec spec) {
    return CHECKERS.get(spec, UnrolledFormulaChecker::new);
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
