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
import korrektor.document.odf.OdfContainer;
import korrektor.document.odf.OdfXml;

/**
 * Reads an OpenDocument spreadsheet (.ods, LibreOffice Calc): each table becomes a grid named as
 * the sheet with cells located {@code file.ods!Sheet1!C3}; a number's value is its raw {@code
 * office:value}, its text what the sheet displays. Charts (embedded chart objects) and pictures
 * become figures. The container is opened with bomb limits ({@link OdfContainer}) and the XML
 * parsed with DTDs refused ({@link OdfXml}).
 */
public final class OdsReader implements DocumentReader {

  @Override
  public Set<Format> formats() {
    return Set.of(Format.ODS);
  }

  @Override
  public Document read(Path file, String displayName, ReadLimits limits) {
    try (OdfContainer ods = new OdfContainer(file)) {
      OdfXml.Manifest manifest = OdfXml.manifest(ods);
      if (ods.names().contains("encrypted-package") || manifest.encrypted()) {
        return Document.unreadable(displayName, Format.ODS, ReadFailures.encrypted(Format.ODS));
      }
      List<Problem> problems = new ArrayList<>();
      ContentParser.Content content;
      try (InputStream in = ods.open("content.xml")) {
        if (in == null) {
          return Document.unreadable(
              displayName, Format.ODS, ReadFailures.damaged(Format.ODS, "no content.xml"));
        }
        content = new ContentParser(displayName, limits).parse(in, problems);
      }
      List<Figure> figures = new ArrayList<>(content.figures());
      if (figures.isEmpty()) {
        figures.addAll(manifestFigures(manifest, displayName));
      }
      return new Document(
          displayName, Format.ODS, content.grids(), List.of(), figures, 0, problems);
    } catch (ZipException e) {
      return Document.unreadable(
          displayName, Format.ODS, ReadFailures.damaged(Format.ODS, "broken zip container"));
    } catch (IOException | XMLStreamException | RuntimeException e) {
      return Document.unreadable(displayName, Format.ODS, ReadFailures.describe(Format.ODS, e));
    }
  }

  private static List<Figure> manifestFigures(OdfXml.Manifest manifest, String file) {
    List<Figure> figures = new ArrayList<>();
    for (var entry : manifest.entries().entrySet()) {
      if (OdfXml.CHART_TYPE.equals(entry.getValue())) {
        figures.add(
            new Figure(Figure.Kind.CHART, "chart " + entry.getKey(), Location.ofFile(file)));
      } else if (entry.getKey().startsWith("Pictures/") && !entry.getKey().endsWith("/")) {
        figures.add(
            new Figure(Figure.Kind.IMAGE, "picture " + entry.getKey(), Location.ofFile(file)));
      }
    }
    return figures;
  }
}
