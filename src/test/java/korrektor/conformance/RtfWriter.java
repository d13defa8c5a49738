package korrektor.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * RTF written by hand, as WordPad and Word save it: {@code \par} paragraphs, {@code {\sub …}} and
 * {@code {\super …}}, {@code \trowd … \cell … \row} tables, Unicode escapes (backslash, u, the
 * code, ?) for non-ASCII characters.
 */
final class RtfWriter implements FormatWriter {

  @Override
  public String write(List<Block> blocks, Path file, Random rnd) throws IOException {
    boolean tables = rnd.nextInt(4) != 0;
    StringBuilder b = new StringBuilder();
    b.append("{\\rtf1\\ansi\\ansicpg1252\\deff0\\uc1\n");
    b.append(
        "{\\fonttbl{\\f0\\froman Times New Roman;}{\\f1\\fmodern Courier New;}{\\f2\\fswiss Arial;}}\n");
    b.append("\\pard\\f0\\fs24\n");
    for (Block block : blocks) {
      if (block instanceof Block.Heading h) {
        b.append("\\pard{\\b\\fs28 ").append(inline(h.line())).append("}\\par\n");
      } else if (block instanceof Block.Para p) {
        b.append("\\pard ").append(inline(p.line())).append("\\par\n");
      } else if (block instanceof Block.Table t) {
        if (tables) {
          table(b, t);
        } else {
          for (List<Line> r : t.rows()) {
            b.append("\\pard ");
            for (int c = 0; c < r.size(); c++) {
              b.append(c > 0 ? "\\tab " : "").append(inline(r.get(c)));
            }
            b.append("\\par\n");
          }
        }
      } else if (block instanceof Block.Code || block instanceof Block.Output) {
        for (Line l : Block.lines(block)) {
          b.append("\\pard{\\f1\\fs20 ").append(esc(l.plain())).append("}\\par\n");
        }
      } else if (block instanceof Block.Break br) {
        b.append("\\page\\pard{\\b\\fs28 ").append(esc(br.title())).append("}\\par\n");
      }
    }
    b.append("}\n");
    Files.writeString(file, b.toString(), StandardCharsets.US_ASCII);
    return tables ? "rtf tables" : "rtf tabs";
  }

  private static void table(StringBuilder b, Block.Table t) {
    int cols = t.columns();
    for (List<Line> r : t.rows()) {
      b.append("\\trowd\\trgaph108");
      for (int c = 1; c <= cols; c++) {
        b.append("\\cellx").append(c * 1700);
      }
      b.append('\n');
      for (int c = 0; c < cols; c++) {
        b.append("\\pard\\intbl ").append(c < r.size() ? inline(r.get(c)) : "").append("\\cell ");
      }
      b.append("\\row\n");
    }
    b.append("\\pard\n");
  }

  private static String inline(Line l) {
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
              case BOLD -> "{\\b " + s + "}";
              case SUB -> "{\\sub " + s + "}";
              case SUP -> "{\\super " + s + "}";
            });
      }
    }
    return b.toString();
  }

  /**
   * Escapes RTF's specials and writes non-ASCII characters as Unicode escapes (backslash, u, the
   * code, ?) (signed 16-bit).
   */
  static String esc(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '\\' || ch == '{' || ch == '}') {
        b.append('\\').append(ch);
      } else if (ch == '\t') {
        b.append("\\tab ");
      } else if (ch < 128) {
        b.append(ch);
      } else {
        b.append("\\u").append((int) (short) ch).append('?');
      }
    }
    return b.toString();
  }
}
