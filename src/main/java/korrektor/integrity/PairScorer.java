package korrektor.integrity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores how alike two submissions are, with the evidence. Each shared thing adds its rarity in the
 * class, so a wrong value only these two students gave weighs far more than a correct value
 * everybody gave. Values that only follow from one another (an early slip carried through every
 * later step, shared by the same students) count with diminishing returns, so a common mistake made
 * by a dozen honest students does not outweigh one rare slip two students share.
 */
final class PairScorer {
  /** An identical file: the same bytes, handed in twice (in units, see {@link #score}). */
  static final double IDENTICAL_FILE = 3;

  /**
   * Share of a value's rarity counted when a model explains the value (correct, convention, named
   * mistake).
   */
  static final double EXPLAINED = 0.25;

  static final double ROUNDING = 0.5;

  /** Most a near-identical text answer adds (at similarity 1), in units. */
  static final double TEXT = 2.0;

  /**
   * Words from which an identical text answer counts fully, and up to which it does not count: a
   * one- or two-sentence answer has few sensible wordings (and often the slides' own), while two
   * identical paragraphs are unmistakable.
   */
  static final double TEXT_FULL_WORDS = 60;

  static final double TEXT_MIN_WORDS = 10;

  /** Text similarity below this is not evidence. */
  static final double TEXT_MIN = 0.5;

  static final double PERSONAL_METADATA = 1.0;

  /**
   * The same producing software (python-docx, Normal.dotm, pdfTeX) is no evidence: a class uses a
   * handful of tools. Shown beside stronger evidence, never weighed.
   */
  static final double TOOL_METADATA = 0;

  /** One student's file names the other as its author, in units. */
  static final double AUTHOR_IS_OTHER = 1.5;

  private final List<Fingerprint> prints;
  private final FeatureIndex index;
  private final List<String> nameKeys;
  private final Agreement agreement;
  private final int n;
  private final double unit;

  PairScorer(List<Fingerprint> prints, FeatureIndex index, int maxShared) {
    this.prints = prints;
    this.index = index;
    this.agreement = new Agreement(prints, maxShared);
    this.n = Math.max(3, prints.size());
    this.unit = Math.log(n - 1.0);
    this.nameKeys = prints.stream().map(f -> Normalize.name(f.student().name())).toList();
    for (Fingerprint f : prints) {
      for (Fingerprint.TextAnswer t : f.texts()) {
        textCounts.computeIfAbsent(t.item(), k -> new HashMap<>()).merge(t.text(), 1, Integer::sum);
      }
    }
  }

  /** Per item, how many students wrote each (normalised) answer text. */
  private final Map<String, Map<String, Integer>> textCounts = new HashMap<>();

  /**
   * How distinctive an identical answer to {@code item} is in this class: 1 minus the share of
   * students whose answer someone else wrote word for word. Where identical answers are the norm (a
   * formula everyone writes the same way, wording taken from the slides) they say nothing; where
   * nearly every student wrote their own, two identical answers stand out.
   */
  double distinctiveness(String item) {
    Map<String, Integer> counts = textCounts.getOrDefault(item, Map.of());
    int all = counts.values().stream().mapToInt(Integer::intValue).sum();
    int duplicated = counts.values().stream().filter(c -> c > 1).mapToInt(Integer::intValue).sum();
    if (all < 3) {
      return 1;
    }
    // the pair itself is one duplicate: it does not count against its own evidence
    return Math.max(0, 1 - Math.max(0, duplicated - 2) / (double) (all - 2));
  }

  /**
   * The score of a pair and its evidence, strongest first, in units of ln(N−1): 1 is as strong as
   * one value that only these two students of the class gave.
   */
  Scored score(int a, int b) {
    Fingerprint x = prints.get(a);
    Fingerprint y = prints.get(b);
    List<Evidence> evidence = new ArrayList<>();
    files(x, y, evidence);
    values(a, b, evidence);
    rounding(x, y, evidence);
    texts(x, y, evidence);
    metadata(a, b, evidence);
    List<Evidence> scaled = new ArrayList<>();
    for (Evidence e : evidence) {
      scaled.add(
          new Evidence(
              e.kind(), e.what(), e.left(), e.right(), e.shared(), round(e.weight() / unit)));
    }
    evidence = scaled;
    evidence.sort(
        java.util.Comparator.comparingDouble((Evidence e) -> -e.weight())
            .thenComparing(Evidence::kind)
            .thenComparing(Evidence::what));
    double total = evidence.stream().mapToDouble(Evidence::weight).sum();
    return new Scored(Math.round(total * 100) / 100.0, List.copyOf(evidence));
  }

  record Scored(double score, List<Evidence> evidence) {}

  private void files(Fingerprint x, Fingerprint y, List<Evidence> out) {
    for (Fingerprint.FileHash f : x.files()) {
      for (Fingerprint.FileHash g : y.files()) {
        if (f.sha256().equals(g.sha256())) {
          out.add(
              new Evidence(
                  Evidence.Kind.IDENTICAL_FILE,
                  "sha256 " + f.sha256().substring(0, Math.min(12, f.sha256().length())),
                  f.name(),
                  g.name(),
                  index.frequency(Features.fileKey(f.sha256())),
                  IDENTICAL_FILE * unit));
          return; // one identical file says it all; more add nothing
        }
      }
    }
  }

