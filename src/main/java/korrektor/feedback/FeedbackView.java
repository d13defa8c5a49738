package korrektor.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import korrektor.grade.Grading;
import korrektor.grade.ItemResult;
import korrektor.grade.Messages;
import korrektor.grade.StudentText;
import korrektor.grade.Verdict;
import korrektor.result.SubmissionResult;
import korrektor.rubric.Part;
import korrektor.rubric.Question;
import korrektor.rubric.Reveal;
import korrektor.rubric.Rubric;

/**
 * What one student's feedback shows, already filtered by the rubric's reveal policy: HTML and PDF
 * are drawn from this, so the policy is applied in one place. Under {@link Reveal#STUDENT} no field
 * holds an expected value (and no tutor reason, which may quote one).
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
 * @param language the language of every text on the page ({@code en}, {@code de})
 */
public record FeedbackView(
    String sheet,
    String student,
    String studentId,
    Reveal reveal,
    String score,
    String maxScore,
    double pendingPoints,
    String status,
    List<String> files,
    List<QuestionView> questions,
    List<PlotPoint> points,
    List<String> remarks,
    String language) {

  public FeedbackView {
    files = List.copyOf(files);
    questions = List.copyOf(questions);
    points = List.copyOf(points);
    remarks = List.copyOf(remarks);
    language = language == null ? "en" : language;
  }

  /** The messages of this view's language. */
  public Messages msg() {
    return Messages.of(language);
  }

  /** A question with its points and parts. */
  public record QuestionView(
      String id, String title, String score, String maxScore, List<PartView> parts) {}

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
   * @param verdictLabel the verdict as shown ({@code misconception: forgot-forget-gate}, {@code
   *     correct (tutor)})
   * @param points awarded / available
   * @param explanation feedback sentence, tutor comment and (when revealed) the review reason
   */
  public record Row(
      String id,
      String item,
      String value,
      String expected,
      String where,
      String verdict,
      String verdictLabel,
      String points,
      String explanation) {}

  /**
   * One value of the plot.
   *
   * @param quantity the quantity with its component ({@code h}, {@code h[2]})
   * @param step the time step
   * @param found the student's value, or null
   * @param expected the reference value, or null when not revealed
   * @param verdict the item's verdict
   */
  public record PlotPoint(
      String quantity, int step, Double found, Double expected, Verdict verdict) {}

  /** Whether this view shows expected values. */
  public boolean reveals() {
    return reveal != Reveal.STUDENT;
  }

  /**
   * The view of one submission as its student reads it: under the rubric's reveal policy, in the
   * rubric's language, without tutor-only text ({@link StudentText}). When a policy or a tutor's
   * decision set the score (a group or plagiarism decision, a nameless sheet scored 0), the items
   * still show how the work was graded but say they are not counted, and nothing promises that the
   * score may go up.
   */
  public static FeedbackView of(Rubric rubric, SubmissionResult r) {
    boolean reveals = rubric.reveal() != Reveal.STUDENT;
    Messages msg = Messages.of(rubric.language());
    List<QuestionView> questions = new ArrayList<>();
    List<PlotPoint> points = new ArrayList<>();
    for (Question q : rubric.questions()) {
      double questionScore = r.questions().getOrDefault(q.id(), 0.0);
      boolean notCounted = notCounted(r, q.id(), questionScore);
      List<PartView> parts = new ArrayList<>();
      for (Part p : q.parts()) {
        List<Row> rows = new ArrayList<>();
        for (ItemResult i : r.items()) {
          if (!i.question().equals(q.id()) || !i.part().equals(p.id())) {
            continue;
          }
          rows.add(row(i, reveals, msg, notCounted));
          if (i.quantity() != null && i.step() != null) {
            points.add(
                new PlotPoint(
                    quantityLabel(i),
                    i.step(),
                    i.found(),
                    reveals ? i.expected() : null,
                    i.verdict()));
          }
        }
        if (!rows.isEmpty()) {
          parts.add(new PartView(p.id(), p.title(), rows));
        }
      }
      if (!parts.isEmpty()) {
        questions.add(
            new QuestionView(q.id(), q.title(), num(questionScore), num(q.points()), parts));
      }
    }
    return new FeedbackView(
        rubric.title(),
        r.student().name(),
        r.student().id(),
        rubric.reveal(),
        num(r.score()),
        num(r.maxScore()),
        capped(r) ? 0 : r.pendingPoints(),
        msg.status(r.status().id()),
        r.files(),
        questions,
        points,
        remarks(r, msg),
        rubric.language());
  }

  /** Whether the score was set by a decision rather than summed from the items. */
  public static boolean capped(SubmissionResult r) {
    double items = r.items().stream().mapToDouble(ItemResult::points).sum();
    return r.integrity() != null || items > r.score() + 1e-6;
  }

  /**
   * Whether a question's items are not counted: their points add up to more than the question's
   * score.
   */
  static boolean notCounted(SubmissionResult r, String question, double questionScore) {
    double items =
        r.items().stream()
            .filter(i -> i.question().equals(question))
            .mapToDouble(ItemResult::points)
            .sum();
    return capped(r) && items > questionScore + 1e-6;
  }

  private static Row row(ItemResult i, boolean reveals, Messages msg, boolean notCounted) {
    String label = msg.verdict(i.verdict().id());
    if (i.mistake() != null
        && (i.verdict() == Verdict.MISCONCEPTION || i.verdict() == Verdict.ALTERNATIVE)) {
      label += ": " + i.mistake();
    }
    if (Boolean.TRUE.equals(i.overridden())) {
      label += " " + msg.get("verdict.tutor");
    }
    List<String> explanation = new ArrayList<>();
    if (i.verdict() != Verdict.CORRECT && i.feedback() != null) {
      StudentText.of(i.feedback()).ifPresent(explanation::add);
    }
    if (reveals && i.reason() != null && !Boolean.TRUE.equals(i.overridden())) {
      StudentText.of(i.reason())
          .ifPresent(reason -> explanation.add(msg.get("doc.whyReview", reason)));
    }
    if (i.comment() != null && !i.comment().isBlank()) {
      explanation.add(msg.get("doc.tutor", i.comment()));
    }
    String points =
        notCounted
            ? "(" + num(i.points()) + " / " + num(i.maxPoints()) + ") " + msg.get("doc.notCounted")
            : num(i.points()) + " / " + num(i.maxPoints());
    return new Row(
        i.id(),
        itemName(i, msg),
        nz(i.foundText()),
        reveals && i.expected() != null ? value(i.expected()) : null,
        nz(i.source()),
        i.verdict().id(),
        label,
        points,
        String.join(" ", explanation));
  }

  /** The general remarks a student reads, in the view's language, without tutor-only text. */
  static List<String> remarks(SubmissionResult r, Messages msg) {
    List<String> out = new ArrayList<>();
    if (r.status() == Grading.Status.ERROR) {
      out.add(msg.get("remark.error"));
    }
    // the messages already say when the name is missing (batch.SheetPolicy); no second remark for
    // it
    r.messages().stream()
        .map(StudentText::of)
        .flatMap(java.util.Optional::stream)
        .forEach(
            m -> out.add(m.isEmpty() ? m : Character.toUpperCase(m.charAt(0)) + m.substring(1)));
    if (r.checks() != null && !r.checks().partners().isEmpty()) {
      out.add(msg.get("remark.partners", String.join(", ", r.checks().partners())));
    }
    if (capped(r)) {
      out.add(msg.get("remark.capped", num(r.score())));
    } else if (r.pendingPoints() > 0) {
      out.add(msg.get("remark.pending", num(r.pendingPoints())));
    }
    if (r.files().isEmpty()) {
      out.add(msg.get("remark.noFiles"));
    }
    return out;
  }

  /** {@code h at t=2}, {@code h[1] at t=2}, or the part id for parts without a quantity. */
  static String itemName(ItemResult i) {
    return itemName(i, Messages.english());
  }

  /** {@code h at t=2} in the given language. */
  static String itemName(ItemResult i, Messages msg) {
    if (i.quantity() == null) {
      return i.part();
    }
    return msg.get("item.at", quantityLabel(i), i.step());
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
