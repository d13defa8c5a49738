package korrektor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import korrektor.batch.AtomicFiles;
import korrektor.feedback.MarkdownFeedback;
import korrektor.grade.Grading;
import korrektor.lms.FeedbackZip;
import korrektor.lms.GradingWorksheet;
import korrektor.lms.MoodleExport;
import korrektor.lms.MoodleImportCheck;
import korrektor.result.SubmissionResult;
import korrektor.rubric.Rubric;
import picocli.CommandLine.Option;

/**
 * The Moodle options of {@code grade} and the files they write: {@code worksheet.csv} (the
 * downloaded grading worksheet filled in, or a minimal one) and {@code feedback.zip}.
 */
final class MoodleOptions {
  static final String WORKSHEET = "worksheet.csv";
  static final String FEEDBACK_ZIP = "feedback.zip";

  @Option(
      names = "--worksheet",
      paramLabel = "FILE",
      description =
          "Moodle's grading worksheet (Grades-….csv) to fill in; written as worksheet.csv in --out, the file itself is never changed.")
  Path worksheet;

  @Option(
      names = "--graded-at",
      paramLabel = "TIME",
      description =
          "The time written to 'Last modified (grade)', ISO 8601 with offset, e.g. 2024-05-03T14:05:00+02:00 (default: now).")
  String gradedAt;

  @Option(
      names = "--teams",
      description =
          "The download holds team submissions (<group name>_<groupid>); grades go to the group's members.")
  boolean teams;

  private GradingWorksheet sheet;
  private OffsetDateTime time;

  /**
   * Reads and checks the options before grading; prints the problem and returns false on a usage
   * error.
   */
  boolean load(PrintWriter err, Path out) {
    try {
      time = gradedAt == null ? OffsetDateTime.now() : OffsetDateTime.parse(gradedAt);
    } catch (DateTimeParseException e) {
      err.println(
          "--graded-at "
              + gradedAt
              + ": not ISO 8601 with an offset; write it like 2024-05-03T14:05:00+02:00.");
      return false;
    }
    if (worksheet == null) {
      return true;
    }
    try {
      if (Files.exists(out.resolve(WORKSHEET))
          && Files.isSameFile(worksheet, out.resolve(WORKSHEET))) {
        err.println(
            worksheet + ": this is Korrektor's output; give the worksheet downloaded from Moodle.");
        return false;
      }
      sheet = GradingWorksheet.read(Files.readString(worksheet, StandardCharsets.UTF_8));
      return true;
    } catch (java.nio.charset.MalformedInputException e) {
      err.println(
          worksheet
              + ": not UTF-8 (was it saved again by a spreadsheet program?); give the worksheet as downloaded from Moodle.");
    } catch (IOException e) {
      err.println(
          worksheet
              + ": cannot be read ("
              + e.getMessage()
              + "); give the worksheet downloaded from Moodle.");
    } catch (IllegalArgumentException e) {
      err.println(worksheet + ": " + e.getMessage());
    }
    return false;
  }

  /**
   * The dialect of grades.csv when --csv is not given: from the worksheet's language, or rfc4180
   * without one.
   */
  korrektor.lms.GradesCsv.Dialect dialect() {
    return sheet == null
        ? korrektor.lms.GradesCsv.Dialect.RFC4180
        : korrektor.lms.GradesCsv.Dialect.forLanguage(sheet.language());
  }

  /**
   * Writes worksheet.csv and feedback.zip when the submissions came from Moodle; returns the paths
   * written.
   */
  List<Path> write(PrintWriter err, Path out, Rubric rubric, List<SubmissionResult> results)
      throws IOException {
    return write(err, out, rubric, results, false);
  }

  /**
   * Writes worksheet.csv and feedback.zip (each student's feedback as .md, .html and, unless {@code
   * noPdf}, .pdf, in student mode) when the submissions came from Moodle; returns the paths
   * written.
   */
  List<Path> write(
      PrintWriter err, Path out, Rubric rubric, List<SubmissionResult> results, boolean noPdf)
      throws IOException {
    Map<MoodleExport.Result, SubmissionResult> source = new IdentityHashMap<>();
    List<MoodleExport.Result> moodle = new ArrayList<>();
    for (SubmissionResult s : results) {
      if (s.student().moodle() != null) {
        MoodleExport.Result r = new MoodleExport.Result(s.student().moodle(), grading(s));
        source.put(r, s);
        moodle.add(r);
      }
    }
    if (moodle.isEmpty()) {
      if (sheet != null) {
        err.println(
            "warning: no submission is named like Moodle's download (…_<N>_assignsubmission_…); "
                + WORKSHEET
                + " not written.");
      }
      return List.of();
    }
    MoodleExport.Options o = new MoodleExport.Options(time, teams);
    MoodleExport.Outcome done =
        sheet != null
            ? MoodleExport.fill(sheet, rubric, moodle, o)
            : MoodleExport.minimal(rubric, moodle, o);
    done.warnings().forEach(w -> err.println("warning: " + w));
    List<Path> written = new ArrayList<>();
    if (!done.filled().isEmpty() || sheet != null) {
      String text = done.worksheet().text();
      Set<Integer> known =
          sheet == null
              ? null
              : sheet.rows().stream()
                  .map(sheet::participant)
                  .filter(java.util.Objects::nonNull)
                  .collect(Collectors.toSet());
      double max =
          results.stream().mapToDouble(SubmissionResult::maxScore).max().orElse(rubric.maxScore());
      int maxCol = sheet == null ? -1 : sheet.column(sheet.language().maxGrade);
      if (maxCol >= 0) {
        max = sheet.rows().stream().mapToDouble(r -> parse(r.get(maxCol))).max().orElse(max);
      }
      MoodleImportCheck.check(text, sheet, known, max)
          .forEach(p -> err.println("warning: " + WORKSHEET + " " + p + " (please report this)"));
      AtomicFiles.writeString(out.resolve(WORKSHEET), text);
      written.add(out.resolve(WORKSHEET));
    }
    if (!done.filled().isEmpty()) {
      Rubric forStudent = GradeCommand.forStudents(rubric);
      List<FeedbackZip.Entry> entries = new ArrayList<>();
      for (MoodleExport.Filled f : done.filled()) {
        SubmissionResult s = source.get(f.result());
        String name = "feedback-" + rubric.id();
        entries.add(
            new FeedbackZip.Entry(
                f.fullName(),
                f.participant(),
                name + ".md",
                MarkdownFeedback.render(forStudent, s)));
        entries.add(
            new FeedbackZip.Entry(
                f.fullName(),
                f.participant(),
                name + ".html",
                korrektor.feedback.HtmlFeedback.render(forStudent, s)));
        if (!noPdf) {
          entries.add(
              new FeedbackZip.Entry(
                  f.fullName(),
                  f.participant(),
                  name + ".pdf",
                  korrektor.feedback.PdfFeedback.render(forStudent, s)));
        }
      }
      AtomicFiles.writeBytes(out.resolve(FEEDBACK_ZIP), z -> FeedbackZip.write(z, entries));
      written.add(out.resolve(FEEDBACK_ZIP));
    }
    return written;
  }

  private static double parse(String s) {
    try {
      return Double.parseDouble(s.strip().replace(',', '.'));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static Grading grading(SubmissionResult s) {
    return new Grading(
        s.status(),
        s.messages(),
        s.score(),
        s.maxScore(),
        s.pendingPoints(),
        s.questions(),
        s.items(),
        s.coverage());
  }
}
