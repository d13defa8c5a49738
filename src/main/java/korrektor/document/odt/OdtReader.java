package korrektor.document.odt;

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
import korrektor.document.Format;
import korrektor.document.Problem;
import korrektor.document.ReadFailures;
import korrektor.document.ReadLimits;
import korrektor.document.odf.OdfContainer;
import korrektor.document.odf.OdfXml;

/**
 * Reads an OpenDocument text (.odt, LibreOffice Writer): paragraphs and headings become lines
 * ({@code file.odt l.7}) with the text of formula objects in place ({@code h(2)=0.3907}) and list
 * items' numbers in front ({@code a) }, from the list styles in styles.xml and content.xml), tables
 * grids {@code Table 1}, … ({@code file.odt!Table 1!B3}) whose numbers keep their raw {@code
 * office:value}, and pictures, charts and drawings figures. The container is opened with the bomb
 * limits of {@link OdfContainer}, the XML parsed with DTDs refused ({@link OdfXml}).
 */
public final class OdtReader implements DocumentReader {

  @Override
  public Set<Format> formats() {
    return Set.of(Format.ODT);
  }

  @Override
  public Document read(Path file, String displayName, ReadLimits limits) {
    try (OdfContainer odt = new OdfContainer(file)) {
      OdfXml.Manifest manifest = OdfXml.manifest(odt);
      if (odt.names().contains("encrypted-package") || manifest.encrypted()) {
        return Document.unreadable(displayName, Format.ODT, ReadFailures.encrypted(Format.ODT));
      }
      List<Problem> problems = new ArrayList<>();
      ListStyles listStyles = new ListStyles();
      try (InputStream in = odt.open("styles.xml")) {
        if (in != null) {
          listStyles.readPart(in, "styles.xml");
        }
      } catch (IOException | XMLStreamException | RuntimeException e) {
        // list styles only give list items their numbers; without them the text is read as it is
      }
      TextContent.Content content;
      try (InputStream in = odt.open("content.xml")) {
        if (in == null) {
          return Document.unreadable(
              displayName, Format.ODT, ReadFailures.damaged(Format.ODT, "no content.xml"));
        }
        content =
            new TextContent(displayName, limits, odt, manifest, listStyles, problems).parse(in);
      }
      return new Document(
              displayName,
              Format.ODT,
              content.grids(),
              content.lines(),
              content.figures(),
              0,
              problems)
          .withMetadata(OdfXml.metadata(odt));
    } catch (ZipException e) {
      return Document.unreadable(
          displayName, Format.ODT, ReadFailures.damaged(Format.ODT, "broken zip container"));
    } catch (IOException | XMLStreamException | RuntimeException e) {
      return Document.unreadable(displayName, Format.ODT, ReadFailures.describe(Format.ODT, e));
    }
  }
}
