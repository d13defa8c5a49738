package korrektor.document.spreadsheet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/** The sheet list of {@code xl/workbook.xml}, read with SAX, in the workbook's order. */
final class WorkbookXml extends DefaultHandler {
  private static final String RELATIONSHIPS =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  /**
   * One {@code <sheet>} entry.
   *
   * @param name the sheet's name as the student sees it
   * @param relationId the relationship that leads to the sheet's part
   */
  record SheetEntry(String name, String relationId) {}

  private final List<SheetEntry> sheets = new ArrayList<>();
  private int sheetLists;
  private boolean inSheets;
  private int depth;

  private WorkbookXml() {}

  /** The sheets the workbook lists. */
  static List<SheetEntry> sheets(PackagePart workbook) throws IOException {
    WorkbookXml handler = new WorkbookXml();
    SheetXml.parse(workbook, handler);
    if (handler.sheetLists != 1 || handler.sheets.isEmpty()) {
      throw new NotStreamable("workbook without a single list of sheets");
    }
    return handler.sheets;
  }

  @Override
  public void startElement(String uri, String local, String qName, Attributes atts) {
    depth++;
    boolean main = SheetXml.MAIN.equals(uri);
    if (depth == 1 && !(main && "workbook".equals(local))) {
      throw new NotStreamable("workbook root " + local);
    }
    if (depth == 3 && main && "definedName".equals(local) && atts.getValue("name") == null) {
      throw new NotStreamable("defined name without a name");
    }
    if (depth == 2 && main && "sheets".equals(local)) {
      sheetLists++;
      inSheets = true;
    } else if (depth == 3 && inSheets) {
      if (!(main && "sheet".equals(local))) {
        throw new NotStreamable("sheet list element " + local);
      }
      String name = atts.getValue("name");
      String id = atts.getValue(RELATIONSHIPS, "id");
      if (name == null || id == null) {
        throw new NotStreamable("sheet without name or relationship");
      }
      sheets.add(new SheetEntry(name, id));
    }
  }

  @Override
  public void endElement(String uri, String local, String qName) {
    if (depth == 2) {
      inSheets = false;
    }
    depth--;
  }
}
