package korrektor.conformance;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * CSV as Excel and LibreOffice save it: {@code ,} with decimal points, or the German {@code ;} with
 * decimal commas; text lines as one-cell rows; sometimes windows-1252 and CRLF.
 */
final class CsvWriter implements FormatWriter {
  private static final Charset CP1252 = Charset.forName("windows-1252");

  @Override
  public String write(List<Block> blocks, Path file, Random rnd) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    boolean commaNumbers = false;
    for (Block b : blocks) {
      if (b instanceof Block.Table t) {
        for (List<Line> r : t.rows()) {
          List<String> cells = new ArrayList<>();
          for (Line l : r) {
            cells.add(l.plain());
            commaNumbers |= l.numbers().stream().anyMatch(n -> n.written().text().contains(","));
          }
          rows.add(cells);
        }
      } else if (b instanceof Block.Break br) {
        rows.add(List.of());
        rows.add(List.of(br.title()));
      } else {
        for (Line l : Block.lines(b)) {
          rows.add(List.of(l.plain()));
          commaNumbers |= l.numbers().stream().anyMatch(n -> n.written().text().contains(","));
        }
      }
    }
    char sep = commaNumbers ? (rnd.nextInt(10) < 8 ? ';' : ',') : (rnd.nextInt(10) < 3 ? ';' : ',');
    boolean crlf = rnd.nextBoolean();
    StringBuilder out = new StringBuilder();
    int width = rows.stream().mapToInt(List::size).max().orElse(1);
    boolean pad = rnd.nextBoolean();
    for (List<String> r : rows) {
      List<String> cells = new ArrayList<>();
      for (String c : r) {
        cells.add(quote(c, sep));
      }
      while (pad && cells.size() < width) {
        cells.add("");
      }
      out.append(String.join(String.valueOf(sep), cells)).append(crlf ? "\r\n" : "\n");
    }
    String text = out.toString();
    boolean ansi = rnd.nextInt(3) == 0 && CP1252.newEncoder().canEncode(text);
    Files.write(file, text.getBytes(ansi ? CP1252 : StandardCharsets.UTF_8));
    return "csv " + sep + (ansi ? " cp1252" : " utf8") + (crlf ? " crlf" : "");
  }

  private static String quote(String s, char sep) {
    if (s.indexOf(sep) >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0) {
      return '"' + s.replace("\"", "\"\"") + '"';
    }
    return s;
  }
}
