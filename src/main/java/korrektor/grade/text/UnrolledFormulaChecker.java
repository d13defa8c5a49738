package korrektor.grade.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.DoubleUnaryOperator;
import java.util.regex.Pattern;
import korrektor.rubric.FormulaSpec;
import korrektor.rubric.FormulaSpec.Convention;
import korrektor.rubric.FormulaSpec.Mistake;

/**
 * Checks a student's unrolled RNN formula by evaluating it and the reference h_t = f(A·x_t +
 * B·h_(t−1)), h_0 = 0, at random values of the matrices (as scalars) and inputs, for several
 * nonlinearities in place of f, for every accepted assignment (A, B) of the rubric's matrices.
 * Biases, the h_0 term and an output layer ({@code V·h}, {@code g(V·h + c)}) may be written or left
 * out. Names the known mistakes (the recurrence not unrolled, terms elided, no activation, the
 * inputs in reverse order, steps left out, the activation around the input only, the matrices
 * exchanged) and says what differs when none explains the formula.
 */
public final class UnrolledFormulaChecker {
  /** What the check found. */
  public enum Outcome {
    /** Equal to the reference. */
    MATCH,
    /** Explained by a named {@link Mistake}. */
    MISTAKE,
    /** Read, but equal to no accepted form; the message says what differs. */
    WRONG,
    /** A formula is there but could not be read or evaluated. */
    UNREADABLE,
    /** The answer holds no formula. */
    NO_FORMULA
  }

  /** The outcome, the mistake when one explains the formula, and a sentence for the student. */
  public record Check(Outcome outcome, Mistake mistake, String message) {
    Check(Outcome outcome, String message) {
      this(outcome, null, message);
    }
  }

  private static final int SAMPLES = 4;
  private static final List<DoubleUnaryOperator> HIDDEN =
      List.of(Math::tanh, v -> 1 / (1 + Math.exp(-v)), Math::atan);
  private static final List<DoubleUnaryOperator> OUTPUT =
      List.of(v -> 1 / (1 + Math.exp(-v)), Math::atan, Math::tanh);
  private static final DoubleUnaryOperator IDENTITY = v -> v;
  private static final Pattern STEP = Pattern.compile("\\d+");
  private static final Pattern FORMULA_LIKE =
      Pattern.compile("(?i)(?:\\b[fgσφ]|tanh|sigma|sigmoid|relu|softmax)\\s*\\(");

  private final FormulaSpec spec;
  private final int n;
  private final List<double[]> samples = new ArrayList<>();

  public UnrolledFormulaChecker(FormulaSpec spec) {
    this.spec = spec;
    this.n = spec.steps();
    Random random = new Random(17);
    for (int k = 0; k < SAMPLES; k++) {
      double[] v = new double[n + 6];
      for (int i = 0; i < v.length; i++) {
        v[i] = (random.nextBoolean() ? 1 : -1) * (0.3 + random.nextDouble());
      }
      samples.add(v);
    }
  }

  public Check check(String answer) {
    FormulaParser.Result r = FormulaParser.parse(answer);
    Definitions defs = Definitions.of(r.statements(), n);
    List<Expr> finals = defs.finals();
    if (finals.isEmpty() && defs.generic() != null) {
      Check c = checkGenericOnly(defs);
      if (c != null) {
        return c;
      }
    }
    if (finals.isEmpty()) {
      boolean formulaProblem = r.problems().stream().anyMatch(p -> FORMULA_LIKE.matcher(p).find());
      if (formulaProblem) {
        String why =
            r.problems().stream()
                .filter(p -> FORMULA_LIKE.matcher(p).find())
                .findFirst()
                .orElseThrow();
        return new Check(
            Outcome.UNREADABLE, "Your formula could not be read (" + why + "); a tutor checks it.");
      }
      return new Check(
          Outcome.NO_FORMULA,
          "No formula for the output over x_1..x_" + n + " was found in your answer.");
    }
    Check best = null;
    for (Expr e : finals) {
      Check c = checkExpression(e, defs);
      if (best == null || rank(c) > rank(best)) {
        best = c;
      }
    }
    return best;
  }

  private int rank(Check c) {
    return switch (c.outcome()) {
      case MATCH -> 1000;
      case MISTAKE -> 100 + (int) Math.round(100 * spec.credit(c.mistake()));
      case WRONG -> 20;
      case UNREADABLE -> 10;
      case NO_FORMULA -> 0;
    };
  }

