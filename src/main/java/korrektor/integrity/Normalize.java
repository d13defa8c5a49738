package korrektor.integrity;

import java.text.Normalizer;
import java.util.Locale;

/** Text and names reduced to what survives re-typing: lower case, umlauts spelled out, words only. */
final class Normalize {
  private Normalize() {}

  /** Lower case, ä as ae, ß as ss, accents dropped, anything but letters and digits as one space. */
  static String words(String s) {
    if (s == null) {
      return "";
    }
    String t = s.toLowerCase(Locale.ROOT)
        .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
    t = Normalizer.normalize(t, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return t.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  /** A person's name as a key: normalised words, sorted, so "Becker, Anna" is "Anna Becker". */
  static String name(String s) {
    String[] parts = words(s).split(" ");
    java.util.Arrays.sort(parts);
    return String.join(" ", parts).strip();
  }
}
