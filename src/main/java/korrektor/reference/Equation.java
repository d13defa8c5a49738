package korrektor.reference;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One named equation of a model, e.g. {@code s_t = f_t ⊙ s_{t−1} + g_t ⊙ candidate_t}: the quantity
 * it defines, the terms it reads and the formula. Because a formula can only read its declared
 * terms, {@link ReferenceModel#inputsOf} and {@link ReferenceModel#evaluate} cannot disagree.
 *
 * @param quantity the quantity defined, e.g. {@code s}
 * @param terms what the right-hand side reads, in the order a tutor would list them
 * @param formula the right-hand side
 * @param atFirstStep the equation in force at step 1 instead, or null (a state read one step late
 *     is the initial state at step 1)
 */
record Equation(String quantity, List<Term> terms, Formula formula, Equation atFirstStep) {

  Equation {
    Objects.requireNonNull(quantity, "quantity");
    terms = List.copyOf(terms);
    Objects.requireNonNull(formula, "formula");
  }

  /** An equation that is the same at every step. */
  Equation(String quantity, List<Term> terms, Formula formula) {
    this(quantity, terms, formula, null);
  }

  /** The equation in force at {@code step}: {@link #atFirstStep} at step 1 when there is one. */
  Equation at(int step) {
    return step == 1 && atFirstStep != null ? atFirstStep : this;
  }

  /**
   * The same equation reading other terms: {@code renamed} maps each old term to the one read in
   * its place (terms not in the map stay). The formula is unchanged; it sees the new terms' values
   * under the old names.
   */
  Equation reading(Map<Term, Term> renamed) {
    List<Term> oldTerms = terms;
    List<Term> newTerms = new java.util.ArrayList<>();
    for (Term t : oldTerms) {
      Term n = renamed.getOrDefault(t, t);
      if (!newTerms.contains(n)) {
        newTerms.add(n);
      }
    }
    Formula f = formula;
    return new Equation(
        quantity,
        newTerms,
        v -> {
          Values old = new Values();
          for (Term t : oldTerms) {
            old.put(t, v.get(renamed.getOrDefault(t, t)));
          }
          return f.apply(old);
        },
        atFirstStep == null ? null : atFirstStep.reading(renamed));
  }

  /** The equation {@code quantity_t = act(b + U·x_t + W·h_{t−1})} of a gate or hidden layer. */
  static Equation layer(String quantity, RecurrentUnit unit, Activation act) {
    return new Equation(
        quantity,
        List.of(Term.now("x"), Term.previous("h")),
        v -> Vectors.apply(act, unit.affine(v.now("x"), v.previous("h"))));
  }

  /** The equation {@code output_t = act(c + V·h_t)}. */
  static Equation readout(Readout readout, Activation act) {
    return new Equation(
        "output", List.of(Term.now("h")), v -> Vectors.apply(act, readout.affine(v.now("h"))));
  }

  /**
   * A quantity at the current step ({@code lag} 0), the previous one ({@code lag} 1), or at step 0
   * whatever the step ({@code lag} {@link #INITIAL}: the initial state).
   */
  record Term(String quantity, int lag) {
    /** The lag of a term that always reads step 0. */
    static final int INITIAL = -1;

    /** {@code quantity_0}, the initial state at every step. */
    static Term initial(String quantity) {
      return new Term(quantity, INITIAL);
    }

    /** {@code quantity_t}. */
    static Term now(String quantity) {
      return new Term(quantity, 0);
    }

    /** {@code quantity_{t−1}}. */
    static Term previous(String quantity) {
      return new Term(quantity, 1);
    }

    /** The reference this term denotes when the equation is evaluated at {@code step}. */
    QuantityRef at(int step) {
      return new QuantityRef(quantity, lag == INITIAL ? 0 : step - lag);
    }
  }

  /** The right-hand side of an equation. */
  @FunctionalInterface
  interface Formula {
    double[] apply(Values values);
  }

  /** The values of an equation's terms at one step; reading an undeclared term is a bug. */
  static final class Values {
    private final Map<Term, double[]> values = new HashMap<>();

    void put(Term term, double[] value) {
      values.put(term, value);
    }

    /** {@code quantity_t}. */
    double[] now(String quantity) {
      return get(Term.now(quantity));
    }

    /** {@code quantity_{t−1}}. */
    double[] previous(String quantity) {
      return get(Term.previous(quantity));
    }

    double[] get(Term term) {
      double[] v = values.get(term);
      if (v == null) {
        throw new IllegalStateException("equation reads undeclared term " + term);
      }
      return v;
    }
  }
}
