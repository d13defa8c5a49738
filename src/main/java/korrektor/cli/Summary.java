package korrektor.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import korrektor.grade.Points;
import korrektor.grade.Verdict;
import korrektor.result.SubmissionResult;
import korrektor.rubric.Question;
import korrektor.rubric.Rubric;

/** The summary table printed after grading: one line per student, then counts. */
final class Summary {
  private Summary() {}

  /**
   * A name as one line of at most 60 characters: control characters would break the table (or the
   * terminal).
   */
  static String shown(String s) {
    String t = s.replaceAll("\\p{Cntrl}", "?");
    return t.length() > 60 ? t.substring(0, 59) + "…" : t;
  }

  static void print(PrintWriter out, Rubric rubric, List<SubmissionResult> results) {
    int nameWidth =
        Math.max(
            4, results.stream().mapToInt(r -> shown(r.student().name()).length()).max().orElse(4));
    StringBuilder head =
        new StringBuilder(String.format(Locale.ROOT, "%-10s %-" + nameWidth + "s", "id", "name"));
    for (Question q : rubric.questions()) {
      head.append(String.format(Locale.ROOT, " %6s", "Q" + q.id()));
    }
    head.append(String.format(Locale.ROOT, " %7s %7s  %s", "total", "pending", "status"));
    out.println(head);
    for (SubmissionResult r : results) {
      StringBuilder row =
          new StringBuilder(
              String.format(
                  Locale.ROOT,
                  "%-10s %-" + nameWidth + "s",
                  shown(r.student().id()),
                  shown(r.student().name())));
      for (Question q : rubric.questions()) {
        row.append(
            String.format(
                Locale.ROOT, " %6s", Points.format(r.questions().getOrDefault(q.id(), 0.0))));
      }
      long wrong = r.items().stream().filter(i -> i.verdict() == Verdict.WRONG).count();
      long missing = r.items().stream().filter(i -> i.verdict() == Verdict.MISSING).count();
      long mistakes = r.items().stream().filter(i -> i.verdict() == Verdict.MISCONCEPTION).count();
      row.append(
          String.format(
              Locale.ROOT,
              " %7s %7s  %s",
              Points.format(r.score()),
              Points.format(r.pendingPoints()),
              r.status().id()));
      if (r.status() == korrektor.grade.Grading.Status.ERROR && !r.messages().isEmpty()) {
        row.append(" — ").append(r.messages().get(0).replaceAll("\\p{Cntrl}", " "));
      } else if (wrong + missing + mistakes > 0) {
        row.append(
            String.format(
                Locale.ROOT,
                " (%d wrong, %d missing%s)",
                wrong,
                missing,
                mistakes > 0 ? ", " + mistakes + " named mistakes" : ""));
      }
      out.println(row);
    }
    long graded =
        results.stream().filter(r -> r.status() == korrektor.grade.Grading.Status.GRADED).count();
    long review =
        results.stream()
            .filter(r -> r.status() == korrektor.grade.Grading.Status.NEEDS_REVIEW)
            .count();
    long errors =
        results.stream().filter(r -> r.status() == korrektor.grade.Grading.Status.ERROR).count();
    out.printf(
        Locale.ROOT,
        "%d submissions: %d graded, %d need review, %d errors%n",
        results.size(),
        graded,
        review,
        errors);
    java.util.List<korrektor.grade.ItemResult> items =
        results.stream().flatMap(r -> r.items().stream()).toList();
    java.util.Map<korrektor.grade.ReviewReason, Integer> budget =
        korrektor.grade.ReviewReason.count(items);
    int pending = budget.values().stream().mapToInt(Integer::intValue).sum();
    if (pending > 0) {
      out.printf(
          Locale.ROOT,
          "%d of %d items need a tutor (%.1f %%): %s%n",
          pending,
          items.size(),
          100.0 * pending / items.size(),
          korrektor.grade.ReviewReason.describe(budget));
    }
  }
}
