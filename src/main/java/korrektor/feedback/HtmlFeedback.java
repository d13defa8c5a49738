package korrektor.feedback;

import java.util.List;
import korrektor.result.SubmissionResult;
import korrektor.rubric.Reveal;
import korrektor.rubric.Rubric;

/**
 * Writes {@code feedback/<student>.html}: one self-contained page (inline CSS, the plot as inline
 * SVG) with the sheet, the student and the score, per question a table of items, the plot of the
 * student's values per step, and the general remarks. The rubric's reveal policy decides whether
 * expected values and the reference line appear. The same input gives the same bytes.
 */
public final class HtmlFeedback {
  private HtmlFeedback() {}

  public static String render(Rubric rubric, SubmissionResult result) {
    return render(FeedbackView.of(rubric, result));
  }

  public static String render(FeedbackView v) {
    Html h = new Html();
    h.open("main").newline();
    header(h, v);
    for (FeedbackView.QuestionView q : v.questions()) {
      question(h, v, q);
    }
    plot(h, v);
    remarks(h, v);
    h.element("footer", policy(v.reveal(), v.msg())).newline();
    h.close("main").newline();
    return Html.page(v.sheet() + " — " + v.student(), h.toString(), v.language());
  }

  private static void header(Html h, FeedbackView v) {
    h.open("header", "id", "summary", "class", "card").newline();
    h.element("p", v.sheet(), "class", "sheet").newline();
    h.element("h1", v.student(), "id", "student").newline();
    h.element("p", v.msg().get("doc.studentId", v.studentId()), "class", "muted").newline();
    h.open("p", "class", "score", "id", "score")
        .text(v.msg().get("doc.score") + ": ")
        .open("strong")
        .text(v.score() + " / " + v.maxScore())
        .close("strong")
        .text(" " + v.msg().get("doc.points"))
        .close("p")
        .newline();
    StringBuilder status = new StringBuilder(v.msg().get("doc.status") + ": " + v.status());
    if (v.pendingPoints() > 0) {
      status.append(" · ").append(v.msg().get("doc.pending", FeedbackView.num(v.pendingPoints())));
    }
    h.element("p", status.toString(), "class", "muted", "id", "status").newline();
    h.element(
            "p",
            v.msg().get("doc.files")
                + ": "
                + (v.files().isEmpty() ? v.msg().get("doc.none") : String.join(", ", v.files())),
            "class",
            "muted",
            "id",
            "files")
        .newline();
    h.close("header").newline();
  }

  private static void question(Html h, FeedbackView v, FeedbackView.QuestionView q) {
    String qid = "q-" + Html.id(q.id());
    h.open("section", "class", "question", "id", qid).newline();
    h.open("h2")
        .text(v.msg().get("doc.question", q.id(), q.title()) + " ")
        .element("span", q.score() + " / " + q.maxScore(), "class", "qscore")
        .close("h2")
        .newline();
    for (FeedbackView.PartView p : q.parts()) {
      h.open("section", "class", "part", "id", qid + "-" + Html.id(p.id())).newline();
      h.element("h3", p.id() + ") " + p.title()).newline();
      table(
          h,
          v.reveals() && p.rows().stream().anyMatch(r -> r.expected() != null),
          p.rows(),
          v.msg());
      h.close("section").newline();
    }
    h.close("section").newline();
  }

  /**
   * The items of a part; the expected column only when revealed and the part has expected values.
   */
  private static void table(
      Html h, boolean reveals, List<FeedbackView.Row> rows, korrektor.grade.Messages m) {
    List<String> heads =
        reveals
            ? List.of(
                m.get("col.item"),
                m.get("col.value"),
                m.get("col.expected"),
                m.get("col.where"),
                m.get("col.verdict"),
                m.get("col.points"),
                m.get("col.explanation"))
            : List.of(
                m.get("col.item"),
                m.get("col.value"),
                m.get("col.where"),
                m.get("col.verdict"),
                m.get("col.points"),
                m.get("col.explanation"));
    h.open("div", "class", "scroll")
        .open("table", "class", "items cards")
        .newline()
        .open("thead")
        .open("tr");
    heads.forEach(c -> h.element("th", c, "scope", "col"));
    h.close("tr").close("thead").newline().open("tbody").newline();
    for (FeedbackView.Row r : rows) {
      h.open("tr", "class", "v-" + r.verdict(), "data-item", r.id());
      h.element("td", r.item(), "data-label", m.get("col.item"));
      h.element("td", r.value(), "class", "value", "data-label", m.get("col.value"));
      if (reveals) {
        h.element(
            "td",
            r.expected() == null ? "" : r.expected(),
            "class",
            "value",
            "data-label",
            m.get("col.expected"));
      }
      h.element("td", r.where(), "class", "where", "data-label", m.get("col.whereShort"));
      h.open("td", "data-label", m.get("col.verdict"))
          .element("span", r.verdictLabel(), "class", "verdict")
          .close("td");
      h.element("td", r.points(), "class", "num", "data-label", m.get("col.points"));
      h.element("td", r.explanation(), "data-label", m.get("col.explanation"));
      h.close("tr").newline();
    }
    h.close("tbody").close("table").close("div").newline();
  }

  private static void plot(Html h, FeedbackView v) {
    Charts.studentValues(v)
        .ifPresent(
            f -> {
              h.open("section", "id", "plot").newline();
              h.element("h2", v.msg().get("doc.plot")).newline();
              h.open("figure").raw(f.svg("plot-" + Html.id(v.studentId()) + "-")).newline();
              h.element(
                      "figcaption",
                      v.msg()
                          .get(v.reveals() ? "doc.plotCaption.reveal" : "doc.plotCaption.hidden"))
                  .close("figure");
              h.newline().close("section").newline();
            });
  }

  private static void remarks(Html h, FeedbackView v) {
    h.open("section", "id", "remarks").newline();
    h.element("h2", v.msg().get("doc.remarks")).newline();
    if (v.remarks().isEmpty()) {
      h.element("p", v.msg().get("doc.nothing")).newline();
    } else {
      h.open("ul", "class", "remarks").newline();
      v.remarks().forEach(m -> h.element("li", m).newline());
      h.close("ul").newline();
    }
    h.close("section").newline();
  }

  /** One line saying what the page shows under the policy. */
  static String policy(Reveal reveal) {
    return policy(reveal, korrektor.grade.Messages.english());
  }

  /**
   * The footer line in the page's language; it never calls the page a tutor's view (students read
   * it).
   */
  static String policy(Reveal reveal, korrektor.grade.Messages m) {
    return reveal == Reveal.STUDENT ? m.get("doc.policy.student") : m.get("doc.policy.revealed");
  }
}
