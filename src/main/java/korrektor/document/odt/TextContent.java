package korrektor.document.odt;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import korrektor.document.Cell;
import korrektor.document.Figure;
import korrektor.document.Grid;
import korrektor.document.LineText;
import korrektor.document.Location;
import korrektor.document.Problem;
import korrektor.document.ReadLimits;
import korrektor.document.TextLine;
import korrektor.document.odf.OdfContainer;
import korrektor.document.odf.OdfXml;

/**
 * Walks a Writer {@code content.xml} with StAX. Every paragraph or heading outside a table becomes
 * one line (a {@code text:line-break} starts the next one), numbered in reading order ({@code f.odt
 * l.7}), and starts with its list label as Writer shows it ({@link ListNumbers}); a paragraph
 * inside a text box, a shape or a footnote becomes a line of its own. Tables become grids {@code
 * Table 1}, … in the order they start, a cell's paragraphs joined with spaces; repeated rows and
 * columns are expanded (at most {@link #MAX_REPEAT} copies), and a cell spanning columns is
 * followed by covered cells, so positions stay right. Tracked deletions, comments, footnote marks
 * and generated indexes are left out: they are not what the student wrote in that place.
 */
final class TextContent {

  static final int MAX_REPEAT = 1000;
  private static final int MAX_COLUMNS = 16_384;
  private static final int MAX_ROWS = 1_048_576;
  private static final int MAX_CHARS = 100_000;
  private static final int MAX_SPACES = 100;
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final String SVG = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0";

  /** Elements whose whole content is skipped. */
  private static final Set<String> SKIPPED_TEXT =
      Set.of(
          "tracked-changes",
          "note-citation",
          "sequence-decls",
          "variable-decls",
          "user-field-decls",
          "table-of-content",
          "illustration-index",
          "table-index",
          "object-index",
          "user-index",
          "alphabetical-index",
          "bibliography");

  private static final Set<String> SHAPES =
      Set.of(
          "custom-shape",
          "rect",
          "ellipse",
          "circle",
          "line",
          "polyline",
          "polygon",
          "path",
          "connector",
          "g",
          "measure",
          "regular-polygon");

  /** What content.xml holds. */
  record Content(List<TextLine> lines, List<Grid> grids, List<Figure> figures) {}

  private final String file;
  private final ReadLimits limits;
  private final OdfContainer container;
  private final OdfXml.Manifest manifest;
  private final List<Problem> problems;
  private final ListStyles listStyles;
  private final ListNumbers listNumbers;

  private final List<TextLine> lines = new ArrayList<>();
  private final List<Grid> grids = new ArrayList<>();
  private final List<Figure> figures = new ArrayList<>();
  private final Deque<Sink> sinks = new ArrayDeque<>();

  /** For each open text:p / text:h: whether it opened a line of its own. */
  private final Deque<Boolean> paragraphs = new ArrayDeque<>();

  private final Deque<Table> tables = new ArrayDeque<>();
  private final Deque<Frame> frames = new ArrayDeque<>();
  private int tableCount;
  private int cellBudget;
  private boolean linesCut;
  private boolean cellsCut;
  private int skipDepth;
  private int shapeDepth;

  TextContent(
      String file,
      ReadLimits limits,
      OdfContainer container,
      OdfXml.Manifest manifest,
      ListStyles listStyles,
      List<Problem> problems) {
    this.file = file;
    this.limits = limits;
    this.container = container;
    this.manifest = manifest;
    this.listStyles = listStyles;
    this.listNumbers = new ListNumbers(listStyles);
    this.problems = problems;
    this.cellBudget = limits.maxCells();
  }

