package korrektor.document.odt;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import korrektor.document.numbering.LabelTemplate;
import korrektor.document.numbering.ListCounters;
import korrektor.document.numbering.NumberStyle;
import korrektor.document.odf.OdfXml;

/**
 * The list styles of a Writer document ({@code text:list-style} in styles.xml and in content.xml's
 * automatic styles), the outline style that numbers headings, and the list style each paragraph
 * style names ({@code style:list-style-name}, inherited through {@code style:parent-style-name}). A
 * level is numbered ({@code style:num-format} 1, a, A, i, I or none, with {@code style:num-prefix},
 * {@code style:num-suffix}, {@code text:display-levels}, {@code text:start-value}, or LibreOffice's
 * {@code loext:num-list-format}) or a bullet.
 */
final class ListStyles {

  static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
  static final String LOEXT =
      "urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0";

  /** More styles than any document has: the rest are ignored. */
  private static final int MAX_STYLES = 20_000;

  private static final int MAX_CHAIN = 20;

  /**
   * One level of a list style; {@code style} null for a number format this reader does not write.
   */
  record Level(NumberStyle style, LabelTemplate label, int start) {}

  private final Map<String, Level[]> lists = new HashMap<>();
  private final Map<String, String> paragraphLists = new HashMap<>();
  private final Map<String, String> paragraphParents = new HashMap<>();
  private Level[] outline;

  /** Reads the styles of a whole part (styles.xml). */
  void readPart(InputStream in, String part) throws XMLStreamException {
    XMLStreamReader xml = OdfXml.secureFactory().createXMLStreamReader(in);
    try {
      while (xml.hasNext()) {
        int event = xml.next();
        OdfXml.refuseEntities(event, part);
        if (event == XMLStreamConstants.START_ELEMENT
            && OdfXml.OFFICE.equals(xml.getNamespaceURI())
            && (xml.getLocalName().equals("styles")
                || xml.getLocalName().equals("automatic-styles"))) {
          read(xml, part);
        }
      }
    } finally {
      xml.close();
    }
  }

  /**
   * Reads the styles in an {@code office:styles} or {@code office:automatic-styles} element; the
   * reader stands on its start and is left on its end.
   */
  void read(XMLStreamReader xml, String part) throws XMLStreamException {
    Level[] list = null;
    int depth = 1;
    while (depth > 0 && xml.hasNext()) {
      int event = xml.next();
      OdfXml.refuseEntities(event, part);
      if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
        continue;
      }
      if (event != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      depth++;
      String ns = xml.getNamespaceURI();
      String local = xml.getLocalName();
      if (OdfXml.TEXT.equals(ns) && (local.equals("list-style") || local.equals("outline-style"))) {
        list = new Level[ListCounters.LEVELS];
        String name = xml.getAttributeValue(STYLE, "name");
        if (local.equals("outline-style")) {
          outline = list;
        } else if (name != null && lists.size() < MAX_STYLES) {
          lists.put(name, list);
        }
      } else if (OdfXml.TEXT.equals(ns) && list != null && local.startsWith("list-level-style-")
          || OdfXml.TEXT.equals(ns) && list != null && local.equals("outline-level-style")) {
        int level = integer(xml.getAttributeValue(OdfXml.TEXT, "level"), 0) - 1;
        if (level >= 0 && level < ListCounters.LEVELS) {
          list[level] = level(xml, local, level);
        }
      } else if (STYLE.equals(ns)
          && local.equals("style")
          && "paragraph".equals(xml.getAttributeValue(STYLE, "family"))) {
        String name = xml.getAttributeValue(STYLE, "name");
        if (name != null
            && paragraphLists.size() < MAX_STYLES
            && paragraphParents.size() < MAX_STYLES) {
          String listStyle = xml.getAttributeValue(STYLE, "list-style-name");
          if (listStyle != null) {
            paragraphLists.put(name, listStyle);
          }
          String parent = xml.getAttributeValue(STYLE, "parent-style-name");
          if (parent != null) {
            paragraphParents.put(name, parent);
          }
        }
      }
    }
  }

  private static Level level(XMLStreamReader xml, String local, int level) {
    if (local.equals("list-level-style-bullet") || local.equals("list-level-style-image")) {
      return new Level(NumberStyle.BULLET, null, 1);
    }
    String format = xml.getAttributeValue(STYLE, "num-format");
    boolean letterSync = "true".equals(xml.getAttributeValue(STYLE, "num-letter-sync"));
    NumberStyle style =
        switch (format == null ? "" : format) {
          case "" -> NumberStyle.NONE;
          case "1" -> NumberStyle.DECIMAL;
          case "a" -> letterSync ? NumberStyle.LOWER_LETTER : NumberStyle.LOWER_ALPHA;
          case "A" -> letterSync ? NumberStyle.UPPER_LETTER : NumberStyle.UPPER_ALPHA;
          case "i" -> NumberStyle.LOWER_ROMAN;
          case "I" -> NumberStyle.UPPER_ROMAN;
          default -> null;
        };
    String listFormat = xml.getAttributeValue(LOEXT, "num-list-format");
    LabelTemplate label =
        listFormat != null
            ? LabelTemplate.odf(listFormat)
            : LabelTemplate.levels(
                xml.getAttributeValue(STYLE, "num-prefix"),
                level,
                integer(xml.getAttributeValue(OdfXml.TEXT, "display-levels"), 1),
                xml.getAttributeValue(STYLE, "num-suffix"));
    return new Level(style, label, integer(xml.getAttributeValue(OdfXml.TEXT, "start-value"), 1));
  }

  /** The levels of a list style, or null when there is no such style. */
  Level[] list(String name) {
    return name == null ? null : lists.get(name);
  }

  /** The outline style's levels (heading numbering), or null. */
  Level[] outline() {
    return outline;
  }

  /** The list style a paragraph style names, itself or through its parents; null when none does. */
  String listOfParagraph(String paragraphStyle) {
    String name = paragraphStyle;
    for (int depth = 0; name != null && depth < MAX_CHAIN; depth++) {
      String list = paragraphLists.get(name);
      if (list != null) {
        return list.isEmpty() ? null : list;
      }
      name = paragraphParents.get(name);
    }
    return null;
  }

  static int integer(String text, int fallback) {
    if (text == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
