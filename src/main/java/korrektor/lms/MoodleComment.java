package korrektor.lms;

import java.util.List;
import korrektor.grade.Grading;
import korrektor.grade.ItemResult;
import korrektor.grade.Points;
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
    StringBuilder s = new StringBuilder("<p>");
    s.append("Points: ").append(Points.format(awarded)).append(" / ").append(Points.format(max));
    if (g.pendingPoints() > 0) {
      s.append(" (").append(Points.format(g.pendingPoints())).append(" more points are checked by a tutor)");
    }
    s.append("</p><p>");
    List<Question> qs = rubric.questions();
    for (int i = 0; i < qs.size(); i++) {
      Question q = qs.get(i);
      s.append(i > 0 ? "<br>" : "").append(escape("Q" + q.id() + ": " + Points.format(g.questionScores().getOrDefault(q.id(), 0.0))
          + " / " + Points.format(q.points())));
    }
    s.append("</p>");
    List<String> remarks = new java.util.ArrayList<>(g.messages().stream().limit(2).toList());
    g.items().stream().filter(it -> it.verdict() == Verdict.WRONG || it.verdict() == Verdict.MISSING)
        .map(ItemResult::feedback).forEach(remarks::add);
    if (!remarks.isEmpty()) {
      s.append("<p>To look at:");
      remarks.stream().limit(MAX_REMARKS).forEach(r -> s.append("<br>").append(escape(r)));
      if (remarks.size() > MAX_REMARKS) {
        s.append("<br>").append(escape("… and " + (remarks.size() - MAX_REMARKS) + " more (see the feedback file)."));
      }
      s.append("</p>");
    }
    return s.toString();
  }

  /** Escapes text for HTML; control characters become spaces. */
  public static String escape(String text) {
    StringBuilder s = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> s.append("&amp;");
        case '<' -> s.append("&lt;");
        case '>' -> s.append("&gt;");
        case '"' -> s.append("&quot;");
        default -> s.append(Character.isISOControl(c) ? ' ' : c);
      }
    }
    return s.toString();
  }
}
