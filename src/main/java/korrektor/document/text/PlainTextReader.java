package korrektor.document.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import korrektor.document.Cell;
import korrektor.document.Document;
import korrektor.document.DocumentReader;
import korrektor.document.Format;
import korrektor.document.Grid;
import korrektor.document.LineText;
import korrektor.document.Location;
import korrektor.document.Problem;
import korrektor.document.ReadFailures;
import korrektor.document.ReadLimits;
import korrektor.document.TextLine;

/**
 * Reads a plain text or Markdown file into lines located as {@code file l.N}; Markdown tables
 * ({@code | t | h |}) become grids named {@code Table 1}, … ({@code file.md!Table 1!B2}). NUL bytes
 * and a few broken bytes are taken out with a warning ({@link TextDecoder#salvage}).
 */
public final class PlainTextReader implements DocumentReader {

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /** A Markdown table's rule line, {@code |---|:--:|}. */
  private static final Pattern MARKDOWN_RULE =
      Pattern.compile("^\\|?\\s*:?-{1,}:?\\s*(\\|\\s*:?-{1,}:?\\s*)*\\|?$");

  @Override
  public Set<Format> formats() {
    return Set.of(Format.TEXT);
  }

  @Override
  public Document read(Path file, String displayName, ReadLimits limits) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      return Document.unreadable(displayName, Format.TEXT, ReadFailures.describe(Format.TEXT, e));
    }
    TextDecoder.Salvaged salvaged = TextDecoder.salvage(bytes);
    if (!salvaged.isMostlyText()) {
      return Document.unreadable(
          displayName, Format.TEXT, ReadFailures.notText(Format.TEXT, salvaged.damage().count()));
    }
    String content = salvaged.text();
    List<TextLine> lines = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    if (salvaged.isDamaged()) {
      problems.add(salvaged.warning(displayName));
    }
    List<Grid> tables = new ArrayList<>();
    List<Cell> table = new ArrayList<>();
    int tableRow = 0;
    int number = 0;
    int cellCount = 0;
    for (String line : (Iterable<String>) content.lines()::iterator) {
      number++;
      if (lines.size() >= limits.maxLines()) {
        problems.add(
            Problem.warning(
                Problem.Kind.TRUNCATED,
                Location.ofLine(displayName, 0, number),
                "only the first " + limits.maxLines() + " lines were read; the rest is skipped"));
        break;
      }
      List<String> cells = markdownRow(line.strip());
      if (cells != null && cellCount + cells.size() > limits.maxCells()) {
        // a table of millions of cells (a hostile file) costs its reading, not the batch's memory
        problems.add(
            Problem.warning(
                Problem.Kind.TRUNCATED,
                Location.ofLine(displayName, 0, number),
                "only the first "
                    + limits.maxCells()
                    + " table cells were read; the rest is skipped"));
        break;
      }
      if (cells != null) {
        cellCount += cells.size();
        String name = "Table " + (tables.size() + 1);
        for (int c = 0; c < cells.size() && tableRow >= 0; c++) {
          String text = WHITESPACE.matcher(cells.get(c)).replaceAll(" ").strip();
          if (!text.isEmpty()) {
            table.add(
                new Cell(tableRow, c, text, null, Location.ofCell(displayName, name, tableRow, c)));
          }
        }
        tableRow += cells.isEmpty() ? 0 : 1;
        continue;
      }
      if (!table.isEmpty()) {
        tables.add(new Grid("Table " + (tables.size() + 1), table, lines.size()));
        table = new ArrayList<>();
      }
      tableRow = 0;
      String text = LineText.of(line);
      lines.add(TextLine.plain(text, Location.ofLine(displayName, 0, number)));
    }
    if (!table.isEmpty()) {
      tables.add(new Grid("Table " + (tables.size() + 1), table, lines.size()));
    }
    return new Document(displayName, Format.TEXT, tables, lines, List.of(), 0, problems);
  }

  /**
   * The cells of a Markdown table row {@code | 1 | 0.5769 |}; an empty list for the rule line
   * {@code |---|---|}; null when the line is not a table row.
   */
  static List<String> markdownRow(String line) {
    if (!line.startsWith("|") || !line.endsWith("|") || line.length() < 3) {
      return null;
    }
    if (MARKDOWN_RULE.matcher(line).matches()) {
      return List.of();
    }
    return List.of(line.substring(1, line.length() - 1).split("\\|", -1));
  }
}
