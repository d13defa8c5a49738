package korrektor.feedback;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import korrektor.grade.Verdict;
import korrektor.result.SubmissionResult;
import korrektor.rubric.Rubric;

/**
 * Writes {@code feedback/<student>.pdf}: the same content as {@link HtmlFeedback} on A4 pages,
 * with DejaVu Sans embedded so that every name prints as written, and the plot as an image. The
 * rubric's reveal policy decides whether expected values and the reference line appear.
 */
public final class PdfFeedback {
  private static final Color GREY = new Color(0x546e7a);

  private PdfFeedback() {}

  public static byte[] render(Rubric rubric, SubmissionResult result) {
    return render(FeedbackView.of(rubric, result));
  }

  public static byte[] render(FeedbackView v) {
    try (PdfPages pdf = new PdfPages()) {
      pdf.paragraph(v.sheet(), false, 10, GREY);
      pdf.space(2);
      pdf.paragraph(v.student(), true, 18, null);
      pdf.paragraph("Student id " + v.studentId() + " · Files: "
          + (v.files().isEmpty() ? "none" : String.join(", ", v.files())), false, 8.5f, GREY);
      pdf.space(4);
      pdf.paragraph("Score: " + v.score() + " / " + v.maxScore() + " points", true, 14, null);
      String status = "Status: " + v.status();
      if (v.pendingPoints() > 0) {
        status += " · " + FeedbackView.num(v.pendingPoints()) + " points still to be checked by a tutor";
      }
      pdf.paragraph(status, false, 9, GREY);
      for (FeedbackView.QuestionView q : v.questions()) {
        pdf.space(6);
        pdf.heading("Question " + q.id() + ": " + q.title() + " — " + q.score() + " / " + q.maxScore(), 13, 60);
        for (FeedbackView.PartView p : q.parts()) {
          pdf.heading(p.id() + ") " + p.title(), 10, 40);
          table(pdf, v.reveals() && p.rows().stream().anyMatch(r -> r.expected() != null), p.rows());
        }
      }
      Charts.studentValues(v).ifPresent(f -> {
        try {
          pdf.space(6);
          // keep the heading with the whole chart
          pdf.heading("Your values per step", 13, pdf.width() * f.height() / f.width() + 4);
          pdf.image(f.image(2), pdf.width());
          pdf.paragraph(v.reveals()
              ? "Each dot is a value you wrote, coloured by its verdict; the grey line is the reference solution."
              : "Each dot is a value you wrote, coloured by its verdict. The reference solution is not shown yet.",
              false, 8, GREY);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
      pdf.space(6);
      pdf.heading("General remarks", 13, 30);
      if (v.remarks().isEmpty()) {
        pdf.paragraph("Nothing to add.", false, 9.5f, null);
      }
      for (String m : v.remarks()) {
        pdf.paragraph("• " + m, false, 9.5f, null, 6);
        pdf.space(2);
      }
      pdf.space(10);
      pdf.paragraph(HtmlFeedback.policy(v.reveal()), false, 8, GREY);
      return pdf.finish(v.sheet() + " — " + v.student(), v.sheet() + " · " + v.student() + " (" + v.studentId() + ")");
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the PDF feedback of " + v.studentId(), e);
    }
  }

  private static void table(PdfPages pdf, boolean reveals, List<FeedbackView.Row> rows) throws IOException {
    List<PdfPages.Column> cols = new ArrayList<>(List.of(new PdfPages.Column("item", 62),
        new PdfPages.Column("your value", 52)));
    if (reveals) {
      cols.add(new PdfPages.Column("expected", 46));
    }
    cols.addAll(List.of(new PdfPages.Column("where it was found", 88), new PdfPages.Column("verdict", 64),
        new PdfPages.Column("points", 50), new PdfPages.Column("explanation", reveals ? 153 : 199)));
    List<List<PdfPages.Cell>> cells = new ArrayList<>();
    List<Color> marks = new ArrayList<>();
    for (FeedbackView.Row r : rows) {
      Verdict verdict = verdict(r.verdict());
      List<PdfPages.Cell> row = new ArrayList<>(List.of(PdfPages.Cell.of(r.item()), PdfPages.Cell.of(r.value())));
      if (reveals) {
        row.add(PdfPages.Cell.of(r.expected() == null ? "" : r.expected()));
      }
      row.addAll(List.of(PdfPages.Cell.of(r.where()), new PdfPages.Cell(r.verdictLabel(), true, textColour(verdict)),
          PdfPages.Cell.of(r.points()), PdfPages.Cell.of(r.explanation())));
      cells.add(row);
      marks.add(verdict == Verdict.CORRECT ? null : Charts.VERDICT_COLOURS.get(verdict));
    }
    pdf.table(cols, cells, marks, 7.5f);
  }

  private static Verdict verdict(String id) {
    for (Verdict v : Verdict.values()) {
      if (v.id().equals(id)) {
        return v;
      }
    }
    throw new IllegalArgumentException("unknown verdict " + id);
  }

  /** Verdict colours dark enough to read as text. */
  private static Color textColour(Verdict v) {
    return v == Verdict.FOLLOW_THROUGH ? new Color(0x388e3c) : Charts.VERDICT_COLOURS.get(v);
  }
}