  private String reference() {
    Convention c = spec.conventions().get(0);
    String ref = "h_t = f(" + c.input() + "·x_t + " + c.recurrent() + "·h_(t−1)), h_0 = 0";
    return spec.eitherAssignment()
        ? ref + " (" + c.input() + " and " + c.recurrent() + " may be exchanged)"
        : ref;
  }

  private Check checkGenericOnly(Definitions defs) {
    Expr last = Evaluator.substitute(defs.generic(), n);
    Check c = checkExpression(last, defs.withoutGeneric());
    if (c.outcome() == Outcome.MATCH
        || c.outcome() == Outcome.MISTAKE && c.mistake() == Mistake.RECURRENCE) {
      return recurrence(
          "You wrote the recurrence "
              + reference()
              + ", but not the formula unrolled over x_1..x_"
              + n
              + ": substitute h_"
              + (n - 1)
              + ", h_"
              + (n - 2)
              + ", … until only x_1..x_"
              + n
              + " remain.");
    }
    return null;
  }

  private Check recurrence(String message) {
    return new Check(Outcome.MISTAKE, Mistake.RECURRENCE, message);
  }

  private Check checkExpression(Expr e, Definitions defs) {
    Shape shape;
    try {
      shape = Shape.of(e, defs, spec);
    } catch (IllegalStateException ex) {
      return new Check(
          Outcome.UNREADABLE,
          "Your formula could not be evaluated (" + ex.getMessage() + "); a tutor checks it.");
    }
    List<Convention> accepted = spec.conventions();
    List<Convention> swapped =
        accepted.stream()
            .map(c -> new Convention(c.recurrent(), c.input()))
            .filter(c -> !accepted.contains(c))
            .toList();
    try {
      // 1. the whole recurrence, written out (definitions of h_1..h_T count; the generic h_t only
      //    when at least two steps are unrolled explicitly)
      int explicit = explicitDepth(e, defs.withoutGeneric(), shape, accepted);
      if (explicit == n
          || defs.generic() != null
              && explicit >= 2
              && agrees(e, defs, shape, accepted, Variant.full(n))) {
        return new Check(Outcome.MATCH, "Your unrolled formula is correct.");
      }
      if (defs.generic() != null && agrees(e, defs, shape, accepted, Variant.full(n))
          || explicit >= 1
          || explicit == 0 && defs.generic() != null) {
        return recurrence(
            explicit >= 1 && defs.generic() == null
                ? "You wrote the last step h_"
                    + n
                    + " in terms of h_"
                    + (n - 1)
                    + ", but did not unroll it down to x_1: "
                    + "substitute h_"
                    + (n - 1)
                    + ", h_"
                    + (n - 2)
                    + ", … until only x_1..x_"
                    + n
                    + " remain."
                : "You wrote the recurrence "
                    + reference()
                    + ", but not the formula unrolled over x_1..x_"
                    + n
                    + ".");
      }
      if (!swapped.isEmpty() && explicitDepth(e, defs, shape, swapped) == n) {
        Convention c = accepted.get(0);
        return new Check(
            Outcome.MISTAKE,
            Mistake.SWAPPED,
            "Your formula applies "
                + c.recurrent()
                + " to the input and "
                + c.input()
                + " to the previous state; this course uses "
                + reference()
                + ".");
      }
      if (shape.ellipsis()) {
        return Spine.matches(e, defs, shape, accepted, n)
            ? new Check(
                Outcome.MISTAKE,
                Mistake.ELLIPSIS,
                "Your formula shows the right nesting but elides terms with '…'; "
                    + "the unrolled formula writes every step from x_1 to x_"
                    + n
                    + " out.")
            : wrongOrReview(e, defs, shape, true);
      }
      if (agrees(e, defs, shape, accepted, Variant.reversed(n))) {
        return new Check(
            Outcome.MISTAKE,
            Mistake.REVERSED,
            "Your formula nests the inputs in reverse order: x_1 must be "
                + "innermost (the first step) and x_"
                + n
                + " outermost (the last step).");
      }
      if (agrees(e, defs, shape, accepted, Variant.linear(n))) {
        return new Check(
            Outcome.MISTAKE,
            Mistake.LINEAR,
            "Your formula has the right nesting but applies no activation "
                + "inside the steps: each step applies f, "
                + reference()
                + ".");
      }
      if (agrees(e, defs, shape, accepted, Variant.outside(n))
          || outsideOnTop(e, defs, shape, accepted)) {
        return new Check(
            Outcome.MISTAKE,
            Mistake.OUTSIDE,
            "Your formula applies f to the input term only and adds the "
                + "previous state outside it; f takes both: "
                + reference()
                + ".");
      }
      for (int from = 1; from <= n; from++) {
        for (int to = n; to >= from + 1; to--) {
          if ((from != 1 || to != n) && agrees(e, defs, shape, accepted, Variant.range(from, to))) {
            return new Check(
                Outcome.MISTAKE,
                Mistake.TRUNCATED,
                "Your formula "
                    + (from > 1
                        ? "leaves out " + inputs(1, from - 1) + (to < n ? " and " : "")
                        : "")
                    + (to < n ? "stops at x_" + to : "")
                    + "; the unrolled formula uses every input x_1..x_"
                    + n
                    + ".");
          }
        }
      }
      return wrongOrReview(e, defs, shape, false);
    } catch (IllegalStateException ex) {
      return new Check(
          Outcome.UNREADABLE,
          "Your formula could not be evaluated (" + ex.getMessage() + "); a tutor checks it.");
    }
  }

