package korrektor.feedback;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.function.BiConsumer;
import javax.imageio.ImageIO;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * A drawing of a fixed size (in CSS pixels) that can be written as inline SVG, as PNG bytes, or as
 * an image for a PDF. The painter draws into the given rectangle; it is called once per output.
 *
 * @param width width in pixels
 * @param height height in pixels
 * @param title a short description, used as the SVG's and image's accessible name
 * @param painter draws the figure
 */
public record Figure(
    int width, int height, String title, BiConsumer<Graphics2D, Rectangle2D> painter) {

  public Figure {
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException(
          "a figure needs a positive size, not " + width + "×" + height);
    }
  }

  /**
   * The figure as an {@code <svg>} element that scales to its container. {@code idPrefix} keeps the
   * ids of clip paths unique when a page holds several figures (and the output deterministic).
   */
  public String svg(String idPrefix) {
    SVGGraphics2D g = new SVGGraphics2D(width, height);
    g.setDefsKeyPrefix(idPrefix);
    g.setFontFunction(family -> "DejaVu Sans, Verdana, Arial, sans-serif");
    painter.accept(g, new Rectangle2D.Double(0, 0, width, height));
    String svg = g.getSVGElement(idPrefix, false, new ViewBox(0, 0, width, height), null, null);
    // an accessible name, and no fixed size: the page's CSS makes it as wide as the column
    return svg.replaceFirst(
        "<svg ", "<svg role=\"img\" aria-label=\"" + Html.escape(title) + "\" ");
  }

  /**
   * The figure as an image, {@code scale} times its size in pixels (2 for print and sharp screens).
   */
  public BufferedImage image(double scale) {
    BufferedImage img =
        new BufferedImage(
            (int) Math.round(width * scale),
            (int) Math.round(height * scale),
            BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, img.getWidth(), img.getHeight());
      g.scale(scale, scale);
      painter.accept(g, new Rectangle2D.Double(0, 0, width, height));
    } finally {
      g.dispose();
    }
    return img;
  }

  /** The figure as PNG bytes. */
  public byte[] png(double scale) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image(scale), "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A {@code data:} URL of the PNG, for an {@code <img>} that works offline. */
  public String pngDataUrl(double scale) {
    return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(scale));
  }
}
