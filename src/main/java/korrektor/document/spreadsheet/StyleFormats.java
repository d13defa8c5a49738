package korrektor.document.spreadsheet;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The number format of each cell style in a styles part, read with SAX: what {@code
 * StylesTable.getStyleAt(i).getDataFormat()} and {@code getDataFormatString()} give, without
 * building POI's whole style table (fonts, fills, borders, colours as XMLBeans objects, which cost
 * more than a small sheet's cells). The workbook's own formats ({@code <numFmts>}) win over the
 * built-in ones with the same id, as in {@code XSSFDataFormat}. Anything XMLBeans might read
 * differently (a second {@code <numFmts>} or {@code <cellXfs>}, an id that is not a plain number or
 * does not fit a {@code short}) throws {@link NotStreamable}.
 */
final class StyleFormats extends DefaultHandler {
  private final Map<Short, String> custom = new HashMap<>();
  private short[] xfs = new short[16];
  private int count;
  private int depth;
  private int numFmtsSeen;
  private int cellXfsSeen;
  private boolean inNumFmts;
  private boolean inCellXfs;

  private StyleFormats() {}

  /** The formats of the styles part. */
  static StyleFormats read(PackagePart part) throws IOException {
    StyleFormats handler = new StyleFormats();
    SheetXml.parse(part, handler);
    return handler;
  }

  /** The number of cell styles ({@code <xf>} in {@code <cellXfs>}). */
  int count() {
    return count;
  }

  /** The data format index of cell style {@code xf} (0 ≤ xf < {@link #count()}). */
  short index(int xf) {
    return xfs[xf];
  }

  /**
   * The format string of cell style {@code xf}: the workbook's own, else the built-in one, else
   * null.
   */
  String format(int xf) {
    short index = xfs[xf];
    String own = custom.get(index);
    return own != null ? own : BuiltinFormats.getBuiltinFormat(index);
  }

  @Override
  public void startElement(String uri, String local, String qName, Attributes atts) {
    depth++;
    boolean main = SheetXml.MAIN.equals(uri);
    switch (depth) {
      case 1 -> {
        if (!main || !"styleSheet".equals(local)) {
          throw new NotStreamable("styles root " + local);
        }
      }
      case 2 -> {
        inNumFmts = main && "numFmts".equals(local);
        inCellXfs = main && "cellXfs".equals(local);
        if (inNumFmts) {
          numFmtsSeen++;
        }
        if (inCellXfs) {
          cellXfsSeen++;
        }
        if (numFmtsSeen > 1 || cellXfsSeen > 1) {
          throw new NotStreamable("styles: more than one numFmts or cellXfs");
        }
      }
      case 3 -> {
        if (inNumFmts && main && "numFmt".equals(local)) {
          String id = atts.getValue("", "numFmtId");
          if (id == null) {
            throw new NotStreamable("numFmt without an id");
          }
          custom.put(id(id), atts.getValue("", "formatCode"));
        } else if (inCellXfs && main && "xf".equals(local)) {
          String id = atts.getValue("", "numFmtId");
          add(id == null ? 0 : id(id));
        }
      }
      default -> {}
    }
  }

  @Override
  public void endElement(String uri, String local, String qName) {
    if (depth == 2) {
      inNumFmts = false;
      inCellXfs = false;
    }
    depth--;
  }

  private void add(short index) {
    if (count == xfs.length) {
      xfs = Arrays.copyOf(xfs, count * 2);
    }
    xfs[count++] = index;
  }

  /** A format id as a short, only when written as a plain decimal number that fits. */
  private static short id(String s) {
    if (s.isEmpty() || s.length() > 5) {
      throw new NotStreamable("format id " + s);
    }
    int v = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        throw new NotStreamable("format id " + s);
      }
      v = v * 10 + (c - '0');
    }
    if (v > Short.MAX_VALUE) {
      throw new NotStreamable("format id " + s);
    }
    return (short) v;
  }
}
