package korrektor.lms;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;

/**
 * Moodle's grading worksheet ({@code Grades-….csv}): the header and rows as downloaded, with the
 * separator, language and byte-order mark it came with, so it can be written back in the same form.
 * Immutable; {@link #withRows} gives a changed copy.
 *
 * @param header the column names, in order
 * @param rows every row, each padded or cut to the header's length
 * @param separator {@code ,} {@code ;} or tab
 * @param language the UI language the headers are in
 * @param bom whether the file starts with a UTF-8 byte-order mark
 */
public record GradingWorksheet(
    List<String> header,
    List<List<String>> rows,
    char separator,
    WorksheetLanguage language,
    boolean bom) {
  private static final Pattern TRAILING_NUMBER = Pattern.compile("(\\d+)\\s*$");

  public GradingWorksheet {
    header = List.copyOf(header);
    List<List<String>> fixed = new ArrayList<>();
    for (List<String> r : rows) {
      List<String> row = new ArrayList<>(r.subList(0, Math.min(r.size(), header.size())));
      while (row.size() < header.size()) {
        row.add("");
      }
      fixed.add(List.copyOf(row));
    }
    rows = List.copyOf(fixed);
  }

  /**
   * Reads a worksheet's text: a BOM, {@code ,} {@code ;} or tab as separator, English or German
   * headers.
   *
   * @throws IllegalArgumentException when the required columns are missing; the message lists them
   */
  public static GradingWorksheet read(String text) {
    boolean bom = text.startsWith("\uFEFF");
    String body = bom ? text.substring(1) : text;
    char sep = separator(body);
    List<CSVRecord> records;
    try {
      records = format(sep).parse(new StringReader(body)).getRecords();
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw new IllegalArgumentException(
          "the worksheet is not valid CSV (" + e.getMessage() + "); download it again from Moodle");
    }
    if (records.isEmpty()) {
      throw new IllegalArgumentException(
          "the worksheet is empty; download it again from Moodle (Grading action: Download grading worksheet)");
    }
    List<String> header = records.get(0).toList().stream().map(String::strip).toList();
    WorksheetLanguage lang = WorksheetLanguage.of(header);
    if (lang == null) {
      throw new IllegalArgumentException(
          "the worksheet lacks Moodle's columns: expected "
              + WorksheetLanguage.ENGLISH.required()
              + " or "
              + WorksheetLanguage.GERMAN.required()
              + ", found "
              + header);
    }
    List<List<String>> rows = new ArrayList<>();
    for (CSVRecord r : records.subList(1, records.size())) {
      rows.add(r.toList());
    }
    return new GradingWorksheet(header, rows, sep, lang, bom);
  }

  /**
   * A new, minimal English worksheet (Identifier, Grade, Last modified (grade), Feedback comments).
   */
  public static GradingWorksheet minimal(List<List<String>> rows) {
    WorksheetLanguage l = WorksheetLanguage.ENGLISH;
    return new GradingWorksheet(
        List.of(l.identifier, l.grade, l.modified, l.feedback), rows, ',', l, true);
  }

  public GradingWorksheet withRows(List<List<String>> newRows) {
    return new GradingWorksheet(header, newRows, separator, language, bom);
  }

  /** The index of a column, or -1. */
  public int column(String name) {
    return header.indexOf(name);
  }

  /** The first of {@code names} that is a column, or -1. */
  public int column(List<String> names) {
    return names.stream().mapToInt(this::column).filter(i -> i >= 0).findFirst().orElse(-1);
  }

  /**
   * A row's participant number (the identifier with its prefix cut, as Moodle's importer does), or
   * null.
   */
  public Integer participant(List<String> row) {
    String id = row.get(column(language.identifier)).strip();
    Matcher m = TRAILING_NUMBER.matcher(id);
    if (!m.find() || m.group(1).length() > 9) {
      return null;
    }
    return Integer.valueOf(m.group(1));
  }

  /** The text of a row's cell in the named column, or null when there is no such column. */
  public String cell(List<String> row, String name) {
    int i = column(name);
    return i < 0 ? null : row.get(i);
  }

  /** Writes the worksheet: same separator, BOM and column order; no field ends in a backslash. */
  public void write(Writer out) throws IOException {
    if (bom) {
      out.write('\uFEFF');
    }
    CSVFormat f =
        CSVFormat.RFC4180
            .builder()
            .setDelimiter(separator)
            .setQuoteMode(QuoteMode.MINIMAL)
            .setRecordSeparator("\n")
            .get();
    try (CSVPrinter p = new CSVPrinter(new NonClosing(out), f)) {
      p.printRecord(header);
      for (List<String> r : rows) {
        p.printRecord(r.stream().map(GradingWorksheet::safe).toList());
      }
    }
  }

  /** The worksheet as text, as {@link #write} writes it. */
  public String text() {
    java.io.StringWriter w = new java.io.StringWriter();
    try {
      write(w);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  /**
   * PHP's CSV reader takes a backslash before the closing quote as an escape; never end a field
   * with one.
   */
  private static String safe(String field) {
    return field.endsWith("\\") ? field + " " : field;
  }

  private static CSVFormat format(char sep) {
    return CSVFormat.RFC4180
        .builder()
        .setDelimiter(sep)
        .setIgnoreEmptyLines(true)
        .setIgnoreSurroundingSpaces(false)
        .get();
  }

  /** The separator of the header line: the most frequent of {@code , ; TAB} outside quotes. */
  static char separator(String text) {
    int comma = 0;
    int semi = 0;
    int tab = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        break;
      } else if (!quoted) {
        comma += c == ',' ? 1 : 0;
        semi += c == ';' ? 1 : 0;
        tab += c == '\t' ? 1 : 0;
      }
    }
    if (semi > comma && semi >= tab) {
      return ';';
    }
    return tab > comma ? '\t' : ',';
  }

  private static final class NonClosing extends java.io.FilterWriter {
    NonClosing(Writer w) {
      super(w);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
