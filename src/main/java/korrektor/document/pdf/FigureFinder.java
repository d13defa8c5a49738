package korrektor.document.pdf;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;

/**
 * Records one page's images and the regions holding many path segments, from the drawing operations
 * {@link FigureOperators} hand it in device space (form XObjects included). Vector plots
 * (matplotlib, TikZ) are hundreds of {@code lineTo}/{@code curveTo} segments in one place; table
 * rules are a few lines or rectangles, which are not counted.
 */
final class FigureFinder {

  /** An image drawn on the page: its pixel size and the part of the page it covers (0..1). */
  record PlacedImage(int pixelWidth, int pixelHeight, double pageShare) {}

  /** A region of the page with many path segments. */
  record Drawing(Rectangle2D bounds, int segments) {}

  private static final int MAX_PATHS = 50_000;
  private static final int MAX_MERGED = 2_000;

  private final List<PlacedImage> images = new ArrayList<>();
  private final List<Drawing> paths = new ArrayList<>();
  private Rectangle2D pathBounds;
  private int pathSegments;
  private final Point2D.Float current = new Point2D.Float();

  /** The crop box area, worked out at the first image: pages without images never need it. */
  private double pageArea = Double.NaN;

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
        r.getX() - margin,
        r.getY() - margin,
        r.getWidth() + 2 * margin,
        r.getHeight() + 2 * margin);
  }

  /**
   * An image painted into the unit square of {@code ctm}; its page share is measured against the
   * crop box of {@code page}.
   */
  void image(PDImage image, Matrix ctm, PDPage page) {
    Point2D.Float[] corners = {
      ctm.transformPoint(0, 0), ctm.transformPoint(1, 0),
      ctm.transformPoint(0, 1), ctm.transformPoint(1, 1)
    };
    Rectangle2D bounds = new Rectangle2D.Double(corners[0].x, corners[0].y, 0, 0);
    for (Point2D.Float p : corners) {
      bounds.add(p);
    }
    if (Double.isNaN(pageArea)) {
      Rectangle2D box = page.getCropBox().transform(new Matrix()).getBounds2D();
      pageArea = Math.max(1, box.getWidth() * box.getHeight());
    }
    double share = Math.min(1, bounds.getWidth() * bounds.getHeight() / pageArea);
    images.add(new PlacedImage(image.getWidth(), image.getHeight(), share));
  }

  /** A rectangle ({@code re}) starting at {@code p0}: table rules and frames, not plot segments. */
  void rectangle(Point2D.Float p0) {
    current.setLocation(p0);
  }

  void moveTo(Point2D.Float p) {
    current.setLocation(p.x, p.y);
  }

  /** A line or curve from the current point to {@code p}. */
  void segmentTo(Point2D.Float p) {
    float x = p.x;
    float y = p.y;
    if (pathBounds == null) {
      pathBounds = new Rectangle2D.Double(current.x, current.y, 0, 0);
    }
    pathBounds.add(x, y);
    pathSegments++;
    current.setLocation(x, y);
  }

  /** The path is stroked and/or filled: its segments count. */
  void paint() {
    if (pathBounds != null && pathSegments > 0 && paths.size() < MAX_PATHS) {
      paths.add(new Drawing(pathBounds, pathSegments));
    }
    endPath();
  }

  /** The path ends unpainted ({@code n}). */
  void endPath() {
    pathBounds = null;
    pathSegments = 0;
  }
}
