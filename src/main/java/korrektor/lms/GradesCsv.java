package korrektor.lms;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import korrektor.grade.Points;
import korrektor.result.CsvCells;
import korrektor.result.SubmissionResult;
import korrektor.rubric.Question;
import korrektor.rubric.Rubric;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes {@code grades.csv}: one row per student with id, name, files, points per question, total,
 * the maximum, points pending review, status, and whether it counts as participation (and why). The
 * {@link Dialect} decides separator, decimal mark and byte-order mark: {@code rfc4180} (the default
 * without a worksheet: {@code ,}, {@code .}, UTF-8 without BOM), {@code excel} ({@code ,}, {@code
 * .}, UTF-8 with BOM, which Excel needs to read UTF-8) or {@code excel-de} ({@code ;}, decimal
 * comma, UTF-8 with BOM: what German Excel opens with a double click).
 */
public final class GradesCsv {
  private GradesCsv() {}

  /** The CSV dialects of {@code --csv}. */
  public enum Dialect {
    RFC4180("rfc4180", ',', '.', false),
    EXCEL("excel", ',', '.', true),
    EXCEL_DE("excel-de", ';', ',', true);

    public final String id;
    public final char separator;
    public final char decimal;
    public final boolean bom;

    Dialect(String id, char separator, char decimal, boolean bom) {
      this.id = id;
      this.separator = separator;
      this.decimal = decimal;
      this.bom = bom;
    }

    /** The dialect named {@code id}. */
    public static Dialect parse(String id) {
      for (Dialect d : values()) {
        if (d.id.equalsIgnoreCase(id.strip())) {
          return d;
        }
      }
      throw new IllegalArgumentException(
          "--csv " + id + ": unknown dialect; expected one of excel-de, excel, rfc4180");
    }

    /** The dialect a worksheet's language suggests: German Excel for a German worksheet. */
    public static Dialect forLanguage(WorksheetLanguage l) {
      return l == WorksheetLanguage.GERMAN ? EXCEL_DE : EXCEL;
    }
  }

  public static void write(Writer out, Rubric rubric, List<SubmissionResult> results)
      throws IOException {
    write(out, rubric, results, Dialect.RFC4180);
  }

  /** Writes grades.csv in a dialect. */
  public static void write(Writer out, Rubric rubric, List<SubmissionResult> results, Dialect d)
      throws IOException {
    if (d.bom) {
      out.write('\uFEFF');
    }
    java.util.function.DoubleFunction<String> num =
        v -> d.decimal == '.' ? Points.format(v) : Points.format(v).replace('.', d.decimal);
    List<String> header = new ArrayList<>(List.of("id", "name", "files"));
    for (Question q : rubric.questions()) {
      header.add("Q" + q.id());
    }
    header.addAll(
        List.of("total", "max", "pending", "status", "participation", "participationReason"));
    try (CSVPrinter p =
        new CSVPrinter(
            out,
            CSVFormat.RFC4180
                .builder()
                .setDelimiter(d.separator)
                .setHeader(header.toArray(String[]::new))
                .get())) {
      for (SubmissionResult r : results) {
        List<String> row =
            new ArrayList<>(
                List.of(
                    CsvCells.text(r.student().id()),
                    CsvCells.text(r.student().name()),
                    CsvCells.text(String.join(";", r.files()))));
        for (Question q : rubric.questions()) {
          row.add(num.apply(r.questions().getOrDefault(q.id(), 0.0)));
        }
        row.add(num.apply(r.score()));
        row.add(num.apply(r.maxScore()));
        row.add(num.apply(r.pendingPoints()));
        row.add(r.status().id());
        row.add(r.participation() ? "yes" : "no");
        row.add(CsvCells.text(r.participationReason()));
        p.printRecord(row);
      }
    }
  }
}