  Content parse(InputStream in) throws XMLStreamException, IOException {
    XMLStreamReader xml = OdfXml.secureFactory().createXMLStreamReader(in);
    try {
      while (xml.hasNext()) {
        int event = xml.next();
        OdfXml.refuseEntities(event, "content.xml");
        if (skipDepth > 0) {
          if (event == XMLStreamConstants.START_ELEMENT) {
            skipDepth++;
          } else if (event == XMLStreamConstants.END_ELEMENT) {
            skipDepth--;
          }
          continue;
        }
        switch (event) {
          case XMLStreamConstants.START_ELEMENT -> start(xml);
          case XMLStreamConstants.END_ELEMENT -> end(xml.getNamespaceURI(), xml.getLocalName());
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
              text(xml.getText());
          default -> {}
        }
      }
    } finally {
      xml.close();
    }
    if (linesCut) {
      problems.add(
          Problem.warning(
              Problem.Kind.TRUNCATED,
              Location.ofFile(file),
              "only the first " + limits.maxLines() + " lines were read; the rest is skipped"));
    }
    if (cellsCut) {
      problems.add(
          Problem.warning(
              Problem.Kind.TRUNCATED,
              Location.ofFile(file),
              "only the first "
                  + limits.maxCells()
                  + " table cells were read; the rest is skipped"));
    }
    return new Content(lines, grids, figures);
  }

  private void start(XMLStreamReader xml) throws XMLStreamException, IOException {
    String ns = xml.getNamespaceURI();
    String local = xml.getLocalName();
    if (OdfXml.TEXT.equals(ns) && SKIPPED_TEXT.contains(local)
        || OdfXml.OFFICE.equals(ns) && (local.equals("annotation") || local.equals("forms"))
        || SVG.equals(ns) && (local.equals("title") || local.equals("desc"))) {
      skipDepth = 1;
    } else if (OdfXml.OFFICE.equals(ns) && local.equals("automatic-styles")) {
      listStyles.read(xml, "content.xml"); // the list styles come before the text that uses them
    } else if (OdfXml.TEXT.equals(ns) && (local.equals("p") || local.equals("h"))) {
      startParagraph(listNumbers.label(xml, local.equals("h"), paragraphs.size()));
    } else if (OdfXml.TEXT.equals(ns) && local.equals("list")) {
      listNumbers.startList(xml, paragraphs.size());
    } else if (OdfXml.TEXT.equals(ns)
        && (local.equals("list-item") || local.equals("list-header"))) {
      listNumbers.startItem(xml, local.equals("list-header"), paragraphs.size());
    } else if (OdfXml.TEXT.equals(ns) && local.equals("numbered-paragraph")) {
      listNumbers.startNumberedParagraph(xml, paragraphs.size());
    } else if (OdfXml.TEXT.equals(ns) && local.equals("number")) {
      sinks.push(new NumberSink());
    } else if (OdfXml.TEXT.equals(ns) && local.equals("s")) {
      text(
          " ".repeat(Math.min(OdfXml.repeat(xml.getAttributeValue(OdfXml.TEXT, "c")), MAX_SPACES)));
    } else if (OdfXml.TEXT.equals(ns) && local.equals("tab")) {
      text("\t");
    } else if (OdfXml.TEXT.equals(ns) && local.equals("line-break")) {
      lineBreak();
    } else if (OdfXml.TABLE.equals(ns)) {
      startTable(xml, local);
    } else if (OdfXml.DRAW.equals(ns)) {
      startDraw(xml, local);
    }
  }

  private void end(String ns, String local) throws XMLStreamException, IOException {
    if (OdfXml.TEXT.equals(ns) && (local.equals("p") || local.equals("h"))) {
      if (!paragraphs.isEmpty() && paragraphs.pop() && sinks.peek() instanceof Line line) {
        sinks.pop();
        emit(line);
      }
    } else if (OdfXml.TEXT.equals(ns) && local.equals("list")) {
      listNumbers.endList();
    } else if (OdfXml.TEXT.equals(ns)
        && (local.equals("list-item") || local.equals("list-header"))) {
      listNumbers.endItem();
    } else if (OdfXml.TEXT.equals(ns) && local.equals("numbered-paragraph")) {
      listNumbers.endNumberedParagraph();
    } else if (OdfXml.TEXT.equals(ns) && local.equals("number")) {
      if (sinks.peek() instanceof NumberSink number) {
        sinks.pop();
        listNumbers.number(number.text.toString());
      }
    } else if (OdfXml.TABLE.equals(ns)) {
      endTable(local);
    } else if (OdfXml.DRAW.equals(ns)) {
      endDraw(local);
    }
  }

