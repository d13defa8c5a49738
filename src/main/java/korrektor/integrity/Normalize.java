package korrektor.integrity;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text and names reduced to what survives re-typing: lower case, umlauts spelled out, words only. */
final class Normalize {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private Normalize() {}

  /** Lower case, ä as ae, ß as ss, accents dropped, anything but letters and digits as one space. */
  static String words(String s) {
    if (s == null) {
      return "";
    }
    String t = s.toLowerCase(Locale.ROOT);
    if (!t.chars().allMatch(c -> c < 128)) { // plain ASCII has no umlauts or accents
      t = t.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
      t = MARKS.matcher(Normalizer.normalize(t, Normalizer.Form.NFD)).replaceAll("");
    }
    return NOT_WORD.matcher(t).replaceAll(" ").strip();
  }

  /** A person's name as a key: normalised words, sorted, so "Becker, Anna" is "Anna Becker". */
  static String name(String s) {
    String[] parts = words(s).split(" ");
    java.util.Arrays.sort(parts);
    return String.join(" ", parts).strip();
  }
}
