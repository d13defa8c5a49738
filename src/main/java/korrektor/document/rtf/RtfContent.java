package korrektor.document.rtf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import korrektor.document.Cell;
import korrektor.document.Figure;
import korrektor.document.Grid;
import korrektor.document.LineText;
import korrektor.document.Location;
import korrektor.document.Problem;
import korrektor.document.ReadLimits;
import korrektor.document.TextLine;

/**
 * Interprets RTF tokens with a stack of group states (skipped or not, font, <code>&#92;ucN</code>,
 * {@code \intbl}, place in an equation), bounded at {@link #MAX_DEPTH} groups. Paragraphs ({@code
 * \par}) become lines and {@code \line} starts the next one; text of table paragraphs ({@code
 * \intbl}) goes into cells ended by {@code \cell}, rows end at {@code \row}, and the first
 * paragraph outside the table ends its grid. A hex escape decodes in its font's {@code \fcharset}
 * or else the document's {@code \ansicpg}; <code>&#92;uN</code> is a UTF-16 unit whose <code>
 * &#92;ucN</code> fallback is skipped. A list label the writer rendered ({@code \listtext}, {@code
 * \pntext}: {@code a)\tab}) goes before its paragraph's text as {@code a) }, a bullet as {@code •
 * }. Destinations without body text (font and colour tables, styles, info, headers, footnotes, list
 * tables, field codes, any unknown {@code \*} destination) are skipped, and so are the fallback
 * pictures of {@code \nonshppict} and the rendering of an equation ({@code \mmathPict}); equations
 * ({@code \moMath}) are read as text in place, as the .docx reader reads them.
 */
final class RtfContent {

  /** Deeper than any editor nests (Word allows 64 levels of nested tables). */
  static final int MAX_DEPTH = 512;

  private static final int MAX_CHARS = 100_000;
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /** Destinations whose text is never body text. */
  private static final Set<String> SKIPPED =
      Set.of(
          "fonttbl",
          "colortbl",
          "stylesheet",
          "info",
          "listtable",
          "listoverridetable",
          "revtbl",
          "rsidtbl",
          "header",
          "headerl",
          "headerr",
          "headerf",
          "footer",
          "footerl",
          "footerr",
          "footerf",
          "footnote",
          "annotation",
          "atnid",
          "atnauthor",
          "pn",
          "pntxta",
          "pntxtb",
          "fldinst",
          "xe",
          "tc",
          "txe",
          "nonshppict",
          "mmathPict",
          "mmathPr",
          "nonesttables",
          "objdata",
          "datafield",
          "template",
          "filetbl",
          "private",
          "userprops",
          "ftnsep",
          "ftnsepc",
          "aftnsep",
          "aftnsepc",
          "listpicture",
          "upr",
          "pict",
          "shp",
          "object");

  /** {@code \*} destinations that are read all the same. */
  private static final Set<String> STARRED_READ =
      Set.of("shppict", "moMath", "moMathPara", "mmathPara", "ud", "objclass");

  private static final Set<String> MATH_START =
      Set.of("mmath", "moMath", "moMathPara", "mmathPara");

  /** Words that end a paragraph, a line or a cell: inside a list label they are ignored. */
  private static final Set<String> BREAKS =
      Set.of("par", "sect", "line", "page", "cell", "row", "nestcell", "nestrow");

  /** A list label longer than this is no label. */
  private static final int MAX_LABEL = 100;

  private static final Map<String, String> INFO_KEYS =
      Map.of(
          "title", "title", "author", "author", "operator", "lastModifiedBy", "company", "company");

  /** What the document holds. */
  record Content(
      List<TextLine> lines, List<Grid> grids, List<Figure> figures, Map<String, String> metadata) {}

  /** Thrown when groups nest deeper than any editor writes them. */
  static final class TooDeepException extends RuntimeException {
    TooDeepException() {
      super("groups nested more than " + MAX_DEPTH + " levels deep", null, false, false);
    }
  }

  private final String file;
  private final ReadLimits limits;
  private final List<Problem> problems;

  private final List<TextLine> lines = new ArrayList<>();
  private final List<Grid> grids = new ArrayList<>();
  private final List<Figure> figures = new ArrayList<>();
  private final Map<String, String> metadata = new LinkedHashMap<>();
  private final Map<Integer, Charset> fonts = new HashMap<>();
  private final State[] stack = new State[MAX_DEPTH + 1];
  private int depth;
  private Charset codePage = RtfCharsets.WINDOWS_1252;