  /** The activation around the input only, in the last steps on top of the student's h_(T−k). */
  private boolean outsideOnTop(
      Expr e, Definitions defs, Shape shape, List<Convention> conventions) {
    for (int k = n - 1; k >= 1; k--) {
      if (agrees(
          e,
          defs.withoutGeneric(),
          shape,
          conventions,
          new Variant(n - k + 1, n, false, false, true, true))) {
        return true;
      }
    }
    return false;
  }

  private static String inputs(int from, int to) {
    return from == to ? "x_" + from : "x_" + from + "..x_" + to;
  }

  /**
   * The largest k such that the formula is the last k steps with h_(T−k) left as a symbol (T: all
   * steps).
   */
  private int explicitDepth(Expr e, Definitions defs, Shape shape, List<Convention> conventions) {
    for (int k = n; k >= 0; k--) {
      if (agrees(e, defs, shape, conventions, Variant.depth(k, n))) {
        return k;
      }
    }
    return -1;
  }

  /**
   * What differs when no known mistake explains the formula; review when it uses unknown matrices.
   */
  private Check wrongOrReview(Expr e, Definitions defs, Shape shape, boolean elided) {
    Convention c = spec.conventions().get(0);
    if (!shape.unknownMatrices().isEmpty()
        && (!shape.symbols().contains(c.input()) || !shape.symbols().contains(c.recurrent()))) {
      return new Check(
          Outcome.UNREADABLE,
          "Your formula uses "
              + String.join(", ", shape.unknownMatrices())
              + " where the sheet has "
              + c.input()
              + " and "
              + c.recurrent()
              + "; a tutor checks it.");
    }
    List<String> why = new ArrayList<>();
    if (shape.hiddenDepth() <= 1 && !shape.usesState()) {
      why.add(
          "no recurrence: the hidden state is not fed back (each step applies f to the input term plus the "
              + "recurrent matrix times the previous step's result)");
    }
    Set<Integer> missing = new TreeSet<>();
    for (int t = 1; t <= n; t++) {
      if (!shape.inputs().contains(t)) {
        missing.add(t);
      }
    }
    if (!missing.isEmpty() && !elided) {
      why.add(
          missing.stream().map(t -> "x_" + t).reduce((a, b) -> a + ", " + b).orElse("")
              + (missing.size() == 1 ? " is" : " are")
              + " missing");
    }
    Set<Integer> extra = new TreeSet<>(shape.inputs());
    extra.removeIf(t -> t >= 1 && t <= n);
    if (!extra.isEmpty()) {
      why.add(
          "it uses "
              + extra.stream().map(t -> "x_" + t).reduce((a, b) -> a + ", " + b).orElse("")
              + ", but the inputs are x_1..x_"
              + n);
    }
    if (why.isEmpty() && shape.hiddenDepth() > 1 && shape.hiddenDepth() != n) {
      why.add("f is nested " + shape.hiddenDepth() + " times, once per step would be " + n);
    }
    if (why.isEmpty()) {
      if (elided) {
        return new Check(
            Outcome.UNREADABLE,
            "Your formula elides terms with '…' and its visible part does not show the "
                + "nesting of "
                + reference()
                + "; a tutor checks it.");
      }
      why.add(
          "the nesting differs: each step applies f to (input matrix·x_t + recurrent matrix·h_(t−1)), where h_(t−1) "
              + "is the whole previous step");
    }
    return new Check(
        Outcome.WRONG,
        "Your formula is not the unrolled recurrence "
            + reference()
            + ": "
            + String.join("; ", why)
            + ".");
  }

