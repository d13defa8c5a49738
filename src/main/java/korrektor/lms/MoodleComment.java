package korrektor.lms;

import java.util.List;
import korrektor.feedback.Html;
import korrektor.grade.Grading;
import korrektor.grade.ItemResult;
import korrektor.grade.Messages;
import korrektor.grade.Points;
import korrektor.grade.StudentText;
import korrektor.grade.Verdict;
import korrektor.rubric.Question;
import korrektor.rubric.Rubric;

/**
 * The short HTML summary written to the worksheet's {@code Feedback comments}: the score, the
 * points per question and the main remarks. Only {@code <p>} and {@code <br>}; every text escaped.
 */
public final class MoodleComment {
  /** Remarks listed before "and N more". */
  static final int MAX_REMARKS = 5;

  private MoodleComment() {}

  public static String html(Rubric rubric, Grading g, double awarded, double max) {
    Messages m = Messages.of(rubric.language());
    if (g.status() == Grading.Status.ERROR) {
      return unreadable(m, g);
    }
    StringBuilder s = new StringBuilder("<p>");
    s.append(escape(m.get("moodle.points", Points.format(awarded), Points.format(max))));
    double items = g.items().stream().mapToDouble(ItemResult::points).sum();
    boolean capped = items > g.score() + 1e-6;
    if (g.pendingPoints() > 0 && !capped) {
      s.append(escape(m.get("moodle.pending", Points.format(g.pendingPoints()))));
    }
    s.append("</p><p>");
    List<Question> qs = rubric.questions();
    for (int i = 0; i < qs.size(); i++) {
      Question q = qs.get(i);
      s.append(i > 0 ? "<br>" : "")
          .append(
              escape(
                  m.get(
                      "moodle.question",
                      q.id(),
                      Points.format(g.questionScores().getOrDefault(q.id(), 0.0)),
                      Points.format(q.points()))));
    }
    s.append("</p>");
    List<String> remarks =
        new java.util.ArrayList<>(
            g.messages().stream()
                .map(StudentText::of)
                .flatMap(java.util.Optional::stream)
                .limit(2)
                .toList());
    g.items().stream()
        .filter(it -> it.verdict() == Verdict.WRONG || it.verdict() == Verdict.MISSING)
        .map(ItemResult::feedback)
        .map(StudentText::of)
        .flatMap(java.util.Optional::stream)
        .forEach(remarks::add);
    if (!remarks.isEmpty()) {
      s.append("<p>").append(escape(m.get("moodle.lookAt")));
      remarks.stream().limit(MAX_REMARKS).forEach(r -> s.append("<br>").append(escape(r)));
      if (remarks.size() > MAX_REMARKS) {
        s.append("<br>").append(escape(m.get("moodle.more", remarks.size() - MAX_REMARKS)));
      }
      s.append("</p>");
    }
    return s.toString();
  }

  /** The comment of a student none of whose files could be read: why, and what to hand in. */
  static String unreadable(Messages m, Grading g) {
    String why =
        g.messages().stream()
            .map(StudentText::of)
            .flatMap(java.util.Optional::stream)
            .findFirst()
            .orElse(m.status("error"));
    return "<p>"
        + escape(m.get("moodle.unreadable", why))
        + "</p><p>"
        + escape(m.get("moodle.handIn"))
        + "</p>";
  }

  /** Escapes text for HTML; control characters become spaces. */
  public static String escape(String text) {
    // a comment is one line of a CSV cell: every control character, newlines too, becomes a space
    return Html.escape(text.replaceAll("[\\p{Cntrl}\\u0080-\\u009f]", " "));
  }
}
