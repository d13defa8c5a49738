package korrektor.integrity;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import korrektor.result.CsvCells;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes {@code integrity.csv}: one row per listed pair, flagged pairs first and strongest first,
 * with the cluster each belongs to and the evidence in one cell.
 */
public final class IntegrityCsv {
  public static final List<String> HEADER =
      List.of(
          "rank",
          "student1",
          "name1",
          "student2",
          "name2",
          "score",
          "status",
          "cluster",
          "evidence");

  /** Evidence items written per pair; the HTML report has all. */
  static final int MAX_EVIDENCE = 8;

  private IntegrityCsv() {}

  public static void write(Writer out, SimilarityReport.Report report) throws IOException {
    Map<String, Integer> cluster = clusterOf(report);
    try (CSVPrinter p =
        new CSVPrinter(
            out, CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get())) {
      int rank = 0;
      for (SimilarityReport.Pair pair : report.pairs()) {
        rank++;
        Integer c = cluster.get(pair.left().id());
        p.printRecord(
            rank,
            CsvCells.text(pair.left().id()),
            CsvCells.text(pair.left().name()),
            CsvCells.text(pair.right().id()),
            CsvCells.text(pair.right().name()),
            number(pair.score()),
            status(pair),
            pair.flagged() && c != null ? c : "",
            CsvCells.text(
                pair.evidence().stream()
                    .limit(MAX_EVIDENCE)
                    .map(e -> line(e, report.students()))
                    .collect(Collectors.joining("; "))));
      }
    }
  }

  static String status(SimilarityReport.Pair p) {
    return p.declared() ? "declared partners" : p.flagged() ? "flagged" : "listed";
  }

  /** Student id → 1-based cluster number. */
  static Map<String, Integer> clusterOf(SimilarityReport.Report report) {
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i < report.clusters().size(); i++) {
      for (var s : report.clusters().get(i).students()) {
        out.put(s.id(), i + 1);
      }
    }
    return out;
  }

  static String line(Evidence e, int students) {
    String shared = e.shared() > 0 ? " [" + e.shared() + " of " + students + "]" : "";
    return e.kind().id()
        + " "
        + e.what()
        + ": "
        + shorten(e.left())
        + " | "
        + shorten(e.right())
        + shared;
  }

  static String number(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  private static String shorten(String s) {
    return s.length() > 80 ? s.substring(0, 80) + "…" : s;
  }
}