  private void text(String s) {
    Sink sink = sinks.peek();
    if (sink != null && sink.text.length() < MAX_CHARS) {
      sink.text.append(s);
    }
  }

  // --- paragraphs -------------------------------------------------------------------------------

  /** A paragraph or heading starts, with its list label ("a) ", or ""). */
  private void startParagraph(String label) {
    Sink top = sinks.peek();
    if (top instanceof CellSink cell) {
      if (cell.text.length() > 0) {
        cell.text.append(' '); // the next paragraph of a table cell
      }
      cell.text.append(label);
      paragraphs.push(false);
    } else {
      Line line = new Line();
      line.text.append(label);
      sinks.push(line);
      paragraphs.push(true);
    }
  }

  private void lineBreak() {
    Sink top = sinks.peek();
    if (top instanceof Line line) {
      emit(line);
      line.text.setLength(0);
    } else {
      text(" ");
    }
  }

  private void emit(Line line) {
    if (lines.size() >= limits.maxLines()) {
      linesCut = true;
      return;
    }
    Location at = Location.ofLine(file, 0, lines.size() + 1);
    lines.add(TextLine.plain(LineText.of(line.text.toString()), at));
    for (Figure f : line.figures) {
      figures.add(new Figure(f.kind(), f.description(), at));
    }
    line.figures.clear();
  }

  // --- tables -----------------------------------------------------------------------------------

  private void startTable(XMLStreamReader xml, String local) {
    switch (local) {
      case "table" -> tables.push(new Table("Table " + ++tableCount));
      case "table-row" -> {
        Table t = tables.peek();
        if (t != null) {
          t.row += 1;
          t.column = 0;
          t.rowRepeat = OdfXml.repeat(xml.getAttributeValue(OdfXml.TABLE, "number-rows-repeated"));
        }
      }
      case "table-cell", "covered-table-cell" -> {
        Table t = tables.peek();
        if (t != null) {
          sinks.push(
              new CellSink(
                  t,
                  OdfXml.repeat(xml.getAttributeValue(OdfXml.TABLE, "number-columns-repeated")),
                  xml.getAttributeValue(OdfXml.OFFICE, "value-type"),
                  xml.getAttributeValue(OdfXml.OFFICE, "value")));
        }
      }
      default -> {}
    }
  }

  private void endTable(String local) {
    Table t = tables.peek();
    if (t == null) {
      return;
    }
    switch (local) {
      case "table" -> grids.add(new Grid(tables.pop().name, t.cells, lines.size()));
      case "table-row" -> t.row += Math.min(t.rowRepeat, MAX_ROWS) - 1;
      case "table-cell", "covered-table-cell" -> {
        if (sinks.peek() instanceof CellSink cell) {
          sinks.pop();
          addCells(cell);
        }
      }
      default -> {}
    }
  }

  private void addCells(CellSink cell) {
    Table t = cell.table;
    String shown = WHITESPACE.matcher(cell.text).replaceAll(" ").strip();
    Double number = OdfXml.number(cell.type, cell.value);
    if (shown.isEmpty() && number != null) {
      shown = cell.value.strip();
    }
    if (!shown.isEmpty()) {
      int rows = Math.min(t.rowRepeat, MAX_REPEAT);
      int copies = Math.min(cell.repeat, MAX_REPEAT);
      for (int r = 0; r < rows && !cellsCut; r++) {
        for (int c = 0; c < copies && !cellsCut; c++) {
          int row = t.row + r;
          int column = t.column + c;
          if (cellBudget-- <= 0 || row >= MAX_ROWS || column >= MAX_COLUMNS) {
            cellsCut = true;
          } else {
            t.cells.add(
                new Cell(row, column, shown, number, Location.ofCell(file, t.name, row, column)));
          }
        }
      }
    }
    for (Figure f : cell.figures) {
      figures.add(
          new Figure(f.kind(), f.description(), Location.ofCell(file, t.name, t.row, t.column)));
    }
    t.column += Math.min(cell.repeat, MAX_COLUMNS);
  }

