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
 * the maximum, points pending review, status, and whether it counts as participation (and why).
 * Comma-separated, UTF-8, numbers with a dot.
 */
public final class GradesCsv {
  private GradesCsv() {}

  public static void write(Writer out, Rubric rubric, List<SubmissionResult> results) throws IOException {
    List<String> header = new ArrayList<>(List.of("id", "name", "files"));
    for (Question q : rubric.questions()) {
      header.add("Q" + q.id());
    }
    header.addAll(List.of("total", "max", "pending", "status", "participation", "participationReason"));
    try (CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
      for (SubmissionResult r : results) {
        List<String> row = new ArrayList<>(List.of(CsvCells.text(r.student().id()), CsvCells.text(r.student().name()),
            CsvCells.text(String.join(";", r.files()))));
        for (Question q : rubric.questions()) {
          row.add(Points.format(r.questions().getOrDefault(q.id(), 0.0)));
        }
        row.add(Points.format(r.score()));
        row.add(Points.format(r.maxScore()));
        row.add(Points.format(r.pendingPoints()));
        row.add(r.status().id());
        row.add(r.participation() ? "yes" : "no");
        row.add(CsvCells.text(r.participationReason()));
        p.printRecord(row);
      }
    }
  }

}
