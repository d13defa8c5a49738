package korrektor.grade.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import korrektor.rubric.FormulaSpec;

/**
 * Checks a student's unrolled RNN formula by evaluating it and the reference
 * h_t = f(W·x_t + U·h_{t−1}), h_0 = 0, at random values of the matrices (as scalars) and inputs, for
 * several nonlinearities in place of f. Names a known mismatch (matrices exchanged, a step left
 * out, the recurrence not unrolled).
 */
public final class UnrolledFormulaChecker {
  /** What the check found. */
  public enum Outcome { MATCH, SWAPPED, RECURRENCE_ONLY, MISSING_STEP, MISMATCH, UNREADABLE, ELLIPSIS }

  /** The outcome with a sentence for the student. */
  public record Check(Outcome outcome, String message) {}

  private static final int SAMPLES = 4;
  private static final List<DoubleUnaryOperator> HIDDEN = List.of(Math::tanh, v -> 1 / (1 + Math.exp(-v)), Math::atan);
  private static final List<DoubleUnaryOperator> OUTPUT = List.of(v -> 1 / (1 + Math.exp(-v)), Math::atan, Math::tanh);

  private final FormulaSpec spec;

  public UnrolledFormulaChecker(FormulaSpec spec) {
    this.spec = spec;
  }

  public Check check(String answer) {
    FormulaParser.Result r = FormulaParser.parse(answer);
    String w = spec.input();
    String u = spec.recurrent();
    int n = spec.steps();
    String ref = "f(" + w + "·x_t + " + u + "·h_(t−1)) with h_0 = 0";
    if (r.ellipsis()) {
      return new Check(Outcome.ELLIPSIS, "Your formula elides terms with '…'; the unrolled formula for x_1..x_" + n
          + " writes every step out, so a tutor checks it.");
    }
    Map<String, Expr> defs = new HashMap<>();
    Expr finalExpr = null;
    Expr lastBare = null;
    boolean generic = false;
    for (FormulaParser.Statement st : r.statements()) {
      for (String name : st.names()) {
        defs.put(name, st.value());
        generic |= name.equals("h_t");
      }
      if (st.names().isEmpty() && containsCall(st.value())) {
        lastBare = st.value();
      }
    }
    for (String name : List.of("y", "o", "y_" + n, "o_" + n, "h_" + n)) {
      if (finalExpr == null && defs.containsKey(name)) {
        finalExpr = defs.get(name);
      }
    }
    if (finalExpr == null) {
      finalExpr = lastBare;
    }
    if (finalExpr == null && generic) {
      return new Check(Outcome.RECURRENCE_ONLY, "You wrote the recurrence h_t = " + ref
          + ", but not the formula unrolled over x_1..x_" + n + ".");
    }
    if (finalExpr == null) {
      String why = r.problems().isEmpty() ? "no formula for the final output was found" : r.problems().get(0);
      return new Check(Outcome.UNREADABLE, "Your formula could not be read (" + why + "); a tutor checks it.");
    }
    Expr answerExpr = finalExpr;
    boolean hasV = mentions(answerExpr, defs, "V", 0);
    boolean hasB = mentions(answerExpr, defs, "b", 0);
    Random random = new Random(17);
    List<double[]> samples = new ArrayList<>();
    for (int k = 0; k < SAMPLES; k++) {
      double[] v = new double[n + 6];
      for (int i = 0; i < v.length; i++) {
        v[i] = (random.nextBoolean() ? 1 : -1) * (0.3 + random.nextDouble());
      }
      samples.add(v);
    }
    String hidden = mainFunction(answerExpr, defs);
    try {
      if (agrees(answerExpr, defs, samples, hidden, w, u, 1, n, hasB, hasV)) {
        return new Check(Outcome.MATCH, "Your unrolled formula is correct.");
      }
      if (agrees(answerExpr, defs, samples, hidden, u, w, 1, n, hasB, hasV)) {
        return new Check(Outcome.SWAPPED, "Your formula applies " + u + " to the input and " + w
            + " to the previous state; the sheet defines h_t = " + ref + ".");
      }
      if (agrees(answerExpr, defs, samples, hidden, w, u, 2, n, hasB, hasV)) {
        return new Check(Outcome.MISSING_STEP, "Your formula leaves out the first input x_1; it must unroll all "
            + n + " steps, h_t = " + ref + ".");
      }
      if (agrees(answerExpr, defs, samples, hidden, w, u, 1, n - 1, hasB, hasV)) {
        return new Check(Outcome.MISSING_STEP, "Your formula stops at x_" + (n - 1) + "; the final output uses x_1..x_" + n
            + ", h_t = " + ref + ".");
      }
    } catch (IllegalStateException e) {
      return new Check(Outcome.UNREADABLE, "Your formula could not be evaluated (" + e.getMessage() + "); a tutor checks it.");
    }
    return new Check(Outcome.MISMATCH, "Your formula does not equal the unrolled recurrence h_t = " + ref
        + " for x_1..x_" + n + ".");
  }

