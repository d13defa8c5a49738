package korrektor.lms;

import java.io.IOException;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import korrektor.grade.Points;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Checks a worksheet the way Moodle's "Upload grading worksheet" reads it ({@code
 * importgradeslib.php}): the required headers in one language, every row with the header's column
 * count, the identifier's prefix cut leaving a participant number, grades as plain numbers within
 * [0, maximum], and {@code Last modified (grade)} that {@code strtotime} parses. Rows equal to the
 * downloaded ones are exempt from the value rules (they are what Moodle wrote).
 */
public final class MoodleImportCheck {
  private static final Pattern PLAIN_NUMBER = Pattern.compile("\\d+(\\.\\d+)?");
  private static final Pattern ALLOWED_TAG = Pattern.compile("</?p>|<br>");

  private MoodleImportCheck() {}

  /**
   * The importer-rule violations of {@code text}, each naming its line; empty when Moodle imports
   * it.
   *
   * @param text the worksheet as written
   * @param downloaded the worksheet as downloaded, or null
   * @param participants the known participant numbers, or null to accept any number
   * @param maxGrade the assignment's maximum grade
   */
  public static List<String> check(
      String text, GradingWorksheet downloaded, Set<Integer> participants, double maxGrade) {
    List<String> out = new ArrayList<>();
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    if (body.startsWith("\uFEFF")) {
      out.add("line 1: two byte-order marks");
    }
    char sep = GradingWorksheet.separator(body);
    List<CSVRecord> records;
    try {
      // Like PHP's fgetcsv: fields as quoted, rows of any length (the length is checked below).
      records =
          CSVFormat.RFC4180
              .builder()
              .setDelimiter(sep)
              .get()
              .parse(new StringReader(body))
              .getRecords();
    } catch (IOException | RuntimeException e) {
      out.add("not readable as CSV: " + e.getMessage());
      return out;
    }
    if (records.isEmpty()) {
      out.add("line 1: no header");
      return out;
    }
    List<String> header = records.get(0).toList();
    WorksheetLanguage l = WorksheetLanguage.of(header);
    if (l == null) {
      out.add(
          "line 1: the header lacks "
              + WorksheetLanguage.ENGLISH.required()
              + " (or the German "
              + WorksheetLanguage.GERMAN.required()
              + "): "
              + header);
      return out;
    }
    if (downloaded != null
        && (downloaded.language() != l
            || !downloaded.header().equals(header)
            || downloaded.separator() != sep)) {
      out.add("line 1: header, language or separator differ from the downloaded worksheet");
    }
    int id = header.indexOf(l.identifier);
    int grade = header.indexOf(l.grade);
    int modified = header.indexOf(l.modified);
    int feedback = header.indexOf(l.feedback);
    for (CSVRecord r : records.subList(1, records.size())) {
      String where = "line " + r.getRecordNumber();
      List<String> row = r.toList();
      if (row.size() != header.size()) {
        out.add(
            where
                + ": "
                + row.size()
                + " columns, the header has "
                + header.size()
                + " (Moodle rejects the whole file)");
        continue;
      }
      for (String f : row) {
        if (f.endsWith("\\")) {
          out.add(where + ": a field ends in a backslash, which breaks PHP's CSV reader");
        }
      }
      String ident = row.get(id);
      // Moodle cuts the identifier after the length of its language's "hiddenuser" string; language
      // packs differ in whether it ends in a space ("Participant ", "Teilnehmer/in " in some German
      // packs, "Teilnehmer/in" in others), so blanks after the prefix are allowed
      String prefix =
          l.idPrefixes.stream().filter(ident::startsWith).findFirst().orElse(l.idPrefix);
      String number =
          ident.length() >= prefix.length() ? ident.substring(prefix.length()).strip() : "";
      if (!ident.startsWith(prefix) || !number.matches("\\d{1,9}")) {
        out.add(
            where
                + ": identifier \""
                + ident
                + "\" does not give a participant number after \""
                + l.idPrefix
                + "\"");
        continue;
      }
      if (participants != null && !participants.contains(Integer.valueOf(number))) {
        out.add(where + ": participant " + number + " is not known to the assignment");
      }
      if (downloaded != null && downloaded.rows().contains(row)) {
        continue;
      }
      String g = row.get(grade);
      if (!g.isEmpty() && !PLAIN_NUMBER.matcher(g).matches()) {
        out.add(where + ": grade \"" + g + "\" is not a plain number with '.'");
      } else if (!g.isEmpty() && Double.parseDouble(g) > maxGrade) {
        out.add(where + ": grade " + g + " is above the maximum " + Points.format(maxGrade));
      }
      try {
        OffsetDateTime.parse(row.get(modified), MoodleExport.TIMESTAMP);
      } catch (DateTimeParseException e) {
        out.add(
            where
                + ": \""
                + row.get(modified)
                + "\" is not ISO 8601 with an offset (Moodle's strtotime may not parse it)");
      }
      if (feedback >= 0) {
        String html = row.get(feedback);
        String stripped = ALLOWED_TAG.matcher(html).replaceAll("");
        if (stripped.contains("<") || stripped.contains(">")) {
          out.add(where + ": feedback has tags other than <p> and <br>, or unescaped < >");
        }
        if (downloaded != null && html.isBlank()) {
          out.add(where + ": empty feedback would delete the stored comment");
        }
      }
    }
    return out;
  }
}
