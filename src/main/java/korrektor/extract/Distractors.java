package korrektor.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells which numbers a tutor sets aside when looking for answers: the sheet's own numbers restated
 * (parameters, inputs, initial states), whole numbers (steps, ids, points, page numbers, years),
 * numbers inside a calculation (operands, a function's argument, a chain's intermediate result, a
 * pre-activation named {@code z} or {@code net}), the scale of a plot's axis, and a value the
 * student repeats that was read elsewhere.
 */
final class Distractors {
  private final double[] givens;
  private final Set<String> intermediates;

  /**
   * @param givens the sheet's parameters, inputs and initial values
   * @param intermediates names of intermediate results ({@code z}, {@code net}), lower case
   */
  Distractors(double[] givens, Set<String> intermediates) {
    this.givens = givens.clone();
    this.intermediates = intermediates;
  }

  /** Why a number is a distractor, or null when it is not one. */
  String why(Num n, String unitText, List<Num> unitNumbers, Set<String> attributedTexts) {
    NumberToken t = n.token();
    if (t.isInteger() && isCountLike(t.value())) {
      return "a whole number (a step, an id, a count, a year or points)";
    }
    if (unitText != null && inAddress(unitText, t.start(), t.end())) {
      return "part of a web or e-mail address";
    }
    for (double g : givens) {
      if (g == 0 && t.value() == 0) {
        return "a number given on the sheet"; // "0.0" or "0,00": the initial state written out
      }
      // "0.4" restates the sheet's 0.4; "0.40" is more likely a value rounded to two places
      if (Math.abs(g - t.value()) < 1e-9 * Math.max(1, Math.abs(g))
          && t.decimals() <= decimalsOf(g)) {
        return "a number given on the sheet";
      }
    }
    if (unitText != null && t.end() <= unitText.length() && t.start() >= 0) {
      String calc = inCalculation(unitText, t.start(), t.end());
      if (calc != null) {
        return calc;
      }
      if (isScale(n, unitNumbers)) {
        return "the scale of a plot's axis";
      }
    }
    if (t.decimals() >= 3 && attributedTexts.contains(t.raw())) {
      return "repeats a value read elsewhere"; // "0.5757 at t=1 and 0.8140 at t=3" in an answer
    }
    return null;
  }

  /** Whether the token stands in a web address or an e-mail address ({@code …search=3108}). */
  static boolean inAddress(String text, int start, int end) {
    if (start < 0 || end > text.length() || start >= end) {
      return false;
    }
    int from = start;
    while (from > 0
        && !Character.isWhitespace(text.charAt(from - 1))
        && text.charAt(from - 1) != '<'
        && text.charAt(from - 1) != '(') {
      from--;
    }
    int to = end;
    while (to < text.length()
        && !Character.isWhitespace(text.charAt(to))
        && text.charAt(to) != '>'
        && text.charAt(to) != ')') {
      to++;
    }
    String word = text.substring(from, to).toLowerCase(java.util.Locale.ROOT);
    return word.contains("://")
        || word.startsWith("www.")
        || word.matches("[^@]+@[^@]+\\.[a-z]{2,}.*");
  }

  /** The decimals of a number's shortest writing: 0.25 has 2, 1 has 0. */
  private static int decimalsOf(double v) {
    String s = java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    int dot = s.indexOf('.');
    return dot < 0 ? 0 : s.length() - dot - 1;
  }

  /**
   * Whole numbers a sheet is full of: steps, counts and points (up to 100), years, ids of five or
   * more digits. Others ("5769", a decimal comma lost) are no distractors: they may be a value
   * misread.
   */
  private static boolean isCountLike(double v) {
    double a = Math.abs(v);
    return a <= 100 || a >= 1900 && a <= 2100 || a >= 10_000;
  }

  /** Whether the number stands inside a calculation: an operand, an argument, a step of a chain. */
  private String inCalculation(String text, int start, int end) {
    int before = start - 1;
    while (before >= 0 && text.charAt(before) == ' ') {
      before--;
    }
    int after = end;
    while (after < text.length() && text.charAt(after) == ' ') {
      after++;
    }
    char prev = before >= 0 ? text.charAt(before) : 0;
    char next = after < text.length() ? text.charAt(after) : 0;
    if ("·*×/^+".indexOf(prev) >= 0
        || "·*×/^+".indexOf(next) >= 0
        || next == '-'
            && after + 1 < text.length()
            && (Character.isDigit(text.charAt(after + 1)) || text.charAt(after + 1) == ' ')
        || prev == '-'
            && before > 0
            && text.charAt(before - 1) == ' '
            && before - 2 >= 0
            && Character.isLetterOrDigit(text.charAt(before - 2))) {
      return "part of a calculation";
    }
    if (prev == '(' && before > 0 && Character.isLetter(text.charAt(before - 1))) {
      return "the argument of a function";
    }
    if (next == '=' || next == '→') {
      return "an intermediate result of a calculation";
    }
    // "z_g = 0.3·0.7 + 0.1 = 0.31", "net = 0.31": a pre-activation, named at the start of its chain
    int clause =
        Math.max(
                Math.max(text.lastIndexOf(',', start), text.lastIndexOf(';', start)),
                text.lastIndexOf('\t', start))
            + 1;
    int eq = text.indexOf('=', clause);
    if (eq > clause && eq < start) {
      String name = text.substring(clause, eq).strip().toLowerCase(Locale.ROOT);
      String stem = Regex.split(name, "[_^({\\s]")[0];
      if (!stem.isEmpty() && intermediates.contains(stem)) {
        return "an intermediate result (" + name + ")";
      }
    }
    return null;
  }

  /**
   * Three or more numbers of the unit in an arithmetic progression with a round step (0.1, 0.2,
   * 0.25, 0.5, 1).
   */
  private static boolean isScale(Num n, List<Num> unitNumbers) {
    if (unitNumbers.size() < 3) {
      return false;
    }
    List<Double> v = new ArrayList<>();
    for (Num m : unitNumbers) {
      v.add(m.value());
    }
    double step = v.get(1) - v.get(0);
    if (step == 0 || Math.abs(step) > 100) {
      return false;
    }
    double round = Math.abs(step) / Math.pow(10, Math.floor(Math.log10(Math.abs(step))));
    if (Math.abs(round - 1) > 1e-9
        && Math.abs(round - 2) > 1e-9
        && Math.abs(round - 2.5) > 1e-9
        && Math.abs(round - 5) > 1e-9) {
      return false;
    }
    for (int i = 2; i < v.size(); i++) {
      if (Math.abs(v.get(i) - v.get(i - 1) - step) > 1e-9) {
        return false;
      }
    }
    return true;
  }
}
