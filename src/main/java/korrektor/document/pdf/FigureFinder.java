package korrektor.document.pdf;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;

/**
 * Walks one page's drawing operations (form XObjects included) and records the images drawn and
 * the regions holding many path segments. Vector plots (matplotlib, TikZ) are hundreds of
 * {@code lineTo}/{@code curveTo} segments in one place; table rules are a few lines or rectangles,
 * which are not counted.
 */
final class FigureFinder extends PDFGraphicsStreamEngine {

  /** An image drawn on the page: its pixel size and the part of the page it covers (0..1). */
  record PlacedImage(int pixelWidth, int pixelHeight, double pageShare) {}

  /** A region of the page with many path segments. */
  record Drawing(Rectangle2D bounds, int segments) {}

  private static final int MAX_PATHS = 50_000;
  private static final int MAX_MERGED = 2_000;

  private final double pageArea;
  private final List<PlacedImage> images = new ArrayList<>();
  private final List<Drawing> paths = new ArrayList<>();
  private Rectangle2D pathBounds;
  private int pathSegments;
  private final Point2D.Float current = new Point2D.Float();

  FigureFinder(PDPage page) {
    super(page);
    Rectangle2D box = page.getCropBox().transform(new Matrix()).getBounds2D();
    pageArea = Math.max(1, box.getWidth() * box.getHeight());
  }

  /** Runs over the page and returns what it found. */
  FigureFinder scan() throws IOException {
    processPage(getPage());
    return this;
  }

  List<PlacedImage> images() {
    return List.copyOf(images);
  }

  /** Regions with more than {@code minSegments} path segments, merging paths that touch. */
  List<Drawing> drawings(int minSegments) {
    if (paths.size() > MAX_MERGED) {
      // Thousands of separate paths: a drawing, whatever the regions are; merging would be slow.
      Rectangle2D all = paths.get(0).bounds();
      int segments = 0;
      for (Drawing path : paths) {
        all = all.createUnion(path.bounds());
        segments += path.segments();
      }
      return List.of(new Drawing(all, segments));
    }
    List<Drawing> regions = new ArrayList<>();
    for (Drawing path : paths) {
      Rectangle2D grown = grow(path.bounds());
      int segments = path.segments();
      Rectangle2D bounds = path.bounds();
      boolean changed = true;
      while (changed) {
        changed = false;
        for (int i = regions.size() - 1; i >= 0; i--) {
          Drawing region = regions.get(i);
          if (grow(region.bounds()).intersects(grown)) {
            bounds = bounds.createUnion(region.bounds());
            grown = grow(bounds);
            segments += region.segments();
            regions.remove(i);
            changed = true;
          }
        }
      }
      regions.add(new Drawing(bounds, segments));
    }
    return regions.stream().filter(r -> r.segments() > minSegments).toList();
  }

  private static Rectangle2D grow(Rectangle2D r) {
    double margin = 12;
    return new Rectangle2D.Double(
        r.getX() - margin, r.getY() - margin, r.getWidth() + 2 * margin, r.getHeight() + 2 * margin);
  }

  /** Text is not a figure: skip the glyph-by-glyph work the engine would do for it. */
  @Override
  public void showTextString(byte[] string) {
    // nothing: this pass looks for images and paths only
  }

  @Override
  public void showTextStrings(org.apache.pdfbox.cos.COSArray array) {
    // nothing: this pass looks for images and paths only
  }

  @Override
  public void drawImage(PDImage image) {
    Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
    Point2D.Float[] corners = {
      ctm.transformPoint(0, 0), ctm.transformPoint(1, 0),
      ctm.transformPoint(0, 1), ctm.transformPoint(1, 1)
    };
    Rectangle2D bounds = new Rectangle2D.Double(corners[0].x, corners[0].y, 0, 0);
    for (Point2D.Float p : corners) {
      bounds.add(p);
    }
    double share = Math.min(1, bounds.getWidth() * bounds.getHeight() / pageArea);
    images.add(new PlacedImage(image.getWidth(), image.getHeight(), share));
  }

  @Override
  public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
    // Rectangles are table rules, frames and bars' outlines: not counted as plot segments.
    current.setLocation(p0);
  }

  @Override
  public void moveTo(float x, float y) {
    current.setLocation(x, y);
  }

  @Override
  public void lineTo(float x, float y) {
    segment(x, y);
  }

  @Override
  public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
    segment(x3, y3);
  }

  private void segment(float x, float y) {
    if (pathBounds == null) {
      pathBounds = new Rectangle2D.Double(current.x, current.y, 0, 0);
    }
    pathBounds.add(x, y);
    pathSegments++;
    current.setLocation(x, y);
  }

  @Override
  public Point2D getCurrentPoint() {
    return current;
  }

  @Override
  public void closePath() {}

  @Override
  public void endPath() {
    pathBounds = null;
    pathSegments = 0;
  }

  @Override
  public void strokePath() {
    paint();
  }

  @Override
  public void fillPath(int windingRule) {
    paint();
  }

  @Override
  public void fillAndStrokePath(int windingRule) {
    paint();
  }

  private void paint() {
    if (pathBounds != null && pathSegments > 0 && paths.size() < MAX_PATHS) {
      paths.add(new Drawing(pathBounds, pathSegments));
    }
    endPath();
  }

  @Override
  public void clip(int windingRule) {}

  @Override
  public void shadingFill(COSName shadingName) {}
}
