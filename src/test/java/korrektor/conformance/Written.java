package korrektor.conformance;

/**
 * A number as a student wrote it: the characters on the page and the value they mean.
 *
 * @param text what the document shows ({@code 0,5769}, {@code 57.69 %}, {@code 5.769e-01})
 * @param value the value those characters mean (0.5769 for all three)
 * @param decimals decimal places of the value as written (in value space: {@code 57.69 %} has 4)
 * @param sigfigs significant digits written
 * @param kind how the text writes the number, so that formats can choose a cell type
 */
record Written(String text, double value, int decimals, int sigfigs, Kind kind) {

  /** How a number is written. */
  enum Kind {
    PLAIN,
    PERCENT,
    SCIENTIFIC,
    APPROX,
    INTEGER
  }

  /** True when {@code found} is this value (up to float noise and formula round-off). */
  boolean matches(Double found) {
    return found != null && Math.abs(found - value) <= 1e-9 + 1e-9 * Math.abs(value);
  }
}
