package korrektor.submission;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import korrektor.grade.ItemResult;
import korrektor.result.SubmissionResult;
import korrektor.rubric.Policies;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A tutor's decisions: {@code overrides.csv} with columns {@code student,item,points,comment} (item
 * as in review.csv, e.g. {@code 17/forward/h@2} or {@code 16/a}, or a whole-submission decision
 * {@code integrity:group}, {@code integrity:plagiarism}, {@code integrity:none}, whose points may
 * be left empty for the rubric's policy). {@code grade} only reads this file (the review page
 * writes its decisions with {@link DecisionFile}); re-running {@code grade} applies it again, so
 * decisions are never lost. Columns after {@code comment} are ignored, so a row copied from
 * review.csv with its points filled in is a decision.
 */
public final class Overrides {
  /** The header of a new overrides file. */
  public static final String HEADER = "student,item,points,comment";

  /** One decision. */
  public record Override(String student, String item, double points, String comment, int line) {}

  private final Map<String, Map<String, Override>> byStudent;
  private final List<String> problems;

  private Overrides(Map<String, Map<String, Override>> byStudent, List<String> problems) {
    this.byStudent = byStudent;
    this.problems = List.copyOf(problems);
  }

  public static Overrides none() {
    return new Overrides(Map.of(), List.of());
  }

  /** Reads the file; rows that cannot be used are reported in {@link #problems()}, not thrown. */
  public static Overrides read(Path file) throws IOException {
    Map<String, Map<String, Override>> out = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    String text = Files.readString(file, StandardCharsets.UTF_8).replace("\uFEFF", "");
    char delimiter =
        text.lines()
            .findFirst()
            .map(l -> l.contains(";") && !l.contains(",") ? ';' : ',')
            .orElse(',');
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(delimiter)
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true)
            .setIgnoreEmptyLines(true)
            .setCommentMarker('#')
            .get();
    try (Reader r = new java.io.StringReader(text);
        CSVParser p = CSVParser.parse(r, format)) {
      for (String required : List.of("student", "item", "points")) {
        if (!p.getHeaderMap().containsKey(required)) {
          problems.add(file + ": missing column '" + required + "'; the header must be: " + HEADER);
          return new Overrides(Map.of(), problems);
        }
      }
      for (CSVRecord rec : p) {
        int line = (int) rec.getParser().getCurrentLineNumber();
        String student = rec.get("student").strip();
        String item = rec.get("item").strip();
        String pts = rec.get("points").strip().replace(',', '.');
        String comment =
            rec.isMapped("comment") && rec.isSet("comment") ? rec.get("comment").strip() : "";
        double points;
        if (item.startsWith(IntegrityPolicy.PREFIX) && !IntegrityPolicy.ITEMS.contains(item)) {
          problems.add(
              file
                  + ":"
                  + line
                  + ": unknown item '"
                  + item
                  + "'; whole-submission decisions are "
                  + String.join(", ", IntegrityPolicy.ITEMS));
          continue;
        }
        try {
          points =
              pts.isEmpty() && item.startsWith(IntegrityPolicy.PREFIX)
                  ? Double.NaN
                  : Double.parseDouble(pts);
          if (!pts.isEmpty()
              && (!Double.isFinite(points)
                  || !pts.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?"))) {
            throw new NumberFormatException(
                pts); // NaN, Infinity, 0x1p3, 1d: Java reads them, a tutor did not mean them
          }
        } catch (NumberFormatException e) {
          problems.add(
              file + ":" + line + ": points '" + pts + "' is not a number; write e.g. 0.5");
          continue;
        }
        out.computeIfAbsent(student, s -> new LinkedHashMap<>())
            .put(item, new Override(student, item, points, comment, line));
      }
    } catch (IllegalArgumentException | IllegalStateException e) {
      problems.add(
          file
              + ": cannot read the overrides ("
              + e.getMessage()
              + "); the header must be: "
              + HEADER);
    }
    return new Overrides(out, problems);
  }

  public List<String> problems() {
    return problems;
  }

  /**
   * Applies the decisions to the results; returns new results and adds a problem for every override
   * that names no known student or item, or gives points outside 0..max.
   */
  public List<SubmissionResult> apply(List<SubmissionResult> results, List<String> report) {
    return apply(results, Policies.DEFAULT, report);
  }

  /**
   * Applies the decisions to the results: item rows set an item's points; whole-submission rows
   * ({@code integrity:group}, {@code integrity:plagiarism}, {@code integrity:none}) apply the
   * rubric's policy (or the row's points, when given) to the whole submission. Adds a problem for
   * every override that names no known student or item, or gives points outside 0..max.
   */
  public List<SubmissionResult> apply(
      List<SubmissionResult> results, Policies policies, List<String> report) {
    report.addAll(problems);
    Set<String> used = new HashSet<>();
    List<SubmissionResult> out = new ArrayList<>();
    for (SubmissionResult r : results) {
      Map<String, Override> mine = byStudent.getOrDefault(r.student().id(), Map.of());
      if (mine.isEmpty()) {
        out.add(r);
        continue;
      }
      Override decision = null;
      for (String item :
          List.of(IntegrityPolicy.PLAGIARISM, IntegrityPolicy.GROUP, IntegrityPolicy.NONE)) {
        Override o = mine.get(item);
        if (o != null) {
          used.add(r.student().id() + "|" + item);
          if (decision == null) {
            decision = o;
          } else {
            report.add(
                "overrides line "
                    + o.line()
                    + ": "
                    + item
                    + " for "
                    + r.student().id()
                    + " is ignored; "
                    + decision.item()
                    + " (line "
                    + decision.line()
                    + ") decides");
          }
        }
      }
      if (decision != null && decision.points() < 0) {
        report.add(
            "overrides line "
                + decision.line()
                + ": "
                + decision.points()
                + " points for "
                + decision.item()
                + " of "
                + r.student().id()
                + " is below 0; the rubric's policy is used");
        decision =
            new Override(
                decision.student(),
                decision.item(),
                Double.NaN,
                decision.comment(),
                decision.line());
      }
      List<ItemResult> items = new ArrayList<>();
      for (ItemResult i : r.items()) {
        Override o = mine.get(i.id());
        if (o == null) {
          items.add(i);
          continue;
        }
        used.add(r.student().id() + "|" + i.id());
        if (o.points() < 0 || o.points() > i.maxPoints() + 1e-9) {
          report.add(
              "overrides line "
                  + o.line()
                  + ": "
                  + o.points()
                  + " points for "
                  + i.id()
                  + " of "
                  + r.student().id()
                  + " is outside 0.."
                  + i.maxPoints()
                  + "; ignored");
          items.add(i);
        } else {
          items.add(i.withOverride(o.points(), o.comment().isEmpty() ? null : o.comment()));
        }
      }
      SubmissionResult updated = r.withItems(items);
      if (decision != null) {
        updated =
            IntegrityPolicy.confirmed(
                updated, decision.item(), decision.points(), decision.comment(), policies);
      }
      out.add(updated);
    }
    byStudent.forEach(
        (student, m) ->
            m.values()
                .forEach(
                    o -> {
                      if (!used.contains(student + "|" + o.item())) {
                        report.add(
                            "overrides line "
                                + o.line()
                                + ": no item '"
                                + o.item()
                                + "' for student '"
                                + student
                                + "' (items look like 17/forward/h@2, 16/a or "
                                + String.join(", ", IntegrityPolicy.ITEMS)
                                + "; students are named by id); ignored");
                      }
                    }));
    return out;
  }
}
