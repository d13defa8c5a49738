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
 * Writes {@code feedback/<student>.pdf}: the same content as {@link HtmlFeedback} on A4 pages, with
 * DejaVu Sans embedded so that every name prints as written, and the plot as an image. The rubric's
 * reveal policy decides whether expected values and the reference line appear.
 */
public final class PdfFeedback {
  private static final Color GREY = new Color(0x546e7a);

  private PdfFeedback() {}

  /**
   * The characters the PDFs written so far could not show because no font on this system has them
   * ({@code 김 (U+AE40)}, …), or empty. They appear as {@code [U+AE40]} in the PDF.
   */
  public static String missingCharacters() {
    return FallbackFonts.describeMissing();
  }

  public static byte[] render(Rubric rubric, SubmissionResult result) {
    return render(FeedbackView.of(rubric, result));
  }

  public static byte[] render(FeedbackView v) {
    try (PdfPages pdf = new PdfPages()) {
      pdf.paragraph(v.sheet(), false, 10, GREY);
      pdf.space(2);
      pdf.paragraph(v.student(), true, 18, null);
      korrektor.grade.Messages m = v.msg();
      pdf.paragraph(
          m.get("doc.studentId", v.studentId())
              + " · "
              + m.get("doc.files")
              + ": "
              + (v.files().isEmpty() ? m.get("doc.none") : String.join(", ", v.files())),
          false,
          8.5f,
          GREY);
      pdf.space(4);
      pdf.paragraph(
          m.get("doc.score") + ": " + v.score() + " / " + v.maxScore() + " " + m.get("doc.points"),
          true,
          14,
          null);
      String status = m.get("doc.status") + ": " + v.status();
      if (v.pendingPoints() > 0) {
        status += " · " + m.get("doc.pending", FeedbackView.num(v.pendingPoints()));
      }
      pdf.paragraph(status, false, 9, GREY);
      for (FeedbackView.QuestionView q : v.questions()) {
        pdf.space(6);
        pdf.heading(
            m.get("doc.question", q.id(), q.title()) + " — " + q.score() + " / " + q.maxScore(),
            13,
            60);
        for (FeedbackView.PartView p : q.parts()) {
          pdf.heading(p.id() + ") " + p.title(), 10, 40);
          table(
              pdf,
              v.reveals() && p.rows().stream().anyMatch(r -> r.expected() != null),
              p.rows(),
              m);
        }
      }
      Charts.studentValues(v)
          .ifPresent(
              f -> {
                try {
                  pdf.space(6);
                  // keep the heading with the whole chart
                  pdf.heading(m.get("doc.plot"), 13, pdf.width() * f.height() / f.width() + 4);
                  pdf.image(f.image(2), pdf.width());
                  pdf.paragraph(
                      m.get(v.reveals() ? "doc.plotCaption.reveal" : "doc.plotCaption.hidden"),
                      false,
                      8,
                      GREY);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
      pdf.space(6);
      pdf.heading(m.get("doc.remarks"), 13, 30);
      if (v.remarks().isEmpty()) {
        pdf.paragraph(m.get("doc.nothing"), false, 9.5f, null);
      }
      for (String remark : v.remarks()) {
        pdf.paragraph("• " + remark, false, 9.5f, null, 6);
        pdf.space(2);
      }
      pdf.space(10);
      pdf.paragraph(HtmlFeedback.policy(v.reveal(), m), false, 8, GREY);
      return pdf.finish(
          v.sheet() + " — " + v.student(),
          v.sheet() + " · " + v.student() + " (" + v.studentId() + ")");
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the PDF feedback of " + v.studentId(), e);
    }
  }

  private static void table(
      PdfPages pdf, boolean reveals, List<FeedbackView.Row> rows, korrektor.grade.Messages m)
      throws IOException {
    List<PdfPages.Column> cols =
        new ArrayList<>(
            List.of(
                new PdfPages.Column(m.get("col.item"), 62),
                new PdfPages.Column(m.get("col.value"), 52)));
    if (reveals) {
      cols.add(new PdfPages.Column(m.get("col.expected"), 46));
    }
    cols.addAll(
        List.of(
            new PdfPages.Column(m.get("col.where"), 88),
            new PdfPages.Column(m.get("col.verdict"), 64),
            new PdfPages.Column(m.get("col.points"), 50),
            new PdfPages.Column(m.get("col.explanation"), reveals ? 153 : 199)));
    List<List<PdfPages.Cell>> cells = new ArrayList<>();
    List<Color> marks = new ArrayList<>();
    for (FeedbackView.Row r : rows) {
      Verdict verdict = verdict(r.verdict());
      List<PdfPages.Cell> row =
          new ArrayList<>(List.of(PdfPages.Cell.of(r.item()), PdfPages.Cell.of(r.value())));
      if (reveals) {
        row.add(PdfPages.Cell.of(r.expected() == null ? "" : r.expected()));
      }
      row.addAll(
          List.of(
              PdfPages.Cell.of(r.where()),
              new PdfPages.Cell(r.verdictLabel(), true, textColour(verdict)),
              PdfPages.Cell.of(r.points()),
              PdfPages.Cell.of(r.explanation())));
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
