package korrektor.lms;

import static korrektor.lms.MoodleFixtures.englishRow;
import static korrektor.lms.MoodleFixtures.englishWorksheet;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import korrektor.grade.Grading;
import korrektor.grade.ItemResult;
import korrektor.grade.Verdict;
import korrektor.result.MoodleId;
import korrektor.rubric.Rubric;
import korrektor.rubric.RubricReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MoodleExportTest {
  private static final MoodleExport.Options AT =
      new MoodleExport.Options(OffsetDateTime.parse("2024-05-03T14:05:00+02:00"), false);
  private static Rubric rubric;

  @BeforeAll
  static void loadRubric() throws Exception {
    rubric = RubricReader.read(Path.of("rubrics/sheet09.yaml"));
  }

  private static Grading graded(double score) {
    Map<String, Double> q = new LinkedHashMap<>();
    q.put("16", 5.0);
    q.put("17", score - 5);
    ItemResult wrong =
        ItemResult.of(
            ItemResult.Target.value("17", "forward", "h", 0, 2),
            ItemResult.Reading.value(0.5, "0.5", "a.csv!B3", null),
            0.39,
            0.5,
            ItemResult.Judgement.of(
                Verdict.WRONG, 0, "Hidden state at t=2: 0.5 is not right <b>& co</b>."));
    return new Grading(Grading.Status.NEEDS_REVIEW, List.of(), score, 20, 1.5, q, List.of(wrong));
  }

  private static Grading error() {
    return new Grading(
        Grading.Status.ERROR, List.of("zip: error: entry refused"), 0, 20, 0, Map.of(), List.of());
  }

  private static MoodleExport.Result result(String name, int n, Grading g) {
    return new MoodleExport.Result(new MoodleId(name, n), g);
  }

  @Test
  void fillsGradedRowsAndLeavesTheOthersAsDownloaded() {
    GradingWorksheet sheet =
        GradingWorksheet.read(
            englishWorksheet(
                englishRow(101, "Anna Becker", "", "Yes", "-", ""),
                englishRow(102, "Mia Evil", "", "Yes", "-", ""),
                englishRow(
                    103,
                    "No Show",
                    "5",
                    "Yes",
                    "Friday, 3 May 2024, 2:05 PM",
                    "<p>old comment</p>"),
                englishRow(104, "Lou Locked", "", "No", "-", "")));
    MoodleExport.Outcome o =
        MoodleExport.fill(
            sheet,
            rubric,
            List.of(
                result("Anna Becker", 101, graded(12.5)),
                result("Mia Evil", 102, error()),
                result("Lou Locked", 104, graded(10))),
            AT);

    List<String> anna = o.worksheet().rows().get(0);
    assertThat(o.worksheet().cell(anna, "Grade")).isEqualTo("12.5");
    assertThat(o.worksheet().cell(anna, "Last modified (grade)"))
        .isEqualTo("2024-05-03T14:05:00+02:00");
    assertThat(o.worksheet().cell(anna, "Feedback comments"))
        .startsWith("<p>Points: 12.5 / 20 (1.5 more points are checked by a tutor)</p>")
        .contains("Q16: 5 / 10<br>Q17: 7.5 / 10")
        .contains("0.5 is not right &lt;b&gt;&amp; co&lt;/b&gt;.");
    List<String> mia = o.worksheet().rows().get(1);
    assertThat(o.worksheet().cell(mia, "Grade"))
        .as("an unreadable submission gets no grade")
        .isEmpty();
    assertThat(o.worksheet().cell(mia, "Feedback comments"))
        .contains("none of your files could be read")
        .contains("Please hand in your work again");
    assertThat(o.worksheet().rows().subList(2, 4)).isEqualTo(sheet.rows().subList(2, 4));
    assertThat(o.warnings())
        .singleElement()
        .satisfies(w -> assertThat(w).contains("Lou Locked").contains("locked"));
    assertThat(o.filled()).extracting(MoodleExport.Filled::participant).containsExactly(101);
    assertThat(MoodleImportCheck.check(o.worksheet().text(), sheet, Set.of(101, 102, 103, 104), 20))
        .isEmpty();
  }

  @Test
  void capsTheGradeAtTheWorksheetsMaximum() {
    GradingWorksheet sheet =
        GradingWorksheet.read(
            englishWorksheet(englishRow(101, "Anna Becker", "", "Yes", "-", ""))
                .replace(",20.00,", ",10.00,"));
    MoodleExport.Outcome o =
        MoodleExport.fill(sheet, rubric, List.of(result("Anna Becker", 101, graded(12.5))), AT);
    assertThat(o.worksheet().cell(o.worksheet().rows().get(0), "Grade")).isEqualTo("10");
    assertThat(o.warnings()).anySatisfy(w -> assertThat(w).contains("capped"));
    assertThat(MoodleImportCheck.check(o.worksheet().text(), sheet, null, 10)).isEmpty();
  }

  @Test
  void writesATeamsGradeToEveryMemberOfItsGroup() {
    GradingWorksheet sheet =
        GradingWorksheet.read(
            "\uFEFFIdentifier,\"Full name\",Status,Group,Grade,\"Maximum Grade\","
                + "\"Grade can be changed\",\"Last modified (grade)\",\"Feedback comments\"\n"
                + "\"Participant 501\",\"Ada A\",Submitted,\"Team Rot\",,20.00,Yes,-,\n"
                + "\"Participant 502\",\"Bea B\",Submitted,\"Team Blau\",,20.00,Yes,-,\n"
                + "\"Participant 503\",\"Cai C\",Submitted,\"Team Rot\",,20.00,Yes,-,\n");
    MoodleExport.Outcome o =
        MoodleExport.fill(sheet, rubric, List.of(result("Team Rot", 42, graded(15))), AT);
    assertThat(o.filled()).extracting(MoodleExport.Filled::participant).containsExactly(501, 503);
    assertThat(o.worksheet().rows()).extracting(r -> r.get(4)).containsExactly("15", "", "15");
    assertThat(MoodleImportCheck.check(o.worksheet().text(), sheet, Set.of(501, 502, 503), 20))
        .isEmpty();
  }

  @Test
  void writesAMinimalWorksheetWhenNoneWasDownloaded() {
    MoodleExport.Outcome o =
        MoodleExport.minimal(
            rubric,
            List.of(
                result("Anna Becker", 101, graded(12.5)),
                result("Participant", 88, graded(20)),
                result("Mia Evil", 102, error()),
                new MoodleExport.Result(new MoodleId("Default group", null), graded(3))),
            AT);
    String text = o.worksheet().text();
    assertThat(text).startsWith("\uFEFFIdentifier,Grade,Last modified (grade),Feedback comments\n");
    assertThat(o.worksheet().rows())
        .extracting(r -> r.get(0))
        .containsExactly("Participant 88", "Participant 101", "Participant 102");
    assertThat(o.worksheet().rows().get(2).get(1))
        .as("no grade for an unreadable submission")
        .isEmpty();
    assertThat(o.worksheet().rows().get(2).get(3)).contains("Please hand in your work again");
    assertThat(o.filled())
        .extracting(MoodleExport.Filled::fullName)
        .containsExactly("Participant", "Anna Becker");
    assertThat(o.warnings())
        .singleElement()
        .satisfies(w -> assertThat(w).contains("Default group").contains("--worksheet"));
    assertThat(MoodleImportCheck.check(text, null, Set.of(88, 101, 102), 20)).isEmpty();
  }

  @Test
  void importCheckFindsWhatMoodleWouldRejectOrMisread() {
    String bad =
        "Identifier,Grade,Last modified (grade),Feedback comments\n"
            + "Participant 1,\"7,5\",\"Freitag, 3. Mai 2024, 14:05\",<p>ok</p>\n"
            + "Participant 2,25,2024-05-03T14:05:00+02:00,<script>x</script>\n"
            + "Participant 3,5\n"
            + "Teilnehmer/in4,5,2024-05-03T14:05:00+02:00,<p>x</p>\n"
            + "Participant 9,5,2024-05-03T14:05:00+02:00,\"C:\\\"\n";
    assertThat(MoodleImportCheck.check(bad, null, Set.of(1, 2, 3, 4), 20))
        .containsExactly(
            "line 2: grade \"7,5\" is not a plain number with '.'",
            "line 2: \"Freitag, 3. Mai 2024, 14:05\" is not ISO 8601 with an offset (Moodle's strtotime may not parse it)",
            "line 3: grade 25 is above the maximum 20",
            "line 3: feedback has tags other than <p> and <br>, or unescaped < >",
            "line 4: 2 columns, the header has 4 (Moodle rejects the whole file)",
            "line 5: identifier \"Teilnehmer/in4\" does not give a participant number after \"Participant \"",
            "line 6: a field ends in a backslash, which breaks PHP's CSV reader",
            "line 6: participant 9 is not known to the assignment");
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {"Teilnehmer/in1234501", "Teilnehmer/in 1234501", "Teilnehmer*in 1234501"})
  void acceptsGermanIdentifiersAsTheLanguagePacksWriteThem(String identifier) {
    String text =
        "\uFEFFID,Vollständiger Name,Status,Bewertung,Bestwertung,Bewertung kann geändert werden,"
            + "Zuletzt geändert (Bewertung),Feedback als Kommentar\n\""
            + identifier
            + "\",Max Muster,Abgegeben,,\"20,00\",Ja,-,\n";
    GradingWorksheet sheet = GradingWorksheet.read(text);
    assertThat(sheet.participant(sheet.rows().get(0))).isEqualTo(1234501);
    MoodleExport.Outcome o =
        MoodleExport.fill(sheet, rubric, List.of(result("Max Muster", 1234501, graded(12.5))), AT);
    assertThat(o.warnings()).isEmpty();
    assertThat(MoodleImportCheck.check(o.worksheet().text(), sheet, Set.of(1234501), 20)).isEmpty();
  }

  @Test
  void namesFeedbackFoldersWithFiveUnderscorePartsForEveryMoodle() {
    assertThat(FeedbackZip.folderName("Max_Mustermann", 1234567))
        .isEqualTo("Max Mustermann_1234567_assignfeedback_file_");
    assertThat(FeedbackZip.folderName("Max Mustermann", 1234567).split("_", 5)).hasSize(5);
  }
}
