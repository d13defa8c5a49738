package korrektor.reference;

import static korrektor.reference.Equation.Term.now;
import static korrektor.reference.Equation.Term.previous;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rewrites a model's equations for the {@code recurrence} form ({@link Forms#RECURRENCE}): which
 * state a step reads. {@code previous} is the textbook's h(t−1). {@code current} reads h(t), the
 * state before x(t): h(t) is then computed from step t−1's quantities (h(1) = h(0)), as in
 * Goodfellow et al.'s indexing of the GRU (eqs. 10.45–10.47) and as a student writes who labels the
 * state a step starts from with that step. {@code initial} reads the initial state at every step:
 * the state is not carried from one step to the next.
 */
final class Recurrence {
  private static final String H = "h";

  private Recurrence() {}

  /**
   * The equations under {@code form}, in computation order.
   *
   * @param states the quantities with an initial value ({@code h}, and {@code s} for an LSTM)
   */
  static List<Equation> apply(String form, List<Equation> equations, List<String> states) {
    return switch (form) {
      case "current" -> current(equations);
      case "initial" -> initial(equations, states);
      default -> equations;
    };
  }

  private static List<Equation> initial(List<Equation> equations, List<String> states) {
    Map<Equation.Term, Equation.Term> renamed = new HashMap<>();
    for (String s : states) {
      renamed.put(previous(s), Equation.Term.initial(s));
    }
    return equations.stream().map(e -> e.reading(renamed)).toList();
  }

  private static List<Equation> current(List<Equation> equations) {
    List<Equation> out = new ArrayList<>();
    Map<Equation.Term, Equation.Term> readsCurrent = Map.of(previous(H), now(H));
    for (Equation e : equations) {
      if (!e.quantity().equals(H)) {
        out.add(e.reading(readsCurrent));
        continue;
      }
      // h(t) from step t−1's quantities; its own h(t−1) is already the state one step earlier
      Map<Equation.Term, Equation.Term> late = new HashMap<>();
      for (Equation.Term t : e.terms()) {
        if (!t.quantity().equals(H) && t.lag() != Equation.Term.INITIAL) {
          late.put(t, new Equation.Term(t.quantity(), t.lag() + 1));
        }
      }
      Equation shifted = e.reading(late);
      Equation first = new Equation(H, List.of(previous(H)), v -> v.previous(H));
      out.add(0, new Equation(H, shifted.terms(), shifted.formula(), first));
    }
    return out;
  }
}
