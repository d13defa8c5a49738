package korrektor.grade;

import java.util.Locale;
import korrektor.extract.Candidate;
import korrektor.rubric.QuantityDef;
import korrektor.rubric.Reveal;
import korrektor.rubric.Rubric;

/** Writes the one-sentence feedback of an item, within the rubric's reveal policy. */
final class Feedback {
  private final Rubric rubric;

  Feedback(Rubric rubric) {
    this.rubric = rubric;
  }

  String value(String quantity, int component, int step, Verdict v, Candidate found, double expected) {
    String name = rubric.quantity(quantity).map(QuantityDef::name).orElse(quantity);
    String what = name + (component > 0 ? " (component " + component + ")" : "") + " at t=" + step;
    boolean reveal = rubric.reveal() != Reveal.STUDENT;
    String exp = reveal ? " The expected value is " + fmt(expected) + "." : "";
    return switch (v) {
      case CORRECT -> capitalise(what) + ": " + found.number().raw() + " is correct.";
      case WRONG -> capitalise(what) + ": " + found.number().raw() + " is not right." + exp
          + " Recompute this value from the equations of the sheet.";
      case MISSING -> "No value found for " + what + "." + exp
          + " Label each value with its quantity and step, e.g. h(2) = 0.39, or use a table with a column per quantity.";
      case REVIEW -> capitalise(what) + ": different values were found; a tutor decides which one counts.";
    };
  }

  static String fmt(double v) {
    return String.format(Locale.ROOT, "%.5f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
