package korrektor.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rows of bare numbers with no header: {@code 1,0.5769,0.5436,…} (a step and one value per
 * quantity), a notebook's printout under {@code print(t, g, f, q, cand, s, h, y)}. The order of the
 * columns comes from a legend written before them — the code that prints them, a sentence ("each
 * row: t, g, f, q, s̃, s, h, output"), a header line set apart from its rows — or, when there is
 * none, from the sheet's order, which the {@link Decoder} accepts only if the student's own values
 * agree with it.
 */
final class HeaderlessReader {
  private static final Pattern PRINT =
      Pattern.compile("(?:print|display|writerow|write)\\s*\\((.{1,300})\\)");
  private static final Pattern FORMAT_NAME =
      Pattern.compile("\\{\\s*([A-Za-z_][A-Za-z0-9_~\\[\\]]*)\\s*(?:[:!][^}]*)?}");
  private static final Pattern COLUMNS = Pattern.compile("columns\\s*=\\s*\\[(.{1,300}?)]");

  private final LabelMatcher labels;
  private final StepReader steps;
  private final List<String> quantities;
  private final int stepCount;

  /**
   * A legend: the name of each column in order; a null entry is a column Korrektor has no name for.
   *
   * @param unit the unit it was written in
   * @param columns the columns' labels (null: unknown name)
   * @param stepColumn index of the step column, or -1
   */
  record Legend(Unit unit, List<Label> columns, int stepColumn) {
    int valueColumns() {
      return columns.size() - (stepColumn >= 0 ? 1 : 0);
    }
  }

  HeaderlessReader(LabelMatcher labels, StepReader steps, List<String> quantities, int stepCount) {
    this.labels = labels;
    this.steps = steps;
    this.quantities = List.copyOf(quantities);
    this.stepCount = stepCount;
  }

  /**
   * A legend written in a line, if the line is one: code that prints, a list of names, a header.
   */
  Optional<Legend> legend(Unit u) {
    String text = u.text();
    if (text.length() > 400
        || !u.numbers().isEmpty() && text.indexOf('(') < 0
        || !mayBeLegend(text)) {
      return Optional.empty();
    }
    List<String> names = null;
    Matcher p = PRINT.matcher(text);
    Matcher cols = COLUMNS.matcher(text);
    if (cols.find()) {
      names = topLevel(cols.group(1));
    } else if (p.find()) {
      String args = p.group(1);
      Matcher f = FORMAT_NAME.matcher(args);
      List<String> formatted = new ArrayList<>();
      while (f.find()) {
        formatted.add(f.group(1));
      }
      names = formatted.size() >= 2 ? formatted : topLevel(args);
    } else if (u.numbers().isEmpty()) {
      String cleaned =
          Regex.replaceAll(
              text,
              "(?i)^.{0,40}?(?:columns?|spalten|reihenfolge|order|each row|jede zeile|format|legend|legende|notation|bezeichnungen|symbols?|symbole)\\s*(?:is|are|ist|sind)?\\s*[:=]\\s*",
              "");
      names = split(Regex.replaceAll(cleaned, "(?i)\\s+(?:and|und)\\s+", ", "));
    }
    if (names == null || names.size() < 3) {
      return Optional.empty();
    }
    List<Label> columns = new ArrayList<>();
    int stepColumn = -1;
    int known = 0;
    for (int k = 0; k < names.size(); k++) {
      String n =
          Regex.replaceAll(
                  names.get(k).strip(),
                  "^['\"]|['\"]$|\\.round\\(.*\\)$|^(?:round|float)\\(|,\\s*\\d+\\)$",
                  "")
              .strip();
      int index = -1;
      Matcher code = Regex.of("^(.*?)\\[(\\d)]$").matcher(n);
      if (code.matches()) {
        index = Integer.parseInt(code.group(2)); // z[0] in code: the first component
        n = code.group(1);
      }
      Optional<Label> declared = declaration(n);
      if (declared.isEmpty()) {
        n =
            Regex.replaceAll(n, "\\s*\\((?:[^()]*)\\)$|\\)$", "")
                .strip(); // "t (ab 0)", "round(g, 4)"
      }
      if (n.isEmpty()) {
        return Optional.empty();
      }
      if (stepColumn < 0
          && k == 0
          && (steps.isStepHeader(n)
              || n.equals("i") && names.size() > 3 && labels.whole(n).isEmpty())) {
        stepColumn = k;
        columns.add(null);
        continue;
      }
      Optional<Label> l = declared.isPresent() ? declared : labels.identifier(n);
      if (l.isPresent() && l.get().isStepless()) {
        Label found = l.get();
        if (index >= 0 && found.component() == 0) {
          found =
              new Label(
                  found.quantity(),
                  index + 1,
                  found.step(),
                  found.start(),
                  found.end(),
                  false,
                  found.symbol(),
                  found.senses());
        }
        columns.add(found);
        known++;
      } else if (Units.isIdentifier(n) || n.length() <= 12) {
        columns.add(null);
      } else {
        return Optional.empty();
      }
    }
    return known >= 2 && known * 2 >= columns.size() - (stepColumn >= 0 ? 1 : 0)
        ? Optional.of(new Legend(u, columns, stepColumn))
        : Optional.empty();
  }

  /** A quick test: a legend lists names apart by commas, tabs or blanks, or is code that prints. */
  private static boolean mayBeLegend(String text) {
    int separators = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '\t' || c == ';' || c == ' ') {
        separators++;
      }
    }
    return separators >= 2;
  }

  /**
   * A symbol with its meaning, {@code o = output gate}, {@code C: cell state}, {@code output gate
   * (o)}: the symbol, narrowed to what the words say.
   */
  Optional<Label> declaration(String item) {
    Matcher m = Regex.of("^(.{1,12}?)\\s*[=:]\\s*(.{2,40})$").matcher(item);
    Matcher b = Regex.of("^(.{2,40}?)\\s*\\((.{1,12})\\)$").matcher(item);
    String symbol;
    String words;
    if (m.matches()) {
      symbol = m.group(1);
      words = m.group(2);
    } else if (b.matches()) {
      symbol = b.group(2);
      words = b.group(1);
    } else {
      return Optional.empty();
    }
    Optional<Label> s = labels.identifier(symbol);
    Optional<Label> w = labels.whole(words);
    if (s.isEmpty() || w.isEmpty() || !s.get().isStepless()) {
      return Optional.empty();
    }
    List<String> common = new ArrayList<>(s.get().senses());
    common.retainAll(w.get().senses());
    return Optional.of(s.get().withSenses(common.isEmpty() ? w.get().senses() : common));
  }

  private List<String> split(String s) {
    List<String> out = new ArrayList<>();
    for (String part : Regex.split(s, "\\s*[,;\\t]\\s*|\\s{2,}")) {
      if (!part.isBlank()) {
        out.add(part.strip());
      }
    }
    if (out.size() == 1) {
      // names apart by single blanks ("t g f q cand s h y"): a legend only when every one is a name
      // Korrektor knows
      List<String> words = List.of(Regex.split(s.strip(), "\\s+"));
      for (String w : words) {
        if (labels.identifier(w).isEmpty() && !steps.isStepHeader(w)) {
          return List.of();
        }
      }
      return words;
    }
    return out;
  }

  /** The arguments of a call, split at commas outside brackets: {@code t + 1, round(h, 3), out}. */
  private static List<String> topLevel(String args) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    StringBuilder current = new StringBuilder();
    for (char c : args.toCharArray()) {
      if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        depth--;
      }
      if (c == ',' && depth == 0) {
        out.add(current.toString().strip());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    out.add(current.toString().strip());
    out.removeIf(String::isEmpty);
    // "t + 1": the step, shifted
    out.replaceAll(a -> Regex.replaceAll(a, "^(\\w+)\\s*[-+]\\s*\\d+$", "$1"));
    return out;
  }

  /**
   * Readings of the runs of bare-number rows in a table, given the legends written before it
   * (nearest last); rows with a text cell end a run.
   */
  List<Reading> read(Table t, List<Legend> legends) {
    List<Reading> out = new ArrayList<>();
    List<List<Table.Cell>> run = new ArrayList<>();
    int previous = -2;
    for (int r : t.rowIndexes()) {
      List<Table.Cell> row = t.row(r);
      boolean numeric = row.stream().allMatch(c -> c.number() != null);
      if (!numeric || r != previous + 1) {
        readRun(t, run, legends, out);
        run = new ArrayList<>();
      }
      if (numeric) {
        run.add(row);
      }
      previous = r;
    }
    readRun(t, run, legends, out);
    return out;
  }

  private void readRun(
      Table t, List<List<Table.Cell>> rows, List<Legend> legends, List<Reading> out) {
    if (rows.isEmpty()) {
      return;
    }
    int offset = Integer.MAX_VALUE;
    for (List<Table.Cell> row : rows) {
      offset = Math.min(offset, row.get(0).column());
    }
    int width = 0;
    for (List<Table.Cell> row : rows) {
      width = Math.max(width, row.get(row.size() - 1).column() + 1 - offset);
    }
    if (width < 3) {
      return;
    }
    boolean stepFirst = firstColumnIsSteps(rows, offset);
    Legend legend = null;
    for (int k = legends.size() - 1; k >= 0 && legend == null; k--) {
      Legend l = legends.get(k);
      if (l.columns().size() == width && (l.stepColumn() < 0 || stepFirst)) {
        legend = l;
      } else if (l.stepColumn() < 0 && l.columns().size() == width - 1 && stepFirst) {
        legend = new Legend(l.unit(), prepend(l.columns()), 0);
      }
    }
    String layout;
    List<List<String>> senses = new ArrayList<>();
    List<String> symbols = new ArrayList<>();
    List<String> choices = new ArrayList<>();
    List<Integer> components = new ArrayList<>();
    int stepColumn;
    Candidate.Evidence evidence;
    if (legend != null) {
      stepColumn = legend.stepColumn();
      layout =
          "rows of numbers in the order "
              + describe(legend)
              + " written at "
              + legend.unit().location();
      for (int c = 0; c < width; c++) {
        Label l = legend.columns().get(c);
        senses.add(l == null ? List.of("") : l.senses());
        symbols.add(l == null ? "" : l.symbol());
        choices.add(l != null && l.isAmbiguous() ? "symbol " + l.symbol() : null);
        components.add(l == null ? 0 : l.component());
      }
      evidence = Candidate.Evidence.TABLE;
    } else {
      List<String[]> slots = new ArrayList<>();
      for (String q : quantities) {
        int dim = labels.dimension(q);
        for (int c = 1; c <= dim; c++) {
          slots.add(new String[] {q, String.valueOf(dim > 1 ? c : 0)});
        }
      }
      stepColumn = stepFirst && width == slots.size() + 1 ? 0 : -1;
      if (width - (stepColumn >= 0 ? 1 : 0) != slots.size()) {
        return;
      }
      layout =
          "rows of numbers without names, read in the sheet's order "
              + String.join(", ", quantities)
              + " ("
              + t.name()
              + ")";
      String choice = "order of the rows at " + rows.get(0).get(0).location();
      int q = 0;
      for (int c = 0; c < width; c++) {
        if (c == stepColumn) {
          senses.add(List.of(""));
          symbols.add("");
          choices.add(null);
          components.add(0);
          continue;
        }
        String[] slot = slots.get(q++);
        senses.add(List.of("", slot[0]));
        symbols.add("column " + (c + 1));
        choices.add(choice);
        components.add(Integer.parseInt(slot[1]));
      }
      evidence = Candidate.Evidence.ORDER;
    }
    List<Integer> written = new ArrayList<>();
    if (stepColumn >= 0) {
      for (List<Table.Cell> row : rows) {
        written.add((int) row.get(0).number().value());
      }
    }
    int shift = 0;
    boolean skipFirst = false;
    if (stepColumn >= 0 && written.contains(0)) {
      int max = written.stream().mapToInt(Integer::intValue).max().orElse(0);
      if (max >= stepCount) {
        skipFirst = true;
      } else {
        shift = 1;
      }
    } else if (stepColumn < 0
        && rows.size() == stepCount + 1
        && rows.get(0).stream().allMatch(c -> c.number().value() == 0)) {
      skipFirst = true;
    }
    for (int r = 0; r < rows.size(); r++) {
      int step = stepColumn >= 0 ? written.get(r) + shift : r + 1 - (skipFirst ? 1 : 0);
      if (step <= 0 || skipFirst && stepColumn >= 0 && written.get(r) == 0) {
        continue;
      }
      for (Table.Cell c : rows.get(r)) {
        int col = c.column() - offset;
        if (col == stepColumn || col >= senses.size() || senses.get(col).equals(List.of(""))) {
          continue;
        }
        out.add(
            new Reading(
                symbols.get(col),
                senses.get(col),
                choices.get(col),
                components.get(col),
                step,
                null,
                c.number(),
                stepColumn >= 0 ? evidence : Candidate.Evidence.ORDER,
                layout));
      }
    }
  }

  private static List<Label> prepend(List<Label> columns) {
    List<Label> out = new ArrayList<>();
    out.add(null);
    out.addAll(columns);
    return out;
  }

  private static String describe(Legend l) {
    List<String> names = new ArrayList<>();
    for (int k = 0; k < l.columns().size(); k++) {
      Label c = l.columns().get(k);
      names.add(k == l.stepColumn() ? "t" : c == null ? "?" : c.symbol());
    }
    return String.join(", ", names);
  }

  /** Whether the first column holds distinct whole numbers within 0..T, in increasing order. */
  private boolean firstColumnIsSteps(List<List<Table.Cell>> rows, int offset) {
    if (rows.size() < 2 && stepCount > 1) {
      Table.Cell c = rows.get(0).get(0);
      return c.column() == offset
          && c.number().token().isInteger()
          && c.number().value() >= 0
          && c.number().value() <= stepCount;
    }
    HashSet<Integer> seen = new HashSet<>();
    int previous = -1;
    for (List<Table.Cell> row : rows) {
      Table.Cell c = row.get(0);
      double v = c.number().value();
      if (c.column() != offset
          || !c.number().token().isInteger()
          || v < 0
          || v > stepCount
          || v <= previous
          || !seen.add((int) v)) {
        return false;
      }
      previous = (int) v;
    }
    return true;
  }
}
