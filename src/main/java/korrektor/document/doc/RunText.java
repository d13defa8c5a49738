package korrektor.document.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import korrektor.document.Figure;
import korrektor.document.LineText;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.model.PicturesTable;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.Entry;

/**
 * The text of a paragraph or table cell of a .doc in reading order, from its character runs, each
 * paragraph starting with its list number as Word shows it ({@link DocNumbering}): a field's code
 * ({@code EMBED Equation.3}, {@code PAGE}) is left out and its result kept; Word's marks (cell
 * ends, paragraph ends, page breaks, anchors) become spaces or nothing; and the pictures (inline or
 * floating) and embedded objects it holds are noted. An embedded chart is a figure; an equation
 * object cannot be read (its content is a binary format) and is reported.
 */
final class RunText {

  /** A paragraph's text (whitespace collapsed), its figures and the objects it could not read. */
  record Result(String text, List<Figure.Kind> figures, List<String> unreadObjects) {}

  private static final int MAX_CHARS = 100_000;
  private static final char FIELD_BEGIN = 0x13;
  private static final char FIELD_SEPARATOR = 0x14;
  private static final char FIELD_END = 0x15;

  private final HWPFDocument doc;
  private final PicturesTable pictures;
  private final DocNumbering numbering = new DocNumbering();

  /** The open fields, innermost first. */
  private final java.util.ArrayDeque<Field> fields = new java.util.ArrayDeque<>();

  private String onlyObjectClass;
  private boolean poolScanned;

  /** A field being read: its code, and whether its result (after the separator) has begun. */
  private static final class Field {
    final StringBuilder code = new StringBuilder();
    boolean result;

    /**
     * The class an {@code EMBED} field names ("EMBED Excel.Chart.8"), "" for one naming none, null
     * for other fields.
     */
    String embedded() {
      String[] words = code.toString().strip().split("\\s+");
      if (words.length == 0 || !words[0].equalsIgnoreCase("EMBED")) {
        return null;
      }
      return words.length > 1 && !words[1].startsWith("\\") ? words[1] : "";
    }
  }

  RunText(HWPFDocument doc) {
    this.doc = doc;
    this.pictures = doc.getPicturesTable();
  }

  Result of(Range range) {
    StringBuilder text = new StringBuilder();
    List<Figure.Kind> figures = new ArrayList<>();
    List<String> unread = new ArrayList<>();
    if (range instanceof Paragraph paragraph) {
      text.append(numbering.label(paragraph));
      runs(paragraph, text, figures, unread);
    } else {
      for (int p = 0; p < range.numParagraphs(); p++) {
        Paragraph paragraph = range.getParagraph(p);
        text.append(numbering.label(paragraph));
        runs(paragraph, text, figures, unread);
      }
    }
    return new Result(LineText.of(text.toString()), figures, unread);
  }

