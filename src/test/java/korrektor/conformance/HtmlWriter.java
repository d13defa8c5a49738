package korrektor.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * HTML: a whole page or a Moodle online-text fragment; {@code <sub>}/{@code <sup>}, tables, {@code
 * <pre>}.
 */
final class HtmlWriter implements FormatWriter {

  @Override
  public String write(List<Block> blocks, Path file, Random rnd) throws IOException {
    boolean page = rnd.nextBoolean();
    StringBuilder b = new StringBuilder();
    if (page) {
      b.append(
          "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Abgabe</title></head>\n<body>\n");
    }
    body(b, blocks, true);
    if (page) {
      b.append("</body></html>\n");
    }
    Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
    return page ? "html page" : "html fragment";
  }

  /**
   * Appends the blocks as HTML; {@code dataframes} renders outputs that carry a table as that
   * table.
   */
  static void body(StringBuilder b, List<Block> blocks, boolean dataframes) {
    for (Block block : blocks) {
      if (block instanceof Block.Heading h) {
        b.append("<h3>").append(inline(h.line())).append("</h3>\n");
      } else if (block instanceof Block.Para p) {
        b.append("<p>").append(inline(p.line())).append("</p>\n");
      } else if (block instanceof Block.Table t) {
        table(b, t, "");
      } else if (block instanceof Block.Code c) {
        b.append("<pre><code>");
        c.lines().forEach(l -> b.append(esc(l.plain())).append('\n'));
        b.append("</code></pre>\n");
      } else if (block instanceof Block.Output o) {
        if (o.html() != null && dataframes) {
          table(b, o.html(), " border=\"1\" class=\"dataframe\"");
        } else {
          b.append("<pre>");
          o.lines().forEach(l -> b.append(esc(l.plain())).append('\n'));
          b.append("</pre>\n");
        }
      } else if (block instanceof Block.Break br) {
        b.append("<h2>").append(esc(br.title())).append("</h2>\n");
      }
    }
  }

  static void table(StringBuilder b, Block.Table t, String attrs) {
    b.append("<table").append(attrs).append(">\n");
    for (int r = 0; r < t.rows().size(); r++) {
      boolean head = r < t.headerRows();
      b.append(r == 0 && head ? "<thead>" : "").append("<tr>");
      List<Line> row = t.rows().get(r);
      for (int c = 0; c < row.size(); c++) {
        String tag = head || attrs.contains("dataframe") && c == 0 ? "th" : "td";
        b.append('<')
            .append(tag)
            .append('>')
            .append(inline(row.get(c)))
            .append("</")
            .append(tag)
            .append('>');
      }
      b.append("</tr>")
          .append(head && r == t.headerRows() - 1 ? "</thead>\n<tbody>" : "")
          .append('\n');
    }
    b.append(t.headerRows() > 0 ? "</tbody>" : "").append("</table>\n");
  }

  static String inline(Line l) {
    StringBuilder b = new StringBuilder();
    for (Piece p : l.pieces()) {
      if (p instanceof Piece.Num n) {
        b.append(esc(n.written().text()));
      } else {
        Piece.Text t = (Piece.Text) p;
        String s = esc(t.text());
        b.append(
            switch (t.style()) {
              case PLAIN -> s;
              case BOLD -> "<strong>" + s + "</strong>";
              case SUB -> "<sub>" + s + "</sub>";
              case SUP -> "<sup>" + s + "</sup>";
            });
      }
    }
    return b.toString();
  }

  static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
