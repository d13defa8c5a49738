package korrektor.feedback;

import java.util.List;
import korrektor.grade.ItemResult;
import korrektor.grade.Messages;
import korrektor.grade.StudentText;
import korrektor.grade.Verdict;
import korrektor.result.SubmissionResult;
import korrektor.rubric.Reveal;
import korrektor.rubric.Rubric;

/**
 * Writes {@code feedback/<student>.md}: the score, then per question a table of items (value found,
 * where, verdict, points), and what to look at. Expected values appear only when the rubric's
 * reveal policy allows.
 */
public final class MarkdownFeedback {
  private MarkdownFeedback() {}

  public static String render(Rubric rubric, SubmissionResult r) {
    boolean reveal = rubric.reveal() != Reveal.STUDENT;
    FeedbackView v = FeedbackView.of(rubric, r);
    Messages msg = v.msg();
    StringBuilder s = new StringBuilder();
    s.append("# ")
        .append(rubric.title())
        .append(" — ")
        .append(text(r.student().name()))
        .append(" (")
        .append(text(r.student().id()))
        .append(")\n\n");
    s.append("**")
        .append(msg.get("doc.score"))
        .append(": ")
        .append(v.score())
        .append(" / ")
        .append(v.maxScore())
        .append("**");
    if (v.pendingPoints() > 0) {
      s.append(" — ").append(msg.get("doc.pending", num(v.pendingPoints())));
    }
    s.append("  \n")
        .append(msg.get("doc.status"))
        .append(": ")
        .append(v.status())
        .append("  \n")
        .append(msg.get("doc.files"))
        .append(": ")
        .append(text(String.join(", ", r.files())))
        .append("\n\n");
    List<String> problems =
        r.messages().stream().map(StudentText::of).flatMap(java.util.Optional::stream).toList();
    if (!problems.isEmpty()) {
      s.append("## ").append(msg.get("doc.problems")).append("\n\n");
      problems.forEach(m -> s.append("- ").append(escape(m)).append('\n'));
      s.append('\n');
    }
    List<ItemResult> lookAt =
        r.items().stream()
            .filter(
                i ->
                    i.verdict() == Verdict.WRONG
                        || i.verdict() == Verdict.MISSING
                        || i.verdict() == Verdict.MISCONCEPTION)
            .toList();
    if (!lookAt.isEmpty()) {
      s.append("## ").append(msg.get("doc.lookAt")).append("\n\n");
      for (ItemResult i : lookAt) {
        s.append("- ")
            .append(i.question())
            .append(' ')
            .append(FeedbackView.itemName(i, msg))
            .append(": ")
            .append(msg.verdict(i.verdict().id()))
            .append('\n');
      }
      s.append('\n');
    }
    for (FeedbackView.QuestionView q : v.questions()) {
      s.append("## ")
          .append(msg.get("doc.question", q.id(), q.title()))
          .append(" — ")
          .append(q.score())
          .append(" / ")
          .append(q.maxScore())
          .append("\n\n");
      for (FeedbackView.PartView p : q.parts()) {
        s.append("### ").append(p.id()).append(") ").append(p.title()).append("\n\n");
        List<String> cols =
            new java.util.ArrayList<>(List.of(msg.get("col.item"), msg.get("col.value")));
        if (reveal) {
          cols.add(msg.get("col.expected"));
        }
        cols.addAll(
            List.of(msg.get("col.whereShort"), msg.get("col.verdict"), msg.get("col.points")));
        s.append("| ")
            .append(String.join(" | ", cols))
            .append(" |\n|")
            .append("---|".repeat(cols.size()))
            .append('\n');
        for (FeedbackView.Row row : p.rows()) {
          s.append("| ").append(row.item()).append(" | ").append(cell(row.value()));
          if (reveal) {
            s.append(" | ").append(row.expected() == null ? "" : row.expected());
          }
          s.append(" | ")
              .append(cell(row.where()))
              .append(" | ")
              .append(cell(row.verdictLabel()))
              .append(" | ")
              .append(row.points())
              .append(" |\n");
        }
        s.append('\n');
        for (FeedbackView.Row row : p.rows()) {
          if (!row.explanation().isBlank()) {
            s.append("- ").append(escape(row.explanation())).append('\n');
          }
        }
        s.append('\n');
      }
    }
    if (!v.remarks().isEmpty()) {
      List<String> general =
          v.remarks().stream()
              .filter(m -> problems.stream().noneMatch(m::equalsIgnoreCase))
              .toList();
      if (!general.isEmpty()) {
        s.append("## ").append(msg.get("doc.remarks")).append("\n\n");
        general.forEach(m -> s.append("- ").append(escape(m)).append('\n'));
        s.append('\n');
      }
    }
    return s.toString();
  }

  private static String cell(String s) {
    if (s == null) {
      return "";
    }
    String t = s.length() > 80 ? s.substring(0, 80) + "…" : s;
    return text(t);
  }

  /**
   * A message: control characters made harmless, Markdown kept (messages are Korrektor's own
   * words). A {@code <} that could open a tag becomes the look-alike {@code ‹}, so no renderer
   * shows a literal {@code &lt;} and none runs markup.
   */
  static String escape(String s) {
    return s.replaceAll("<(?=[A-Za-z/!?])", "\u2039").replaceAll("\\p{Cntrl}", " ");
  }

  /**
   * Text a student chose (a name, a file name, a value as written): nothing in it may become markup
   * when the file is rendered, so HTML is escaped and Markdown's active characters get a backslash;
   * one line.
   */
  static String text(String s) {
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '\\', '`', '*', '[', ']', '|', '!', '#' -> b.append('\\').append(c);
        default -> b.append(Character.isISOControl(c) ? ' ' : c);
      }
    }
    return b.toString();
  }

  static String num(double v) {
    return korrektor.grade.Points.format(v);
  }

  /** A file name for a student's feedback: id and name, safe on every file system. */
  public static String fileName(SubmissionResult r) {
    return baseName(r) + ".md";
  }

  /** The name of a student's feedback files without the extension ({@code 271001_Anna_Becker}). */
  public static String baseName(SubmissionResult r) {
    return FileNames.of(r.student().id() + "_" + r.student().name(), "student");
  }
}