  private final StringBuilder line = new StringBuilder();
  private final List<Figure> lineFigures = new ArrayList<>();
  private final StringBuilder cell = new StringBuilder();
  private final List<Figure> cellFigures = new ArrayList<>();
  private List<Cell> table;
  private String tableName;
  private int row;
  private int column;
  private int cellBudget;
  private boolean textCut;
  private boolean linesCut;
  private boolean cellsCut;

  private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
  private Charset pendingCharset;
  private int fallbackToSkip;

  /** Open equation delimiters ({@code \md}): begin and end characters, whether opened. */
  private final Deque<Delimiter> delimiters = new ArrayDeque<>();

  RtfContent(String file, ReadLimits limits, List<Problem> problems) {
    this.file = file;
    this.limits = limits;
    this.problems = problems;
    this.cellBudget = limits.maxCells();
    stack[0] = new State();
  }

  Content parse(byte[] bytes) {
    RtfTokenizer tokens = new RtfTokenizer(bytes);
    for (RtfTokenizer.Type t = tokens.next(); t != RtfTokenizer.Type.EOF; t = tokens.next()) {
      switch (t) {
        case GROUP_START -> push();
        case GROUP_END -> pop();
        case WORD -> word(stack[depth], tokens);
        case SYMBOL -> symbol(stack[depth], tokens.name.charAt(0));
        case HEX -> character(stack[depth], tokens.param, true);
        case TEXT -> character(stack[depth], tokens.param, false);
        default -> {}
      }
    }
    flush();
    closeTable();
    emitLine(false);
    warnIf(textCut, "a paragraph or cell longer than " + MAX_CHARS + " characters was cut");
    warnIf(
        linesCut, "only the first " + limits.maxLines() + " lines were read; the rest is skipped");
    warnIf(
        cellsCut,
        "only the first " + limits.maxCells() + " table cells were read; the rest is skipped");
    return new Content(lines, grids, figures, metadata);
  }

  private void warnIf(boolean condition, String message) {
    if (condition) {
      problems.add(Problem.warning(Problem.Kind.TRUNCATED, Location.ofFile(file), message));
    }
  }

  // --- groups -----------------------------------------------------------------------------------

  private void push() {
    flush();
    fallbackToSkip = 0;
    if (depth >= MAX_DEPTH) {
      throw new TooDeepException();
    }
    stack[depth + 1] = stack[depth].child();
    depth++;
  }

  private void pop() {
    flush();
    fallbackToSkip = 0;
    if (depth == 0) {
      return; // a stray closing brace
    }
    State closing = stack[depth];
    stack[depth--] = null;
    State parent = stack[depth];
    if (closing.capture != null && closing.capture != parent.capture && closing.infoKey != null) {
      String value = WHITESPACE.matcher(closing.capture).replaceAll(" ").strip();
      if (!value.isEmpty()) {
        metadata.put(closing.infoKey, value);
      }
    }
    if (closing.objectClass != null && closing.objectClass != parent.objectClass) {
      object(closing.objectClass.toString().strip());
    }
    if (closing.label != null && closing.label != parent.label) {
      String label = label(closing.label.toString());
      if (!label.isEmpty()) {
        appendText(label + " ");
      }
    }
    if (closing.ownsDelimiter && !delimiters.isEmpty()) {
      Delimiter d = delimiters.pop();
      appendText(d.opened ? "" : d.begin == null ? "(" : d.begin.toString());
      appendText(d.end == null ? ")" : d.end.toString());
    }
  }

  // --- control words ----------------------------------------------------------------------------