  /**
   * Shared values count as one event: how many students share all of this pair's uncommon values
   * ({@code jointly}) sets the weight, ln((N−1)/(jointly−1)), and the number of values adds only a
   * little (1 + ½ ln k). So a slip carried through ten later steps, or a mistake a dozen honest
   * students make the same way, is not counted ten times; a pattern only these two share weighs
   * most. Values a model explains (correct, a convention, a named mistake) count a quarter.
   */
  private void values(int a, int b, List<Evidence> out) {
    Fingerprint x = prints.get(a);
    Fingerprint y = prints.get(b);
    Map<String, Fingerprint.Value> mine = new HashMap<>();
    y.values().forEach(v -> mine.put(v.item(), v));
    java.util.BitSet jointly = null;
    List<Evidence> shared = new ArrayList<>();
    boolean allExplained = true;
    double sumRarity = 0;
    int sameForm = 0;
    int coarsest = Integer.MAX_VALUE;
    for (Fingerprint.Value v : x.values()) {
      Fingerprint.Value w = mine.get(v.item());
      if (w == null || !agree(v, w)) {
        continue;
      }
      java.util.BitSet who = agreement.of(a, v);
      if (who == null || !who.get(b)) {
        continue; // common: too many students gave it
      }
      // a value that one of them reached by a known route (their own earlier values, a convention,
      // a
      // named mistake) is a consequence, not a coincidence: two different mistakes can meet in the
      // same numbers (h = s without the output gate, and s(t-1) read for h(t-1), agree from t = 2
      // on)
      boolean explained = v.explained() || w.explained();
      if (v.explained()
          && w.explained()
          && "correct".equals(v.verdict())
          && "correct".equals(w.verdict())) {
        continue; // correct values, however many decimals, are what every careful student writes:
        // no evidence
      }
      allExplained &= explained;
      if (jointly == null) {
        jointly = (java.util.BitSet) who.clone();
      } else {
        jointly.and(who);
      }
      double rarity = Math.log((n - 1.0) / Math.max(1, who.cardinality() - 1));
      sumRarity += rarity;
      if (v.decimals() == w.decimals()) {
        sameForm++;
      }
      coarsest = Math.min(coarsest, Math.min(v.decimals(), w.decimals()));
      Evidence.Kind kind =
          explained ? Evidence.Kind.SHARED_VALUE : Evidence.Kind.SHARED_WRONG_VALUE;
      shared.add(
          new Evidence(
              kind,
              v.item()
                  + " ("
                  + v.verdict()
                  + (v.verdict().equals(w.verdict()) ? "" : " / " + w.verdict())
                  + ")",
              v.text(),
              w.text(),
              who.cardinality(),
              rarity));
    }
    if (shared.isEmpty() || sumRarity <= 0) {
      return;
    }
    int together = Math.max(2, jointly.cardinality());
    double total =
        Math.log((n - 1.0) / (together - 1.0))
            * (1 + 0.5 * Math.log(shared.size()))
            * (allExplained ? EXPLAINED : 1);
    if (sameForm == 0) {
      // values that agree only after rounding the more precise one (0.3422 ~ 0.34) are a weak
      // coincidence, the weaker the coarser the agreement; the same digits written alike are not
      total *= coarsest <= 2 ? 0.5 : 1.0;
    }
    for (Evidence e : shared) {
      out.add(
          new Evidence(
              e.kind(),
              e.what(),
              e.left(),
              e.right(),
              e.shared(),
              round(total * e.weight() / sumRarity)));
    }
  }

  /** The same value at the precision of the less precise of the two. */
  static boolean agree(Fingerprint.Value v, Fingerprint.Value w) {
    if (!Features.bucket(v.value()).equals(Features.bucket(w.value()))) {
      return false;
    }
    int d = Math.min(v.decimals(), w.decimals());
    return Math.abs(v.value() - w.value()) <= 0.51 * Math.pow(10, -d) + 1e-12;
  }

  private void rounding(Fingerprint x, Fingerprint y, List<Evidence> out) {
    String r = Features.rounding(x);
    if (r != null && r.equals(Features.rounding(y))) {
      double w = index.rarity("r:" + r) * ROUNDING;
      if (w > 0) {
        out.add(
            new Evidence(
                Evidence.Kind.ROUNDING,
                "decimals written per value",
                summary(x),
                summary(y),
                index.frequency("r:" + r),
                round(w)));
      }
    }
  }

  private static String summary(Fingerprint f) {
    StringBuilder s = new StringBuilder();
    for (Fingerprint.Value v : f.values()) {
      s.append(s.length() == 0 ? "" : " ").append(v.text());
    }
    return s.length() > 200 ? s.substring(0, 200) + " …" : s.toString();
  }

