package korrektor.integrity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import korrektor.document.Document;
import korrektor.grade.ItemResult;
import korrektor.grade.Verdict;
import korrektor.result.SubmissionResult;

/** Builds a {@link Fingerprint} from what grading already knows about a submission. */
public final class Fingerprints {
  private static final Pattern NUMBER = Pattern.compile("[-−–]?\\d+(?:[.,](\\d+))?");

  /** Text answers shorter than this many words say too little to compare. */
  static final int MIN_TEXT_WORDS = 4;

  private Fingerprints() {}

  /**
   * The fingerprint of one graded submission.
   *
   * @param result the graded submission (items with values, verdicts and located text)
   * @param documents the submission's readable documents (for metadata)
   * @param files each file's name and SHA-256 (computed by whoever read the files)
   */
  public static Fingerprint of(
      SubmissionResult result, List<Document> documents, List<Fingerprint.FileHash> files) {
    List<Fingerprint.Value> values = new ArrayList<>();
    List<Fingerprint.TextAnswer> texts = new ArrayList<>();
    for (ItemResult i : result.items()) {
      if (i.quantity() != null && i.found() != null && i.foundText() != null) {
        values.add(value(i));
      } else if (i.quantity() == null && i.foundText() != null && !"plot".equals(i.part())) {
        String t = Normalize.words(i.foundText());
        if (t.split(" ").length >= MIN_TEXT_WORDS) {
          texts.add(new Fingerprint.TextAnswer(i.id(), t));
        }
      }
    }
    Map<String, String> metadata = new TreeMap<>();
    for (Document d : documents) {
      d.metadata()
          .forEach(
              (k, v) -> {
                String n = Normalize.words(v);
                if (!n.isEmpty()) {
                  metadata.merge(k, n, (a, b) -> a.equals(b) ? a : a + " | " + b);
                }
              });
    }
    List<String> partners = result.checks() == null ? List.of() : result.checks().partners();
    return new Fingerprint(result.student(), files, values, texts, metadata, partners);
  }

  static Fingerprint.Value value(ItemResult i) {
    String text = i.foundText().strip();
    int decimals = decimals(text);
    // a follow-through value only repeats its inputs: whatever makes those rare is counted there
    boolean explained =
        i.verdict() == Verdict.CORRECT
            || i.verdict() == Verdict.ALTERNATIVE
            || i.verdict() == Verdict.MISCONCEPTION
            || i.verdict() == Verdict.FOLLOW_THROUGH;
    boolean truncated = false;
    if (i.expected() != null && decimals > 0 && decimals < 10 && i.verdict() == Verdict.CORRECT) {
      BigDecimal e = DECIMALS.get(i.expected(), BigDecimal::valueOf);
      BigDecimal cut = e.setScale(decimals, RoundingMode.DOWN);
      BigDecimal round = e.setScale(decimals, RoundingMode.HALF_UP);
      truncated = cut.compareTo(round) != 0 && Math.abs(cut.doubleValue() - i.found()) < 1e-12;
    }
    return new Fingerprint.Value(
        i.id(), text, i.found(), i.verdict().id(), explained, decimals, truncated);
  }

  /** Reference values repeat for every student: their decimal forms are kept. */
  private static final korrektor.extract.BoundedMemo<Double, BigDecimal> DECIMALS =
      new korrektor.extract.BoundedMemo<>(10_000);

  /** Digits after the decimal separator of the first number in the text; 0 for whole numbers. */
  static int decimals(String text) {
    Matcher m = NUMBER.matcher(text);
    if (!m.find() || m.group(1) == null) {
      return 0;
    }
    return m.group(1).length();
  }
}
