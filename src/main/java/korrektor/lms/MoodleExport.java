package korrektor.lms;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import korrektor.grade.Grading;
import korrektor.grade.Points;
import korrektor.result.MoodleId;
import korrektor.rubric.Rubric;

/**
 * Puts graded submissions into Moodle's grading worksheet: finds each submission's rows (by
 * participant number, or for team submissions by the {@code Group} column), and writes {@code
 * Grade} (a plain number with {@code .}, never above the maximum), {@code Last modified (grade)}
 * (ISO 8601 with offset, which Moodle's {@code strtotime} parses) and {@code Feedback comments} (a
 * short HTML summary). Rows of students without a usable submission keep their downloaded values.
 */
public final class MoodleExport {
  /** {@code 2024-05-03T14:05:00+02:00}: ISO 8601 with the offset written out, seconds included. */
  public static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx", Locale.ROOT);

  private MoodleExport() {}

  /**
   * A graded submission that came with a Moodle name.
   *
   * @param id its Moodle prefix
   * @param grading its grade
   */
  public record Result(MoodleId id, Grading grading) {
    public Result {
      Objects.requireNonNull(id);
      Objects.requireNonNull(grading);
    }
  }

  /**
   * Options.
   *
   * @param gradedAt written to {@code Last modified (grade)} of every row Korrektor fills
   * @param teams whether the submissions are team submissions ({@code <group name>_<groupid>})
   */
  public record Options(OffsetDateTime gradedAt, boolean teams) {
    public Options {
      gradedAt = gradedAt.truncatedTo(ChronoUnit.SECONDS);
    }
  }

  /**
   * A participant whose row was filled.
   *
   * @param participant the participant number
   * @param fullName the name for the feedback zip's folder
   * @param result the submission graded for this participant (for a team: the team's)
   */
  public record Filled(int participant, String fullName, Result result) {}

  /**
   * What was written.
   *
   * @param worksheet the worksheet to upload
   * @param filled the rows filled, in worksheet order
   * @param warnings what the tutor should know (locked grades, unknown participants, capped grades)
   */
  public record Outcome(GradingWorksheet worksheet, List<Filled> filled, List<String> warnings) {
    public Outcome {
      filled = List.copyOf(filled);
      warnings = List.copyOf(warnings);
    }
  }

  /**
   * Fills the downloaded worksheet; the rows of students without a usable submission stay as
   * downloaded.
   */
  public static Outcome fill(
      GradingWorksheet sheet, Rubric rubric, List<Result> results, Options options) {
    WorksheetLanguage l = sheet.language();
    int gradeCol = sheet.column(l.grade);
    int maxCol = sheet.column(l.maxGrade);
    boolean scale = maxCol < 0 && sheet.column(l.scale) >= 0;
    int modifiedCol = sheet.column(l.modified);
    int feedbackCol = sheet.column(l.feedback);
    int lockCol = sheet.column(l.canChange);
    List<String> warnings = new ArrayList<>();
    if (feedbackCol < 0) {
      warnings.add(
          "the worksheet has no \""
              + l.feedback
              + "\" column (feedback comments are off for this assignment); only grades are written");
    }
    if (scale) {
      warnings.add(
          "the assignment is graded with a scale; grades are left as downloaded, only feedback is written");
    }
    Map<Integer, Result> byRow = new LinkedHashMap<>();
    for (Result r : results) {
      List<Integer> rows = rowsOf(sheet, r.id(), options.teams());
      if (rows.isEmpty()) {
        warnings.add(
            r.id().displayName()
                + (r.id().number() != null ? " (" + r.id().number() + ")" : "")
                + ": no row in the worksheet; not written. Is the worksheet from the same assignment?");
      }
      for (int i : rows) {
        Result before = byRow.putIfAbsent(i, r);
        if (before != null && before != r) {
          warnings.add(
              "row "
                  + (i + 2)
                  + " matches both "
                  + before.id().displayName()
                  + " and "
                  + r.id().displayName()
                  + "; the first was written");
        }
      }
    }
    List<List<String>> rows = new ArrayList<>(sheet.rows());
    List<Filled> filled = new ArrayList<>();
    boolean capped = false;
    for (Map.Entry<Integer, Result> e : byRow.entrySet()) {
      List<String> row = new ArrayList<>(rows.get(e.getKey()));
      Integer participant = sheet.participant(row);
      if (participant == null) {
        continue;
      }
      if (lockCol >= 0 && l.no.contains(row.get(lockCol).strip())) {
        warnings.add(
            name(sheet, row, e.getValue())
                + ": the grade is locked in Moodle (\""
                + l.canChange
                + "\"); row left as downloaded");
        continue;
      }
      Grading g = e.getValue().grading();
      if (g.status() == Grading.Status.ERROR) {
        // no grade (an empty grade is skipped by Moodle's importer), only a comment saying what to
        // hand in
        if (feedbackCol >= 0) {
          row.set(feedbackCol, MoodleComment.html(rubric, g, 0, g.maxScore()));
          row.set(modifiedCol, TIMESTAMP.format(options.gradedAt()));
          rows.set(e.getKey(), row);
        }
        continue;
      }
      double max = maxCol >= 0 ? parseMax(row.get(maxCol), g.maxScore()) : g.maxScore();
      double grade = Math.max(0, Math.min(g.score(), max));
      capped |= g.score() > max;
      if (!scale) {
        row.set(gradeCol, Points.format(grade));
      }
      row.set(modifiedCol, TIMESTAMP.format(options.gradedAt()));
      if (feedbackCol >= 0) {
        row.set(feedbackCol, MoodleComment.html(rubric, g, grade, max));
      }
      rows.set(e.getKey(), row);
      filled.add(new Filled(participant, name(sheet, row, e.getValue()), e.getValue()));
    }
    if (capped) {
      warnings.add(
          "some scores exceed the worksheet's maximum grade and were capped; the rubric's maximum is "
              + Points.format(rubric.maxScore())
              + ", set the assignment's maximum grade to match");
    }
    filled.sort(java.util.Comparator.comparingInt(Filled::participant));
    return new Outcome(sheet.withRows(rows), filled, warnings);
  }