  // --- frames, objects, drawings ----------------------------------------------------------------

  private void startDraw(XMLStreamReader xml, String local) {
    Frame frame = frames.peek();
    if (local.equals("frame")) {
      frames.push(new Frame());
    } else if (local.equals("object") && frame != null) {
      frame.object = xml.getAttributeValue(OdfXml.XLINK, "href");
    } else if (local.equals("image") && frame != null) {
      frame.image = true;
    } else if (SHAPES.contains(local)) {
      if (shapeDepth++ == 0 && frames.isEmpty()) {
        figure(Figure.Kind.DRAWING, "drawing");
      }
    }
  }

  private void endDraw(String local) throws XMLStreamException, IOException {
    if (local.equals("frame") && !frames.isEmpty()) {
      Frame frame = frames.pop();
      if (frame.object != null) {
        object(frame.object);
      } else if (frame.image) {
        figure(Figure.Kind.IMAGE, "picture");
      }
    } else if (SHAPES.contains(local) && shapeDepth > 0) {
      shapeDepth--;
    }
  }

  /**
   * An embedded object: a formula's text goes inline, a chart is a figure, anything else a warning.
   */
  private void object(String href) throws XMLStreamException, IOException {
    String part = href.startsWith("./") ? href.substring(2) : href;
    String type = manifest.mediaType(part);
    if (OdfXml.CHART_TYPE.equals(type)) {
      figure(Figure.Kind.CHART, "chart");
      return;
    }
    if (OdfXml.FORMULA_TYPE.equals(type)) {
      try (InputStream in = container.open(part + "/content.xml")) {
        if (in != null) {
          String math = MathText.read(in);
          Sink sink = sinks.peek();
          if (sink != null && !math.isEmpty()) {
            if (sink.text.length() > 0
                && !Character.isWhitespace(sink.text.charAt(sink.text.length() - 1))) {
              sink.text.append(' ');
            }
            text(math);
          }
          return;
        }
      }
    }
    problems.add(
        Problem.warning(
            Problem.Kind.UNREAD_CONTENT,
            Location.ofFile(file),
            "an embedded object ("
                + (type == null ? part : type)
                + ") is not read; if it holds answers, put them into the text or a table"));
  }

  private void figure(Figure.Kind kind, String description) {
    Sink sink = sinks.peek();
    if (sink != null) {
      sink.figures.add(
          new Figure(kind, description, Location.ofFile(file))); // located when it ends
    } else {
      figures.add(new Figure(kind, description, Location.ofFile(file)));
    }
  }

  /** Where text goes: a line being written, or a table cell. */
  private abstract static class Sink {
    final StringBuilder text = new StringBuilder();
    final List<Figure> figures = new ArrayList<>();
  }

  private static final class Line extends Sink {}

  /** The label a producer wrote into a {@code text:number}. */
  private static final class NumberSink extends Sink {}

  private static final class CellSink extends Sink {
    final Table table;
    final int repeat;
    final String type;
    final String value;

    CellSink(Table table, int repeat, String type, String value) {
      this.table = table;
      this.repeat = repeat;
      this.type = type;
      this.value = value;
    }
  }

  private static final class Table {
    final String name;
    final List<Cell> cells = new ArrayList<>();
    int row = -1;
    int column;
    int rowRepeat = 1;

    Table(String name) {
      this.name = name;
    }
  }

  private static final class Frame {
    String object;
    boolean image;
  }
}
