package korrektor.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import korrektor.grade.Grading;
import korrektor.grade.ItemResult;
import korrektor.grade.Verdict;
import korrektor.result.SubmissionResult;
import korrektor.rubric.Part;
import korrektor.rubric.Question;
import korrektor.rubric.Reveal;
import korrektor.rubric.Rubric;

/**
 * What one student's feedback shows, already filtered by the rubric's reveal policy: HTML and PDF
 * are drawn from this, so the policy is applied in one place. Under {@link Reveal#STUDENT} no
 * field holds an expected value (and no tutor reason, which may quote one).
 *
 * @param sheet the rubric's title
 * @param student the student's name
 * @param studentId the student's id
 * @param reveal the policy applied
 * @param score points awarded, formatted
 * @param maxScore points available, formatted
 * @param pendingPoints points a tutor still has to decide (0 for none)
 * @param status graded, needs-review or error
 * @param files the files read
 * @param questions per question its parts and rows
 * @param points the values for the plot, one per item with a quantity and a step
 * @param remarks general remarks: problems with files, name, partners, points pending
 */
public record FeedbackView(String sheet, String student, String studentId, Reveal reveal, String score,
    String maxScore, double pendingPoints, String status, List<String> files, List<QuestionView> questions,
    List<PlotPoint> points, List<String> remarks) {

  public FeedbackView {
    files = List.copyOf(files);
    questions = List.copyOf(questions);
    points = List.copyOf(points);
    remarks = List.copyOf(remarks);
  }

  /** A question with its points and parts. */
  public record QuestionView(String id, String title, String score, String maxScore, List<PartView> parts) {}

  /** A part of a question and its items. */
  public record PartView(String id, String title, List<Row> rows) {}

  /**
   * One item as the table shows it.
   *
   * @param id the item's id ({@code 17/forward/h@2})
   * @param item the item's name ({@code h at t=2})
   * @param value the value as written, or empty
   * @param expected the expected value, or null when not revealed or not a values part
   * @param where the location, or empty
   * @param verdict the verdict id ({@code follow-through})
   * @param verdictLabel the verdict as shown ({@code misconception: forgot-forget-gate}, {@code correct (tutor)})
   * @param points awarded / available
   * @param explanation feedback sentence, tutor comment and (when revealed) the review reason
   */
  public record Row(String id, String item, String value, String expected, String where, String verdict,
      String verdictLabel, String points, String explanation) {}

  /**
   * One value of the plot.
   *
   * @param quantity the quantity with its component ({@code h}, {@code h[2]})
   * @param step the time step
   * @param found the student's value, or null
   * @param expected the reference value, or null when not revealed
   * @param verdict the item's verdict
   */
  public record PlotPoint(String quantity, int step, Double found, Double expected, Verdict verdict) {}

  /** Whether this view shows expected values. */
  public boolean reveals() {
    return reveal != Reveal.STUDENT;
  }

  /** The view of one submission under the rubric's reveal policy. */
  public static FeedbackView of(Rubric rubric, SubmissionResult r) {
    boolean reveals = rubric.reveal() != Reveal.STUDENT;
    List<QuestionView> questions = new ArrayList<>();
    List<PlotPoint> points = new ArrayList<>();
    for (Question q : rubric.questions()) {
      List<PartView> parts = new ArrayList<>();
      for (Part p : q.parts()) {
        List<Row> rows = new ArrayList<>();
        for (ItemResult i : r.items()) {
          if (!i.question().equals(q.id()) || !i.part().equals(p.id())) {
            continue;
          }
          rows.add(row(i, reveals));
          if (i.quantity() != null && i.step() != null) {
            points.add(new PlotPoint(quantityLabel(i), i.step(), i.found(), reveals ? i.expected() : null, i.verdict()));
          }
        }
        if (!rows.isEmpty()) {
          parts.add(new PartView(p.id(), p.title(), rows));
        }
      }
      if (!parts.isEmpty()) {
        questions.add(new QuestionView(q.id(), q.title(), num(r.questions().getOrDefault(q.id(), 0.0)),
            num(q.points()), parts));
      }
    }
    return new FeedbackView(rubric.title(), r.student().name(), r.student().id(), rubric.reveal(), num(r.score()),
        num(r.maxScore()), r.pendingPoints(), r.status().id(), r.files(), questions, points, remarks(r));
  }

  private static Row row(ItemResult i, boolean reveals) {
    String label = i.verdict().id();
    if (i.mistake() != null && (i.verdict() == Verdict.MISCONCEPTION || i.verdict() == Verdict.ALTERNATIVE)) {
      label += ": " + i.mistake();
    }
    if (Boolean.TRUE.equals(i.overridden())) {
      label += " (tutor)";
    }
    List<String> explanation = new ArrayList<>();
    if (i.verdict() != Verdict.CORRECT && i.feedback() != null) {
      explanation.add(i.feedback());
    }
    if (reveals && i.reason() != null && !Boolean.TRUE.equals(i.overridden())) {
      explanation.add("Why a tutor looks: " + i.reason() + ".");
    }
    if (i.comment() != null && !i.comment().isBlank()) {
      explanation.add("Tutor: " + i.comment());
    }
    return new Row(i.id(), itemName(i), nz(i.foundText()), reveals && i.expected() != null ? value(i.expected()) : null,
        nz(i.source()), i.verdict().id(), label, num(i.points()) + " / " + num(i.maxPoints()),
        String.join(" ", explanation));
  }

  private static List<String> remarks(SubmissionResult r) {
    List<String> out = new ArrayList<>();
    if (r.status() == Grading.Status.ERROR) {
      out.add("None of your files could be read, so nothing could be graded. The reason is below; hand in a file "
          + "that opens, or ask your tutor.");
    }
    // the messages already say when the name is missing (batch.SheetPolicy); no second remark for it
    r.messages().forEach(m -> out.add(m.isEmpty() ? m : Character.toUpperCase(m.charAt(0)) + m.substring(1)));
    if (r.checks() != null && !r.checks().partners().isEmpty()) {
      out.add("Group work declared with: " + String.join(", ", r.checks().partners()) + ".");
    }
    if (r.pendingPoints() > 0) {
      out.add(num(r.pendingPoints()) + " points are still to be checked by a tutor; the score may go up.");
    }
    if (r.files().isEmpty()) {
      out.add("No files were found for you.");
    }
    return out;
  }

  /** {@code h at t=2}, {@code h[1] at t=2}, or the part id for parts without a quantity. */
  static String itemName(ItemResult i) {
    if (i.quantity() == null) {
      return i.part();
    }
    return quantityLabel(i) + " at t=" + i.step();
  }

  private static String quantityLabel(ItemResult i) {
    return i.quantity() + (i.component() != null ? "[" + i.component() + "]" : "");
  }

  /** A reference value as shown to people: 5 decimals, trailing zeros dropped. */
  static String value(double v) {
    String s = String.format(Locale.ROOT, "%.5f", v);
    s = s.replaceAll("0+$", "");
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }

  static String num(double v) {
    return MarkdownFeedback.num(v);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
