package korrektor.document.image;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageInputStream;
import korrektor.document.Document;
import korrektor.document.DocumentReader;
import korrektor.document.Figure;
import korrektor.document.Format;
import korrektor.document.Location;
import korrektor.document.ReadLimits;

/**
 * Reads an image file as a document with no text and one {@link Figure.Kind#IMAGE} figure: an image
 * handed in next to a table is the student's plot. Only the header is read, for the size.
 */
public final class ImageReader implements DocumentReader {

  @Override
  public Set<Format> formats() {
    return Set.of(Format.IMAGE);
  }

  @Override
  public Document read(Path file, String displayName, ReadLimits limits) {
    Figure figure = new Figure(Figure.Kind.IMAGE, describe(file), Location.ofFile(displayName));
    return new Document(
        displayName, Format.IMAGE, List.of(), List.of(), List.of(figure), 0, List.of());
  }

  private static String describe(Path file) {
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      Iterator<javax.imageio.ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
      if (readers != null && readers.hasNext()) {
        javax.imageio.ImageReader reader = readers.next();
        try {
          reader.setInput(in, true, true);
          String type = reader.getFormatName().toUpperCase(java.util.Locale.ROOT);
          return type + " image " + reader.getWidth(0) + "x" + reader.getHeight(0);
        } finally {
          reader.dispose();
        }
      }
    } catch (IOException | RuntimeException e) {
      // Size unknown (e.g. WebP, or a damaged header): the image is still reported.
    }
    return "image";
  }
}