  /** The text of a paragraph's character runs. */
  private void runs(
      Range range, StringBuilder text, List<Figure.Kind> figures, List<String> unread) {
    for (int k = 0; k < range.numCharacterRuns(); k++) {
      CharacterRun run = range.getCharacterRun(k);
      String s = run.text();
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == FIELD_BEGIN) {
          if (fields.size() < 64) {
            fields.push(new Field());
          }
        } else if (c == FIELD_SEPARATOR) {
          if (!fields.isEmpty()) {
            fields.peek().result = true;
          }
        } else if (c == FIELD_END) {
          fields.poll();
        } else if (!fields.isEmpty() && !fields.peek().result) {
          if (fields.peek().code.length() < 1000) {
            fields.peek().code.append(c); // a field's code: read, never shown
          }
        } else if (c == 0x01 && run.isSpecialCharacter()) {
          special(run, figures, unread);
        } else if (c == 0x08 && run.isSpecialCharacter()) {
          figures.add(Figure.Kind.DRAWING); // a floating shape or picture anchored here
        } else if (c == '\t') {
          text.append('\t'); // columns set with tabs: kept for tables written in text
        } else if (c == 0x0B || c == 0x0C || c == '\r' || c == 0x07) {
          text.append(' ');
        } else if (c == 0x1E) {
          text.append('-'); // non-breaking hyphen
        } else if (c >= 0x20 && text.length() < MAX_CHARS) {
          text.append(c);
        }
      }
    }
  }

  /** An inline picture, or an embedded OLE object (chart, equation, …) shown by a picture. */
  private void special(CharacterRun run, List<Figure.Kind> figures, List<String> unread) {
    String embedded = fields.isEmpty() ? null : fields.peek().embedded();
    if (run.isOle2() || embedded != null) {
      String type = embedded != null && !embedded.isEmpty() ? embedded : oleClass(run);
      String lower = type.toLowerCase(Locale.ROOT);
      if (lower.contains("equation") || lower.contains("math")) {
        unread.add(type);
      } else {
        figures.add(
            lower.contains("chart") || lower.contains("graph")
                ? Figure.Kind.CHART
                : Figure.Kind.DRAWING);
      }
    } else if (pictures.hasPicture(run)) {
      figures.add(Figure.Kind.IMAGE);
    }
  }

  /**
   * The class of an embedded object as its CompObj stream names it, e.g. "Excel.Chart.8": the
   * object the run points to, or else, when all objects in the file are of one class (LibreOffice
   * writes {@code EMBED} fields without a class and runs without an object id), that class;
   * "object" when unknown.
   */
  private String oleClass(CharacterRun run) {
    try {
      Entry entry = doc.getObjectsPool().getObjectById("_" + run.getPicOffset());
      if (entry instanceof DirectoryEntry dir && dir.hasEntry("\u0001CompObj")) {
        String name = compObjClass(dir);
        if (name != null) {
          return name;
        }
      }
      String only = onlyObjectClass();
      return only == null ? "object" : only;
    } catch (RuntimeException | java.io.IOException e) {
      return "object"; // an object whose class cannot be told is still an object
    }
  }

  private String onlyObjectClass() throws java.io.IOException {
    if (!poolScanned) {
      poolScanned = true;
      java.util.Set<String> classes = new java.util.HashSet<>();
      Entry root =
          doc.getDirectory().hasEntry("ObjectPool")
              ? doc.getDirectory().getEntry("ObjectPool")
              : null;
      if (root instanceof DirectoryEntry pool) {
        int seen = 0;
        for (Entry e : pool) {
          if (seen++ > 1000) {
            break;
          }
          if (e instanceof DirectoryEntry object && object.hasEntry("\u0001CompObj")) {
            String name = compObjClass(object);
            classes.add(name == null ? "" : name);
          }
        }
      }
      onlyObjectClass = classes.size() == 1 ? classes.iterator().next() : null;
    }
    return onlyObjectClass == null || onlyObjectClass.isEmpty() ? null : onlyObjectClass;
  }

  /**
   * The last printable string in the CompObj stream: the ProgID ("Equation.3", "Excel.Chart.8").
   */
  private static String compObjClass(DirectoryEntry dir) throws java.io.IOException {
    byte[] bytes;
    try (var in =
        new org.apache.poi.poifs.filesystem.DocumentInputStream(
            (org.apache.poi.poifs.filesystem.DocumentEntry) dir.getEntry("\u0001CompObj"))) {
      bytes = in.readNBytes(4096);
    }
    // CompObj: header, then length-prefixed ANSI strings: user type, clipboard format, ProgID
    List<String> strings = new ArrayList<>();
    int at = 28;
    while (at + 4 <= bytes.length && strings.size() < 3) {
      int length =
          (bytes[at] & 0xFF)
              | (bytes[at + 1] & 0xFF) << 8
              | (bytes[at + 2] & 0xFF) << 16
              | (bytes[at + 3] & 0xFF) << 24;
      at += 4;
      if (length == -1 || length == -2) {
        at += 4; // a clipboard format given as a number
        strings.add("");
        continue;
      }
      if (length < 0 || at + length > bytes.length) {
        break;
      }
      strings.add(
          new String(
              bytes, at, Math.max(0, length - 1), java.nio.charset.StandardCharsets.ISO_8859_1));
      at += length;
    }
    for (int i = strings.size() - 1; i >= 0; i--) {
      if (!strings.get(i).isBlank()) {
        return strings.get(i).strip();
      }
    }
    return null;
  }
}