  private void word(State s, RtfTokenizer tokens) {
    flush();
    String w = tokens.name;
    if (w.equals("bin")) {
      tokens.skip(tokens.hasParam ? tokens.param : 0);
      return;
    }
    if (fallbackToSkip > 0) {
      fallbackToSkip--; // a control word in a Unicode fallback counts as one character
      return;
    }
    if (s.starred) {
      s.starred = false;
      if (!STARRED_READ.contains(w)) {
        s.skip = true;
        return;
      }
    }
    if (s.skip) {
      skippedWord(s, w, tokens);
      return;
    }
    if (s.label != null && BREAKS.contains(w)) {
      return;
    }
    if (MATH_START.contains(w) || s.math != MathPlace.NONE && math(s, w)) {
      if (MATH_START.contains(w) && s.math == MathPlace.NONE) {
        s.math = MathPlace.OTHER;
        if (s.inTable ? endsWithText(cell) : endsWithText(line)) {
          appendText(" ");
        }
      }
      return;
    }
    switch (w) {
      case "ansicpg" -> codePage = orElse(RtfCharsets.codePage(tokens.param), codePage);
      case "mac" -> codePage = orElse(RtfCharsets.codePage(10000), codePage);
      case "pc" -> codePage = orElse(RtfCharsets.codePage(437), codePage);
      case "pca" -> codePage = orElse(RtfCharsets.codePage(850), codePage);
      case "uc" -> s.uc = Math.max(0, Math.min(tokens.param, 10));
      case "u" -> unicode(s, tokens.param);
      case "f" -> s.font = tokens.param;
      case "fonttbl" -> {
        s.skip = true;
        s.fontTable = true;
      }
      case "info" -> {
        s.skip = true;
        s.info = true;
      }
      case "par", "sect" -> endParagraph(s);
      case "line", "page" -> lineBreak(s);
      case "tab" -> appendText("\t");
      case "cell" -> endCell();
      case "nestcell", "nestrow" -> appendText(" ");
      case "row" -> endRow();
      case "intbl" -> s.inTable = true;
      case "listtext", "pntext" ->
          s.label = new StringBuilder(); // the list number as the writer showed it
      case "pard" -> s.inTable = false;
      case "emdash" -> appendText("—");
      case "endash" -> appendText("–");
      case "bullet" -> appendText("•");
      case "lquote" -> appendText("‘");
      case "rquote" -> appendText("’");
      case "ldblquote" -> appendText("“");
      case "rdblquote" -> appendText("”");
      case "emspace", "enspace", "qmspace" -> appendText(" ");
      case "pict" -> {
        s.skip = true;
        figure(Figure.Kind.IMAGE, "picture");
      }
      case "shp" -> {
        s.skip = true;
        figure(Figure.Kind.DRAWING, "drawing");
      }
      case "object" -> {
        s.skip = true;
        s.objectClass = new StringBuilder(); // the figure is added when the group ends
      }
      default -> {
        if (SKIPPED.contains(w)) {
          s.skip = true;
        }
      }
    }
  }

  /** Inside a skipped group only the font table, the info fields and an object's class are read. */
  private void skippedWord(State s, String w, RtfTokenizer tokens) {
    if (s.fontTable && w.equals("f")) {
      s.font = tokens.param;
    } else if (s.fontTable && w.equals("fcharset")) {
      Charset c = RtfCharsets.fontCharset(tokens.param);
      if (c != null) {
        fonts.put(s.font, c);
      }
    } else if (s.info && INFO_KEYS.containsKey(w)) {
      s.infoKey = INFO_KEYS.get(w);
      s.capture = new StringBuilder();
    } else if (w.equals("objclass") && s.objectClass != null) {
      s.capture = s.objectClass;
    }
  }

  /** An embedded object: a chart is a figure, an equation (no text to read) a warning. */
  private void object(String objectClass) {
    if (objectClass.startsWith("Equation") || objectClass.startsWith("MathType")) {
      problems.add(
          Problem.warning(
              Problem.Kind.UNREAD_CONTENT,
              Location.ofFile(file),
              "an equation object ("
                  + objectClass
                  + ") cannot be read;"
                  + " write the values as text too, or use Word's built-in equations"));
    } else if (objectClass.contains("Chart")) {
      figure(Figure.Kind.CHART, "chart");
    } else {
      figure(
          Figure.Kind.DRAWING,
          objectClass.isEmpty() ? "embedded object" : "embedded object " + objectClass);
    }
  }

