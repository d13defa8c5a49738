package korrektor.document.spreadsheet;

import java.io.IOException;
import java.util.Set;
import java.util.function.Consumer;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.commons.io.input.BoundedInputStream;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the cells of one worksheet part with SAX and hands each {@code <c>} on as a {@link
 * RawCell}, in file order. Everything POI's usermodel would read differently from the file order,
 * or might reject while loading the sheet, throws {@link NotStreamable}: rows or cells without a
 * reference or out of order, array and data-table formulas, unknown cell types, hyperlinks, column
 * styles that cells without a style would take.
 */
final class SheetXml extends DefaultHandler {
  /** The transitional SpreadsheetML namespace; strict OOXML is left to the usermodel. */
  static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

  private static final Set<String> TYPES = Set.of("n", "b", "e", "s", "str", "inlineStr");
  private static final int MAX_ROWS = 1 << 20;
  private static final int MAX_COLUMNS = 1 << 14;

  /** Parts and bytes one SAX parser reads before it is replaced (see {@link #parse}). */
  private static final int PARSES_PER_PARSER = 256;

  private static final long BYTES_PER_PARSER = 8 << 20;
  private static final ThreadLocal<Parser> PARSERS = new ThreadLocal<>();
  private static final ContentHandler IDLE = new DefaultHandler();

  private final Consumer<RawCell> cells;
  private final StringBuilder value = new StringBuilder();
  private int depth;
  private int sheetDatas;
  private boolean inSheetData;
  private boolean inCols;
  private boolean columnStyles;
  private boolean unstyledCells;
  private int row = -1;
  private int column;
  // the open <c>
  private boolean inCell;
  private String type;
  private int style;
  private boolean formula;
  private boolean hasValue;
  private boolean inValue;
  private boolean inlineSet;
  private RichText inline;
  private String inlineText;

  private SheetXml(Consumer<RawCell> cells) {
    this.cells = cells;
  }

  /** Parses the whole part, passing every cell to {@code cells}. */
  static void read(PackagePart part, Consumer<RawCell> cells) throws IOException {
    parse(part, new SheetXml(cells));
  }

  /**
   * Parses a part the usermodel loads but the cells do not need, only to see that it is well-formed
   * XML with the expected root element (as XMLBeans would insist).
   */
  static void checkWellFormed(PackagePart part, String rootUri, String rootName)
      throws IOException {
    parse(
        part,
        new DefaultHandler() {
          private boolean root = true;

          @Override
          public void startElement(String uri, String local, String qName, Attributes atts) {
            if (root && !(rootUri.equals(uri) && rootName.equals(local))) {
              throw new NotStreamable("root element " + local);
            }
            root = false;
          }
        });
  }

  /**
   * Parses a part with POI's secure SAX parser; XML errors are not streamable. Each thread keeps
   * its parser (building one costs more than parsing a small part) until it has read {@link
   * #PARSES_PER_PARSER} parts or {@link #BYTES_PER_PARSER} bytes of XML: Xerces keeps every name it
   * has seen, so the limits bound what a kept parser holds between files. A parse that fails does
   * not hand its parser on.
   */
  static void parse(PackagePart part, ContentHandler handler) throws IOException {
    Parser cached = PARSERS.get();
    PARSERS.remove(); // taken: a nested or failing parse gets a fresh one
    try (BoundedInputStream in =
        BoundedInputStream.builder().setInputStream(part.getInputStream()).get()) {
      Parser parser = cached != null ? cached : new Parser(XMLHelper.newXMLReader());
      parser.reader.setContentHandler(handler);
      parser.reader.parse(new InputSource(in));
      parser.reader.setContentHandler(IDLE); // keep no cells alive
      parser.bytes += in.getCount();
      if (++parser.parses < PARSES_PER_PARSER && parser.bytes < BYTES_PER_PARSER) {
        PARSERS.set(parser);
      }
    } catch (SAXException | ParserConfigurationException e) {
      throw new NotStreamable("XML: " + e.getMessage());
    }
  }

  /** A SAX parser and what it has read. */
  private static final class Parser {
    final XMLReader reader;
    int parses;
    long bytes;

    Parser(XMLReader reader) {
      this.reader = reader;
    }
  }

  @Override
  public void startElement(String uri, String local, String qName, Attributes atts) {
    depth++;
    if (inline != null) {
      inline.start(uri, local);
      return;
    }
    switch (depth) {
      case 1 -> require(uri, local, "worksheet");
      case 2 -> startTopLevel(uri, local);
      case 3 -> {
        if (inSheetData) {
          require(uri, local, "row");
          startRow(atts);
        } else if (inCols && MAIN.equals(uri) && "col".equals(local)) {
          String columnStyle = atts.getValue("style");
          columnStyles |= columnStyle != null && !"0".equals(columnStyle);
        }
      }
      case 4 -> {
        if (inSheetData) {
          require(uri, local, "c");
          startCell(atts);
        }
      }
      case 5 -> {
        if (inCell) {
          startCellChild(uri, local, atts);
        }
      }
      default -> {
        if (inSheetData) {
          throw new NotStreamable("unexpected markup in a cell");
        }
      }
    }
  }