  /**
   * Near-identical text answers, weighted by how many students of the class wrote the same text: an
   * answer only these two wrote counts fully, one that a fifth of the class wrote (the lecture's
   * wording, a textbook definition) next to nothing: the weight is the square of the text's rarity
   * relative to the rarest possible, times how unusual identical answers to the item are in the
   * class ({@link #distinctiveness}). Several shared answers add with diminishing returns (the
   * second half, the third a third), so a pair that picked the same common phrasings is not
   * flagged.
   */
  private void texts(Fingerprint x, Fingerprint y, List<Evidence> out) {
    Map<String, String> mine = new HashMap<>();
    y.texts().forEach(t -> mine.put(t.item(), t.text()));
    List<Evidence> found = new ArrayList<>();
    for (Fingerprint.TextAnswer t : x.texts()) {
      String other = mine.get(t.item());
      if (other == null) {
        continue;
      }
      double sim = similarity(t.item(), t.text(), other);
      if (sim >= TEXT_MIN) {
        int words = Math.min(t.text().split(" ").length, other.split(" ").length);
        // a one-sentence answer has few sensible wordings; a copied paragraph is unmistakable
        double length =
            Math.max(0, Math.min(1, (words - TEXT_MIN_WORDS) / (TEXT_FULL_WORDS - TEXT_MIN_WORDS)));
        Map<String, Integer> counts = textCounts.getOrDefault(t.item(), Map.of());
        int shared =
            Math.max(2, Math.max(counts.getOrDefault(t.text(), 0), counts.getOrDefault(other, 0)));
        double rarity = Math.log((n - 1.0) / (shared - 1.0)) / unit;
        found.add(
            new Evidence(
                Evidence.Kind.TEXT,
                t.item() + String.format(java.util.Locale.ROOT, " (%.0f%% alike)", sim * 100),
                t.text(),
                other,
                shared,
                TEXT * unit * sim * length * rarity * rarity * distinctiveness(t.item())));
      }
    }
    found.sort(java.util.Comparator.comparingDouble((Evidence e) -> -e.weight()));
    for (int i = 0; i < found.size(); i++) {
      Evidence e = found.get(i);
      out.add(
          new Evidence(e.kind(), e.what(), e.left(), e.right(), e.shared(), e.weight() / (i + 1)));
    }
  }

  /**
   * Rarity-weighted Jaccard similarity of two texts' word 3-grams: phrases everyone writes ("the
   * gradient becomes") count little, an unusual phrase both wrote counts much.
   */
  double similarity(String item, String a, String b) {
    Set<String> sa = new HashSet<>(Features.shingles(a));
    Set<String> sb = new HashSet<>(Features.shingles(b));
    double shared = 0;
    double union = 0;
    for (String s : sa) {
      double w = Math.max(0.1, index.rarity(Features.shingleKey(item, s)));
      union += w;
      if (sb.contains(s)) {
        shared += w;
      }
    }
    for (String s : sb) {
      if (!sa.contains(s)) {
        union += Math.max(0.1, index.rarity(Features.shingleKey(item, s)));
      }
    }
    return union == 0 ? 0 : shared / union;
  }

  private void metadata(int a, int b, List<Evidence> out) {
    Fingerprint x = prints.get(a);
    Fingerprint y = prints.get(b);
    for (String k : Features.PERSONAL_METADATA) {
      meta(x, y, k, PERSONAL_METADATA, out);
    }
    // Features.TOOL_METADATA (the producing software) is no evidence: TOOL_METADATA is 0
    authorIsOther(x, nameKeys.get(b), y, out, false);
    authorIsOther(y, nameKeys.get(a), x, out, true);
  }

  /** Authors that are a program's default, not a person: sharing one is sharing the tool. */
  static final java.util.regex.Pattern TOOL_AUTHOR =
      java.util.regex.Pattern.compile(
          "(?i).*(python[- ]?docx|openpyxl|xlsxwriter|reportlab|apache poi|libreoffice|openoffice|microsoft office|"
              + "windows user|windows-benutzer|pandoc|latex|pdftex|matplotlib|jupyter|unknown|anonymous|^user$|^admin$|"
              + "^author$|normal\\.dotm).*");

  private void meta(Fingerprint x, Fingerprint y, String key, double factor, List<Evidence> out) {
    String v = x.metadata().get(key);
    if (v != null && v.equals(y.metadata().get(key)) && !TOOL_AUTHOR.matcher(v).matches()) {
      String f = Features.metaKey(key, v);
      double w = index.rarity(f) * factor;
      if (w > 0) {
        out.add(new Evidence(Evidence.Kind.METADATA, key, v, v, index.frequency(f), round(w)));
      }
    }
  }

  /** A file of {@code x} whose author (or last editor) is the other student. */
  private void authorIsOther(
      Fingerprint x, String otherName, Fingerprint other, List<Evidence> out, boolean swapped) {
    for (String k : List.of("author", "lastModifiedBy")) {
      String v = x.metadata().get(k);
      if (v != null && !otherName.isEmpty() && Normalize.name(v).equals(otherName)) {
        String self = v;
        String them = other.student().name();
        out.add(
            new Evidence(
                Evidence.Kind.METADATA,
                k + " names the other student",
                swapped ? them : self,
                swapped ? self : them,
                0,
                AUTHOR_IS_OTHER * unit));
        return;
      }
    }
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
