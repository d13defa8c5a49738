package korrektor.integrity;

import java.util.regex.Pattern;

/**
 * Text and names reduced to what survives re-typing: lower case, umlauts spelled out, words only.
 */
final class Normalize {
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private Normalize() {}

  /**
   * Lower case, ä as ae, ß as ss, accents dropped, anything but letters and digits as one space.
   */
  static String words(String s) {
    if (s == null) {
      return "";
    }
    return NOT_WORD.matcher(korrektor.extract.Text.fold(s)).replaceAll(" ").strip();
  }

  /** A person's name as a key: normalised words, sorted, so "Becker, Anna" is "Anna Becker". */
  static String name(String s) {
    String[] parts = words(s).split(" ");
    java.util.Arrays.sort(parts);
    return String.join(" ", parts).strip();
  }
}
