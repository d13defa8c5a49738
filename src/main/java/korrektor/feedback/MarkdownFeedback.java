package korrektor.feedback;

import java.util.List;
import java.util.Locale;
import korrektor.grade.Points;
import korrektor.result.SubmissionResult;
import korrektor.grade.ItemResult;
import korrektor.grade.Verdict;
import korrektor.rubric.Part;
import korrektor.rubric.Question;
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
    StringBuilder s = new StringBuilder();
    s.append("# ").append(rubric.title()).append(" — ").append(text(r.student().name()))
        .append(" (").append(text(r.student().id())).append(")\n\n");
    s.append("**Score: ").append(num(r.score())).append(" / ").append(num(r.maxScore())).append("**");
    if (r.pendingPoints() > 0) {
      s.append(" — ").append(num(r.pendingPoints())).append(" points still to be checked by a tutor");
    }
    s.append("  \nStatus: ").append(r.status().id()).append("  \nFiles: ").append(text(String.join(", ", r.files()))).append("\n\n");
    if (!r.messages().isEmpty()) {
      s.append("## Problems with your files\n\n");
      r.messages().forEach(m -> s.append("- ").append(escape(m)).append('\n'));
      s.append('\n');
    }
    List<ItemResult> lookAt = r.items().stream()
        .filter(i -> i.verdict() == Verdict.WRONG || i.verdict() == Verdict.MISSING || i.verdict() == Verdict.MISCONCEPTION)
        .toList();
    if (!lookAt.isEmpty()) {
      s.append("## What to look at\n\n");
      for (ItemResult i : lookAt) {
        s.append("- ").append(i.question()).append(' ').append(itemName(i)).append(": ").append(i.verdict().id()).append('\n');
      }
      s.append('\n');
    }
    for (Question q : rubric.questions()) {
      List<ItemResult> items = r.items().stream().filter(i -> i.question().equals(q.id())).toList();
      if (items.isEmpty()) {
        continue;
      }
      s.append("## Question ").append(q.id()).append(": ").append(q.title()).append(" — ")
          .append(num(r.questions().getOrDefault(q.id(), 0.0))).append(" / ").append(num(q.points())).append("\n\n");
      for (Part p : q.parts()) {
        List<ItemResult> partItems = items.stream().filter(i -> i.part().equals(p.id())).toList();
        s.append("### ").append(p.id()).append(") ").append(p.title()).append("\n\n");
        s.append(reveal ? "| item | your value | expected | where | verdict | points |\n|---|---|---|---|---|---|\n"
            : "| item | your value | where | verdict | points |\n|---|---|---|---|---|\n");
        for (ItemResult i : partItems) {
          s.append("| ").append(itemName(i)).append(" | ").append(cell(i.foundText()));
          if (reveal) {
            s.append(" | ").append(i.expected() == null ? "" : String.format(Locale.ROOT, "%.5f", i.expected()));
          }
          s.append(" | ").append(cell(i.source())).append(" | ").append(i.verdict().id())
              .append(Boolean.TRUE.equals(i.overridden()) ? " (tutor)" : "")
              .append(" | ").append(num(i.points())).append(" / ").append(num(i.maxPoints())).append(" |\n");
        }
        s.append('\n');
        for (ItemResult i : partItems) {
          if (i.verdict() != Verdict.CORRECT && i.feedback() != null) {
            s.append("- ").append(escape(i.feedback())).append('\n');
          }
          if (i.comment() != null) {
            s.append("- Tutor on ").append(itemName(i)).append(": ").append(escape(i.comment())).append('\n');
          }
        }
        s.append('\n');
      }
    }
    return s.toString();
  }

  private static String itemName(ItemResult i) {
    if (i.quantity() == null) {
      return i.part();
    }
    return i.quantity() + (i.component() != null ? "[" + i.component() + "]" : "") + " at t=" + i.step();
  }

  private static String cell(String s) {
    if (s == null) {
      return "";
    }
    String t = s.length() > 80 ? s.substring(0, 80) + "…" : s;
    return text(t);
  }

  /** A message: HTML and control characters made harmless, Markdown kept (messages are Korrektor's own words). */
  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replaceAll("\\p{Cntrl}", " ");
  }

  /**
   * Text a student chose (a name, a file name, a value as written): nothing in it may become
   * markup when the file is rendered, so HTML is escaped and Markdown's active characters get a
   * backslash; one line.
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