  private boolean agrees(Expr answer, Map<String, Expr> defs, List<double[]> samples, String hidden, String inputMatrix,
      String recurrentMatrix, int from, int to, boolean bias, boolean output) {
    for (int f = 0; f < HIDDEN.size(); f++) {
      for (double[] v : samples) {
        Evaluator e = new Evaluator(defs, v, spec.steps(), hidden, HIDDEN.get(f), OUTPUT.get(f));
        double got = e.eval(answer, 0);
        double h = 0;
        double wv = v[0];
        double uv = v[1];
        double in = inputMatrix.equals(spec.input()) ? wv : uv;
        double rec = inputMatrix.equals(spec.input()) ? uv : wv;
        double b = bias ? e.symbol("b") : 0;
        for (int t = from; t <= to; t++) {
          h = HIDDEN.get(f).applyAsDouble(in * e.symbol("x_" + t) + rec * h + b);
        }
        if (!close(got, h) && !(output && outputMatches(got, h, e, OUTPUT.get(f)))) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean outputMatches(double got, double h, Evaluator e, DoubleUnaryOperator g) {
    double vh = e.symbol("V") * h;
    double c = e.symbol("c");
    return close(got, vh) || close(got, vh + c) || close(got, g.applyAsDouble(vh)) || close(got, g.applyAsDouble(vh + c));
  }

  private static boolean close(double a, double b) {
    return Double.isFinite(a) && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
  }

  private static boolean containsCall(Expr e) {
    if (e instanceof Expr.Call) {
      return true;
    }
    if (e instanceof Expr.Bin b) {
      return containsCall(b.left()) || containsCall(b.right());
    }
    return e instanceof Expr.Neg ng && containsCall(ng.operand());
  }

  private static boolean mentions(Expr e, Map<String, Expr> defs, String base, int depth) {
    if (depth > 40) {
      return false;
    }
    if (e instanceof Expr.Sym s) {
      return s.base().equals(base) || defs.containsKey(s.key()) && mentions(defs.get(s.key()), defs, base, depth + 1);
    }
    if (e instanceof Expr.Call c) {
      return mentions(c.argument(), defs, base, depth);
    }
    if (e instanceof Expr.Bin b) {
      return mentions(b.left(), defs, base, depth) || mentions(b.right(), defs, base, depth);
    }
    return e instanceof Expr.Neg ng && mentions(ng.operand(), defs, base, depth);
  }

  /** The activation name used most deeply (the hidden one); others are taken as the output's. */
  private static String mainFunction(Expr e, Map<String, Expr> defs) {
    Map<String, Integer> count = new HashMap<>();
    countCalls(e, defs, count, 0);
    return count.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("f");
  }

  private static void countCalls(Expr e, Map<String, Expr> defs, Map<String, Integer> count, int depth) {
    if (depth > 40) {
      return;
    }
    if (e instanceof Expr.Call c) {
      count.merge(c.function(), 1, Integer::sum);
      countCalls(c.argument(), defs, count, depth + 1);
    } else if (e instanceof Expr.Bin b) {
      countCalls(b.left(), defs, count, depth + 1);
      countCalls(b.right(), defs, count, depth + 1);
    } else if (e instanceof Expr.Neg ng) {
      countCalls(ng.operand(), defs, count, depth + 1);
    } else if (e instanceof Expr.Sym s && defs.containsKey(s.key())) {
      countCalls(defs.get(s.key()), defs, count, depth + 1);
    }
  }

  /** Evaluates an expression with the student's definitions; undefined h_0 is 0. */
  private static final class Evaluator {
    private final Map<String, Expr> defs;
    private final double[] values;
    private final int steps;
    private final String hidden;
    private final DoubleUnaryOperator f;
    private final DoubleUnaryOperator g;
    private final Map<String, Double> symbols = new HashMap<>();

    Evaluator(Map<String, Expr> defs, double[] values, int steps, String hidden, DoubleUnaryOperator f,
        DoubleUnaryOperator g) {
      this.defs = defs;
      this.values = values;
      this.steps = steps;
      this.hidden = hidden;
      this.f = f;
      this.g = g;
    }

    /** The random value of a symbol: W, U, then x_1..x_n, then any other symbol by a stable hash. */
    double symbol(String key) {
      return symbols.computeIfAbsent(key, k -> {
        if (k.equals("W")) {
          return values[0];
        }
        if (k.equals("U")) {
          return values[1];
        }
        if (k.startsWith("x_")) {
          try {
            int t = Integer.parseInt(k.substring(2));
            if (t >= 1 && t <= steps) {
              return values[1 + t];
            }
          } catch (NumberFormatException e) {
            throw new IllegalStateException("x with index " + k.substring(2));
          }
        }
        return 0.5 + Math.floorMod(k.hashCode() * 31 + (int) (values[2] * 1000), 97) / 50.0;
      });
    }

    double eval(Expr e, int depth) {
      if (depth > 200) {
        throw new IllegalStateException("a definition refers to itself");
      }
      if (e instanceof Expr.Num n) {
        return n.value();
      }
      if (e instanceof Expr.Neg n) {
        return -eval(n.operand(), depth + 1);
      }
      if (e instanceof Expr.Call c) {
        return (c.function().equals(hidden) ? f : g).applyAsDouble(eval(c.argument(), depth + 1));
      }
      if (e instanceof Expr.Bin b) {
        double l = eval(b.left(), depth + 1);
        double r = eval(b.right(), depth + 1);
        return switch (b.op()) {
          case '+' -> l + r;
          case '-' -> l - r;
          case '*' -> l * r;
          case '/' -> l / r;
          default -> Math.pow(l, r);
        };
      }
      return sym((Expr.Sym) e, depth);
    }

    private double sym(Expr.Sym s, int depth) {
      String key = s.key();
      if (defs.containsKey(key)) {
        return eval(defs.get(key), depth + 1);
      }
      if (s.base().equals("h") && s.index() != null) {
        if (s.index().equals("0")) {
          return 0;
        }
        if (s.index().matches("\\d+") && defs.containsKey("h_t")) {
          return eval(substitute(defs.get("h_t"), Integer.parseInt(s.index())), depth + 1);
        }
        throw new IllegalStateException("h_" + s.index() + " is used but not defined");
      }
      return symbol(key);
    }

    /** The generic recurrence with t replaced by a step. */
    private static Expr substitute(Expr e, int t) {
      if (e instanceof Expr.Sym s && s.index() != null && s.index().startsWith("t")) {
        String idx = s.index();
        int v = idx.equals("t") ? t : t + Integer.parseInt(idx.substring(1).replace("+", ""));
        return new Expr.Sym(s.base(), Integer.toString(v));
      }
      if (e instanceof Expr.Bin b) {
        return new Expr.Bin(b.op(), substitute(b.left(), t), substitute(b.right(), t));
      }
      if (e instanceof Expr.Neg n) {
        return new Expr.Neg(substitute(n.operand(), t));
      }
      if (e instanceof Expr.Call c) {
        return new Expr.Call(c.function(), substitute(c.argument(), t));
      }
      return e;
    }
  }
}
