package korrektor.document.html;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import korrektor.document.Cell;
import korrektor.document.Document;
import korrektor.document.DocumentReader;
import korrektor.document.Figure;
import korrektor.document.Format;
import korrektor.document.Grid;
import korrektor.document.Location;
import korrektor.document.Problem;
import korrektor.document.ReadFailures;
import korrektor.document.ReadLimits;
import korrektor.document.TextLine;
import korrektor.document.text.TextDecoder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reads an HTML page, typically a Moodle "online text" answer: the text outside tables becomes
 * lines ({@code file l.N}, one per paragraph, list item, heading or {@code <br>}; a list item
 * starts with the marker the browser shows, {@code a. }, {@code 3. }, {@code • }), each table a
 * grid named {@code Table 1}, … and images ({@code <img>}) and drawings ({@code <svg>}, {@code
 * <canvas>}) figures. jsoup never fetches anything and does not expand entities it does not know.
 */
public final class HtmlReader implements DocumentReader {

  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "li",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "br",
          "tr",
          "pre",
          "blockquote",
          "section",
          "article",
          "dt",
          "dd",
          "ul",
          "ol",
          "hr",
          "body",
          "header",
          "footer",
          "table",
          "figure",
          "figcaption");

  @Override
  public Set<Format> formats() {
    return Set.of(Format.HTML);
  }

  @Override
  public Document read(Path file, String displayName, ReadLimits limits) {
    String html;
    try {
      html = TextDecoder.decode(Files.readAllBytes(file)).text();
    } catch (IOException e) {
      return Document.unreadable(displayName, Format.HTML, ReadFailures.describe(Format.HTML, e));
    }
    org.jsoup.nodes.Document page = Jsoup.parse(html, "", Parser.htmlParser().setTrackErrors(0));
    page.select("script, style, head, noscript, template").remove();
    ListMarkers.insert(page);
    List<Grid> grids = new ArrayList<>();
    List<Figure> figures = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    int budget = limits.maxCells();
    for (Element table : page.select("table")) {
      if (table.parents().stream().anyMatch(p -> p.normalName().equals("table"))) {
        continue; // a table inside a table cell is read as that cell's text
      }
      String name = "Table " + (grids.size() + 1);
      List<Cell> cells = new ArrayList<>();
      int r = 0;
      for (Element row : table.select("tr")) {
        if (row.closest("table") != table) {
          continue;
        }
        int c = 0;
        for (Element cell : row.children()) {
          if (!cell.normalName().equals("td") && !cell.normalName().equals("th")) {
            continue;
          }
          String text = cell.text().strip();
          if (!text.isEmpty() && budget-- > 0) {
            cells.add(new Cell(r, c, text, null, Location.ofCell(displayName, name, r, c)));
          }
          c += Math.max(1, Math.min(parse(cell.attr("colspan")), 100));
        }
        r++;
      }
      grids.add(new Grid(name, cells));
      // a marker where the table stood, so that its place among the lines (under "t = 2") is known
      table.replaceWith(
          new Element("korrektor-table").attr("index", String.valueOf(grids.size() - 1)));
    }
    Lines lines = new Lines(displayName, limits.maxLines(), figures);
    Element body = page.body() == null ? page : page.body();
    NodeTraversor.traverse(lines, body);
    lines.flush();
    for (var e : lines.tableAt.entrySet()) {
      Grid g = grids.get(e.getKey());
      grids.set(e.getKey(), new Grid(g.name(), g.cells(), e.getValue()));
    }
    if (budget < 0) {
      problems.add(
          Problem.warning(
              Problem.Kind.TRUNCATED,
              Location.ofFile(displayName),
              "only the first " + limits.maxCells() + " table cells were read"));
    }
    if (lines.cut) {
      problems.add(
          Problem.warning(
              Problem.Kind.TRUNCATED,
              Location.ofFile(displayName),
              "only the first " + limits.maxLines() + " lines were read; the rest is skipped"));
    }
    return new Document(displayName, Format.HTML, grids, lines.out, figures, 0, problems);
  }

  private static int parse(String number) {
    try {
      return Integer.parseInt(number.strip());
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  /** Collects text, breaking lines at block elements. */
  private static final class Lines implements NodeVisitor {
    final String file;
    final int max;
    final List<Figure> figures;
    final List<TextLine> out = new ArrayList<>();
    final StringBuilder current = new StringBuilder();
    final java.util.Map<Integer, Integer> tableAt = new java.util.HashMap<>();
    boolean cut;
    boolean pre;
    private static final java.util.regex.Pattern BLANKS =
        java.util.regex.Pattern.compile("[ \\n\\r\\f\\u000B]+");
    private static final java.util.regex.Pattern TAB = java.util.regex.Pattern.compile(" ?\t ?");

    Lines(String file, int max, List<Figure> figures) {
      this.file = file;
      this.max = max;
      this.figures = figures;
    }

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode text) {
        if (insidePre(text)) {
          // a printout keeps its lines and columns
          String[] parts = text.getWholeText().split("\n", -1);
          for (int k = 0; k < parts.length; k++) {
            if (k > 0) {
              flushKeepingSpaces();
            }
            current.append(parts[k]);
          }
          pre = true;
        } else {
          current.append(text.getWholeText());
        }
      } else if (node instanceof Element e) {
        if (BLOCKS.contains(e.normalName()) || e.normalName().equals("korrektor-table")) {
          flush();
        }
        if (e.normalName().equals("korrektor-table")) {
          tableAt.put(Integer.parseInt(e.attr("index")), out.size());
          return;
        }
        Location here = Location.ofLine(file, 0, out.size() + 1);
        switch (e.normalName()) {
          case "img" ->
              figures.add(new Figure(Figure.Kind.IMAGE, "image " + e.attr("alt").strip(), here));
          case "svg", "canvas" ->
              figures.add(new Figure(Figure.Kind.DRAWING, e.normalName() + " drawing", here));
          default -> {}
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
        flush();
      } else if (node instanceof Element e
          && (e.normalName().equals("td") || e.normalName().equals("th"))) {
        current.append(' ');
      }
    }

    private static boolean insidePre(Node node) {
      for (Node p = node.parent(); p != null; p = p.parent()) {
        if (p instanceof Element e && e.normalName().equals("pre")) {
          return true;
        }
      }
      return false;
    }

    /** A line of a printout ({@code <pre>}): blanks and tabs kept. */
    void flushKeepingSpaces() {
      String text = korrektor.document.LineText.of(current.toString());
      current.setLength(0);
      if (!text.isEmpty() && out.size() < max) {
        out.add(TextLine.plain(text, Location.ofLine(file, 0, out.size() + 1)));
      }
    }

    void flush() {
      if (pre) {
        pre = false;
        flushKeepingSpaces();
        return;
      }
      // blanks collapse as a browser shows them; tabs stay (text pasted from a spreadsheet)
      String text =
          TAB.matcher(
                  BLANKS.matcher(current.toString().replace('\u00a0', ' ').strip()).replaceAll(" "))
              .replaceAll("\t");
      current.setLength(0);
      if (text.isEmpty()) {
        return;
      }
      if (out.size() >= max) {
        cut = true;
        return;
      }
      out.add(TextLine.plain(text, Location.ofLine(file, 0, out.size() + 1)));
    }
  }
}
