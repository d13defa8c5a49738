package korrektor.grade.text;

import java.util.ArrayList;
import java.util.List;
import korrektor.rubric.Concept;
import korrektor.rubric.ExpectedAnswer;
import korrektor.rubric.Part;
import korrektor.rubric.TextSpec;
import korrektor.rubric.Trap;

/**
 * Grades a located free-text answer by the part's rubric: a formula by evaluation, a yes/no by
 * its answer, and short text by the concepts it names and the traps it falls into. Points are the
 * matched concepts' points (capped at the part's) minus trap penalties; an answer that is too short,
 * negates a concept, or names a concept and a trap goes to review.
 */
public final class TextGrader {
  private static final List<String> NO_IDEA = List.of("don't know", "dont know", "no idea", "keine ahnung",
      "weiss nicht", "weiß nicht", "not sure", "k.a.");

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
    if (part.formula() != null) {
      return switch (g.verdict()) {
        case CORRECT -> "Your unrolled formula is correct.";
        case REVIEW -> g.feedback().contains("…") || g.feedback().contains("...")
            ? "Write the formula out completely, without \"…\"; a tutor grades it." : "A tutor checks your formula.";
        default -> "Look again: which matrix multiplies the input and which the previous state, and does the "
            + "formula unroll every step from x_1 to the last?";
      };
    }
    return switch (g.verdict()) {
      case CORRECT -> "Your answer covers what the question asks.";
      case PARTIAL -> "Your answer is partly there: a full answer names more of what the question asks.";
      case WRONG -> "Look again at what the question asks.";
      case REVIEW -> g.feedback().startsWith("Your answer says") ? "A tutor grades your answer." : g.feedback();
    };
  }

  private static TextGrade gradeRevealing(Part part, String located) {
    // students often copy the question first ("Is the output at t=1 the same …? No, …")
    int q = located.lastIndexOf('?');
    String answer = q >= 0 && Words.count(located.substring(q + 1)) > 0 ? located.substring(q + 1).strip() : located;
    if (part.formula() != null) {
      return formula(part, answer);
    }
    TextSpec spec = part.text();
    if (spec == null || !spec.isGradable()) {
      return TextGrade.review("Your answer was found; a tutor grades it.", "free-text answers are graded by a tutor");
    }
    ConceptMatcher m = new ConceptMatcher(answer);
    if (m.find(NO_IDEA) != null && Words.count(answer) <= 6) {
      return TextGrade.scored(0, part.points(), "Your answer says you do not know.");
    }
    if (Words.count(answer) < spec.minWords()) {
      return TextGrade.review("Your answer is very short; a tutor grades it.",
          "answer too short to judge (" + Words.count(answer) + " words): '" + answer + "'");
    }
    double points = 0;
    List<String> named = new ArrayList<>();
    List<String> lacking = new ArrayList<>();
    List<String> negated = new ArrayList<>();
    for (Concept c : spec.concepts()) {
      ConceptMatcher.Match hit = m.find(c.phrases());
      if (hit != null && !hit.negated()) {
        points += c.points();
        named.add(c.name());
      } else {
        lacking.add(c.name());
        if (hit != null) {
          negated.add(c.name());
        }
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
        if (named.isEmpty()) {
          return TextGrade.review("Your answer does not say clearly yes or no; a tutor grades it.",
              "no clear yes/no in: '" + answer + "'");
        }
        yesNo = "The answer does not say yes or no clearly. ";
      } else if ((said == YesNoDetector.Answer.YES) == expected.yes()) {
        points += expected.points();
        yesNo = "The answer is " + right + ". ";
      } else if (!named.isEmpty()) {
        return TextGrade.review("Your answer says " + (expected.yes() ? "no" : "yes") + " but gives a reason; a tutor grades it.",
            "answer says " + said.name().toLowerCase() + " (expected " + right + ") but names " + String.join(", ", named));
      } else {
        return TextGrade.scored(0, part.points(), "The answer is " + right + "."
            + (trapMessages.isEmpty() ? "" : " " + String.join(" ", trapMessages)));
      }
    }
    if (!negated.isEmpty()) {
      return TextGrade.review("Your answer was found; a tutor grades it.",
          "negation: the answer negates " + String.join(", ", negated) + "; points so far " + fmt(Math.min(points, part.points())));
    }
    if (!trapMessages.isEmpty() && !named.isEmpty()) {
      return TextGrade.review("Your answer was found; a tutor grades it.",
          "the answer names " + String.join(", ", named) + " but also: " + String.join(" ", trapMessages));
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

  private static TextGrade formula(Part part, String answer) {
    var spec = part.formula();
    UnrolledFormulaChecker.Check c = new UnrolledFormulaChecker(spec).check(answer);
    double max = part.points();
    return switch (c.outcome()) {
      case MATCH -> TextGrade.scored(max, max, c.message());
      case SWAPPED -> TextGrade.scored(max * spec.swappedCredit(), max, c.message());
      case RECURRENCE_ONLY -> TextGrade.scored(max * spec.recurrenceCredit(), max, c.message());
      case MISSING_STEP -> TextGrade.scored(0, max, c.message());
      case MISMATCH -> TextGrade.review(c.message() + " A tutor checks it.", "formula does not match and no known mistake explains it: '" + answer + "'");
      case UNREADABLE, ELLIPSIS -> TextGrade.review(c.message(), "formula: " + c.message());
    };
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
