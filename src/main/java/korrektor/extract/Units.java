package korrektor.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import korrektor.document.Cell;
import korrektor.document.Document;
import korrektor.document.Grid;
import korrektor.document.Location;
import korrektor.document.TextLine;
import korrektor.document.Word;

/**
 * Turns a document into what the readers look at: units (text lines and cells) with their numbers,
 * and tables — every grid, and every block of consecutive lines that are rows of a table written in
 * text (tab-separated text pasted from a spreadsheet, Markdown pipes, columns set apart by wide
 * gaps in a PDF or by runs of spaces in a printout, comma- or semicolon-separated values). Work is
 * linear in the document's size.
 */
final class Units {
  /**
   * Longest line read as a whole; longer text is read in slices of this size (a hostile one-line
   * file).
   */
  static final int MAX_LINE = 4_000;

  /** What a document holds for the readers. */
  record Parsed(
      List<Unit> lines, List<Unit> cells, List<Table> tables, List<List<Unit>> rowBlocks) {}

  private final LabelMatcher labels;
  private final StepReader steps;

  Units(LabelMatcher labels, StepReader steps) {
    this.labels = labels;
    this.steps = steps;
  }

  Parsed of(Document d, int document) {
    List<Unit> lines = new ArrayList<>();
    List<Unit> cells = new ArrayList<>();
    List<Table> tables = new ArrayList<>();
    int index = 0;
    List<Integer> unitsAfterLine = new ArrayList<>();
    for (TextLine line : d.lines()) {
      for (String slice : slices(line.text())) {
        lines.add(
            line(
                document,
                index++,
                slice,
                slice == line.text() ? line.words() : List.of(),
                line.location()));
      }
      unitsAfterLine.add(lines.size());
    }
    for (Grid g : d.grids()) {
      Table t = new Table(g.name() == null ? d.fileName() : g.name(), document, false);
      if (g.linesBefore() > 0 && g.linesBefore() <= unitsAfterLine.size()) {
        t.linesBefore(unitsAfterLine.get(g.linesBefore() - 1));
      } else if (g.linesBefore() == 0) {
        t.linesBefore(0);
      }
      for (Cell c : g.cells()) {
        Unit u = cell(document, index++, c, g.name());
        cells.add(u);
        Num whole =
            u.numbers().size() == 1 && Numbers.whole(u.text()).isPresent()
                ? u.numbers().get(0)
                : null;
        t.put(new Table.Cell(c.row(), c.column(), u.text(), whole, u));
      }
      if (!t.isEmpty()) {
        tables.add(t);
      }
    }
    List<List<Unit>> blocks = rowBlocks(lines);
    for (List<Unit> block : blocks) {
      tables.add(TextTables.of(block, document));
    }
    return new Parsed(lines, cells, tables, blocks);
  }