  /**
   * Equations (OMML in RTF): text only in runs ({@code \mr}); delimiters ({@code \md}) from {@code
   * \mbegChr} / {@code \mendChr}, parentheses by default; property groups ({@code \m…Pr}) hold no
   * text. Returns whether the word was an equation's.
   */
  private boolean math(State s, String w) {
    switch (w) {
      case "mr" -> s.math = MathPlace.RUN;
      case "mbegChr" -> s.math = MathPlace.BEGIN;
      case "mendChr" -> s.math = MathPlace.END;
      case "md" -> {
        s.math = MathPlace.OTHER;
        s.ownsDelimiter = true;
        delimiters.push(new Delimiter());
      }
      case "me" -> {
        s.math = MathPlace.OTHER;
        Delimiter d = delimiters.peek();
        if (d != null && !d.opened) {
          d.opened = true;
          appendText(d.begin == null ? "(" : d.begin.toString());
        }
      }
      default -> {
        if (w.length() > 2
            && w.charAt(0) == 'm'
            && Character.isLowerCase(w.charAt(1))
            && w.endsWith("Pr")) {
          s.math = MathPlace.OTHER;
          return true;
        }
        return false;
      }
    }
    return true;
  }

  private void symbol(State s, char c) {
    if (c == '*') {
      s.starred = true;
      return;
    }
    if (fallbackToSkip > 0) {
      fallbackToSkip--;
      return;
    }
    switch (c) {
      case '\\', '{', '}' -> character(s, c, true);
      case '~' -> visible(s, " ");
      case '_' -> visible(s, "-");
      default -> {} // \- optional hyphen, \: index marks
    }
  }

  private void unicode(State s, int unit) {
    visible(s, String.valueOf((char) (unit < 0 ? unit + 65536 : unit)));
    fallbackToSkip = s.uc;
  }

  // --- text -------------------------------------------------------------------------------------

  private void character(State s, int b, boolean escaped) {
    if (fallbackToSkip > 0) {
      fallbackToSkip--;
      return;
    }
    if (s.skip && s.capture == null || !escaped && b < 0x20 && b != '\t') {
      return;
    }
    if (pending.size() >= 4 * MAX_CHARS) {
      textCut = true; // a run of text longer than any paragraph is kept: its start is enough
      return;
    }
    Charset charset = fonts.getOrDefault(s.font, codePage);
    if (charset != pendingCharset) {
      flush();
      pendingCharset = charset;
    }
    pending.write(b);
  }

  /** Decodes the bytes gathered since the last control word or brace. */
  private void flush() {
    if (pending.size() == 0) {
      return;
    }
    String text;
    if (pendingCharset == RtfCharsets.SYMBOL) {
      StringBuilder sb = new StringBuilder(pending.size());
      for (byte x : pending.toByteArray()) {
        sb.append(RtfCharsets.symbol(x & 0xFF));
      }
      text = sb.toString();
    } else {
      text = pending.toString(pendingCharset);
    }
    pending.reset();
    visible(stack[depth], text);
  }

  /** Text as the group's state says: captured, part of an equation, a cell's or a line's. */
  private void visible(State s, String text) {
    if (s.capture != null) {
      if (s.capture.length() < 1000) {
        s.capture.append(text);
      }
      return;
    }
    if (s.skip) {
      return;
    }
    if (s.label != null) {
      appendText(text);
      return;
    }
    switch (s.math) {
      case BEGIN, END -> {
        Delimiter d = delimiters.peek();
        if (d != null) {
          StringBuilder into = s.math == MathPlace.BEGIN ? d.begin() : d.end();
          into.append(text);
        }
        return;
      }
      case OTHER -> {
        return; // property values of an equation (\mchr etc.) are no text
      }
      default -> {}
    }
    if (!s.inTable && table != null) {
      if (text.isBlank()) {
        return; // blanks between the rows of a table
      }
      closeTable();
    }
    appendText(text);
  }

  /** Text into the current cell or line (tabs, dashes, equation delimiters too). */
  private void appendText(String text) {
    StringBuilder label = stack[depth].label;
    if (label != null) {
      if (label.length() + text.length() <= MAX_LABEL) {
        label.append(text);
      }
      return;
    }
    StringBuilder into = stack[depth].inTable ? cell : line;
    int room = MAX_CHARS - into.length();
    if (text.length() <= room) {
      into.append(text);
    } else {
      into.append(text, 0, Math.max(0, room));
      textCut = true;
    }
  }

  private void endParagraph(State s) {
    if (s.inTable) {
      appendText(" ");
      return;
    }
    closeTable();
    emitLine(true);
  }

  private void lineBreak(State s) {
    if (s.inTable) {
      appendText(" ");
    } else {
      emitLine(true);
    }
  }

