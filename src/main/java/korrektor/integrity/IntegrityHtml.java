package korrektor.integrity;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.stream.Collectors;
import korrektor.feedback.Html;
import korrektor.result.Student;

/**
 * Writes {@code integrity.html}: a self-contained page (no scripts, no links out) with the
 * clusters, then every listed pair with its evidence side by side.
 */
public final class IntegrityHtml {
  private IntegrityHtml() {}

  public static void write(Writer out, SimilarityReport.Report report, String title)
      throws IOException {
    Map<String, Integer> cluster = IntegrityCsv.clusterOf(report);
    StringBuilder h = new StringBuilder();
    h.append(
            "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Similarity report: ")
        .append(Html.escape(title))
        .append("</title>\n<style>")
        .append("body{font:14px/1.4 system-ui,sans-serif;margin:2em;max-width:80em}")
        .append(
            "table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border:1px solid #ccc;padding:3px 6px;")
        .append("vertical-align:top;text-align:left}th{background:#f3f3f3}.flagged h3{color:#a00}")
        .append(
            ".declared h3{color:#06a}.side{font-family:monospace;white-space:pre-wrap;max-width:30em}")
        .append("</style></head><body>\n");
    h.append("<h1>Similarity report: ").append(Html.escape(title)).append("</h1>\n");
    h.append(
            "<p>Pairs of submissions that are more alike than independent work usually is, strongest first. ")
        .append(
            "This is evidence for a tutor to look at, not a finding: nothing here changes a grade. ")
        .append(
            "To decide a case, add a row to overrides.csv (<code>student,integrity:plagiarism,,comment</code> or ")
        .append("<code>student,integrity:group,,comment</code>) and run grade again.</p>\n");
    h.append("<p>")
        .append(report.students())
        .append(" students, ")
        .append(report.comparisons())
        .append(" pairs compared (pairs sharing no rare value are never compared), ")
        .append(report.pairs().stream().filter(SimilarityReport.Pair::flagged).count())
        .append(" flagged, ")
        .append(report.pairs().stream().filter(SimilarityReport.Pair::declared).count())
        .append(" declared partners.</p>\n");
    h.append("<h2>Clusters</h2>\n");
    if (report.clusters().isEmpty()) {
      h.append("<p>None.</p>\n");
    } else {
      h.append("<table><tr><th>#</th><th>students</th><th>strongest pair</th></tr>\n");
      for (int i = 0; i < report.clusters().size(); i++) {
        SimilarityReport.Cluster c = report.clusters().get(i);
        h.append("<tr><td>")
            .append(i + 1)
            .append("</td><td>")
            .append(c.students().stream().map(IntegrityHtml::who).collect(Collectors.joining(", ")))
            .append("</td><td>")
            .append(IntegrityCsv.number(c.score()))
            .append("</td></tr>\n");
      }
      h.append("</table>\n");
    }
    h.append("<h2>Pairs</h2>\n");
    int rank = 0;
    for (SimilarityReport.Pair p : report.pairs()) {
      rank++;
      String css = p.declared() ? "declared" : p.flagged() ? "flagged" : "listed";
      Integer c = cluster.get(p.left().id());
      h.append("<section class=\"")
          .append(css)
          .append("\"><h3>")
          .append(rank)
          .append(". ")
          .append(who(p.left()))
          .append(" &amp; ")
          .append(who(p.right()))
          .append(": score ")
          .append(IntegrityCsv.number(p.score()))
          .append(" (")
          .append(Html.escape(IntegrityCsv.status(p)))
          .append(p.flagged() && c != null ? ", cluster " + c : "")
          .append(")</h3>\n");
      h.append("<table><tr><th>evidence</th><th>what</th><th>")
          .append(who(p.left()))
          .append("</th><th>")
          .append(who(p.right()))
          .append("</th><th>students sharing it</th><th>weight</th></tr>\n");
      for (Evidence e : p.evidence()) {
        h.append("<tr><td>")
            .append(Html.escape(e.kind().id()))
            .append("</td><td>")
            .append(Html.escape(e.what()))
            .append("</td><td class=\"side\">")
            .append(Html.escape(e.left()))
            .append("</td><td class=\"side\">")
            .append(Html.escape(e.right()))
            .append("</td><td>")
            .append(e.shared() > 0 ? e.shared() + " of " + report.students() : "")
            .append("</td><td>")
            .append(IntegrityCsv.number(e.weight()))
            .append("</td></tr>\n");
      }
      h.append("</table></section>\n");
    }
    h.append("</body></html>\n");
    out.write(h.toString());
  }

  private static String who(Student s) {
    return Html.escape(s.name() + " (" + s.id() + ")");
  }
}