  /**
   * A long line in slices (cut at a blank where one is near), so no reader sees more than {@link
   * #MAX_LINE}.
   */
  private static List<String> slices(String text) {
    if (text.length() <= MAX_LINE) {
      return List.of(text);
    }
    List<String> out = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = Math.min(text.length(), start + MAX_LINE);
      if (end < text.length()) {
        int blank = text.lastIndexOf(' ', end);
        if (blank > start + MAX_LINE / 2) {
          end = blank;
        }
      }
      out.add(text.substring(start, end));
      start = end;
    }
    return out;
  }

  private Unit cell(int document, int index, Cell c, String sheet) {
    String text =
        c.isNumeric()
            ? Text.normalize(c.text())
            : Markup.plain(
                c.text().length() > MAX_LINE ? c.text().substring(0, MAX_LINE) : c.text());
    List<Num> nums = new ArrayList<>();
    if (c.isNumeric()) {
      Optional<NumberToken> shown = Numbers.whole(c.text());
      double v = c.number();
      int decimals = shown.map(NumberToken::decimals).orElse(15);
      int sig = shown.map(NumberToken::sigfigs).orElse(15);
      nums.add(
          new Num(new NumberToken(v, c.text(), decimals, sig, 0, text.length()), c.location(), 0));
    } else {
      for (NumberToken n : Numbers.findAll(text)) {
        nums.add(new Num(n, c.location(), nums.size()));
      }
    }
    List<Unit.Field> fields =
        List.of(new Unit.Field(text, c.column(), c.column(), c.column(), nums));
    return new Unit(
        document, index, text, fields, nums, c.location(), sheet == null ? "" : sheet, false);
  }

  /** A line, split into fields when it is a row of a table written in text. */
  private Unit line(int document, int index, String raw, List<Word> words, Location location) {
    List<String> rawFields;
    double[][] spans = null;
    boolean row;
    if (hasGeometry(words)) {
      List<Word> joined = TextTables.attachScripts(words);
      List<List<Word>> groups = TextTables.gapGroups(joined);
      rawFields = new ArrayList<>();
      spans = new double[groups.size()][];
      for (int k = 0; k < groups.size(); k++) {
        List<Word> g = groups.get(k);
        rawFields.add(String.join(" ", g.stream().map(Word::text).toList()));
        spans[k] = new double[] {g.get(0).x(), g.get(g.size() - 1).right()};
      }
      row = rawFields.size() > 1 && isRowOfTokens(rawFields);
      if (!row) {
        // a printout in a monospaced font: its columns are apart by single blanks, not wide gaps
        List<String> split = split(String.join(" ", rawFields));
        if (split.size() > 1 && isRowOfTokens(split)) {
          rawFields = split;
          spans = null;
          row = true;
        }
      }
    } else {
      rawFields = split(raw);
      row = rawFields.size() > 1;
      spans = row ? characterSpans(raw, rawFields) : null;
    }
    List<Unit.Field> fields = new ArrayList<>();
    List<Num> nums = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (int k = 0; k < rawFields.size(); k++) {
      String f = Markup.plain(rawFields.get(k));
      if (k > 0) {
        text.append(row ? '\t' : ' ');
      }
      int offset = text.length();
      text.append(f);
      List<Num> here = new ArrayList<>();
      for (NumberToken n : Numbers.findAll(f)) {
        NumberToken shifted =
            new NumberToken(
                n.value(),
                n.raw(),
                n.decimals(),
                n.sigfigs(),
                n.start() + offset,
                n.end() + offset);
        Num num = new Num(shifted, location, nums.size());
        here.add(num);
        nums.add(num);
      }
      double left = spans == null ? k : spans[k][0];
      double right = spans == null ? k : spans[k][1];
      fields.add(new Unit.Field(f, (left + right) / 2, left, right, here));
    }
    String part =
        location.sheet() != null
            ? location.sheet()
            : location.page() > 0 ? "p." + location.page() : "";
    return new Unit(document, index, text.toString(), fields, nums, location, part, row);
  }

  private static boolean hasGeometry(List<Word> words) {
    return words.size() > 1 && words.stream().anyMatch(w -> w.width() > 0);
  }

  /**
   * Where each field stands in a line set in columns with blanks (a printout, text aligned by
   * hand): character offsets, which work as positions so that an empty cell keeps its column. Null
   * for fields set apart by tabs, pipes or separators, whose characters do not line up.
   */
  private static double[][] characterSpans(String raw, List<String> fields) {
    if (raw.indexOf('\t') >= 0
        || raw.indexOf('|') >= 0
        || raw.indexOf(';') >= 0
        || !raw.contains("  ")) {
      return null;
    }
    double[][] spans = new double[fields.size()][];
    int from = 0;
    for (int k = 0; k < fields.size(); k++) {
      int at = raw.indexOf(fields.get(k), from);
      if (at < 0 || fields.get(k).isEmpty()) {
        return null;
      }
      spans[k] = new double[] {at, at + fields.get(k).length()};
      from = at + fields.get(k).length();
    }
    return spans;
  }

  /**
   * The fields of a line without geometry: tab- or pipe-separated; semicolon- or comma-separated
   * values; columns apart by two or more spaces; or single spaces between tokens that are each a
   * number, a label or a step. Otherwise the whole line.
   */
  List<String> split(String raw) {
    String s =
        Regex.replaceAll(raw, "^ +", "").stripTrailing(); // a leading tab is an empty first cell
    s =
        Regex.replaceFirst(
            s,
            "^(?:#|//|%|>)+ ?(?=[-+−]?[.,]?\\d)",
            ""); // "# 1 0.261 0.576": a printout kept as a comment
    if (s.indexOf('\t') >= 0) {
      List<String> out = new ArrayList<>();
      for (String f : s.split("\t", -1)) {
        out.add(f.strip());
      }
      while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
        out.remove(out.size() - 1);
      }
      return out.size() > 1 ? out : List.of(s.strip());
    }
    if (s.indexOf('|') >= 0 && (s.startsWith("|") || count(s, '|') >= 2 || shortPipeRow(s))) {
      String inner = s.startsWith("|") ? s.substring(1) : s;
      inner = inner.endsWith("|") ? inner.substring(0, inner.length() - 1) : inner;
      List<String> out = new ArrayList<>();
      for (String f : inner.split("\\|", -1)) {
        out.add(f.strip());
      }
      if (out.size() > 1) {
        return out;
      }
    }
    if (count(s, ';') >= 1) {
      List<String> out = separated(s, ';');
      if (out != null) {
        return out;
      }
    }
    if (count(s, ',') >= 2 && !s.contains(", ") && !hasDecimalCommas(s)) {
      List<String> out = separated(s, ',');
      if (out != null) {
        return out;
      }
    }
    if (s.contains(", ")) {
      // "0, 0.5768, 0.5436, …": numbers listed with a comma and a blank (a decimal comma has no
      // blank)
      List<String> out = List.of(Regex.split(s.strip(), ",\\s+"));
      if (out.size() >= 3 && out.stream().allMatch(f -> Numbers.whole(f).isPresent())) {
        return out;
      }
    }
    if (s.contains("  ")) {
      // columns apart by two blanks; a negative number right-aligned may stand one blank from its
      // neighbour
      List<String> out = new ArrayList<>();
      for (String f : Regex.split(s.strip(), "\\s{2,}")) {
        String[] parts = Regex.split(f, "\\s+");
        boolean numbers = parts.length > 1;
        for (String p : parts) {
          numbers &= Numbers.whole(p).isPresent();
        }
        if (numbers) {
          out.addAll(List.of(parts));
        } else {
          out.add(f);
        }
      }
      if (out.size() > 1 && isRowOfTokens(out)) {
        return out;
      }
      if (out.size() > 2) {
        return out;
      }
    }
    String[] tokens = Regex.split(s, "\\s+");
    if (tokens.length >= 3 && isRowOfBareTokens(tokens)) {
      return List.of(tokens);
    }
    return List.of(raw);
  }

  /** {@code g | 0.58}: a Markdown row without outer pipes, two short cells. */
  private boolean shortPipeRow(String s) {
    String[] parts = s.split("\\|", -1);
    if (parts.length != 2
        || parts[0].strip().isEmpty()
        || parts[0].length() > 40
        || parts[1].length() > 40) {
      return false;
    }
    String a = parts[0].strip();
    String b = parts[1].strip();
    return Numbers.whole(b).isPresent()
            && (labels.whole(a).isPresent()
                || isIdentifier(a)
                || Units.isIdentifier(a.replace(" ", "")))
        || labels.whole(a).isPresent() && labels.whole(b).isEmpty() && b.length() <= 12;
  }

  /** Commas between digits on a line whose numbers have no decimal point: "5,769E-1 5,436E-1". */
  private static boolean hasDecimalCommas(String s) {
    return Regex.of("\\d,\\d").matcher(s).find() && !Regex.of("\\d\\.\\d").matcher(s).find()
        || Regex.of("(?:^|\\s),\\d").matcher(s).find(); // ",58 ,54": decimals without their zero
  }

  /** Fields separated by {@code sep} when each is short: a number, a label, a step or a word. */
  private List<String> separated(String s, char sep) {
    List<String> out = new ArrayList<>();
    for (String f : s.split(java.util.regex.Pattern.quote(String.valueOf(sep)), -1)) {
      out.add(f.strip());
    }
    trimEmptyEnds(out);
    if (out.size() < 2) {
      return null;
    }
    int numbers = 0;
    for (String f : out) {
      if (f.length() > 40) {
        return null;
      }
      if (Numbers.whole(f).isPresent()) {
        numbers++;
      }
    }
    return numbers >= 2 || isRowOfTokens(out) ? out : null;
  }

  /**
   * Whether every field is a number, a label, a step marker or a placeholder (a header or data
   * row); a few short unknown names ({@code z}, {@code cand}) may stand among them as column names.
   */
  boolean isRowOfTokens(List<String> fields) {
    int meaningful = 0;
    int names = 0;
    for (String f : fields) {
      String t = f.strip();
      if (t.isEmpty() || Regex.matches(t, "[-–—?/x*]|n/a|N/A|nan|NaN|\\.\\.\\.|…|:?-{3,}:?")) {
        continue;
      }
      if (Numbers.whole(t).isPresent()
          || labels.whole(t).isPresent()
          || steps.isStepHeader(t)
          || steps.stepOf(t).isPresent()) {
        meaningful++;
      } else if (isIdentifier(t)
          || Regex.matches(t, "[\\p{L}][\\p{L}\\d_^~]{0,5}(?:\\^?\\((?:t|\\d{1,2})\\))?")) {
        names++; // "z", "cand", "x^(t)": a column Korrektor has no name for
      } else {
        return false;
      }
    }
    return meaningful >= 2 && names <= meaningful / 2;
  }

  /**
   * Whether tokens split at single blanks are a row: each a number, a label, a step or a
   * placeholder, none ending in {@code :} or {@code =} (then it is a sentence like "h at t=2:
   * 0.39").
   */
  private boolean isRowOfBareTokens(String[] tokens) {
    int numbers = 0;
    for (String t : tokens) {
      if (t.endsWith(":") || t.endsWith("=") || t.startsWith("=")) {
        return false;
      }
      if (Numbers.whole(t).isPresent() && !t.endsWith(".")) {
        numbers++;
      } else if (labels.whole(t).isEmpty()
          && !steps.isStepHeader(t)
          && !Regex.matches(t, "[-–—?/x*|]|n/a|N/A|nan|NaN|\\.\\.\\.|…")) {
        return false;
      }
    }
    return numbers >= 2 || numbers == 0;
  }

  /**
   * A short code identifier ({@code cand}, {@code s_prev}, {@code out}): a column name in a
   * printout.
   */
  static boolean isIdentifier(String t) {
    return t.length() <= 6 && Regex.matches(t, "[A-Za-z][A-Za-z0-9_~^.]*");
  }

  private static void trimEmptyEnds(List<String> out) {
    while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
      out.remove(out.size() - 1);
    }
    while (!out.isEmpty() && out.get(0).isEmpty()) {
      out.remove(0);
    }
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }

  /**
   * Consecutive lines of one part that are rows (two or more fields): each block a table in text. A
   * Markdown separator row ({@code |---|---|}) belongs to its block.
   */
  private List<List<Unit>> rowBlocks(List<Unit> lines) {
    List<List<Unit>> out = new ArrayList<>();
    List<Unit> current = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Unit u = lines.get(i);
      boolean continues =
          !current.isEmpty() && current.get(current.size() - 1).part().equals(u.part());
      if (u.isRow()) {
        if (!continues && !current.isEmpty()) {
          out.add(current);
          current = new ArrayList<>();
        }
        if (current.isEmpty() && i > 0) {
          Unit header = headerOfNames(lines.get(i - 1), u);
          if (header != null) {
            if (i > 1 && isUpperHeader(lines.get(i - 2), header)) {
              current.add(lines.get(i - 2)); // "input forget output" over "step gate gate gate …"
            }
            lines.set(i - 1, header);
            current.add(header);
          }
        }
        current.add(u);
      } else if (!current.isEmpty()) {
        out.add(current);
        current = new ArrayList<>();
      }
    }
    if (!current.isEmpty()) {
      out.add(current);
    }
    return out;
  }

  /**
   * A line of words above a header on a PDF page, inside its width: the first line of a header set
   * on two lines.
   */
  private static boolean isUpperHeader(Unit line, Unit header) {
    if (!line.numbers().isEmpty()
        || !line.part().equals(header.part())
        || line.isRow()
        || line.fields().isEmpty()
        || line.fields().get(0).right() <= line.fields().get(0).left() + 0.5) {
      return false;
    }
    double left = header.fields().get(0).left();
    double right = header.fields().get(header.fields().size() - 1).right();
    for (Unit.Field f : line.fields()) {
      if (f.left() < left - 20
          || f.right() > right + 20
          || !Regex.matches(f.text(), "[\\p{L}\\s-]{1,40}")) {
        return false;
      }
    }
    return line.fields().size() <= header.fields().size();
  }

  /**
   * A line of short names above a row ({@code U W b} over {@code g 0.3 -0.3 0.1}): the header of
   * the rows below, as a row of its own; null when it is not one.
   */
  private Unit headerOfNames(Unit line, Unit firstRow) {
    if (line.isRow()
        || !line.numbers().isEmpty()
        || !line.part().equals(firstRow.part())
        || line.text().length() > 120) {
      return null;
    }
    String[] tokens = Regex.split(line.text().strip(), "\\s+");
    int n = firstRow.fields().size();
    if (tokens.length < 2 || tokens.length != n && tokens.length != n - 1) {
      return null;
    }
    for (String t : tokens) {
      if (!isIdentifier(t) && labels.whole(t).isEmpty() && !steps.isStepHeader(t)) {
        return null;
      }
    }
    List<Unit.Field> fields = new ArrayList<>();
    if (line.fields().size() == tokens.length) {
      fields.addAll(line.fields()); // with their positions on a PDF page
    } else {
      for (int k = 0; k < tokens.length; k++) {
        fields.add(new Unit.Field(tokens[k], k, k, k, List.of()));
      }
    }
    return new Unit(
        line.document(),
        line.index(),
        String.join("\t", tokens),
        fields,
        List.of(),
        line.location(),
        line.part(),
        true);
  }
}