  private void emitLine(boolean evenIfEmpty) {
    String text = LineText.of(line.toString());
    line.setLength(0);
    if (!evenIfEmpty && text.isEmpty() && lineFigures.isEmpty()) {
      return;
    }
    if (lines.size() >= limits.maxLines()) {
      linesCut = true;
      lineFigures.clear();
      return;
    }
    Location at = Location.ofLine(file, 0, lines.size() + 1);
    lines.add(TextLine.plain(text, at));
    lineFigures.forEach(f -> figures.add(new Figure(f.kind(), f.description(), at)));
    lineFigures.clear();
  }

  private void figure(Figure.Kind kind, String description) {
    Figure f =
        new Figure(kind, description, Location.ofFile(file)); // located when its line or cell ends
    (stack[depth].inTable ? cellFigures : lineFigures).add(f);
  }

  // --- tables -----------------------------------------------------------------------------------

  private void endCell() {
    if (table == null) {
      table = new ArrayList<>();
      tableName = "Table " + (grids.size() + 1);
      row = 0;
      column = 0;
    }
    String text = WHITESPACE.matcher(cell).replaceAll(" ").strip();
    cell.setLength(0);
    Location at = Location.ofCell(file, tableName, row, column);
    if (!text.isEmpty()) {
      if (cellBudget-- > 0) {
        table.add(new Cell(row, column, text, null, at));
      } else {
        cellsCut = true;
      }
    }
    cellFigures.forEach(f -> figures.add(new Figure(f.kind(), f.description(), at)));
    cellFigures.clear();
    column++;
  }

  private void endRow() {
    if (table != null) {
      row++;
      column = 0;
    }
  }

  private void closeTable() {
    if (table == null) {
      return;
    }
    if (!cell.toString().isBlank() || !cellFigures.isEmpty()) {
      endCell(); // a last cell without \cell
    }
    cell.setLength(0);
    grids.add(new Grid(tableName, table, lines.size()));
    table = null;
  }

  /**
   * A list label as it goes before its paragraph's text: blanks and the tab after the number
   * collapsed; a lone symbol (a bullet in whatever font: {@code \u8226}, Symbol's {@code \'b7}, a
   * private-use character) becomes {@code •}.
   */
  private static String label(String raw) {
    String label = WHITESPACE.matcher(raw).replaceAll(" ").strip();
    if (label.codePointCount(0, label.length()) == 1
        && !Character.isLetterOrDigit(label.codePointAt(0))) {
      return korrektor.document.numbering.LabelTemplate.BULLET;
    }
    return label;
  }

  private static boolean endsWithText(StringBuilder b) {
    return b.length() > 0 && !Character.isWhitespace(b.charAt(b.length() - 1));
  }

  private static Charset orElse(Charset c, Charset fallback) {
    return c == null ? fallback : c;
  }

  /** Where in an equation a group is. */
  private enum MathPlace {
    NONE,
    OTHER,
    RUN,
    BEGIN,
    END
  }

  /** An equation's delimiter: its characters as given, and whether the opening one was written. */
  private static final class Delimiter {
    StringBuilder begin;
    StringBuilder end;
    boolean opened;

    StringBuilder begin() {
      return begin == null ? begin = new StringBuilder() : begin;
    }

    StringBuilder end() {
      return end == null ? end = new StringBuilder() : end;
    }
  }

  /** What a group inherits from its parent and may change for itself. */
  private static final class State {
    boolean skip;
    boolean starred;
    boolean fontTable;
    boolean info;
    boolean inTable;
    boolean ownsDelimiter;
    int font = -1;
    int uc = 1;
    MathPlace math = MathPlace.NONE;
    String infoKey;

    /** Where the text of this group goes instead of the body (an info field, an object's class). */
    StringBuilder capture;

    StringBuilder objectClass;

    /**
     * Where the text of a list label ({@code \listtext}, {@code \pntext}) goes until its group
     * ends.
     */
    StringBuilder label;

    State child() {
      State c = new State();
      c.skip = skip;
      c.fontTable = fontTable;
      c.info = info;
      c.inTable = inTable;
      c.font = font;
      c.uc = uc;
      c.math = math;
      c.infoKey = infoKey;
      c.capture = capture;
      c.objectClass = objectClass;
      c.label = label;
      return c;
    }
  }
}
