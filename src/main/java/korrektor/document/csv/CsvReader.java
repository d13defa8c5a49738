package korrektor.document.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import korrektor.document.Cell;
import korrektor.document.Document;
import korrektor.document.DocumentReader;
import korrektor.document.Format;
import korrektor.document.Grid;
import korrektor.document.Location;
import korrektor.document.Problem;
import korrektor.document.ReadFailures;
import korrektor.document.ReadLimits;
import korrektor.document.text.DelimiterSniffer;
import korrektor.document.text.DelimiterSniffer.Sniffed;
import korrektor.document.text.TextDecoder;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file into one grid (name null) of text cells. The delimiter ({@code ,} {@code ;} or
 * tab) and the charset (UTF-8 with or without BOM, else windows-1252) are sniffed from the content.
 * Fields are trimmed but never parsed: CSV has no types, and a decimal comma must reach number
 * parsing untouched. NUL bytes and a few broken bytes are taken out with a warning saying where
 * ({@link TextDecoder#salvage}). Rows are numbered as a spreadsheet program shows them (blank lines
 * count; a {@code sep=} line does not).
 */
public final class CsvReader implements DocumentReader {

  @Override
  public Set<Format> formats() {
    return Set.of(Format.CSV);
  }

  @Override
  public Document read(Path file, String displayName, ReadLimits limits) {
    TextDecoder.Salvaged text;
    try {
      text = TextDecoder.salvage(Files.readAllBytes(file));
    } catch (IOException e) {
      return Document.unreadable(displayName, Format.CSV, ReadFailures.describe(Format.CSV, e));
    }
    if (!text.isMostlyText()) {
      return Document.unreadable(
          displayName, Format.CSV, ReadFailures.notText(Format.CSV, text.damage().count()));
    }
    Document document = parse(text.text(), displayName, limits);
    if (!text.isDamaged()) {
      return document;
    }
    List<Problem> problems = new ArrayList<>(document.problems());
    problems.add(0, text.warning(displayName));
    return new Document(
        displayName,
        Format.CSV,
        document.grids(),
        document.lines(),
        document.figures(),
        document.pageCount(),
        problems,
        document.metadata());
  }

  /** Parses CSV text already decoded; the core that {@link #read} delegates to. */
  public Document parse(String text, String displayName, ReadLimits limits) {
    Sniffed sniffed = DelimiterSniffer.sniff(text, true).orElse(new Sniffed(',', false));
    if (sniffed.sepLine()) {
      int newline = text.indexOf('\n');
      text = newline < 0 ? "" : text.substring(newline + 1);
    }
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(sniffed.delimiter())
            .setIgnoreEmptyLines(false)
            .setLenientEof(true)
            .setTrailingData(true)
            .get();
    List<Cell> cells = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      Iterator<CSVRecord> records = parser.iterator();
      int row = 0;
      while (records.hasNext()) {
        CSVRecord record = records.next();
        for (int column = 0; column < record.size(); column++) {
          String field = record.get(column).strip();
          if (field.isEmpty()) {
            continue;
          }
          if (cells.size() >= limits.maxCells()) {
            problems.add(
                Problem.warning(
                    Problem.Kind.TRUNCATED,
                    Location.ofCell(displayName, null, row, column),
                    "only the first "
                        + limits.maxCells()
                        + " cells were read; the rest is skipped"));
            return document(displayName, cells, problems);
          }
          cells.add(
              new Cell(row, column, field, null, Location.ofCell(displayName, null, row, column)));
        }
        row++;
      }
    } catch (UncheckedIOException | IOException | IllegalStateException e) {
      // Commons CSV stops at e.g. a stray quote; keep what came before and say where it stopped.
      int row = cells.isEmpty() ? 0 : cells.get(cells.size() - 1).row() + 1;
      problems.add(
          Problem.warning(
              Problem.Kind.DAMAGED,
              Location.ofCell(displayName, null, row, 0),
              "the CSV could not be read past this row ("
                  + ReadFailures.damaged(Format.CSV, messageOf(e))
                  + ")"));
    }
    return document(displayName, cells, problems);
  }

  private static Document document(String displayName, List<Cell> cells, List<Problem> problems) {
    return new Document(
        displayName, Format.CSV, List.of(new Grid(null, cells)), List.of(), List.of(), 0, problems);
  }

  private static String messageOf(Exception e) {
    Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
    String message = cause.getMessage();
    return message == null ? "malformed quoting" : message.replaceAll("\\s+", " ");
  }
}
