package korrektor.feedback;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The structure of an HTML page as text, for golden files: headings, sections with ids, tables with
 * their headers and row count, figures; not the styling. A change in what a page shows changes its
 * outline; a change of colour does not.
 */
final class Outline {
  private Outline() {}

  static String of(String html) {
    Document d = Jsoup.parse(html);
    List<String> out = new ArrayList<>();
    out.add("html lang=" + d.selectFirst("html").attr("lang") + " title=" + d.title());
    walk(d.body(), out, 0);
    return String.join("\n", out) + "\n";
  }

  private static void walk(Element e, List<String> out, int depth) {
    for (Element c : e.children()) {
      String pad = "  ".repeat(depth);
      switch (c.tagName()) {
        case "h1", "h2", "h3" -> out.add(pad + c.tagName() + " " + c.text());
        case "section", "header", "footer" -> {
          out.add(pad + c.tagName() + (c.id().isEmpty() ? "" : "#" + c.id()));
          walk(c, out, depth + 1);
        }
        case "table" -> {
          List<String> heads = c.select("thead th").eachText();
          out.add(
              pad
                  + "table"
                  + (c.id().isEmpty() ? "" : "#" + c.id())
                  + " "
                  + heads
                  + " rows="
                  + c.select("tbody tr").size());
          for (Element tr : c.select("tbody tr")) {
            if (tr.hasAttr("data-item")) {
              out.add(
                  pad
                      + "  "
                      + tr.attr("data-item")
                      + " "
                      + tr.className()
                      + " "
                      + tr.select("span.verdict").text());
            }
          }
        }
        case "figure" ->
            out.add(
                pad
                    + "figure svg="
                    + c.select("svg").size()
                    + " label="
                    + c.select("svg").attr("aria-label"));
        case "ul" -> out.add(pad + "ul items=" + c.children().size());
        default -> walk(c, out, depth);
      }
    }
  }
}
