package korrektor.extract;

/**
 * A number as the student wrote it.
 *
 * @param value the value
 * @param raw the text it was read from
 * @param decimals digits after the decimal separator (adjusted for an exponent); 0 for integers
 * @param sigfigs significant digits written
 * @param start start offset in the text it was found in
 * @param end end offset (exclusive)
 */
public record NumberToken(double value, String raw, int decimals, int sigfigs, int start, int end) {

  public boolean isInteger() {
    return decimals <= 0
        && value == Math.rint(value)
        && !raw.contains(".")
        && !raw.contains(",")
        && !raw.contains("%");
  }
}
