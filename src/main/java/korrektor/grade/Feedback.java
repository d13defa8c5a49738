package korrektor.grade;

import java.util.List;
import java.util.Locale;
import korrektor.reference.QuantityRef;
import korrektor.rubric.QuantityDef;
import korrektor.rubric.Reveal;
import korrektor.rubric.Rubric;

/** Writes the feedback sentence of an item, within the rubric's reveal policy. */
final class Feedback {
  private final Rubric rubric;
  private final Messages msg;

  Feedback(Rubric rubric) {
    this.rubric = rubric;
    this.msg = Messages.of(rubric.language());
  }

  /**
   * Whether item sentences quote the expected value. Only after the deadline: these sentences reach
   * students (feedback files, Moodle comments), and under {@code reveal: tutor} the expected value
   * is the tutor's alone (results.json, report.html and review.csv carry it).
   */
  private boolean reveals() {
    return rubric.reveal() == Reveal.AFTER_DEADLINE;
  }

  /** "Hidden state at t=2", "Hidden state (component 1) at t=2". */
  String what(String quantity, int component, int step) {
    return names.computeIfAbsent(
        new ItemName(quantity, component, step),
        k -> {
          String name =
              capitalise(rubric.quantity(quantity).map(QuantityDef::name).orElse(quantity));
          return msg.get(
              "item.at", component > 0 ? msg.get("item.component", name, component) : name, step);
        });
  }

  /** The rubric's items, named once (the same for every student). */
  private final java.util.concurrent.ConcurrentHashMap<ItemName, String> names =
      new java.util.concurrent.ConcurrentHashMap<>();

  private record ItemName(String quantity, int component, int step) {}

  String correct(String what, String found) {
    return msg.get("fb.correct", what, found);
  }

  String wrong(String what, String found, double expected, List<QuantityRef> inputs) {
    return msg.get("fb.wrong", what, found) + expected(expected) + approach(inputs);
  }

  String missing(String what, double expected, List<QuantityRef> inputs) {
    String named =
        msg.language().equals("en")
            ? what.substring(0, 1).toLowerCase(Locale.ROOT) + what.substring(1)
            : what;
    return msg.get("fb.missing", named)
        + expected(expected)
        + approach(inputs)
        + msg.get("fb.labelHint");
  }

  /** "No answer found for 16 a." and how to label an answer so that it is found. */
  String noAnswer(String question, String part) {
    return msg.get("fb.noAnswer", question, part) + " " + msg.get("check.noAnswerHint");
  }

  String conflict(String what) {
    return msg.get("fb.conflict", what);
  }

  String ambiguous(String what) {
    return msg.get("fb.ambiguous", what);
  }

  String unplaced(String what) {
    return msg.get("fb.unplaced", what);
  }

  String edge(String what, String found) {
    return msg.get("fb.edge", what, found);
  }

  String followThrough(String what, String found, List<String> usedValues, double credit) {
    return msg.get(
        "fb.followThrough",
        what,
        found,
        String.join(", ", usedValues),
        credit < 1
            ? msg.get("fb.followThrough.part", percent(credit))
            : msg.get("fb.followThrough.full"));
  }

  String alternative(String what, String found, String name, String message, double credit) {
    return (msg.get("fb.alternative", what, found, name, message == null ? "" : message)
            + (credit < 1 ? msg.get("fb.credit", percent(credit)) : ""))
        .strip();
  }

  String misconception(String what, String found, String message, double credit) {
    return msg.get("fb.misconception", what, found, message)
        + (credit > 0 ? msg.get("fb.credit", percent(credit)) : "");
  }

  private String expected(double e) {
    return reveals() ? msg.get("fb.expected", fmt(e)) : "";
  }

  /**
   * "It is computed from h(2), s(1) and the input x(3)": exactly the terms of the item's equation
   * in the rubric's model ({@link korrektor.reference.ReferenceModel#inputsOf}), the input only
   * when the equation reads it.
   */
  String approach(List<QuantityRef> inputs) {
    if (inputs.isEmpty()) {
      return "";
    }
    List<String> named =
        inputs.stream()
            .map(r -> r.quantity().equals("x") ? msg.get("fb.input", r.step()) : ref(r))
            .toList();
    return msg.get("fb.computedFrom", msg.list(named));
  }

  static String ref(QuantityRef r) {
    return r.quantity() + "(" + r.step() + ")";
  }

  static String fmt(double v) {
    if (!Double.isFinite(v)) {
      return String.valueOf(v);
    }
    // as "%.5f" with trailing zeros dropped (HALF_UP on the shortest decimal form, like Formatter)
    String t =
        java.math.BigDecimal.valueOf(v).setScale(5, java.math.RoundingMode.HALF_UP).toPlainString();
    int end = t.length();
    while (t.charAt(end - 1) == '0') {
      end--;
    }
    if (t.charAt(end - 1) == '.') {
      end--;
    }
    return t.substring(0, end);
  }

  private static String percent(double credit) {
    return Math.round(credit * 100) + " %";
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
