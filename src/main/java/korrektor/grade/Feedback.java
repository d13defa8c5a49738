package korrektor.grade;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import korrektor.reference.QuantityRef;
import korrektor.rubric.QuantityDef;
import korrektor.rubric.Reveal;
import korrektor.rubric.Rubric;

/** Writes the feedback sentence of an item, within the rubric's reveal policy. */
final class Feedback {
  private final Rubric rubric;

  Feedback(Rubric rubric) {
    this.rubric = rubric;
  }

  private boolean reveals() {
    return rubric.reveal() != Reveal.STUDENT;
  }

  /** "Hidden state at t=2", "Hidden state (component 1) at t=2". */
  String what(String quantity, int component, int step) {
    return names.computeIfAbsent(new ItemName(quantity, component, step), k -> {
      String name = rubric.quantity(quantity).map(QuantityDef::name).orElse(quantity);
      return capitalise(name) + (component > 0 ? " (component " + component + ")" : "") + " at t=" + step;
    });
  }

  /** The rubric's items, named once (the same for every student). */
  private final java.util.concurrent.ConcurrentHashMap<ItemName, String> names = new java.util.concurrent.ConcurrentHashMap<>();

  private record ItemName(String quantity, int component, int step) {}

  String correct(String what, String found) {
    return what + ": " + found + " is correct.";
  }

  String wrong(String what, String found, double expected, List<QuantityRef> inputs) {
    return what + ": " + found + " is not right." + expected(expected) + approach(inputs);
  }

  String missing(String what, double expected, List<QuantityRef> inputs) {
    return "No value found for " + what.substring(0, 1).toLowerCase(Locale.ROOT) + what.substring(1) + "."
        + expected(expected) + approach(inputs)
        + " Label each value with its quantity and step, e.g. h(2) = <your value>, or use a table with a column per quantity.";
  }

  String conflict(String what) {
    return what + ": different values were found; a tutor decides which one counts.";
  }

  String ambiguous(String what) {
    return what + ": your notation can be read in two ways that fit your values equally well; a tutor decides which you meant.";
  }

  String unplaced(String what) {
    return what + ": no value was found for it, but your files hold numbers Korrektor could not place; a tutor looks at them.";
  }

  String edge(String what, String found) {
    return what + ": " + found + " is just outside the tolerance; a tutor checks it.";
  }

  String followThrough(String what, String found, List<String> usedValues, double credit) {
    return what + ": " + found + " follows correctly from your own "
        + String.join(", ", usedValues) + " (follow-through" + (credit < 1 ? ", " + percent(credit) + " credit" : ", full credit") + ").";
  }

  String alternative(String what, String found, String name, String message, double credit) {
    return what + ": " + found + " matches the accepted convention '" + name + "'. " + message
        + (credit < 1 ? " (" + percent(credit) + " credit)" : "");
  }

  String misconception(String what, String found, String message, double credit) {
    return what + ": " + found + " — " + message + (credit > 0 ? " (" + percent(credit) + " credit)" : "");
  }

  private String expected(double e) {
    return reveals() ? " The expected value is " + fmt(e) + "." : "";
  }

  private static String approach(List<QuantityRef> inputs) {
    List<String> named = inputs.stream().filter(r -> !r.quantity().equals("x")).map(Feedback::ref).toList();
    if (named.isEmpty()) {
      return "";
    }
    return " It is computed from " + named.stream().collect(Collectors.joining(", ")) + " and the input x.";
  }

  static String ref(QuantityRef r) {
    return r.quantity() + "(" + r.step() + ")";
  }

  static String fmt(double v) {
    if (!Double.isFinite(v)) {
      return String.valueOf(v);
    }
    // as "%.5f" with trailing zeros dropped (HALF_UP on the shortest decimal form, like Formatter)
    String t = java.math.BigDecimal.valueOf(v).setScale(5, java.math.RoundingMode.HALF_UP).toPlainString();
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
