package korrektor.document.ods;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import korrektor.document.Cell;
import korrektor.document.Figure;
import korrektor.document.Grid;
import korrektor.document.Location;
import korrektor.document.Problem;
import korrektor.document.ReadLimits;
import korrektor.document.odf.OdfXml;

/**
 * Parses an .ods {@code content.xml} with StAX, DTDs and external entities refused ({@link
 * OdfXml}). Repeated rows and columns ({@code table:number-rows-repeated}, {@code
 * table:number-columns-repeated}) advance the position; repeated non-empty cells are expanded up to
 * {@link #MAX_REPEAT} times.
 */
final class ContentParser {

  static final String TABLE = OdfXml.TABLE;
  static final String OFFICE = OdfXml.OFFICE;
  static final String TEXT = OdfXml.TEXT;
  static final String DRAW = OdfXml.DRAW;

  /** More copies of one non-empty cell than any exercise sheet has. */
  static final int MAX_REPEAT = 1000;

  private static final int MAX_COLUMNS = 16_384;
  private static final int MAX_ROWS = 1_048_576;

  /** What content.xml holds. */
  record Content(List<Grid> grids, List<Figure> figures) {}

  private final String file;
  private final ReadLimits limits;

  ContentParser(String file, ReadLimits limits) {
    this.file = file;
    this.limits = limits;
  }

  Content parse(InputStream in, List<Problem> problems) throws XMLStreamException {
    XMLStreamReader xml = OdfXml.secureFactory().createXMLStreamReader(in);
    List<Grid> grids = new ArrayList<>();
    List<Figure> figures = new ArrayList<>();
    List<Cell> cells = new ArrayList<>();
    String sheet = null;
    int row = -1;
    int column = 0;
    int rowRepeat = 1;
    int budget = limits.maxCells();
    boolean cut = false;
    CellState cell = null;
    int frameDepth = 0;
    boolean frameHasObject = false;
    boolean frameHasImage = false;
    try {
      while (xml.hasNext()) {
        int event = xml.next();
        OdfXml.refuseEntities(event, "content.xml");
        if (event == XMLStreamConstants.START_ELEMENT) {
          String ns = xml.getNamespaceURI();
          String local = xml.getLocalName();
          if (TABLE.equals(ns) && local.equals("table")) {
            sheet = xml.getAttributeValue(TABLE, "name");
            cells = new ArrayList<>();
            row = -1;
          } else if (TABLE.equals(ns) && local.equals("table-row")) {
            row += 1;
            column = 0;
            rowRepeat = OdfXml.repeat(xml.getAttributeValue(TABLE, "number-rows-repeated"));
          } else if (TABLE.equals(ns)
              && (local.equals("table-cell") || local.equals("covered-table-cell"))) {
            cell =
                new CellState(
                    OdfXml.repeat(xml.getAttributeValue(TABLE, "number-columns-repeated")),
                    xml.getAttributeValue(OFFICE, "value-type"),
                    xml.getAttributeValue(OFFICE, "value"));
          } else if (TEXT.equals(ns)
              && local.equals("p")
              && cell != null
              && cell.text.length() > 0) {
            cell.text.append('\n');
          } else if (TEXT.equals(ns) && local.equals("s") && cell != null) {
            cell.text.append(' ');
          } else if (DRAW.equals(ns) && local.equals("frame")) {
            frameDepth++;
            frameHasObject = false;
            frameHasImage = false;
          } else if (DRAW.equals(ns) && local.equals("object") && frameDepth > 0) {
            frameHasObject = true;
          } else if (DRAW.equals(ns) && local.equals("image") && frameDepth > 0) {
            frameHasImage = true;
          }
        } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)
            && cell != null) {
          if (cell.text.length() < 10_000) {
            cell.text.append(xml.getText());
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          String ns = xml.getNamespaceURI();
          String local = xml.getLocalName();
          if (TABLE.equals(ns)
              && (local.equals("table-cell") || local.equals("covered-table-cell"))) {
            if (cell != null && !cell.isEmpty() && !cut) {
              int copies = Math.min(cell.repeat, MAX_REPEAT);
              int rows = Math.min(rowRepeat, MAX_REPEAT);
              for (int r = 0; r < rows && !cut; r++) {
                for (int c = 0; c < copies && !cut; c++) {
                  if (budget-- <= 0 || row + r >= MAX_ROWS || column + c >= MAX_COLUMNS) {
                    cut = true;
                  } else {
                    cells.add(cell.toCell(row + r, column + c, file, sheet));
                  }
                }
              }
            }
            column += cell == null ? 1 : (int) Math.min(cell.repeat, MAX_COLUMNS);
            cell = null;
          } else if (TABLE.equals(ns) && local.equals("table-row")) {
            row += Math.min(rowRepeat, MAX_ROWS) - 1;
          } else if (TABLE.equals(ns) && local.equals("table")) {
            grids.add(new Grid(sheet, cells));
          } else if (DRAW.equals(ns) && local.equals("frame")) {
            frameDepth--;
            Location at =
                sheet == null
                    ? Location.ofFile(file)
                    : Location.ofCell(file, sheet, Math.max(row, 0), column);
            if (frameHasObject) {
              figures.add(new Figure(Figure.Kind.CHART, "chart", at));
            } else if (frameHasImage) {
              figures.add(new Figure(Figure.Kind.IMAGE, "picture", at));
            }
            frameHasObject = false;
            frameHasImage = false;
          }
        }
      }
    } finally {
      xml.close();
    }
    if (cut) {
      problems.add(
          Problem.warning(
              Problem.Kind.TRUNCATED,
              Location.ofFile(file),
              "only the first " + limits.maxCells() + " cells were read; the rest is skipped"));
    }
    return new Content(grids, figures);
  }

  /** A cell being read: its repeat count, value type, raw value and displayed text. */
  private static final class CellState {
    final int repeat;
    final String type;
    final String value;
    final StringBuilder text = new StringBuilder();

    CellState(int repeat, String type, String value) {
      this.repeat = repeat;
      this.type = type;
      this.value = value;
    }

    boolean isEmpty() {
      return text.toString().isBlank() && value == null;
    }

    Cell toCell(int row, int column, String file, String sheet) {
      Double number = OdfXml.number(type, value);
      String shown = text.toString().strip();
      if (shown.isEmpty()) {
        shown = value == null ? "" : value;
      }
      return new Cell(row, column, shown, number, Location.ofCell(file, sheet, row, column));
    }
  }
}
