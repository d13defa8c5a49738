package korrektor.conformance;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * .odt written by hand (content.xml): headings, paragraphs with sub-/superscript spans, tables,
 * code paragraphs in Courier with {@code text:s} for runs of spaces, page breaks before breaks.
 */
final class OdtWriter implements FormatWriter {

  @Override
  public String write(List<Block> blocks, Path file, Random rnd) throws IOException {
    StringBuilder b = new StringBuilder();
    b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content ")
        .append(OdfPackage.NAMESPACES)
        .append("><office:automatic-styles>")
        .append(
            "<style:style style:name=\"Tsub\" style:family=\"text\"><style:text-properties style:text-position=\"sub 58%\"/></style:style>")
        .append(
            "<style:style style:name=\"Tsup\" style:family=\"text\"><style:text-properties style:text-position=\"super 58%\"/></style:style>")
        .append(
            "<style:style style:name=\"Tb\" style:family=\"text\"><style:text-properties fo:font-weight=\"bold\"/></style:style>")
        .append(
            "<style:style style:name=\"Pcode\" style:family=\"paragraph\"><style:text-properties fo:font-family=\"'Courier New'\" fo:font-size=\"9pt\"/></style:style>")
        .append(
            "<style:style style:name=\"Pbreak\" style:family=\"paragraph\"><style:paragraph-properties fo:break-before=\"page\"/>"
                + "<style:text-properties fo:font-weight=\"bold\"/></style:style>")
        .append("</office:automatic-styles><office:body><office:text>\n");
    int tables = 0;
    for (Block block : blocks) {
      if (block instanceof Block.Heading h) {
        b.append("<text:h text:outline-level=\"2\">")
            .append(inline(h.line()))
            .append("</text:h>\n");
      } else if (block instanceof Block.Para p) {
        b.append("<text:p>").append(inline(p.line())).append("</text:p>\n");
      } else if (block instanceof Block.Table t) {
        tables++;
        int cols = t.columns();
        b.append("<table:table table:name=\"Table")
            .append(tables)
            .append("\"><table:table-column table:number-columns-repeated=\"")
            .append(cols)
            .append("\"/>\n");
        for (int r = 0; r < t.rows().size(); r++) {
          boolean head = r < t.headerRows();
          b.append(head ? "<table:table-header-rows>" : "").append("<table:table-row>");
          List<Line> row = t.rows().get(r);
          for (int c = 0; c < cols; c++) {
            b.append("<table:table-cell office:value-type=\"string\"><text:p>")
                .append(c < row.size() ? inline(row.get(c)) : "")
                .append("</text:p></table:table-cell>");
          }
          b.append("</table:table-row>")
              .append(head ? "</table:table-header-rows>" : "")
              .append('\n');
        }
        b.append("</table:table>\n");
      } else if (block instanceof Block.Code || block instanceof Block.Output) {
        for (Line l : Block.lines(block)) {
          b.append("<text:p text:style-name=\"Pcode\">")
              .append(text(l.plain()))
              .append("</text:p>\n");
        }
      } else if (block instanceof Block.Break br) {
        b.append("<text:p text:style-name=\"Pbreak\">")
            .append(text(br.title()))
            .append("</text:p>\n");
      }
    }
    b.append("</office:text></office:body></office:document-content>\n");
    OdfPackage.write(file, "application/vnd.oasis.opendocument.text", b.toString());
    return "odt";
  }

  private static String inline(Line l) {
    StringBuilder b = new StringBuilder();
    for (Piece p : l.pieces()) {
      if (p instanceof Piece.Num n) {
        b.append(text(n.written().text()));
      } else {
        Piece.Text t = (Piece.Text) p;
        String s = text(t.text());
        b.append(
            switch (t.style()) {
              case PLAIN -> s;
              case BOLD -> "<text:span text:style-name=\"Tb\">" + s + "</text:span>";
              case SUB -> "<text:span text:style-name=\"Tsub\">" + s + "</text:span>";
              case SUP -> "<text:span text:style-name=\"Tsup\">" + s + "</text:span>";
            });
      }
    }
    return b.toString();
  }

  /** Escaped text with ODF's tabs and space runs. */
  static String text(String s) {
    StringBuilder b = new StringBuilder();
    String e = OdfPackage.esc(s);
    for (int i = 0; i < e.length(); i++) {
      char ch = e.charAt(i);
      if (ch == '\t') {
        b.append("<text:tab/>");
      } else if (ch == ' ' && (i == 0 || i + 1 < e.length() && e.charAt(i + 1) == ' ')) {
        int j = i;
        while (j < e.length() && e.charAt(j) == ' ') {
          j++;
        }
        int n = j - i;
        if (i == 0) {
          b.append("<text:s text:c=\"").append(n).append("\"/>");
        } else {
          b.append(' ').append("<text:s text:c=\"").append(n - 1).append("\"/>");
        }
        i = j - 1;
      } else {
        b.append(ch);
      }
    }
    return b.toString();
  }
}
