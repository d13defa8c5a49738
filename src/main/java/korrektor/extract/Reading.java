package korrektor.extract;

import java.util.List;

/**
 * One way of reading one number the student wrote: which quantity and step it is the value of, with
 * the evidence. Where the document leaves the quantity open — a symbol that means different things
 * in different notations ({@code o}), a column without a name, an order taken from the sheet — the
 * reading lists every sense and names the choice it depends on; where it leaves the step base open
 * (steps counted from 0), it names that choice too. The {@link Decoder} settles every choice for
 * the whole submission at once.
 *
 * @param symbol what the student wrote as the label ({@code o}, {@code hidden state}, {@code column
 *     4})
 * @param senses the quantities it may be, most likely first; an empty string means "not an answer"
 * @param senseChoice the choice the sense depends on, or null when there is one sense
 * @param component 1-based vector component, 0 for scalars
 * @param step the step as written (0: the initial state row or column)
 * @param baseChoice the choice between "steps as written" and "steps counted from 0", or null
 * @param number the number read
 * @param evidence how the quantity and step are tied to the number
 * @param layout the layout that proposed the reading, for explanations ({@code table rows of
 *     Sheet1})
 */
record Reading(
    String symbol,
    List<String> senses,
    String senseChoice,
    int component,
    int step,
    String baseChoice,
    Num number,
    Candidate.Evidence evidence,
    String layout) {

  Reading {
    senses = List.copyOf(senses);
  }

  /** A reading with one sense and the step as written. */
  static Reading of(Label label, int step, Num number, Candidate.Evidence evidence, String layout) {
    return new Reading(
        label.symbol(),
        label.senses(),
        label.isAmbiguous() ? "symbol " + label.symbol() : null,
        label.component(),
        step,
        null,
        number,
        evidence,
        layout);
  }

  Reading withBase(String choice) {
    return new Reading(
        symbol, senses, senseChoice, component, step, choice, number, evidence, layout);
  }

  Reading withStep(int newStep) {
    return new Reading(
        symbol, senses, senseChoice, component, newStep, baseChoice, number, evidence, layout);
  }

  /** The quantity under a sense option, or null when that option reads the number as no answer. */
  String quantity(int senseOption) {
    String q = senses.get(Math.min(senseOption, senses.size() - 1));
    return q.isEmpty() ? null : q;
  }

  /** The step under a base option: 0 reads steps as written, 1 counts them from 0. */
  int step(int baseOption) {
    return baseOption == 1 ? step + 1 : step;
  }
}
