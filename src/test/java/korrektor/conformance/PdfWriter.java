package korrektor.conformance;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * PDF drawn from scratch with PDFBox 3, as Word, LibreOffice or LaTeX lay text out: a Standard 14
 * font (Helvetica, Times, Courier) or DejaVu Sans, falling back to DejaVu for characters the
 * Standard 14 fonts cannot encode; sub- and superscripts smaller on their own baseline (LaTeX's
 * {@code h} then {@code (2)} lower); tables without ruling lines, columns aligned by x only
 * (sometimes booktabs rules); code in Courier; a new page per break.
 */
final class PdfWriter implements FormatWriter {
  private static final float MARGIN = 56;
  private static final float SIZE = 11;
  private static final byte[] DEJAVU = load("/korrektor/fonts/DejaVuSans.ttf");
  private static final Map<String, Boolean> ENCODABLE = new ConcurrentHashMap<>();

  private PDDocument doc;
  private PDPageContentStream cs;
  private float y;
  private PDFont regular;
  private PDFont bold;
  private PDFont mono;
  private PDFont unicode;
  private boolean pageEmpty;

  @Override
  public String write(List<Block> blocks, Path file, Random rnd) throws IOException {
    int family = rnd.nextInt(4);
    boolean rules = rnd.nextInt(3) == 0;
    boolean rightAlign = rnd.nextBoolean();
    try (PDDocument d = new PDDocument()) {
      doc = d;
      unicode = null;
      switch (family) {
        case 0 -> {
          regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
          bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        }
        case 1 -> {
          regular = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
          bold = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
        }
        case 2 -> {
          regular = new PDType1Font(Standard14Fonts.FontName.COURIER);
          bold = new PDType1Font(Standard14Fonts.FontName.COURIER_BOLD);
        }
        default -> {
          regular = dejavu();
          bold = regular;
        }
      }
      mono = new PDType1Font(Standard14Fonts.FontName.COURIER);
      newPage();
      for (Block b : blocks) {
        if (b instanceof Block.Heading h) {
          space(6);
          line(h.line(), bold, SIZE + 2, true);
          space(4);
        } else if (b instanceof Block.Para p) {
          line(p.line(), regular, SIZE, true);
        } else if (b instanceof Block.Table t) {
          table(t, rules, rightAlign);
        } else if (b instanceof Block.Code || b instanceof Block.Output) {
          for (Line l : Block.lines(b)) {
            line(Line.text(l.plain()), mono, 9, false);
          }
          space(4);
        } else if (b instanceof Block.Break br) {
          if (!pageEmpty) {
            newPage();
          }
          line(Line.text(br.title()), bold, SIZE + 3, false);
          space(6);
        }
      }
      cs.close();
      d.save(file.toFile());
    } finally {
      doc = null;
      cs = null;
    }
    return "pdf "
        + new String[] {"helvetica", "times", "courier", "dejavu"}[family]
        + (rules ? " rules" : "")
        + (rightAlign ? " right" : "");
  }

  private PDFont dejavu() throws IOException {
    if (unicode == null) {
      unicode = PDType0Font.load(doc, new ByteArrayInputStream(DEJAVU));
    }
    return unicode;
  }

  private void newPage() throws IOException {
    if (cs != null) {
      cs.close();
    }
    PDPage page = new PDPage(PDRectangle.A4);
    doc.addPage(page);
    cs = new PDPageContentStream(doc, page);
    y = page.getMediaBox().getHeight() - MARGIN;
    pageEmpty = true;
  }

  private void space(float pt) {
    y -= pt;
  }

  private void advance(float lineHeight) throws IOException {
    if (y - lineHeight < MARGIN) {
      newPage();
    }
    y -= lineHeight;
    pageEmpty = false;
  }

  /** Draws a line (wrapping at spaces when it is too long and {@code wrap} is set). */
  private void line(Line line, PDFont font, float size, boolean wrap) throws IOException {
    advance(size * 1.45f);
    float x = MARGIN;
    float right = PDRectangle.A4.getWidth() - MARGIN;
    for (Piece p : line.pieces()) {
      for (String token : wrap ? tokens(p) : List.of(text(p))) {
        float w = width(token, p, font, size);
        if (wrap && x + w > right && x > MARGIN && !token.isBlank()) {
          advance(size * 1.45f);
          x = MARGIN;
        }
        x += draw(token, p, font, size, x, y);
      }
    }
  }

  private static String text(Piece p) {
    return (p instanceof Piece.Num n ? n.written().text() : ((Piece.Text) p).text())
        .replace("\t", "    ");
  }

