package korrektor.integrity;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The features of a fingerprint that go into the inverted index: each is a string key two
 * submissions share when they share the thing (a file, a value of an item, a rounding pattern, a
 * phrase, a metadata value).
 */
final class Features {
  /** Word n-grams of free text. */
  static final int SHINGLE = 3;

  /** Metadata keys compared; the first ones identify a person or an installation. */
  static final List<String> PERSONAL_METADATA =
      List.of("author", "lastModifiedBy", "company", "template");

  static final List<String> TOOL_METADATA = List.of("creator", "producer", "application", "title");

  private Features() {}

  static Set<String> of(Fingerprint f) {
    Set<String> out = new LinkedHashSet<>();
    for (Fingerprint.FileHash h : f.files()) {
      out.add(fileKey(h.sha256()));
    }
    for (Fingerprint.Value v : f.values()) {
      out.add(valueKey(v));
    }
    String r = rounding(f);
    if (r != null) {
      out.add("r:" + r);
    }
    for (String k : PERSONAL_METADATA) {
      String m = f.metadata().get(k);
      if (m != null) {
        out.add(metaKey(k, m));
      }
    }
    for (String k : TOOL_METADATA) {
      String m = f.metadata().get(k);
      if (m != null) {
        out.add(metaKey(k, m));
      }
    }
    for (Fingerprint.TextAnswer t : f.texts()) {
      for (String s : shingles(t.text())) {
        out.add(shingleKey(t.item(), s));
      }
    }
    return out;
  }

  static String fileKey(String sha) {
    return "f:" + sha;
  }

  static String valueKey(Fingerprint.Value v) {
    return "v:" + v.item() + "=" + bucket(v.value());
  }

  static String metaKey(String key, String value) {
    return "m:" + key + "=" + value;
  }

  static String shingleKey(String item, String shingle) {
    return "t:" + item + ":" + shingle;
  }

  /** The value to two significant digits: coarse enough that a re-rounded copy still shares it. */
  static String bucket(double v) {
    if (v == 0 || !Double.isFinite(v)) {
      return "0";
    }
    return new BigDecimal(v).round(new MathContext(2)).stripTrailingZeros().toPlainString();
  }

  /**
   * The decimals written for each value in item order, with {@code t} for a truncated value and
   * {@code ,} for a decimal comma: a habit that copies keep; null with fewer than three values or
   * when nothing in it is unusual.
   */
  static String rounding(Fingerprint f) {
    if (f.values().size() < 3) {
      return null;
    }
    StringBuilder s = new StringBuilder();
    for (Fingerprint.Value v : f.values()) {
      s.append(v.item()).append(':').append(v.decimals());
      if (v.truncated()) {
        s.append('t');
      }
      if (v.text().contains(",")) {
        s.append(',');
      }
      s.append(' ');
    }
    // only a habit is evidence: truncating, or mixing three or more precisions; "4 decimals
    // everywhere" is what most students do, and trailing zeros dropped by a spreadsheet follow the
    // value
    String sig = s.toString().strip();
    long precisions = f.values().stream().mapToInt(Fingerprint.Value::decimals).distinct().count();
    boolean truncates = f.values().stream().anyMatch(Fingerprint.Value::truncated);
    return truncates || precisions >= 3 ? sig : null;
  }

  /** Word {@value #SHINGLE}-grams of a normalised text (the whole text when shorter). */
  static List<String> shingles(String text) {
    String[] w = text.split(" ");
    List<String> out = new ArrayList<>();
    if (w.length < SHINGLE) {
      out.add(text);
      return out;
    }
    for (int i = 0; i + SHINGLE <= w.length; i++) {
      out.add(String.join(" ", java.util.Arrays.copyOfRange(w, i, i + SHINGLE)));
    }
    return out;
  }
}
