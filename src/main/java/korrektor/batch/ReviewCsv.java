package korrektor.batch;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import korrektor.grade.ItemResult;
import korrektor.grade.Verdict;
import korrektor.result.CsvCells;
import korrektor.result.SubmissionResult;
import korrektor.submission.Overrides;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes {@code review.csv}, the tutor's queue: one row per item a tutor has to decide (student,
 * item, found value(s), locations, why), not yet settled by an override. Its first columns are
 * those of overrides.csv ({@code student,item,points,comment}, the last two left empty), so a row
 * copied into overrides.csv with the points filled in is a decision as it stands.
 */
public final class ReviewCsv {
  private ReviewCsv() {}

  /** The header: overrides.csv's columns first, then what the tutor needs to decide. */
  public static final String HEADER = Overrides.HEADER + ",name,found,locations,maxPoints,reason";

  public static void write(Writer out, List<SubmissionResult> results) throws IOException {
    String[] header = HEADER.split(",");
    try (CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header).get())) {
      for (SubmissionResult r : results) {
        for (ItemResult i : r.items()) {
          if (i.verdict() != Verdict.REVIEW || Boolean.TRUE.equals(i.overridden())) {
            continue;
          }
          List<String> found = new ArrayList<>();
          List<String> where = new ArrayList<>();
          if (i.foundText() != null) {
            found.add(i.foundText());
          }
          if (i.source() != null) {
            where.add(i.source());
          }
          if (i.alternatives() != null) {
            for (String a : i.alternatives()) {
              int paren = a.lastIndexOf(" (");
              found.add(paren > 0 ? a.substring(0, paren) : a);
              where.add(paren > 0 ? a.substring(paren + 2, a.length() - 1) : "");
            }
          }
          p.printRecord(
              CsvCells.text(r.student().id()),
              CsvCells.text(i.id()),
              "",
              "",
              CsvCells.text(r.student().name()),
              CsvCells.text(String.join(" | ", found)),
              CsvCells.text(String.join(" | ", where)),
              korrektor.grade.Points.format(i.maxPoints()),
              CsvCells.text(i.reason()));
        }
      }
    }
  }
}
