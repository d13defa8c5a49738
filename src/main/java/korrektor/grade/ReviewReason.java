package korrektor.grade;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Why an item waits for a tutor, in the groups the review budget reports ({@code report.html}, the
 * summary after {@code grade}, the review page's filters). The grader writes each review reason
 * with one of the prefixes below; {@link #of} is the one place that maps a reason back to its
 * group.
 */
public enum ReviewReason {
  /** Two notations or layouts explain the numbers equally well. */
  AMBIGUOUS("ambiguous reading", "ambiguous reading: "),
  /** The files give different values for the same item. */
  CONFLICTING("conflicting values", "different values found for "),
  /** A value just outside the tolerance. */
  NEAR_TOLERANCE("just outside the tolerance", "just outside the tolerance"),
  /** Nothing was read for the item, but numbers in the files are unexplained. */
  UNEXPLAINED("unexplained numbers", "not read, but the files hold numbers"),
  /** A plot a tutor looks at. */
  PLOT("plot", "plots are checked by a tutor"),
  /** No answer was labelled, but unclaimed text could be it. */
  UNPLACED_TEXT("unlabelled text", "unlabelled text could be the answer"),
  /** A formula Korrektor could not read ({@code grade.text.TextGrader} writes this prefix). */
  UNREADABLE_FORMULA("unreadable formula", "formula: "),
  /** The answer may be in a scan or a photo. */
  SCAN("scan or photo", "answer not found in the text, and "),
  /**
   * A text answer or formula Korrektor could not judge (unreadable formula, no concept decided).
   */
  TEXT("text answer to judge", null);

  private final String label;
  private final String prefix;

  ReviewReason(String label, String prefix) {
    this.label = label;
    this.prefix = prefix;
  }

  /** The group's name as reports show it. */
  public String label() {
    return label;
  }

  /** The prefix every reason of this group starts with (null for the text group, the rest). */
  public String prefix() {
    return prefix;
  }

  /** The group of an item under review. */
  public static ReviewReason of(ItemResult item) {
    String reason = item.reason() == null ? "" : item.reason();
    for (ReviewReason r : values()) {
      if (r.prefix != null && reason.startsWith(r.prefix)) {
        return r;
      }
    }
    return TEXT;
  }

  /**
   * The items of {@code items} waiting for a tutor (under review and not settled by an override).
   */
  public static boolean pending(ItemResult item) {
    return item.verdict() == Verdict.REVIEW && !Boolean.TRUE.equals(item.overridden());
  }

  /** How many pending items each group holds, in the enum's order, groups with none left out. */
  public static Map<ReviewReason, Integer> count(List<ItemResult> items) {
    Map<ReviewReason, Integer> out = new EnumMap<>(ReviewReason.class);
    for (ItemResult i : items) {
      if (pending(i)) {
        out.merge(of(i), 1, Integer::sum);
      }
    }
    return out;
  }

  /** "7 plot, 3 ambiguous reading" (empty when nothing waits). */
  public static String describe(Map<ReviewReason, Integer> counts) {
    StringBuilder b = new StringBuilder();
    counts.forEach(
        (r, n) -> b.append(b.length() == 0 ? "" : ", ").append(n).append(' ').append(r.label));
    return b.toString();
  }
}
