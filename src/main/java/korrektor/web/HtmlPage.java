package korrektor.web;

import korrektor.feedback.Html;
import korrektor.grade.Points;
import korrektor.web.SelfCheckReport.ItemCheck;
import korrektor.web.SelfCheckReport.QuestionCheck;
import korrektor.web.SelfCheckReport.State;

/**
 * The self-check page's HTML: the upload form, a report, and friendly error pages. Self-contained
 * (inline style, no scripts, nothing loaded from elsewhere) and small, so it can be swapped for the
 * feedback package's HTML reports later. Everything from a student's file is escaped.
 */
public final class HtmlPage {
  private HtmlPage() {}

  private static final String STYLE =
      """
      body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
      h1{font-size:1.5rem} h2{font-size:1.15rem;margin-top:2rem}
      table{border-collapse:collapse;width:100%} th,td{border-bottom:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}
      .fine{color:#1a7f37} .look-again{color:#b35900} .found{color:#0550ae} .unreadable{color:#b00020}
      .outcome{font-size:1.2rem;font-weight:bold} .note{background:#fff8e1;padding:.5rem;border-left:4px solid #f0b400}
      form{margin:1.5rem 0;padding:1rem;border:1px solid #ccc;border-radius:.5rem}
      """;

  /** The start page: what the check does and the upload form. */
  public static String form(String sheet, long maxUploadBytes) {
    return page(
        "Self-check: " + sheet,
        "<h1>Self-check: "
            + Html.escape(sheet)
            + "</h1>\n"
            + "<p>Upload the file you want to hand in. You get, per question, what was found, what is fine and what"
            + " to look at again. Expected values are not shown. Your file is not kept.</p>\n"
            + uploadForm(maxUploadBytes));
  }

  private static String uploadForm(long maxUploadBytes) {
    return "<form id=\"upload\" method=\"post\" action=\"/check\" enctype=\"multipart/form-data\">\n"
        + "<label for=\"file\">Your file (PDF, xlsx, ods, docx, ipynb, CSV, text; at most "
        + (maxUploadBytes >> 20)
        + " MB):</label>\n"
        + "<input id=\"file\" type=\"file\" name=\"file\" multiple required>\n"
        + "<button id=\"submit\" type=\"submit\">Check</button>\n</form>\n";
  }

  /** The report of one upload. */
  public static String report(SelfCheckReport r, long maxUploadBytes) {
    StringBuilder b = new StringBuilder();
    korrektor.grade.Messages m = korrektor.grade.Messages.of(r.language());
    b.append("<h1>").append(Html.escape(m.get("check.title", r.sheet()))).append("</h1>\n");
    b.append("<p>")
        .append(Html.escape(m.get("check.file")))
        .append(" <span id=\"file-name\">")
        .append(Html.escape(r.file()))
        .append("</span>")
        .append(
            Html.escape(m.get(r.expectedShown() ? "check.expectedShown" : "check.expectedHidden")))
        .append("</p>\n");
    String outcome =
        switch (r.outcome()) {
          case FINE -> m.get("check.outcome.fine");
          case LOOK_AGAIN -> m.get("check.outcome.lookAgain");
          case UNREADABLE -> m.get("check.outcome.unreadable");
        };
    b.append("<p id=\"outcome\" class=\"outcome ")
        .append(r.outcome().id())
        .append("\">")
        .append(Html.escape(outcome))
        .append("</p>\n");
    if (!r.problems().isEmpty()) {
      b.append("<ul id=\"problems\">\n");
      r.problems()
          .forEach(p -> b.append("<li class=\"note\">").append(Html.escape(p)).append("</li>\n"));
      b.append("</ul>\n");
    }
    if (r.outcome() != SelfCheckReport.Outcome.UNREADABLE) {
      b.append("<p id=\"points\">")
          .append(Html.escape(m.get("check.pointsSoFar")))
          .append(" ")
          .append(Points.format(r.score()))
          .append(" ")
          .append(Html.escape(m.get("check.of")))
          .append(" ")
          .append(Points.format(r.maxScore()));
      if (r.pendingPoints() > 0) {
        b.append("; ")
            .append(Html.escape(m.get("check.pending", Points.format(r.pendingPoints()))));
      }
      b.append("</p>\n");
    }
    for (QuestionCheck q : r.questions()) {
      b.append("<h2 id=\"q")
          .append(Html.escape(q.id()))
          .append("\">")
          .append(Html.escape(m.get("doc.question", q.id(), q.title())))
          .append(" — <span class=\"")
          .append(q.state().id())
          .append("\">")
          .append(Html.escape(q.state().words(m)))
          .append("</span></h2>\n");
      if (q.valuesAsked() > 0) {
        b.append("<p class=\"counts\">")
            .append(
                Html.escape(
                    m.get("check.counts", q.valuesFound(), q.valuesAsked(), q.valuesFine())))
            .append("</p>")
            .append(System.lineSeparator());
      }
      b.append("<table class=\"items\">\n<tr><th>")
          .append(Html.escape(m.get("col.item")))
          .append("</th><th>")
          .append(Html.escape(m.get("col.value")))
          .append("</th>")
          .append(r.expectedShown() ? "<th>" + Html.escape(m.get("col.expected")) + "</th>" : "")
          .append("<th>")
          .append(Html.escape(m.get("col.whereShort")))
          .append("</th><th>")
          .append(Html.escape(m.get("check.state")))
          .append("</th><th>")
          .append(Html.escape(m.get("check.hint")))
          .append("</th></tr>\n");
      for (ItemCheck i : q.items()) {
        b.append("<tr class=\"item ")
            .append(i.state().id())
            .append("\" data-item=\"")
            .append(Html.escape(i.part() + "/" + i.item()))
            .append("\">")
            .append("<td>")
            .append(Html.escape(i.item()))
            .append("</td><td>")
            .append(Html.escape(i.yourValue()))
            .append("</td>");
        if (r.expectedShown()) {
          b.append("<td>").append(Html.escape(i.expected())).append("</td>");
        }
        b.append("<td>")
            .append(Html.escape(i.where()))
            .append("</td><td class=\"")
            .append(i.state().id())
            .append("\">")
            .append(Html.escape(i.state().words(m)))
            .append("</td><td>")
            .append(i.state() == State.FINE ? "" : Html.escape(i.hint()))
            .append("</td></tr>\n");
      }
      b.append("</table>\n");
    }
    b.append("<h2>")
        .append(Html.escape(m.get("check.another")))
        .append("</h2>\n")
        .append(uploadForm(maxUploadBytes));
    return page(m.get("check.title", r.file()), b.toString(), r.language());
  }

  /** A friendly error page: what happened and what to do, never a stack trace or a path. */
  public static String error(String title, String message) {
    return page(
        title,
        "<h1>"
            + Html.escape(title)
            + "</h1>\n<p id=\"message\">"
            + Html.escape(message)
            + "</p>\n"
            + "<p><a href=\"/\">Back to the self-check</a></p>\n");
  }

  private static String page(String title, String body) {
    return page(title, body, "en");
  }

  private static String page(String title, String body, String language) {
    return "<!DOCTYPE html>\n<html lang=\""
        + Html.escape(language)
        + "\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
        + Html.escape(title)
        + "</title>\n"
        + "<style>"
        + STYLE
        + "</style>\n</head>\n<body>\n"
        + body
        + "</body>\n</html>\n";
  }
}
