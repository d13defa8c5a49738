package korrektor.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Markdown: {@code #} headings, {@code **bold**}, pipe tables, fenced code and output. */
final class MarkdownWriter implements FormatWriter {

  @Override
  public String write(List<Block> blocks, Path file, Random rnd) throws IOException {
    Files.writeString(
        file, String.join("\n", lines(blocks, rnd.nextBoolean())) + "\n", StandardCharsets.UTF_8);
    return "md";
  }

  /**
   * The blocks as Markdown lines; {@code outerPipes} writes {@code | a | b |} rather than {@code a
   * | b}.
   */
  static List<String> lines(List<Block> blocks, boolean outerPipes) {
    List<String> out = new ArrayList<>();
    for (Block b : blocks) {
      if (b instanceof Block.Heading h) {
        out.add("## " + inline(h.line()));
        out.add("");
      } else if (b instanceof Block.Para p) {
        out.add(inline(p.line()) + "  ");
      } else if (b instanceof Block.Table t) {
        out.add("");
        out.addAll(table(t, outerPipes));
        out.add("");
      } else if (b instanceof Block.Code c) {
        out.add("```python");
        c.lines().forEach(l -> out.add(l.plain()));
        out.add("```");
      } else if (b instanceof Block.Output o) {
        out.add("```");
        o.lines().forEach(l -> out.add(l.plain()));
        out.add("```");
      } else if (b instanceof Block.Break br) {
        out.add("");
        out.add("## " + br.title());
        out.add("");
      }
    }
    return out;
  }

  static String inline(Line l) {
    StringBuilder b = new StringBuilder();
    for (Piece p : l.pieces()) {
      if (p instanceof Piece.Text t && t.style() == Piece.Style.BOLD) {
        b.append("**").append(t.text()).append("**");
      } else {
        b.append(Line.of(p).plain());
      }
    }
    return b.toString().replace("****", "");
  }

  /** A pipe table; a table without header gets an empty header row, as Markdown requires one. */
  static List<String> table(Block.Table t, boolean outer) {
    List<String> out = new ArrayList<>();
    int cols = t.columns();
    List<List<Line>> rows = new ArrayList<>(t.rows());
    if (t.headerRows() == 0) {
      List<Line> empty = new ArrayList<>();
      for (int c = 0; c < cols; c++) {
        empty.add(Line.text(" "));
      }
      rows.add(0, empty);
    }
    for (int r = 0; r < rows.size(); r++) {
      List<String> cells = new ArrayList<>();
      for (int c = 0; c < cols; c++) {
        cells.add(c < rows.get(r).size() ? inline(rows.get(r).get(c)).replace("|", "\\|") : "");
      }
      out.add(outer ? "| " + String.join(" | ", cells) + " |" : String.join(" | ", cells));
      if (r == 0) {
        List<String> dashes = new ArrayList<>();
        for (int c = 0; c < cols; c++) {
          dashes.add("---");
        }
        out.add(outer ? "|" + String.join("|", dashes) + "|" : String.join("|", dashes));
      }
    }
    return out;
  }
}
