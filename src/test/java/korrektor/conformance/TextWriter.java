package korrektor.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Plain text: headings as lines (sometimes underlined), tables tab-separated or aligned by spaces.
 */
final class TextWriter implements FormatWriter {

  @Override
  public String write(List<Block> blocks, Path file, Random rnd) throws IOException {
    boolean tabs = rnd.nextBoolean();
    boolean underline = rnd.nextBoolean();
    boolean crlf = rnd.nextInt(4) == 0;
    List<String> out = new ArrayList<>();
    for (Block b : blocks) {
      if (b instanceof Block.Heading h) {
        String t = h.line().plain();
        out.add(t);
        if (underline) {
          out.add("=".repeat(Math.max(3, t.length())));
        }
      } else if (b instanceof Block.Para p) {
        out.add(p.line().plain());
      } else if (b instanceof Block.Table t) {
        out.addAll(table(t, tabs));
      } else if (b instanceof Block.Code c) {
        c.lines().forEach(l -> out.add(l.plain()));
      } else if (b instanceof Block.Output o) {
        o.lines().forEach(l -> out.add(l.plain()));
      } else if (b instanceof Block.Break br) {
        out.add("");
        out.add("--- " + br.title() + " ---");
      }
    }
    Files.writeString(file, String.join(crlf ? "\r\n" : "\n", out) + "\n", StandardCharsets.UTF_8);
    return "txt " + (tabs ? "tabs" : "spaces") + (crlf ? " crlf" : "");
  }

  /** A table as lines: cells separated by tabs, or padded to aligned columns. */
  static List<String> table(Block.Table t, boolean tabs) {
    List<String> out = new ArrayList<>();
    int cols = t.columns();
    int[] width = new int[cols];
    for (List<Line> r : t.rows()) {
      for (int c = 0; c < r.size(); c++) {
        width[c] = Math.max(width[c], r.get(c).plain().length());
      }
    }
    for (List<Line> r : t.rows()) {
      StringBuilder b = new StringBuilder();
      for (int c = 0; c < r.size(); c++) {
        String s = r.get(c).plain();
        if (tabs) {
          b.append(c > 0 ? "\t" : "").append(s);
        } else {
          b.append(c > 0 ? "  " : "").append(s).append(" ".repeat(width[c] - s.length()));
        }
      }
      out.add(b.toString().stripTrailing());
    }
    return out;
  }
}
