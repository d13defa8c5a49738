package korrektor.document.ooxml;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageProperties;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;

/**
 * The document properties of an OOXML package that the similarity report compares: creator, last
 * editor and title from the core properties (which POI parses when it opens the package) and
 * application, template and company from {@code docProps/app.xml}, read with a streaming parser.
 * {@code POIXMLDocument.getProperties()} gives the same, but binds the whole extended-properties
 * schema for three strings and cost as much as reading a small sheet's cells.
 */
public final class OoxmlProperties {
  private static final Set<String> EXTENDED = Set.of("Application", "Template", "Company");

  /** One factory per thread: the JDK's factory may reuse its reader between calls. */
  private static final ThreadLocal<XMLInputFactory> XML =
      ThreadLocal.withInitial(OoxmlProperties::secureFactory);

  private OoxmlProperties() {}

  /**
   * Puts author, lastModifiedBy, title, application, template and company (when present) into
   * {@code into}.
   */
  public static void read(OPCPackage pkg, Map<String, String> into) {
    try {
      PackageProperties core = pkg.getPackageProperties();
      into.put("author", core.getCreatorProperty().orElse(null));
      into.put("lastModifiedBy", core.getLastModifiedByProperty().orElse(null));
      into.put("title", core.getTitleProperty().orElse(null));
    } catch (InvalidFormatException | RuntimeException e) {
      // no core properties: nothing to compare
    }
    into.put("application", null);
    into.put("template", null);
    into.put("company", null);
    for (PackageRelationship rel :
        pkg.getRelationshipsByType(PackageRelationshipTypes.EXTENDED_PROPERTIES)) {
      try {
        PackagePart part = pkg.getPart(rel);
        if (part != null) {
          extended(part, into);
        }
      } catch (IOException | XMLStreamException | RuntimeException e) {
        // a broken app.xml costs only its three properties
      }
      break;
    }
  }

  /** The top-level Application, Template and Company elements of docProps/app.xml. */
  private static void extended(PackagePart part, Map<String, String> into)
      throws IOException, XMLStreamException {
    try (InputStream in = part.getInputStream()) {
      XMLStreamReader r = XML.get().createXMLStreamReader(in);
      try {
        int depth = 0;
        while (r.hasNext()) {
          int event = r.next();
          if (event == XMLStreamReader.START_ELEMENT) {
            depth++;
            String name = r.getLocalName();
            if (depth == 2 && EXTENDED.contains(name)) {
              String text = r.getElementText().strip(); // consumes the end tag
              depth--;
              into.put(
                  Character.toLowerCase(name.charAt(0)) + name.substring(1),
                  text.isEmpty() ? null : text);
            }
          } else if (event == XMLStreamReader.END_ELEMENT) {
            depth--;
          }
        }
      } finally {
        r.close();
      }
    }
  }

  private static XMLInputFactory secureFactory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    return f;
  }
}
