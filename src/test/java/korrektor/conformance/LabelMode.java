package korrektor.conformance;

/** How a student shows which quantity a value is: symbol, word, both, or with a description. */
enum LabelMode {
  /** {@code h(2)}. */
  SYMBOL,
  /** {@code o(2) (output gate)}. */
  DESCRIBED,
  /** {@code Eingangsgate g(2)}. */
  WORD_SYMBOL,
  /** {@code input gate (t=2)}. */
  WORD,
  /** Symbols only, with a legend line {@code i = input gate, …} before them. */
  LEGEND
}
