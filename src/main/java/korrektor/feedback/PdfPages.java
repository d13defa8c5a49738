package korrektor.feedback;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A flowing A4 layout on PDFBox: headings, wrapped paragraphs, tables whose rows never split and
 * whose header repeats on every page, images, and a footer with page numbers. Text is drawn in the
 * embedded DejaVu Sans; a character it lacks (Chinese, Japanese, Korean) is drawn in a font found
 * on the system ({@link FallbackFonts}), and one no font has becomes {@code [U+XXXX]} and is
 * reported, never {@code ?}. Right-to-left runs (Arabic, Hebrew) are put in visual order.
 */
final class PdfPages implements Closeable {
  static final float MARGIN = 40;
  private static final float BOTTOM = 50;
  private final PDDocument doc = new PDDocument();
  private final PDFont regular;
  private final PDFont bold;
  private final Map<Integer, Boolean> encodable = new HashMap<>();

  /** Fallback fonts embedded in this document, by index in {@link FallbackFonts#files}. */
  private final Map<Integer, PDFont> fallbacks = new HashMap<>();

  private final float width;
  private PDPage page;
  private PDPageContentStream cs;
  private float y;

  /** A table column: its header and its share of the width. */
  record Column(String header, float width) {}

  /** A table cell: text, bold or not, and its colour (null for black). */
  record Cell(String text, boolean bold, Color colour) {
    static Cell of(String text) {
      return new Cell(text, false, null);
    }
  }

  PdfPages() throws IOException {
    regular = Fonts.pdf(doc, false);
    bold = Fonts.pdf(doc, true);
    width = PDRectangle.A4.getWidth() - 2 * MARGIN;
    newPage();
  }

  float width() {
    return width;
  }

  private void newPage() throws IOException {
    if (cs != null) {
      cs.close();
    }
    page = new PDPage(PDRectangle.A4);
    doc.addPage(page);
    cs = new PDPageContentStream(doc, page);
    y = page.getMediaBox().getHeight() - MARGIN;
  }

  /** Starts a new page unless {@code height} points still fit on this one. */
  void need(float height) throws IOException {
    if (y - height < BOTTOM) {
      newPage();
    }
  }

  void space(float points) {
    y -= points;
  }

  /** A paragraph wrapped to the page width. */
  void paragraph(String text, boolean isBold, float size, Color colour) throws IOException {
    paragraph(text, isBold, size, colour, 0);
  }

  /** A paragraph wrapped to the page width, indented by {@code indent} points. */
  void paragraph(String text, boolean isBold, float size, Color colour, float indent)
      throws IOException {
    PDFont font = isBold ? bold : regular;
    float leading = size * 1.3f;
    for (String line : wrap(text, font, size, width - indent)) {
      need(leading);
      text(line, font, size, colour, MARGIN + indent, y - size);
      y -= leading;
    }
  }

  /** A heading that keeps at least {@code keep} points of what follows on its page. */
  void heading(String text, float size, float keep) throws IOException {
    need(size * 1.6f + keep);
    y -= size * 0.5f;
    paragraph(text, true, size, new Color(0x263238));
    y -= size * 0.2f;
  }

  /** A table; each row stays on one page, and the header is repeated after a page break. */
  void table(List<Column> columns, List<List<Cell>> rows, List<Color> rowMarks, float size)
      throws IOException {
    float total = (float) columns.stream().mapToDouble(Column::width).sum();
    float[] w = new float[columns.size()];
    for (int c = 0; c < w.length; c++) {
      w[c] = columns.get(c).width() / total * width;
    }
    List<Cell> header = columns.stream().map(c -> new Cell(c.header(), true, null)).toList();
    row(header, w, size, new Color(0xeceff1), null, true);
    for (int r = 0; r < rows.size(); r++) {
      if (row(rows.get(r), w, size, null, rowMarks.get(r), false)) {
        row(header, w, size, new Color(0xeceff1), null, true);
        row(rows.get(r), w, size, null, rowMarks.get(r), false);
      }
    }
  }

