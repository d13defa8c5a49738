package korrektor.document.ods;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipException;
import javax.xml.stream.XMLStreamException;
import korrektor.document.Document;
import korrektor.document.DocumentReader;
import korrektor.document.Figure;
import korrektor.document.Format;
import korrektor.document.Location;
import korrektor.document.Problem;
import korrektor.document.ReadFailures;
import korrektor.document.ReadLimits;

/**
 * Reads an OpenDocument spreadsheet (.ods, LibreOffice Calc): each table becomes a grid named as
 * the sheet with cells located {@code file.ods!Sheet1!C3}; a number's value is its raw
 * {@code office:value}, its text what the sheet displays. Charts (embedded chart objects) and
 * pictures become figures. The container is opened with bomb limits ({@link OdsContainer}) and
 * the XML parsed with DTDs refused ({@link ContentParser}).
 */
public final class OdsReader implements DocumentReader {

  private static final String CHART_TYPE = "application/vnd.oasis.opendocument.chart";

  @Override
  public Set<Format> formats() {
    return Set.of(Format.ODS);
  }

  @Override
  public Document read(Path file, String displayName, ReadLimits limits) {
    try (OdsContainer ods = new OdsContainer(file)) {
      if (ods.names().contains("encrypted-package") || isEncrypted(ods)) {
        return Document.unreadable(displayName, Format.ODS, ReadFailures.encrypted(Format.ODS));
      }
      List<Problem> problems = new ArrayList<>();
      ContentParser.Content content;
      try (InputStream in = ods.open("content.xml")) {
        if (in == null) {
          return Document.unreadable(displayName, Format.ODS,
              ReadFailures.damaged(Format.ODS, "no content.xml"));
        }
        content = new ContentParser(displayName, limits).parse(in, problems);
      }
      List<Figure> figures = new ArrayList<>(content.figures());
      if (figures.isEmpty()) {
        figures.addAll(manifestFigures(ods, displayName));
      }
      return new Document(displayName, Format.ODS, content.grids(), List.of(), figures, 0, problems);
    } catch (ZipException e) {
      return Document.unreadable(displayName, Format.ODS,
          ReadFailures.damaged(Format.ODS, "broken zip container"));
    } catch (IOException | XMLStreamException | RuntimeException e) {
      return Document.unreadable(displayName, Format.ODS, ReadFailures.describe(Format.ODS, e));
    }
  }

  /** LibreOffice keeps the manifest readable and marks encrypted parts with encryption-data. */
  private static boolean isEncrypted(OdsContainer ods) throws IOException, XMLStreamException {
    try (InputStream in = ods.open("META-INF/manifest.xml")) {
      return in != null && ContentParser.manifest(in).encrypted();
    }
  }

  private static List<Figure> manifestFigures(OdsContainer ods, String file)
      throws IOException, XMLStreamException {
    List<Figure> figures = new ArrayList<>();
    try (InputStream in = ods.open("META-INF/manifest.xml")) {
      if (in == null) {
        return figures;
      }
      for (var entry : ContentParser.manifest(in).entries().entrySet()) {
        if (CHART_TYPE.equals(entry.getValue())) {
          figures.add(new Figure(Figure.Kind.CHART, "chart " + entry.getKey(), Location.ofFile(file)));
        } else if (entry.getKey().startsWith("Pictures/") && !entry.getKey().endsWith("/")) {
          figures.add(new Figure(Figure.Kind.IMAGE, "picture " + entry.getKey(), Location.ofFile(file)));
        }
      }
    }
    return figures;
  }
}
