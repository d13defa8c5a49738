package korrektor.conformance;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.poi.hwpf.HWPFDocument;

/**
 * Word 97 .doc (POI HWPF). HWPF cannot create a document, so every file starts from a tiny empty
 * .doc made by LibreOffice (src/test/resources/korrektor/conformance/empty.doc, see the README
 * there) and the text is inserted in one piece: paragraphs end with {@code \r}, table cells are
 * separated by tabs, breaks are page breaks ({@code \f}).
 */
final class DocWriter implements FormatWriter {
  private static final byte[] TEMPLATE = template();

  @Override
  public String write(List<Block> blocks, Path file, Random rnd) throws IOException {
    StringBuilder b = new StringBuilder();
    for (Block block : blocks) {
      if (block instanceof Block.Table t) {
        for (List<Line> r : t.rows()) {
          for (int c = 0; c < r.size(); c++) {
            b.append(c > 0 ? "\t" : "").append(r.get(c).plain());
          }
          b.append('\r');
        }
      } else if (block instanceof Block.Break br) {
        if (b.length() > 0) {
          b.append('\f');
        }
        b.append(br.title()).append('\r');
      } else {
        for (Line l : Block.lines(block)) {
          b.append(l.plain()).append('\r');
        }
      }
    }
    try (HWPFDocument doc = new HWPFDocument(new ByteArrayInputStream(TEMPLATE))) {
      doc.getRange().insertBefore(b.toString());
      try (OutputStream out = Files.newOutputStream(file)) {
        doc.write(out);
      }
    }
    return "doc";
  }

  private static byte[] template() {
    try (InputStream in = DocWriter.class.getResourceAsStream("/korrektor/conformance/empty.doc")) {
      if (in == null) {
        throw new IllegalStateException(
            "missing src/test/resources/korrektor/conformance/empty.doc");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
