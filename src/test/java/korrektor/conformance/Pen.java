package korrektor.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * One student's hand: the trace they computed and how they write it (notation, step markers,
 * numbers, language), with helpers that turn slots into labelled, recorded numbers.
 */
final class Pen {
  final RubricCase rubric;
  final StudentTrace trace;
  final Notation notation;
  final LabelMode mode;
  final StepStyle step;
  final ComponentStyle component;
  final String stepHeader;
  final NumberStyle numbers;
  final OutFormat format;
  final Random rnd;
  final boolean german;
  final boolean zeroBased;
  final Set<Slot> omitted;

  Pen(
      RubricCase rubric,
      StudentTrace trace,
      Notation notation,
      LabelMode mode,
      StepStyle step,
      ComponentStyle component,
      String stepHeader,
      NumberStyle numbers,
      OutFormat format,
      Random rnd,
      boolean german,
      boolean zeroBased,
      Set<Slot> omitted) {
    this.rubric = rubric;
    this.trace = trace;
    this.notation = notation;
    this.mode = mode;
    this.step = step;
    this.component = component;
    this.stepHeader = stepHeader;
    this.numbers =
        trace.roundedTo() >= 0 && numbers.decimals() != trace.roundedTo()
            ? numbers.withDecimals(trace.roundedTo())
            : numbers;
    this.format = format;
    this.rnd = rnd;
    this.german = german;
    this.zeroBased = zeroBased;
    this.omitted = Set.copyOf(omitted);
  }

  /** The same hand writing numbers another way (code printing floats). */
  Pen withNumbers(NumberStyle style) {
    return new Pen(
        rubric,
        trace,
        notation,
        mode,
        step,
        component,
        stepHeader,
        style,
        format,
        rnd,
        german,
        zeroBased,
        omitted);
  }

  /** Whether the student wrote this slot. */
  boolean writes(Slot s) {
    return !omitted.contains(s);
  }

  /** The step number as the student shows it (one less when counting from 0). */
  int shown(int step) {
    return zeroBased ? step - 1 : step;
  }

  List<String> quantities() {
    return rubric.quantities();
  }

  List<Integer> steps() {
    return rubric.part().steps();
  }

  boolean vector(String q) {
    return rubric.dimension(q) > 1;
  }

  /** The slots of a quantity at a step (one per component). */
  List<Slot> slots(String q, int step) {
    List<Slot> out = new ArrayList<>();
    int dim = rubric.dimension(q);
    if (dim == 1) {
      out.add(new Slot(q, 0, step));
    } else {
      for (int c = 1; c <= dim; c++) {
        out.add(new Slot(q, c, step));
      }
    }
    return out;
  }

  /** The answer written for a slot. */
  Piece.Num num(Slot s) {
    double v = trace.value(s);
    boolean unit =
        v > 0 && v < 1 && List.of("g", "f", "q", "candidate", "output").contains(s.quantity());
    return new Piece.Num(numbers.write(v, unit), new Piece.SlotValue(s));
  }

  /** A number that is no answer, written in the student's style. */
  Piece.Num distractor(double v, String kind) {
    return new Piece.Num(numbers.exact(v), new Piece.Distractor(kind));
  }

  /** A whole number that is no answer (a step, points, a year). */
  static Piece.Num integer(long n, String kind) {
    return new Piece.Num(NumberStyle.integer(n), new Piece.Distractor(kind));
  }

  /** A quantity's label without a step ({@code h}, {@code h[1]}, {@code o (output gate)}). */
  List<Piece> label(String q, int comp) {
    Notation.Name n = notation.name(q);
    List<Piece> out = new ArrayList<>();
    switch (mode) {
      case WORD -> out.add(Piece.text(n.word()));
      case WORD_SYMBOL -> {
        out.add(Piece.text(n.word() + " "));
        symbol(out, n, comp, false);
      }
      case DESCRIBED -> {
        symbol(out, n, comp, false);
        out.add(Piece.text(" (" + n.description() + ")"));
      }
      default -> symbol(out, n, comp, false);
    }
    return out;
  }

  /**
   * A quantity's label with a step marker ({@code h(2)}, {@code h_1^{(2)}}, {@code input gate at
   * t=2}).
   */
  List<Piece> key(String q, int comp, int stepNo) {
    Notation.Name n = notation.name(q);
    int s = shown(stepNo);
    List<Piece> out = new ArrayList<>();
    switch (mode) {
      case WORD -> {
        out.add(Piece.text(n.word()));
        out.addAll((step.wordSafe() ? step : StepStyle.T_EQ).marker(s, german));
      }
      case WORD_SYMBOL -> {
        out.add(Piece.text(n.word() + " "));
        symbol(out, n, comp, true);
        out.addAll(marker(n, comp).marker(s, german));
      }
      case DESCRIBED -> {
        symbol(out, n, comp, true);
        out.addAll(marker(n, comp).marker(s, german));
        out.add(Piece.text(" (" + n.description() + ")"));
      }
      default -> {
        symbol(out, n, comp, true);
        out.addAll(marker(n, comp).marker(s, german));
      }
    }
    return out;
  }

  private StepStyle marker(Notation.Name n, int comp) {
    StepStyle st = step;
    if (comp > 0 && !st.vectorSafe()) {
      st = StepStyle.PAREN;
    }
    return st.fits(n.symbol()) ? st : StepStyle.PAREN;
  }

  private void symbol(List<Piece> out, Notation.Name n, int comp, boolean withStep) {
    out.add(Piece.text(n.symbol()));
    if (comp > 0) {
      ComponentStyle cs =
          component == ComponentStyle.CONCAT && withStep ? ComponentStyle.BRACKET : component;
      if (cs == ComponentStyle.UNDERSCORE && step.typeset() && format.rich()) {
        out.add(Piece.sub(Integer.toString(comp)));
      } else {
        out.add(Piece.text(cs.marker(comp)));
      }
    }
  }

  /** A step column or row header ({@code t=2}, {@code t2}, {@code 2}, {@code Schritt 2}). */
  String header(int stepNo) {
    int s = shown(stepNo);
    return stepHeader
        .replace("₍#₎", StepStyle.subscript(Integer.toString(s)))
        .replace("#", Integer.toString(s));
  }

  /** A step header as a cell: a bare step number is a number, anything else text. */
  Line headerLine(int stepNo) {
    String h = header(stepNo);
    return h.matches("\\d+") ? Line.of(integer(shown(stepNo), "step")) : Line.text(h);
  }

  /** The header of the step column itself ({@code t}, {@code Schritt}). */
  String stepColumnName() {
    return german ? (rnd.nextBoolean() ? "t" : "Zeitschritt") : (rnd.nextBoolean() ? "t" : "step");
  }

  /** English or German. */
  String say(String en, String de) {
    return german ? de : en;
  }

  /** One of the choices. */
  @SafeVarargs
  final <T> T pick(T... choices) {
    return choices[rnd.nextInt(choices.length)];
  }

  boolean chance(double p) {
    return rnd.nextDouble() < p;
  }
}
