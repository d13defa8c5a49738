package korrektor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import korrektor.lms.GradingWorksheet;
import korrektor.lms.MoodleFixtures;
import korrektor.lms.MoodleImportCheck;
import korrektor.lms.WorksheetLanguage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The German course sample (samples/german-course): a German Moodle worksheet and a rubric with
 * {@code language: de}. Graded once; every output a tutor uploads or a student reads is read back.
 */
class GermanCourseIT {
  static final String AT = "2024-05-06T10:00:00+02:00";
  static final Path WORKSHEET = Path.of("samples/german-course/Bewertungen-DL-Blatt 9-4711.csv");
  @TempDir static Path dir;
  static Path out;
  static int code;
  static String err;

  @BeforeAll
  static void grade() {
    out = dir.resolve("kurs");
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    code =
        Main.run(
            new PrintWriter(o),
            new PrintWriter(e),
            "grade",
            "samples/german-course/submissions",
            "--rubric",
            "rubrics/sheet09-de.yaml",
            "--worksheet",
            WORKSHEET.toString(),
            "--out",
            out.toString(),
            "--graded-at",
            AT);
    err = e.toString();
  }

  static String pdfText(byte[] pdf) throws java.io.IOException {
    try (var d = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      return new org.apache.pdfbox.text.PDFTextStripper().getText(d);
    }
  }

  @Test
  void recognisesTheGermanWorksheetWithoutWarnings() throws Exception {
    assertThat(code).as(err).isEqualTo(1); // one upload is broken
    assertThat(err)
        .doesNotContain("warning: worksheet")
        .doesNotContain("identifier")
        .doesNotContain("no row");
    String written = Files.readString(out.resolve("worksheet.csv"), StandardCharsets.UTF_8);
    GradingWorksheet before =
        GradingWorksheet.read(Files.readString(WORKSHEET, StandardCharsets.UTF_8));
    GradingWorksheet after = GradingWorksheet.read(written);
    assertThat(after.language()).isEqualTo(WorksheetLanguage.GERMAN);
    assertThat(after.header()).isEqualTo(before.header());
    assertThat(
            MoodleImportCheck.check(
                written,
                before,
                java.util.Set.of(4412154, 4417708, 4417325, 4410428, 4416606, 4419001, 4419002),
                20))
        .isEmpty();
  }

  @Test
  void writesGermanCommentsAGradelessRowForTheBrokenUploadAndLeavesTheNoShow() throws Exception {
    GradingWorksheet after =
        GradingWorksheet.read(
            Files.readString(out.resolve("worksheet.csv"), StandardCharsets.UTF_8));
    GradingWorksheet before =
        GradingWorksheet.read(Files.readString(WORKSHEET, StandardCharsets.UTF_8));
    for (List<String> row : after.rows()) {
      String id = after.cell(row, "ID");
      String comment = after.cell(row, "Feedback als Kommentar");
      switch (id) {
        case "Teilnehmer/in 4419001" -> {
          assertThat(after.cell(row, "Bewertung")).isEmpty();
          assertThat(comment)
              .contains(
                  "Keine Ihrer Dateien konnte gelesen werden",
                  "Bitte geben Sie Ihre Lösung erneut");
        }
        case "Teilnehmer/in 4419002" ->
            assertThat(row).isEqualTo(before.rows().get(before.rows().size() - 1));
        default -> {
          assertThat(after.cell(row, "Bewertung")).matches("\\d+(\\.\\d+)?");
          assertThat(comment)
              .startsWith("<p>Punkte: ")
              .contains("A16: ")
              .doesNotContain("Points:", "To look at", "Q16");
        }
      }
    }
  }

  @Test
  void writesGradesCsvForGermanExcel() throws Exception {
    String grades = Files.readString(out.resolve("grades.csv"), StandardCharsets.UTF_8);
    assertThat(grades).startsWith("\uFEFFid;name;files;Q16;Q17;total;max;pending;status");
    assertThat(grades).contains(";3,5;").doesNotContain(";3.5;");
  }

  @Test
  void writesTheFeedbackInGerman() throws Exception {
    String md =
        Files.readString(out.resolve("feedback/4412154_Jürgen_Weiß.md"), StandardCharsets.UTF_8);
    assertThat(md)
        .contains(
            "**Punkte: ",
            "## Aufgabe 16: RNN-Wiederholung",
            "| Teil | Ihr Wert |",
            "Status: bewertet")
        .doesNotContain("Score:", "## Question", "your value", "What to look at");
    String html =
        Files.readString(out.resolve("feedback/4412154_Jürgen_Weiß.html"), StandardCharsets.UTF_8);
    assertThat(html)
        .contains("<html lang=\"de\">", "Allgemeine Hinweise")
        .doesNotContain("General remarks");
    String pdf = pdfText(Files.readAllBytes(out.resolve("feedback/4412154_Jürgen_Weiß.pdf")));
    assertThat(pdf).contains("Punkte: ", "Aufgabe 17").doesNotContain("Score:", "Question 17");
  }

  @Test
  void putsTheHtmlAndPdfFeedbackInFoldersEveryMoodleAccepts() throws Exception {
    List<String> names = MoodleFixtures.names(Files.readAllBytes(out.resolve("feedback.zip")));
    assertThat(names)
        .contains(
            "Jürgen Weiß_4412154_assignfeedback_file_/feedback-sheet09-de.pdf",
            "Jürgen Weiß_4412154_assignfeedback_file_/feedback-sheet09-de.html",
            "Jürgen Weiß_4412154_assignfeedback_file_/feedback-sheet09-de.md");
    // Moodle 3.x/4.0 split the folder into five '_' parts, 4.1+ into at least four
    // (importziplib.php)
    assertThat(names)
        .allSatisfy(
            n -> {
              String[] parts = n.substring(0, n.indexOf('/')).split("_", 5);
              assertThat(parts).hasSize(5);
              assertThat(parts[1]).matches("\\d+");
              assertThat(parts[2] + "_" + parts[3]).isEqualTo("assignfeedback_file");
              assertThat(parts[4]).isEmpty();
            });
  }

  @Test
  void theSelfCheckSpeaksGermanForAGermanRubric() throws Exception {
    korrektor.rubric.Rubric rubric =
        korrektor.rubric.RubricReader.read(Path.of("rubrics/sheet09-de.yaml"));
    korrektor.web.SelfCheck check =
        new korrektor.web.SelfCheck(
            rubric,
            (f, name) ->
                korrektor.document.read.DocumentReaders.standard()
                    .read(f, name, korrektor.document.ReadLimits.DEFAULT));
    Path folder =
        Path.of("samples/german-course/submissions/Noah Weber_4416606_assignsubmission_file");
    korrektor.web.SelfCheckReport r =
        check.check(
            List.of(folder.resolve("weber_lstm.csv"), folder.resolve("weber_plot.png")),
            Long.MAX_VALUE);
    String page = korrektor.web.HtmlPage.report(r, 10 << 20);
    assertThat(page)
        .contains("<html lang=\"de\">", "Aufgabe 17", "Selbstcheck", "Bisherige Punkte")
        .doesNotContain("Question 17", "Points so far", "your value");
    StringWriter w = new StringWriter();
    CheckCommand.print(new PrintWriter(w), r);
    assertThat(w.toString())
        .contains("Aufgabe 17", "von 21 Werten gefunden")
        .doesNotContain("Question", "values found");
  }
}