  private static List<String> tokens(Piece p) {
    if (p instanceof Piece.Num) {
      return List.of(text(p));
    }
    List<String> out = new ArrayList<>();
    for (String w : text(p).split("(?<= )")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  private void table(Block.Table t, boolean rules, boolean rightAlign) throws IOException {
    int cols = t.columns();
    float[] width = new float[cols];
    for (List<Line> r : t.rows()) {
      for (int c = 0; c < r.size(); c++) {
        width[c] = Math.max(width[c], lineWidth(r.get(c), regular, SIZE));
      }
    }
    float gap = 18;
    float total = MARGIN;
    float[] x = new float[cols];
    for (int c = 0; c < cols; c++) {
      x[c] = total;
      total += width[c] + gap;
    }
    space(4);
    if (rules) {
      rule(MARGIN, total - gap, y - 3);
    }
    for (int r = 0; r < t.rows().size(); r++) {
      advance(SIZE * 1.6f);
      List<Line> row = t.rows().get(r);
      PDFont font = r < t.headerRows() ? bold : regular;
      for (int c = 0; c < row.size(); c++) {
        Line cell = row.get(c);
        float cx = x[c];
        if (rightAlign && cell.singleNumber().isPresent()) {
          cx = x[c] + width[c] - lineWidth(cell, font, SIZE);
        }
        for (Piece p : cell.pieces()) {
          cx += draw(text(p), p, font, SIZE, cx, y);
        }
      }
      if (rules && r + 1 == t.headerRows()) {
        rule(MARGIN, total - gap, y - 4);
      }
    }
    if (rules) {
      rule(MARGIN, total - gap, y - 5);
    }
    space(8);
  }

  private void rule(float x0, float x1, float at) throws IOException {
    cs.setLineWidth(0.5f);
    cs.moveTo(x0, at);
    cs.lineTo(x1, at);
    cs.stroke();
  }

  private float lineWidth(Line l, PDFont font, float size) throws IOException {
    float w = 0;
    for (Piece p : l.pieces()) {
      w += width(text(p), p, font, size);
    }
    return w;
  }

  private static float scale(Piece p) {
    return p instanceof Piece.Text t
            && (t.style() == Piece.Style.SUB || t.style() == Piece.Style.SUP)
        ? 0.7f
        : 1f;
  }

  private static float shift(Piece p, float size) {
    if (p instanceof Piece.Text t) {
      if (t.style() == Piece.Style.SUB) {
        return -0.25f * size;
      }
      if (t.style() == Piece.Style.SUP) {
        return 0.38f * size;
      }
    }
    return 0;
  }

  private PDFont fontFor(Piece p, PDFont font) {
    return p instanceof Piece.Text t && t.style() == Piece.Style.BOLD ? bold : font;
  }

  private float width(String s, Piece p, PDFont font, float size) throws IOException {
    float w = 0;
    for (String[] seg : segments(s, fontFor(p, font))) {
      PDFont f = seg[1] == null ? fontFor(p, font) : dejavu();
      w += f.getStringWidth(seg[0]) / 1000 * size * scale(p);
    }
    return w;
  }

  /** Draws a piece's text at (x, baseline); returns its width. */
  private float draw(String s, Piece p, PDFont font, float size, float x, float baseline)
      throws IOException {
    float w = 0;
    float sz = size * scale(p);
    for (String[] seg : segments(s, fontFor(p, font))) {
      PDFont f = seg[1] == null ? fontFor(p, font) : dejavu();
      cs.beginText();
      cs.setFont(f, sz);
      cs.newLineAtOffset(x + w, baseline + shift(p, size));
      cs.showText(seg[0]);
      cs.endText();
      w += f.getStringWidth(seg[0]) / 1000 * sz;
    }
    return w;
  }

  /**
   * Splits text into runs the font can encode ({@code [text, null]}) and runs that need DejaVu
   * ({@code [text, "u"]}).
   */
  private static List<String[]> segments(String s, PDFont font) {
    List<String[]> out = new ArrayList<>();
    if (s.isEmpty()) {
      return out;
    }
    if (font instanceof PDType0Font) {
      out.add(new String[] {s, null});
      return out;
    }
    StringBuilder cur = new StringBuilder();
    Boolean curOk = null;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      String ch = new String(Character.toChars(cp));
      boolean ok = encodable(font, ch);
      if (curOk != null && ok != curOk) {
        out.add(new String[] {cur.toString(), curOk ? null : "u"});
        cur.setLength(0);
      }
      curOk = ok;
      cur.append(ch);
      i += ch.length();
    }
    out.add(new String[] {cur.toString(), curOk ? null : "u"});
    return out;
  }

  private static boolean encodable(PDFont font, String ch) {
    return ENCODABLE.computeIfAbsent(
        font.getName() + ":" + ch,
        k -> {
          try {
            font.encode(ch);
            return true;
          } catch (IOException | IllegalArgumentException e) {
            return false;
          }
        });
  }

  private static byte[] load(String resource) {
    try (InputStream in = PdfWriter.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing font resource " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
