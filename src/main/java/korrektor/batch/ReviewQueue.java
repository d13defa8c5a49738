package korrektor.batch;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import korrektor.grade.ItemResult;
import korrektor.grade.Verdict;
import korrektor.result.SubmissionResult;

/**
 * The tutor's queue grouped as {@code korrektor review} shows it: by item, then by identical answer
 * (the same normalised text, value or formula), so one decision settles a whole group. Items a
 * tutor already decided stay in their group, marked as decided.
 */
public final class ReviewQueue {
  private ReviewQueue() {}

  /** Why an item is in the queue; the page filters by these. */
  public enum Reason {
    UNREADABLE,
    AMBIGUOUS,
    UNEXPLAINED,
    PLOT,
    TEXT,
    VALUE,
    INTEGRITY;

    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * One student's item in the queue.
   *
   * @param student the student's id
   * @param name the student's name
   * @param item the item id as in review.csv and overrides.csv
   * @param result the item as graded, overrides applied
   */
  public record Entry(String student, String name, String item, ItemResult result) {
    public boolean decided() {
      return Boolean.TRUE.equals(result.overridden());
    }
  }

  /**
   * Students who gave the same answer to one item.
   *
   * @param item the item id
   * @param answer the answer as the first student wrote it (values joined by {@code |}), or empty
   * @param reason why the group is in the queue
   * @param entries the students' items, in the order of the results
   */
  public record Group(String item, String answer, Reason reason, List<Entry> entries) {
    public Group {
      entries = List.copyOf(entries);
    }

    public long open() {
      return entries.stream().filter(e -> !e.decided()).count();
    }
  }

  /**
   * Groups every item sent to review (decided or not); items in rubric order, groups largest first.
   */
  public static List<Group> of(List<SubmissionResult> results) {
    Map<String, Map<String, List<Entry>>> byItem = new LinkedHashMap<>();
    for (SubmissionResult r : results) {
      for (ItemResult i : r.items()) {
        if (i.verdict() != Verdict.REVIEW) {
          continue;
        }
        String key = answerKey(i);
        if (key.isEmpty()) {
          key =
              "\u0000"
                  + r.student()
                      .id(); // nothing to compare (a plot, an unreadable file): a group of its own
        }
        byItem
            .computeIfAbsent(i.id(), k -> new LinkedHashMap<>())
            .computeIfAbsent(key, k -> new ArrayList<>())
            .add(new Entry(r.student().id(), r.student().name(), i.id(), i));
      }
    }
    List<Group> out = new ArrayList<>();
    byItem.forEach(
        (item, groups) -> {
          List<Group> these = new ArrayList<>();
          groups
              .values()
              .forEach(
                  entries ->
                      these.add(
                          new Group(
                              item,
                              answer(entries.get(0).result()),
                              reason(entries.get(0).result()),
                              entries)));
          these.sort(
              (a, b) ->
                  Integer.compare(
                      b.entries().size(), a.entries().size())); // stable: ties keep their order
          out.addAll(these);
        });
    return out;
  }

  /** The answer as written: the value used and the other values found, joined by {@code " | "}. */
  static String answer(ItemResult i) {
    List<String> parts = new ArrayList<>();
    if (i.foundText() != null) {
      parts.add(i.foundText());
    }
    if (i.alternatives() != null) {
      for (String a : i.alternatives()) {
        int paren = a.lastIndexOf(" (");
        parts.add(paren > 0 ? a.substring(0, paren) : a);
      }
    }
    return String.join(" | ", parts);
  }

  /**
   * What two students must share to be in one group: each value or text normalised (case, width,
   * blanks, decimal comma, a value's own formatting: {@code 0,50} and {@code .5} are one value).
   */
  static String answerKey(ItemResult i) {
    String a = answer(i);
    if (a.isBlank()) {
      return "";
    }
    List<String> keys = new ArrayList<>();
    for (String part : a.split(" \\| ", -1)) {
      keys.add(normalise(part));
    }
    return String.join("|", keys);
  }

  static String normalise(String s) {
    String t =
        Normalizer.normalize(s, Normalizer.Form.NFKC)
            .strip()
            .toLowerCase(Locale.ROOT)
            .replace('\u2212', '-')
            .replaceAll("\\s+", " ");
    String number = t.replace(',', '.');
    if (number.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
      return new java.math.BigDecimal(number).stripTrailingZeros().toPlainString();
    }
    // a formula or a sentence: blanks around operators and a closing full stop say nothing
    return t.replaceAll("\\s*([=+\\-*/^()·,;:])\\s*", "$1").replaceAll("[.!]+$", "");
  }

  /** The page's filter for an item: its {@link korrektor.grade.ReviewReason} group, coarser. */
  static Reason reason(ItemResult i) {
    return switch (korrektor.grade.ReviewReason.of(i)) {
      case PLOT -> Reason.PLOT;
      case AMBIGUOUS -> Reason.AMBIGUOUS;
      case UNEXPLAINED -> Reason.UNEXPLAINED;
      case SCAN, UNREADABLE_FORMULA -> Reason.UNREADABLE;
      case CONFLICTING, NEAR_TOLERANCE ->
          Reason.VALUE; // a value to weigh: two found, or just outside
      case UNPLACED_TEXT, TEXT -> i.quantity() == null ? Reason.TEXT : Reason.VALUE;
    };
  }
}