  /** Draws a row; returns true (and draws nothing) when it needed a new page first. */
  private boolean row(
      List<Cell> cells, float[] w, float size, Color fill, Color mark, boolean isHeader)
      throws IOException {
    float pad = 2.5f;
    float leading = size * 1.25f;
    List<List<String>> lines = new ArrayList<>();
    int most = 1;
    for (int c = 0; c < cells.size(); c++) {
      Cell cell = cells.get(c);
      List<String> l = wrap(cell.text(), cell.bold() ? bold : regular, size, w[c] - 2 * pad);
      if (l.size() > 40) {
        l = new ArrayList<>(l.subList(0, 40));
        l.set(39, l.get(39) + " …");
      }
      lines.add(l);
      most = Math.max(most, l.size());
    }
    float height = most * leading + 2 * pad;
    if (y - height < BOTTOM) {
      newPage();
      if (!isHeader) {
        return true;
      }
    }
    float x = MARGIN;
    if (fill != null) {
      cs.setNonStrokingColor(fill);
      cs.addRect(MARGIN, y - height, width, height);
      cs.fill();
    }
    cs.setStrokingColor(new Color(0xcfd8dc));
    cs.setLineWidth(0.5f);
    for (int c = 0; c < cells.size(); c++) {
      cs.addRect(x, y - height, w[c], height);
      cs.stroke();
      Cell cell = cells.get(c);
      float ty = y - pad - size;
      for (String line : lines.get(c)) {
        text(line, cell.bold() ? bold : regular, size, cell.colour(), x + pad, ty);
        ty -= leading;
      }
      x += w[c];
    }
    if (mark != null) {
      cs.setNonStrokingColor(mark);
      cs.addRect(MARGIN, y - height, 2.5f, height);
      cs.fill();
    }
    y -= height;
    return false;
  }

  /** An image scaled to {@code drawWidth} points wide (never wider than the page). */
  void image(BufferedImage image, float drawWidth) throws IOException {
    float w = Math.min(drawWidth, width);
    float h = w * image.getHeight() / image.getWidth();
    need(h);
    PDImageXObject x = flateImage(doc, image);
    cs.drawImage(x, MARGIN, y - h, w, h);
    y -= h;
  }

  /**
   * The image's RGB pixels, Flate-compressed as they are. PDFBox's {@code LosslessFactory} tries
   * every PNG predictor on every row to save bytes; on the charts (flat colours) that took two
   * thirds of the time of writing a student's PDF, for files about as small. An image with
   * transparency goes through {@code LosslessFactory}, which keeps it as a soft mask.
   */
  static PDImageXObject flateImage(PDDocument doc, BufferedImage image) throws IOException {
    if (image.getColorModel().hasAlpha()) {
      return LosslessFactory.createFromImage(doc, image);
    }
    int w = image.getWidth();
    int h = image.getHeight();
    ByteArrayOutputStream encoded = new ByteArrayOutputStream(w * h / 4 + 64);
    Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
    try (DeflaterOutputStream out = new DeflaterOutputStream(encoded, deflater, 1 << 16)) {
      int[] row = new int[w];
      byte[] bytes = new byte[3 * w];
      for (int y = 0; y < h; y++) {
        image.getRGB(0, y, w, 1, row, 0, w);
        for (int x = 0, i = 0; x < w; x++) {
          int p = row[x];
          bytes[i++] = (byte) (p >> 16);
          bytes[i++] = (byte) (p >> 8);
          bytes[i++] = (byte) p;
        }
        out.write(bytes);
      }
    } finally {
      deflater.end();
    }
    return new PDImageXObject(
        doc,
        new ByteArrayInputStream(encoded.toByteArray()),
        COSName.FLATE_DECODE,
        w,
        h,
        8,
        PDDeviceRGB.INSTANCE);
  }

  private void text(String s, PDFont font, float size, Color colour, float x, float baseline)
      throws IOException {
    cs.beginText();
    cs.setNonStrokingColor(colour == null ? Color.BLACK : colour);
    cs.newLineAtOffset(x, baseline);
    show(
        cs,
        visual(safe(s, font).replace('\n', ' ')),
        font,
        size); // one line: a name with a newline in it is one line too
    cs.endText();
  }

  /**
   * Shows text in runs: the characters {@code font} has in it, the others in the fallback font that
   * has them.
   */
  private void show(PDPageContentStream stream, String text, PDFont font, float size)
      throws IOException {
    for (Run r : runs(text, font)) {
      stream.setFont(r.font(), size);
      stream.showText(r.text());
    }
  }

  private record Run(PDFont font, String text) {}

