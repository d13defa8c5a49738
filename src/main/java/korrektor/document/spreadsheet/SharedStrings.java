package korrektor.document.spreadsheet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The shared strings part read with SAX: each {@code <si>} as POI's {@code SharedStringsTable}
 * gives it (see {@link RichText}).
 */
final class SharedStrings extends DefaultHandler {
  private final List<String> items = new ArrayList<>();
  private RichText item;
  private int depth;

  private SharedStrings() {}

  /** The strings of the part, in order; an item without text is null. */
  static List<String> read(PackagePart part) throws IOException {
    SharedStrings handler = new SharedStrings();
    SheetXml.parse(part, handler);
    return handler.items;
  }

  @Override
  public void startElement(String uri, String local, String qName, Attributes atts) {
    depth++;
    if (depth == 1 && !(SheetXml.MAIN.equals(uri) && "sst".equals(local))) {
      throw new NotStreamable("shared strings root " + local);
    }
    if (depth == 2 && SheetXml.MAIN.equals(uri) && "si".equals(local)) {
      item = new RichText();
    } else if (depth > 2 && item != null) {
      item.start(uri, local);
    }
  }

  @Override
  public void endElement(String uri, String local, String qName) {
    if (depth == 2 && item != null) {
      items.add(item.result());
      item = null;
    } else if (depth > 2 && item != null) {
      item.end();
    }
    depth--;
  }

  @Override
  public void characters(char[] ch, int start, int length) {
    if (item != null) {
      item.characters(ch, start, length);
    }
  }
}