  /**
   * A minimal worksheet (Identifier, Grade, Last modified (grade), Feedback comments) for
   * submissions with participant numbers.
   */
  public static Outcome minimal(Rubric rubric, List<Result> results, Options options) {
    List<String> warnings = new ArrayList<>();
    List<Filled> filled = new ArrayList<>();
    List<Result> unreadable = new ArrayList<>();
    for (Result r : results) {
      MoodleId id = r.id();
      if (r.grading().status() == Grading.Status.ERROR && !options.teams() && id.number() != null) {
        unreadable.add(r);
        continue;
      }
      if (options.teams() || id.number() == null) {
        warnings.add(
            id.displayName()
                + ": a team submission; its members' participant numbers are in the grading worksheet, "
                + "give it with --worksheet to write their grades");
        continue;
      }
      filled.add(new Filled(id.number(), id.blind() ? "Participant" : id.label(), r));
    }
    filled.sort(java.util.Comparator.comparingInt(Filled::participant));
    WorksheetLanguage l = WorksheetLanguage.ENGLISH;
    List<List<String>> rows = new ArrayList<>();
    for (Filled f : filled) {
      Grading g = f.result().grading();
      double grade = Math.max(0, Math.min(g.score(), g.maxScore()));
      rows.add(
          List.of(
              l.idPrefix + f.participant(),
              Points.format(grade),
              TIMESTAMP.format(options.gradedAt()),
              MoodleComment.html(rubric, g, grade, g.maxScore())));
    }
    unreadable.sort(java.util.Comparator.comparingInt(r -> r.id().number()));
    for (Result r : unreadable) {
      // a row with no grade: Moodle's importer skips the grade and stores the comment saying what
      // to hand in
      rows.add(
          List.of(
              l.idPrefix + r.id().number(),
              "",
              TIMESTAMP.format(options.gradedAt()),
              MoodleComment.html(rubric, r.grading(), 0, r.grading().maxScore())));
    }
    return new Outcome(GradingWorksheet.minimal(rows), filled, warnings);
  }

  /** The rows of a submission: its participant's row, or for a team every row of its group. */
  static List<Integer> rowsOf(GradingWorksheet sheet, MoodleId id, boolean teams) {
    WorksheetLanguage l = sheet.language();
    int nameCol = sheet.column(l.fullName);
    int groupCol = sheet.column(l.group);
    List<Integer> byGroup = new ArrayList<>();
    for (int i = 0; i < sheet.rows().size(); i++) {
      if (groupCol >= 0 && same(sheet.rows().get(i).get(groupCol), id.label())) {
        byGroup.add(i);
      }
    }
    if (!teams && id.number() != null) {
      for (int i = 0; i < sheet.rows().size(); i++) {
        List<String> row = sheet.rows().get(i);
        if (id.number().equals(sheet.participant(row))) {
          boolean nameOk = id.blind() || nameCol < 0 || same(row.get(nameCol), id.label());
          if (nameOk || byGroup.isEmpty()) {
            return List.of(i);
          }
        }
      }
    }
    return byGroup;
  }

  private static boolean same(String a, String b) {
    return norm(a).equals(norm(b)) && !norm(a).isEmpty();
  }

  private static String norm(String s) {
    return s.replace('_', ' ').replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
  }

  private static String name(GradingWorksheet sheet, List<String> row, Result r) {
    String n = sheet.cell(row, sheet.language().fullName);
    if (n != null && !n.isBlank()) {
      return n.strip();
    }
    return r.id().blind() || r.id().number() == null ? "Participant" : r.id().label();
  }

  /** Moodle writes the maximum as {@code 20.00} or, in some locales, {@code 20,00}. */
  static double parseMax(String text, double fallback) {
    try {
      return Double.parseDouble(text.strip().replace(',', '.'));
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
