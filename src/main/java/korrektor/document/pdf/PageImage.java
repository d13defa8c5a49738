package korrektor.document.pdf;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import korrektor.document.Word;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * One page of a student's PDF as a PNG, with the words a value came from outlined: what a tutor
 * sees in {@code korrektor review}. Word geometry is the reader's ({@link Word}: points, y the
 * baseline, growing downwards), so the outline sits where the reader found the value.
 */
public final class PageImage {
  /** Pixels per PDF point: 1.5 is 108 dpi, readable and small. */
  private static final float SCALE = 1.5f;

  /** Points of the page kept above and below outlined words. */
  private static final double BAND = 170;

  private PageImage() {}

  /**
   * Renders page {@code page} (1-based) and outlines {@code words}, cut to the band around them; an
   * empty list outlines nothing and keeps the whole page.
   *
   * @throws IOException when the file cannot be read or has no such page
   */
  public static byte[] render(Path file, int page, List<Word> words) throws IOException {
    try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
      if (page < 1 || page > pdf.getNumberOfPages()) {
        throw new IOException("no page " + page + " (the file has " + pdf.getNumberOfPages() + ")");
      }
      BufferedImage image = new PDFRenderer(pdf).renderImage(page - 1, SCALE, ImageType.RGB);
      if (!words.isEmpty()) {
        double left = Double.MAX_VALUE;
        double right = 0;
        double top = Double.MAX_VALUE;
        double bottom = 0;
        for (Word w : words) {
          left = Math.min(left, w.x());
          right = Math.max(right, w.right());
          top = Math.min(top, w.y() - w.fontSize());
          bottom = Math.max(bottom, w.y() + w.fontSize() * 0.3);
        }
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(255, 213, 0, 90));
        int x = (int) ((left - 3) * SCALE);
        int y = (int) ((top - 2) * SCALE);
        int w = (int) ((right - left + 6) * SCALE);
        int h = (int) ((bottom - top + 4) * SCALE);
        g.fillRect(x, y, w, h);
        g.setColor(new Color(0xd32f2f));
        g.setStroke(new BasicStroke(2.5f));
        g.drawRect(x, y, w, h);
        g.dispose();
        // the band around the value, so that it is in view without scrolling
        int from = Math.max(0, y - (int) (BAND * SCALE));
        int to = Math.min(image.getHeight(), y + h + (int) (BAND * SCALE));
        image = image.getSubimage(0, from, image.getWidth(), to - from);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    }
  }
}
