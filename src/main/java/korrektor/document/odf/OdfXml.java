package korrektor.document.odf;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The XML side of an OpenDocument file: a StAX factory with DTDs and external entities refused (an
 * entity bomb is refused, not expanded), the namespaces the readers need, and the manifest.
 */
public final class OdfXml {

  public static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
  public static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
  public static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
  public static final String DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
  public static final String XLINK = "http://www.w3.org/1999/xlink";
  public static final String MANIFEST = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0";
  public static final String MATHML = "http://www.w3.org/1998/Math/MathML";

  /** Media types of embedded objects, as the manifest names them. */
  public static final String CHART_TYPE = "application/vnd.oasis.opendocument.chart";

  public static final String FORMULA_TYPE = "application/vnd.oasis.opendocument.formula";

  /**
   * What the manifest says.
   *
   * @param entries part path → media type, in manifest order
   * @param encrypted whether any part is encrypted (a password-protected document)
   */
  public record Manifest(Map<String, String> entries, boolean encrypted) {
    public Manifest {
      entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    /**
     * The media type of a part or folder, with or without a leading {@code ./} or trailing {@code
     * /}.
     */
    public String mediaType(String path) {
      String p = path.startsWith("./") ? path.substring(2) : path;
      String type = entries.get(p);
      if (type == null) {
        type = entries.get(p.endsWith("/") ? p.substring(0, p.length() - 1) : p + "/");
      }
      return type;
    }
  }

  private static final String DC = "http://purl.org/dc/elements/1.1/";
  private static final String META = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0";

  private OdfXml() {}

  /**
   * A repeat count ({@code table:number-columns-repeated}, {@code text:c}, …): at least 1, 1 when
   * absent or bad.
   */
  public static int repeat(String value) {
    if (value == null) {
      return 1;
    }
    try {
      return Math.max(1, Integer.parseInt(value.strip()));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  /**
   * The raw number of a cell ({@code office:value}) when its {@code office:value-type} is a number
   * ({@code float}, {@code percentage}, {@code currency}); null otherwise or when it does not
   * parse.
   */
  public static Double number(String valueType, String value) {
    if (value == null
        || !("float".equals(valueType)
            || "percentage".equals(valueType)
            || "currency".equals(valueType))) {
      return null;
    }
    try {
      return Double.parseDouble(value.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * What {@code meta.xml} says about the document, under the keys of {@link
   * korrektor.document.Document#METADATA_KEYS}: {@code author} (initial creator), {@code
   * lastModifiedBy} (creator), {@code application} (generator), {@code title}. Empty when there is
   * no meta.xml or it cannot be read: metadata never costs a student the grade.
   */
  public static Map<String, String> metadata(OdfContainer container) {
    Map<String, String> into = new LinkedHashMap<>();
    try (InputStream in = container.open("meta.xml")) {
      if (in == null) {
        return into;
      }
      XMLStreamReader xml = secureFactory().createXMLStreamReader(in);
      try {
        while (xml.hasNext()) {
          int event = xml.next();
          refuseEntities(event, "meta.xml");
          if (event != XMLStreamConstants.START_ELEMENT) {
            continue;
          }
          String key =
              switch (xml.getNamespaceURI() + " " + xml.getLocalName()) {
                case META + " initial-creator" -> "author";
                case DC + " creator" -> "lastModifiedBy";
                case META + " generator" -> "application";
                case DC + " title" -> "title";
                default -> null;
              };
          if (key != null) {
            String text = xml.getElementText();
            into.put(key, text.length() > 200 ? text.substring(0, 200) : text);
          }
        }
      } finally {
        xml.close();
      }
    } catch (IOException | XMLStreamException | RuntimeException e) {
      return Map.of();
    }
    return into;
  }

  /** A StAX factory that never reads a DTD or an external entity. */
  public static XMLInputFactory secureFactory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    return factory;
  }

  /**
   * Refuses the events an OpenDocument part never has: a DTD (entity declarations) and an entity
   * reference. Call for every event.
   *
   * @param part the part's name for the message, e.g. "content.xml"
   */
  public static void refuseEntities(int event, String part) throws XMLStreamException {
    if (event == XMLStreamConstants.DTD) {
      throw new XMLStreamException(
          part + " declares a DTD (entity declarations), which OpenDocument files never have");
    }
    if (event == XMLStreamConstants.ENTITY_REFERENCE) {
      throw new XMLStreamException(part + " uses an undeclared entity");
    }
  }

  /** The manifest of a container; empty when it has none. */
  public static Manifest manifest(OdfContainer container) throws IOException, XMLStreamException {
    try (InputStream in = container.open("META-INF/manifest.xml")) {
      return in == null ? new Manifest(Map.of(), false) : manifest(in);
    }
  }

  /** Parses {@code META-INF/manifest.xml}. */
  public static Manifest manifest(InputStream in) throws XMLStreamException {
    XMLStreamReader xml = secureFactory().createXMLStreamReader(in);
    Map<String, String> entries = new LinkedHashMap<>();
    boolean encrypted = false;
    try {
      while (xml.hasNext()) {
        int event = xml.next();
        refuseEntities(event, "the manifest");
        if (event == XMLStreamConstants.START_ELEMENT) {
          String local = xml.getLocalName();
          if (local.equals("file-entry") && entries.size() < OdfContainer.MAX_ENTRIES) {
            entries.put(
                String.valueOf(xml.getAttributeValue(MANIFEST, "full-path")),
                String.valueOf(xml.getAttributeValue(MANIFEST, "media-type")));
          } else if (local.equals("encryption-data")) {
            encrypted = true;
          }
        }
      }
    } finally {
      xml.close();
    }
    return new Manifest(entries, encrypted);
  }
}
