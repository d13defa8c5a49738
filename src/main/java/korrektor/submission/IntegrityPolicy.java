package korrektor.submission;

import java.util.List;
import korrektor.grade.Points;
import korrektor.result.IntegrityDecision;
import korrektor.result.SubmissionResult;
import korrektor.rubric.Policies;

/**
 * Applies the rubric's group and plagiarism policies to a result: for a sheet that names several
 * authors (when {@code policies.group.apply} is {@code declared}), and for the cases a tutor
 * confirms in overrides.csv ({@code integrity:group}, {@code integrity:plagiarism}, {@code
 * integrity:none}). Nothing suspected by the similarity report is applied without a tutor.
 */
public final class IntegrityPolicy {
  /** Override items that decide a whole submission. */
  public static final String PREFIX = "integrity:";

  public static final String GROUP = PREFIX + "group";
  public static final String PLAGIARISM = PREFIX + "plagiarism";
  public static final String NONE = PREFIX + "none";
  public static final List<String> ITEMS = List.of(GROUP, PLAGIARISM, NONE);

  private IntegrityPolicy() {}

  /** A sheet that names the student and {@code others} as its authors. */
  static SubmissionResult declaredGroup(
      SubmissionResult r, List<String> others, Policies policies) {
    if (others.isEmpty()) {
      return r;
    }
    Policies.Group g = policies.group();
    String names = String.join(", ", others);
    if (g.apply() == Policies.Group.Apply.CONFIRMED) {
      return r;
    }
    String reason =
        "group submission: the sheet names several authors ("
            + r.student().name()
            + ", "
            + names
            + ")";
    return r.withIntegrity(
        new IntegrityDecision(IntegrityDecision.Kind.GROUP, "sheet", g.points(), reason),
        g.participation(),
        reason
            + "; the rubric's policy gives "
            + Points.format(g.points())
            + " points"
            + (g.participation() ? " and counts it as participation" : "")
            + ". If this is wrong, add '"
            + r.student().id()
            + ","
            + NONE
            + ",,reason' to overrides.csv");
  }

  /** A message for the tutor when groups need confirming; null when nothing is to be said. */
  static String groupToConfirm(SubmissionResult r, List<String> others, Policies policies) {
    if (others.isEmpty() || policies.group().apply() != Policies.Group.Apply.CONFIRMED) {
      return null;
    }
    return "the sheet names several authors ("
        + String.join(", ", others)
        + "); if it is a group submission, add '"
        + r.student().id()
        + ","
        + GROUP
        + ",,comment' to overrides.csv (rubric policies.group.apply: confirmed)";
  }

  /**
   * A tutor's decision from overrides.csv.
   *
   * @param points the tutor's points, or NaN for the policy's
   */
  static SubmissionResult confirmed(
      SubmissionResult r, String item, double points, String comment, Policies policies) {
    SubmissionResult plain = r.withoutIntegrity();
    String note = comment.isEmpty() ? "" : " (" + comment + ")";
    if (item.equals(NONE)) {
      return plain;
    }
    boolean plagiarism = item.equals(PLAGIARISM);
    double policyPoints = plagiarism ? policies.plagiarism().points() : policies.group().points();
    boolean participation =
        plagiarism ? policies.plagiarism().participation() : policies.group().participation();
    double p = Double.isNaN(points) ? policyPoints : points;
    String reason =
        (plagiarism ? "plagiarism" : "group submission") + " confirmed by a tutor" + note;
    IntegrityDecision d =
        new IntegrityDecision(
            plagiarism ? IntegrityDecision.Kind.PLAGIARISM : IntegrityDecision.Kind.GROUP,
            "tutor",
            p,
            reason);
    return plain.withIntegrity(
        d,
        participation,
        reason
            + "; score set to "
            + Points.format(Math.min(p, r.maxScore()))
            + (participation ? ", counts as participation" : ", does not count as participation")
            + (Double.isNaN(points)
                ? " (rubric policies." + (plagiarism ? "plagiarism" : "group") + ")"
                : " (the tutor's points)"));
  }
}