  private void startTopLevel(String uri, String local) {
    if (!MAIN.equals(uri)) {
      return;
    }
    switch (local) {
      case "sheetData" -> {
        sheetDatas++;
        inSheetData = true;
      }
      case "cols" -> {
        if (sheetDatas > 0) {
          throw new NotStreamable("column definitions after the cells");
        }
        inCols = true;
      }
      case "hyperlinks" -> throw new NotStreamable("hyperlinks");
      default -> {}
    }
  }

  private void startRow(Attributes atts) {
    int r = parseIndex(atts.getValue("r"), MAX_ROWS) - 1;
    if (r <= row) {
      throw new NotStreamable("rows out of order");
    }
    row = r;
    column = -1;
  }

  private void startCell(Attributes atts) {
    int c = column(atts.getValue("r"), row);
    if (c <= column) {
      throw new NotStreamable("cells out of order");
    }
    column = c;
    String t = atts.getValue("t");
    type = t == null ? "n" : t;
    if (!TYPES.contains(type)) {
      throw new NotStreamable("cell type " + type);
    }
    String s = atts.getValue("s");
    style = s == null ? -1 : parseIndex(s, Integer.MAX_VALUE);
    unstyledCells |= s == null;
    inCell = true;
    formula = false;
    hasValue = false;
    inlineSet = false;
    inlineText = null;
  }

  private void startCellChild(String uri, String local, Attributes atts) {
    if (!MAIN.equals(uri)) {
      throw new NotStreamable("foreign element in a cell");
    }
    switch (local) {
      case "v" -> {
        if (hasValue) {
          throw new NotStreamable("two values in a cell");
        }
        hasValue = true;
        inValue = true;
        value.setLength(0);
      }
      case "f" -> {
        if (formula) {
          throw new NotStreamable("two formulas in a cell");
        }
        formula = true;
        checkFormula(atts);
      }
      case "is" -> {
        if (inlineSet) {
          throw new NotStreamable("two inline strings in a cell");
        }
        inlineSet = true;
        inline = new RichText();
      }
      default -> throw new NotStreamable("cell element " + local);
    }
  }

  /** Normal and shared formulas only; a shared formula's range must be one POI can parse. */
  private static void checkFormula(Attributes atts) {
    String t = atts.getValue("t");
    if ("shared".equals(t)) {
      String ref = atts.getValue("ref");
      if (ref != null) {
        CellRangeAddress.valueOf(ref);
        parseIndex(atts.getValue("si"), Integer.MAX_VALUE);
      }
    } else if (t != null && !"normal".equals(t)) {
      throw new NotStreamable("formula type " + t);
    }
  }

  @Override
  public void endElement(String uri, String local, String qName) {
    if (inline != null) {
      if (depth > 5) {
        inline.end();
      } else {
        inlineText = inline.result();
        inline = null;
      }
      depth--;
      return;
    }
    switch (depth) {
      case 2 -> {
        inSheetData = false;
        inCols = false;
      }
      case 4 -> {
        if (inCell) {
          inCell = false;
          cells.accept(
              new RawCell(
                  row,
                  column,
                  type,
                  style,
                  formula,
                  hasValue ? value.toString() : null,
                  inlineSet,
                  inlineText));
        }
      }
      case 5 -> inValue = false;
      default -> {}
    }
    depth--;
  }

  @Override
  public void characters(char[] ch, int start, int length) {
    if (inline != null) {
      inline.characters(ch, start, length);
    } else if (inValue) {
      value.append(ch, start, length);
    }
  }

  @Override
  public void endDocument() {
    if (sheetDatas != 1) {
      throw new NotStreamable(sheetDatas + " sheetData elements");
    }
    if (columnStyles && unstyledCells) {
      throw new NotStreamable("cells that take their column's style");
    }
  }

  private static void require(String uri, String local, String expected) {
    if (!MAIN.equals(uri) || !expected.equals(local)) {
      throw new NotStreamable("unexpected element " + local);
    }
  }

  /** A decimal number from 0 (1 for rows) to {@code max}; anything else is not streamable. */
  private static int parseIndex(String text, int max) {
    if (text == null || text.isEmpty() || text.length() > 10) {
      throw new NotStreamable("bad number " + text);
    }
    long n = 0;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch < '0' || ch > '9') {
        throw new NotStreamable("bad number " + text);
      }
      n = n * 10 + (ch - '0');
    }
    if (n > max) {
      throw new NotStreamable("number out of range " + text);
    }
    return (int) n;
  }

  /** The 0-based column of a plain A1 reference that must lie in {@code row}. */
  private static int column(String ref, int row) {
    if (ref == null) {
      throw new NotStreamable("cell without a reference");
    }
    int i = 0;
    int col = 0;
    while (i < ref.length() && ref.charAt(i) >= 'A' && ref.charAt(i) <= 'Z' && i < 3) {
      col = col * 26 + (ref.charAt(i) - 'A' + 1);
      i++;
    }
    if (i == 0 || col > MAX_COLUMNS || i == ref.length() || ref.charAt(i) == '0') {
      throw new NotStreamable("bad cell reference " + ref);
    }
    if (parseIndex(ref.substring(i), MAX_ROWS) - 1 != row) {
      throw new NotStreamable("cell " + ref + " outside its row");
    }
    return col - 1;
  }
}