  /** Whether the formula equals the variant for some accepted convention, bias and output layer. */
  private boolean agrees(
      Expr e, Definitions defs, Shape shape, List<Convention> conventions, Variant v) {
    if (v.linear() && shape.hiddenDepth() > 1) {
      return false; // f applied in the steps is not the linear recurrence
    }
    for (Convention c : conventions) {
      for (String bias : shape.biasCandidates()) {
        for (Output out : shape.outputs()) {
          if (agreesWith(e, defs, shape, c, v, bias, out)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private boolean agreesWith(
      Expr e, Definitions defs, Shape shape, Convention c, Variant v, String bias, Output out) {
    for (int f = 0; f < HIDDEN.size(); f++) {
      DoubleUnaryOperator hidden = v.linear() ? IDENTITY : HIDDEN.get(f);
      for (double[] values : samples) {
        Evaluator ev =
            new Evaluator(defs, values, n, shape.hidden(), HIDDEN.get(f), OUTPUT.get(f), c);
        double got = ev.eval(e, 0);
        double b = bias == null ? 0 : ev.symbol(bias);
        double a = ev.symbol(c.input());
        double r = ev.symbol(c.recurrent());
        double h = v.from() > 1 && v.freeStart() ? ev.symbol("h_" + (v.from() - 1)) : 0;
        for (int k = 0; k <= v.to() - v.from(); k++) {
          int t = v.reversed() ? v.to() - k : v.from() + k;
          double x = ev.symbol("x_" + t);
          h =
              v.outside()
                  ? hidden.applyAsDouble(a * x + b) + r * h
                  : hidden.applyAsDouble(a * x + r * h + b);
        }
        if (!close(got, out.apply(h, ev, HIDDEN.get(f), OUTPUT.get(f)))) {
          return false;
        }
      }
    }
    return true;
  }

  static boolean close(double a, double b) {
    return Double.isFinite(a) && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
  }

  /**
   * Which steps the reference runs: {@code from..to}, in reverse order, without activation, with
   * the activation around the input only; {@code freeStart}: h_(from−1) is the student's symbol,
   * not 0.
   */
  record Variant(
      int from, int to, boolean reversed, boolean linear, boolean outside, boolean freeStart) {
    static Variant full(int n) {
      return new Variant(1, n, false, false, false, false);
    }

    static Variant reversed(int n) {
      return new Variant(1, n, true, false, false, false);
    }

    static Variant linear(int n) {
      return new Variant(1, n, false, true, false, false);
    }

    static Variant outside(int n) {
      return new Variant(1, n, false, false, true, false);
    }

    static Variant range(int from, int to) {
      return new Variant(from, to, false, false, false, false);
    }

    /** The last k of n steps on top of the symbol h_(n−k). */
    static Variant depth(int k, int n) {
      return new Variant(n - k + 1, n, false, false, false, true);
    }
  }

  /**
   * An output layer on top of h_T: none, V·h, V·h + c, g(…), with the student's symbols for V and
   * c.
   */
  record Output(String v, String c, int function) {
    static final int NONE = 0;
    static final int OUT = 1;
    static final int SAME = 2;

    double apply(double h, Evaluator ev, DoubleUnaryOperator f, DoubleUnaryOperator g) {
      double z = (v == null ? h : ev.symbol(v) * h) + (c == null ? 0 : ev.symbol(c));
      return switch (function) {
        case OUT -> g.applyAsDouble(z);
        case SAME -> f.applyAsDouble(z);
        default -> z;
      };
    }
  }

  /**
   * What a formula is built from: its symbols, the activation names, the inputs, the nesting depth.
   */
  record Shape(
      String hidden,
      Set<String> symbols,
      Set<Integer> inputs,
      int hiddenDepth,
      boolean usesState,
      boolean ellipsis,
      List<String> biasCandidates,
      List<Output> outputs,
      List<String> unknownMatrices) {

    static Shape of(Expr e, Definitions defs, FormulaSpec spec) {
      Walk w = new Walk(defs);
      w.visit(e, 0, 0);
      String hidden = w.mainFunction();
      Set<String> matrices = new LinkedHashSet<>();
      spec.conventions()
          .forEach(
              c -> {
                matrices.add(c.input());
                matrices.add(c.recurrent());
              });
      List<String> extras = new ArrayList<>();
      List<String> unknown = new ArrayList<>();
      for (String s : w.symbols) {
        if (!matrices.contains(s)
            && !s.startsWith("x_")
            && !s.startsWith("h_")
            && !s.equals("x")
            && !s.equals("h")
            && !s.equals(FormulaParser.ELLIPSIS)) {
          extras.add(s);
          if (Character.isUpperCase(s.charAt(0)) && !s.equals("V") && !s.startsWith("V_")) {
            unknown.add(s);
          }
        }
      }
      List<String> bias = new ArrayList<>();
      bias.add(null);
      bias.addAll(extras);
      List<Output> outputs = new ArrayList<>();
      List<String> vs = new ArrayList<>();
      vs.add(null);
      vs.addAll(extras);
      List<String> cs = new ArrayList<>();
      cs.add(null);
      cs.addAll(extras);
      boolean otherFunction = w.calls.keySet().stream().anyMatch(f -> !f.equals(hidden));
      outputs.add(
          new Output(null, null, Output.SAME)); // y = σ(h_T) with the steps' own activation name
      for (String v : vs) {
        for (String c : cs) {
          if (v != null && v.equals(c)) {
            continue;
          }
          outputs.add(new Output(v, c, Output.NONE));
          if (otherFunction) {
            outputs.add(new Output(v, c, Output.OUT));
          }
          if (v != null) {
            outputs.add(new Output(v, c, Output.SAME));
          }
        }
      }
      return new Shape(
          hidden,
          w.symbols,
          w.inputs,
          w.maxHiddenDepth(hidden),
          w.state,
          w.ellipsis,
          bias,
          outputs,
          unknown);
    }
  }

  /** Collects a formula's symbols and calls through the student's definitions. */
  private static final class Walk {
    final Definitions defs;
    final Set<String> symbols = new LinkedHashSet<>();
    final Set<Integer> inputs = new TreeSet<>();
    final Map<String, Integer> calls = new java.util.HashMap<>();
    final Map<String, Integer> depth = new java.util.HashMap<>();
    boolean state;
    boolean ellipsis;
    int visits;

    Walk(Definitions defs) {
      this.defs = defs;
    }

    void visit(Expr e, int level, int hiddenNesting) {
      if (++visits > 20_000 || level > 300) {
        throw new IllegalStateException("a definition refers to itself");
      }
      if (e instanceof Expr.Call c) {
        calls.merge(c.function(), 1, Integer::sum);
        depth.merge(c.function(), hiddenNesting + 1, Math::max);
        visit(c.argument(), level + 1, hiddenNesting + 1);
      } else if (e instanceof Expr.Bin b) {
        visit(b.left(), level + 1, hiddenNesting);
        visit(b.right(), level + 1, hiddenNesting);
      } else if (e instanceof Expr.Neg ng) {
        visit(ng.operand(), level + 1, hiddenNesting);
      } else if (e instanceof Expr.Sym s) {
        Expr def = defs.resolve(s);
        if (def != null) {
          visit(def, level + 1, hiddenNesting);
          return;
        }
        symbols.add(s.key());
        if (s.base().equals(FormulaParser.ELLIPSIS)) {
          ellipsis = true;
        } else if (s.base().equals("x") && s.index() != null && STEP.matcher(s.index()).matches()) {
          inputs.add(Integer.parseInt(s.index()));
        } else if (s.base().equals("h") && s.index() != null && !s.index().equals("0")) {
          state = true;
        }
      }
    }

    /** The activation nested most deeply (the hidden one); the others are taken as the output's. */
    String mainFunction() {
      return depth.entrySet().stream()
          .max(
              Map.Entry.<String, Integer>comparingByValue()
                  .thenComparing(en -> calls.get(en.getKey())))
          .map(Map.Entry::getKey)
          .orElse("f");
    }

    int maxHiddenDepth(String hidden) {
      return depth.getOrDefault(hidden, 0);
    }
  }

  /**
   * The student's definitions: explicit names ({@code h_3 = …}) and the generic {@code h_t = …}.
   */
  record Definitions(Map<String, Expr> explicit, Expr generic, List<Expr> finals) {
    static Definitions of(List<FormulaParser.Statement> statements, int n) {
      Map<String, Expr> explicit = new java.util.HashMap<>();
      Expr generic = null;
      List<Expr> designated = new ArrayList<>();
      List<Expr> hn = new ArrayList<>();
      List<Expr> bare = new ArrayList<>();
      List<Expr> other = new ArrayList<>();
      for (FormulaParser.Statement st : statements) {
        for (String name : st.names()) {
          if (name.equals("h_t")) {
            generic = st.value();
          } else if (name.equals("h") && mentions(st.value(), "h")) {
            generic = timeIndexed(st.value()); // "h = f(Wx + Uh)": the recurrence without indices
            explicit.put(
                "h", new Expr.Sym("h", Integer.toString(n))); // and h elsewhere is the last one
          } else {
            explicit.putIfAbsent(name, st.value());
          }
          for (Expr v : st.values()) {
            if (name.equals("y")
                || name.equals("o")
                || name.equals("y_" + n)
                || name.equals("o_" + n)) {
              designated.add(0, v);
            } else if (name.equals("h_" + n)) {
              hn.add(0, v);
            } else if (!name.startsWith("h_") && !name.startsWith("x") && mentionsInputOrCall(v)) {
              other.add(0, v);
            }
          }
        }
        if (st.names().isEmpty() && mentionsInputOrCall(st.value())) {
          bare.add(0, st.value());
        }
      }
      List<Expr> finals =
          !designated.isEmpty() ? designated : !hn.isEmpty() ? hn : !bare.isEmpty() ? bare : other;
      return new Definitions(explicit, generic, List.copyOf(finals));
    }

    private static boolean mentions(Expr e, String key) {
      if (e instanceof Expr.Sym s) {
        return s.key().equals(key);
      }
      if (e instanceof Expr.Call c) {
        return mentions(c.argument(), key);
      }
      if (e instanceof Expr.Bin b) {
        return mentions(b.left(), key) || mentions(b.right(), key);
      }
      return e instanceof Expr.Neg ng && mentions(ng.operand(), key);
    }

    /** {@code f(Wx + Uh)} as {@code f(W x_t + U h_(t−1))}. */
    private static Expr timeIndexed(Expr e) {
      if (e instanceof Expr.Sym s
          && s.index() == null
          && (s.base().equals("x") || s.base().equals("h"))) {
        return new Expr.Sym(s.base(), s.base().equals("x") ? "t" : "t-1");
      }
      if (e instanceof Expr.Call c) {
        return new Expr.Call(c.function(), timeIndexed(c.argument()));
      }
      if (e instanceof Expr.Bin b) {
        return new Expr.Bin(b.op(), timeIndexed(b.left()), timeIndexed(b.right()));
      }
      return e instanceof Expr.Neg ng ? new Expr.Neg(timeIndexed(ng.operand())) : e;
    }

    static boolean mentionsInputOrCall(Expr e) {
      if (e instanceof Expr.Call) {
        return true;
      }
      if (e instanceof Expr.Sym s) {
        return s.base().equals("x") || s.base().equals("h") && s.index() != null;
      }
      if (e instanceof Expr.Bin b) {
        return mentionsInputOrCall(b.left()) || mentionsInputOrCall(b.right());
      }
      return e instanceof Expr.Neg ng && mentionsInputOrCall(ng.operand());
    }

    Definitions withoutGeneric() {
      return new Definitions(explicit, null, finals);
    }

    /**
     * The definition a symbol stands for: an explicit one, or h_k by the generic recurrence; null
     * when free.
     */
    Expr resolve(Expr.Sym s) {
      Expr d = explicit.get(s.key());
      if (d != null) {
        return d;
      }
      if (generic != null
          && s.base().equals("h")
          && s.index() != null
          && STEP.matcher(s.index()).matches()
          && !s.index().equals("0")) {
        return Evaluator.substitute(generic, Integer.parseInt(s.index()));
      }
      return null;
    }
  }

  /**
   * Evaluates an expression with the student's definitions; undefined h_0 is 0, other undefined
   * symbols random.
   */
  static final class Evaluator {
    private final Definitions defs;
    private final double[] values;
    private final int steps;
    private final String hidden;
    private final DoubleUnaryOperator f;
    private final DoubleUnaryOperator g;
    private final Convention convention;
    private final Map<String, Double> symbols = new java.util.HashMap<>();

    Evaluator(
        Definitions defs,
        double[] values,
        int steps,
        String hidden,
        DoubleUnaryOperator f,
        DoubleUnaryOperator g,
        Convention convention) {
      this.defs = defs;
      this.values = values;
      this.steps = steps;
      this.hidden = hidden;
      this.f = f;
      this.g = g;
      this.convention = convention;
    }

    /**
     * The random value of a symbol: the two matrices, then x_1..x_n, then any other symbol by a
     * stable hash.
     */
    double symbol(String key) {
      return symbols.computeIfAbsent(
          key,
          k -> {
            if (k.equals(convention.input()) || k.equals(convention.recurrent())) {
              // the same matrix gets the same value whatever convention is tried
              return k.compareTo(
                          convention.input().equals(k)
                              ? convention.recurrent()
                              : convention.input())
                      < 0
                  ? values[0]
                  : values[1];
            }
            if (k.startsWith("x_")) {
              String idx = k.substring(2);
              if (STEP.matcher(idx).matches()) {
                int t = Integer.parseInt(idx);
                if (t >= 1 && t <= steps) {
                  return values[1 + t];
                }
              }
            }
            return 0.5 + Math.floorMod(k.hashCode() * 31 + (int) (values[2] * 1000), 97) / 50.0;
          });
    }

    double eval(Expr e, int depth) {
      if (depth > 400) {
        throw new IllegalStateException("a definition refers to itself");
      }
      if (e instanceof Expr.Num num) {
        return num.value();
      }
      if (e instanceof Expr.Neg ng) {
        return -eval(ng.operand(), depth + 1);
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
      Expr.Sym s = (Expr.Sym) e;
      Expr def = defs.resolve(s);
      if (def != null) {
        return eval(def, depth + 1);
      }
      if (s.base().equals("h") && "0".equals(s.index())) {
        return 0;
      }
      return symbol(s.key());
    }

    /** The generic recurrence with t replaced by a step. */
    static Expr substitute(Expr e, int t) {
      if (e instanceof Expr.Sym s && s.index() != null && s.index().startsWith("t")) {
        String idx = s.index();
        int v = idx.equals("t") ? t : t + Integer.parseInt(idx.substring(1).replace("+", ""));
        return new Expr.Sym(s.base(), Integer.toString(v));
      }
      if (e instanceof Expr.Bin b) {
        return new Expr.Bin(b.op(), substitute(b.left(), t), substitute(b.right(), t));
      }
      if (e instanceof Expr.Neg ng) {
        return new Expr.Neg(substitute(ng.operand(), t));
      }
      if (e instanceof Expr.Call c) {
        return new Expr.Call(c.function(), substitute(c.argument(), t));
      }
      return e;
    }
  }

  /**
   * The nesting pattern of an elided formula, read from the outside in: each level is f applied to
   * a sum holding the input matrix times x_t and the recurrent matrix times the next level, until a
   * term with "…" ends what is written.
   */
  static final class Spine {
    private Spine() {}

    /** Whether at least two levels from x_T inwards show the pattern before the elision. */
    static boolean matches(
        Expr e, Definitions defs, Shape shape, List<Convention> conventions, int n) {
      Expr top = outermost(e, defs, shape.hidden(), n, 0);
      if (top == null) {
        return false;
      }
      for (Convention c : conventions) {
        int levels = level(top, c, n, shape.hidden(), defs, 0);
        if (levels >= 2) {
          return true;
        }
      }
      return false;
    }

    /** The first application of the hidden activation whose argument holds x_T. */
    private static Expr outermost(Expr e, Definitions defs, String hidden, int n, int depth) {
      if (depth > 60) {
        return null;
      }
      if (e instanceof Expr.Call c) {
        if (c.function().equals(hidden) && holds(c, defs, "x_" + n, 0)) {
          return c;
        }
        return outermost(c.argument(), defs, hidden, n, depth + 1);
      }
      if (e instanceof Expr.Bin b) {
        Expr l = outermost(b.left(), defs, hidden, n, depth + 1);
        return l != null ? l : outermost(b.right(), defs, hidden, n, depth + 1);
      }
      if (e instanceof Expr.Sym s && defs.resolve(s) != null) {
        return outermost(defs.resolve(s), defs, hidden, n, depth + 1);
      }
      return null;
    }

    /**
     * The levels written from step t inwards when an elision ends them (a large number when every
     * level down to x_1 is written), or −1 when a level does not show the pattern.
     */
    private static int level(
        Expr e, Convention c, int t, String hidden, Definitions defs, int depth) {
      if (depth > 60 || t < 1) {
        return -1;
      }
      if (isEllipsis(e)) {
        return 0;
      }
      if (e instanceof Expr.Sym s && defs.resolve(s) != null) {
        return level(defs.resolve(s), c, t, hidden, defs, depth + 1);
      }
      if (!(e instanceof Expr.Call call) || !call.function().equals(hidden)) {
        return -1;
      }
      boolean input = false;
      boolean elided = false;
      int inner = Integer.MIN_VALUE;
      for (Expr term : sum(call.argument())) {
        List<Expr> factors = product(term);
        if (factors.stream().anyMatch(Spine::isEllipsis)) {
          elided = true; // "… f(W x_1)": the elision ends what is written
        } else if (factors.size() == 2 && isSym(factors, c.input()) && isSym(factors, "x_" + t)) {
          input = true;
        } else if (factors.size() == 2 && isSym(factors, c.recurrent())) {
          Expr next = factors.get(isSym(factors.get(0), c.recurrent()) ? 1 : 0);
          int r =
              next instanceof Expr.Sym h
                      && h.key().equals("h_" + (t - 1))
                      && defs.resolve(h) == null
                  ? 1000
                  : level(next, c, t - 1, hidden, defs, depth + 1);
          if (r < 0) {
            return -1;
          }
          inner = Math.max(inner, r);
        } else if (Definitions.mentionsInputOrCall(term)) {
          return -1;
        }
      }
      if (!input) {
        return elided && inner == Integer.MIN_VALUE ? 0 : -1;
      }
      if (inner == Integer.MIN_VALUE) {
        return elided ? 1 : t == 1 ? 1000 : -1;
      }
      return inner + 1;
    }

    private static boolean isEllipsis(Expr e) {
      return e instanceof Expr.Sym s && s.base().equals(FormulaParser.ELLIPSIS);
    }

    private static boolean isSym(List<Expr> factors, String key) {
      return factors.stream().anyMatch(f -> isSym(f, key));
    }

    private static boolean isSym(Expr e, String key) {
      return e instanceof Expr.Sym s && s.key().equals(key);
    }

    private static List<Expr> sum(Expr e) {
      List<Expr> out = new ArrayList<>();
      if (e instanceof Expr.Bin b && b.op() == '+') {
        out.addAll(sum(b.left()));
        out.addAll(sum(b.right()));
      } else {
        out.add(e);
      }
      return out;
    }

    private static List<Expr> product(Expr e) {
      List<Expr> out = new ArrayList<>();
      if (e instanceof Expr.Bin b && b.op() == '*') {
        out.addAll(product(b.left()));
        out.addAll(product(b.right()));
      } else {
        out.add(e);
      }
      return out;
    }

    private static boolean holds(Expr e, Definitions defs, String key, int depth) {
      if (depth > 60) {
        return false;
      }
      if (e instanceof Expr.Sym s) {
        Expr d = defs.resolve(s);
        return s.key().equals(key) || d != null && holds(d, defs, key, depth + 1);
      }
      if (e instanceof Expr.Call c) {
        return holds(c.argument(), defs, key, depth + 1);
      }
      if (e instanceof Expr.Bin b) {
        return holds(b.left(), defs, key, depth + 1) || holds(b.right(), defs, key, depth + 1);
      }
      return e instanceof Expr.Neg ng && holds(ng.operand(), defs, key, depth + 1);
    }
  }
}