  private List<Run> runs(String text, PDFont font) throws IOException {
    List<Run> out = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    PDFont current = font;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      PDFont f = encodable.computeIfAbsent(cp, k -> canEncode(k, font)) ? font : fallback(cp, font);
      if (f != current && run.length() > 0) {
        out.add(new Run(current, run.toString()));
        run.setLength(0);
      }
      current = f;
      run.appendCodePoint(cp);
      i += Character.charCount(cp);
    }
    if (run.length() > 0) {
      out.add(new Run(current, run.toString()));
    }
    return out;
  }

  private PDFont fallback(int cp, PDFont font) throws IOException {
    int i = FallbackFonts.fontFor(cp);
    if (i < 0) {
      return font; // safe() has replaced it already
    }
    PDFont f = fallbacks.get(i);
    if (f == null) {
      f =
          org.apache.pdfbox.pdmodel.font.PDType0Font.load(
              doc, FallbackFonts.files().get(i).toFile());
      fallbacks.put(i, f);
    }
    return f;
  }

  /** A line with right-to-left runs in the order they are seen (PDF text runs left to right). */
  static String visual(String line) {
    if (!java.text.Bidi.requiresBidi(line.toCharArray(), 0, line.length())) {
      return line;
    }
    java.text.Bidi bidi = new java.text.Bidi(line, java.text.Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
    int n = bidi.getRunCount();
    byte[] levels = new byte[n];
    String[] runs = new String[n];
    for (int i = 0; i < n; i++) {
      levels[i] = (byte) bidi.getRunLevel(i);
      String r = line.substring(bidi.getRunStart(i), bidi.getRunLimit(i));
      runs[i] = (levels[i] & 1) == 1 ? new StringBuilder(r).reverse().toString() : r;
    }
    java.text.Bidi.reorderVisually(levels, 0, runs, 0, n);
    return String.join("", runs);
  }

  /** Breaks text into lines of at most {@code max} points; words longer than a line are cut. */
  List<String> wrap(String text, PDFont font, float size, float max) throws IOException {
    List<String> out = new ArrayList<>();
    for (String para : safe(text, font).split("\n", -1)) {
      StringBuilder line = new StringBuilder();
      for (String word : para.split(" ")) {
        String candidate = line.length() == 0 ? word : line + " " + word;
        if (width(candidate, font, size) <= max) {
          line.setLength(0);
          line.append(candidate);
          continue;
        }
        if (line.length() > 0) {
          out.add(line.toString());
          line.setLength(0);
        }
        String rest = word;
        while (width(rest, font, size) > max && rest.length() > 1) {
          int n = rest.length() - 1;
          while (n > 1 && width(rest.substring(0, n), font, size) > max) {
            n--;
          }
          out.add(rest.substring(0, n));
          rest = rest.substring(n);
        }
        line.append(rest);
      }
      out.add(line.toString());
    }
    return out;
  }

  private float width(String s, PDFont font, float size) throws IOException {
    float w = 0;
    for (Run r : runs(s, font)) {
      w += r.font().getStringWidth(r.text()) / 1000 * size;
    }
    return w;
  }

  /**
   * The text with tabs as spaces; a character neither the font nor a fallback font can show becomes
   * {@code [U+XXXX]} (and is in {@link FallbackFonts#missing}).
   */
  private String safe(String text, PDFont font) {
    StringBuilder b = new StringBuilder();
    (text == null ? "" : text)
        .replace("\r\n", "\n")
        .replace('\t', ' ')
        .codePoints()
        .forEach(
            cp -> {
              if (cp == '\n') {
                b.append('\n');
              } else if (Character.isISOControl(cp)) {
                b.append(' ');
              } else if (encodable.computeIfAbsent(cp, k -> canEncode(k, font))
                  || FallbackFonts.fontFor(cp) >= 0) {
                b.appendCodePoint(cp);
              } else {
                b.append('[').append(FallbackFonts.code(cp)).append(']');
              }
            });
    return b.toString();
  }

  private boolean canEncode(int cp, PDFont font) {
    try {
      String s = new String(Character.toChars(cp));
      font.encode(s);
      return (font == regular ? bold : regular).encode(s) != null;
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * Adds "title · page i of n" to every page, sets the metadata and a content-derived id, and
   * saves.
   */
  byte[] finish(String title, String footer) throws IOException {
    cs.close();
    cs = null;
    int n = doc.getNumberOfPages();
    for (int i = 0; i < n; i++) {
      PDPage p = doc.getPage(i);
      try (PDPageContentStream f =
          new PDPageContentStream(doc, p, PDPageContentStream.AppendMode.APPEND, true, true)) {
        String s = safe(footer + " · page " + (i + 1) + " of " + n, regular).replace('\n', ' ');
        f.beginText();
        f.setNonStrokingColor(new Color(0x757575));
        f.newLineAtOffset(MARGIN, 28);
        show(f, visual(s), regular, 7.5f);
        f.endText();
      }
    }
    doc.getDocumentInformation().setTitle(title);
    // PDFBox would derive the file id from the clock; a hash of the title keeps the output
    // byte-identical
    byte[] id = sha(title + "\n" + footer + "\n" + n);
    COSArray ids = new COSArray();
    ids.add(new COSString(id));
    ids.add(new COSString(id));
    doc.getDocument().getTrailer().setItem(COSName.ID, ids);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.save(out);
    return out.toByteArray();
  }

  private static byte[] sha(String s) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return java.util.Arrays.copyOf(h, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() throws IOException {
    if (cs != null) {
      cs.close();
    }
    doc.close();
  }
}
