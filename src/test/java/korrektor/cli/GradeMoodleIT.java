package korrektor.cli;

import static korrektor.lms.MoodleFixtures.CONFLICTING_CSV;
import static korrektor.lms.MoodleFixtures.GOOD_CSV;
import static korrektor.lms.MoodleFixtures.englishRow;
import static korrektor.lms.MoodleFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import korrektor.lms.GradingWorksheet;
import korrektor.lms.MoodleFixtures;
import korrektor.lms.MoodleImportCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code korrektor grade} on Moodle downloads, end to end, with zips and worksheets made here. */
class GradeMoodleIT {
  private static final String AT = "2024-05-03T14:05:00+02:00";
  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  private Path download() throws IOException {
    Map<String, byte[]> m = new LinkedHashMap<>();
    m.put("Anna Becker_101_assignsubmission_file/lstm.csv", text(GOOD_CSV));
    m.put("Ben Roth_102_assignsubmission_file_/a.csv", text(GOOD_CSV));
    m.put("Ben Roth_102_assignsubmission_file_/b.csv", text(CONFLICTING_CSV));
    m.put("Cem Arslan_103_assignsubmission_file_lstm.csv", text(GOOD_CSV));
    m.put(
        "Dora Weiss_104_assignsubmission_onlinetext/onlinetext.html", text("<p>h(1) = 0.2610</p>"));
    m.put("Mia Evil_107_assignsubmission_file/../../evil.sh", text("rm -rf ~"));
    m.put("Bo Big_108_assignsubmission_file/bomb.csv", MoodleFixtures.zeros(4 << 20));
    return MoodleFixtures.zip(dir.resolve("SDL-Blatt 9-123.zip"), m);
  }

  private Path worksheet() throws IOException {
    String text =
        MoodleFixtures.englishWorksheet(
            englishRow(101, "Anna Becker", "", "Yes", "-", ""),
            englishRow(102, "Ben Roth", "", "Yes", "-", ""),
            englishRow(103, "Cem Arslan", "", "Yes", "-", ""),
            englishRow(104, "Dora Weiss", "", "Yes", "-", ""),
            englishRow(107, "Mia Evil", "", "Yes", "-", ""),
            englishRow(108, "Bo Big", "", "Yes", "-", ""),
            englishRow(
                109, "No Show", "4", "Yes", "Friday, 3 May 2024, 2:05 PM", "<p>Talk to me.</p>"));
    return Files.writeString(
        dir.resolve("Grades-SDL-Blatt 9-123.csv"), text, StandardCharsets.UTF_8);
  }

  @Test
  void gradesTheDownloadZipAndWritesAnImportableWorksheetAndFeedbackZip() throws IOException {
    Path zip = download();
    Path sheet = worksheet();
    byte[] downloaded = Files.readAllBytes(sheet);
    Path out = dir.resolve("out");
    Run r =
        run(
            "grade",
            zip.toString(),
            "--rubric",
            "rubrics/sheet09.yaml",
            "--out",
            out.toString(),
            "--worksheet",
            sheet.toString(),
            "--graded-at",
            AT);

    assertThat(r.code()).as(r.err()).isEqualTo(1);
    assertThat(r.out()).contains("points outside the folder").contains("zip bomb");
    assertThat(Files.readAllBytes(sheet)).isEqualTo(downloaded);
    try (Stream<Path> all = Files.walk(dir)) {
      assertThat(all.filter(p -> p.getFileName().toString().equals("evil.sh"))).isEmpty();
    }
    assertThat(out.resolve("submissions/Anna Becker_101_assignsubmission_file/lstm.csv")).exists();

    JsonNode results = new ObjectMapper().readTree(out.resolve("results.json").toFile());
    Map<String, JsonNode> byId = new LinkedHashMap<>();
    results.get("submissions").forEach(s -> byId.put(s.get("student").get("id").asText(), s));
    assertThat(byId.keySet()).containsExactlyInAnyOrder("101", "102", "103", "104", "107", "108");
    assertThat(byId.get("101").get("student").get("moodle").get("number").asInt()).isEqualTo(101);
    assertThat(byId.get("102").get("files")).hasSize(2);
    assertThat(byId.get("102").get("items"))
        .anySatisfy(
            i -> {
              assertThat(i.path("quantity").asText()).isEqualTo("h");
              assertThat(i.path("step").asInt()).isEqualTo(2);
              assertThat(i.get("verdict").asText()).isEqualTo("review");
            });
    assertThat(byId.get("104").get("files").get(0).asText()).endsWith("onlinetext.html");
    assertThat(byId.get("104").get("items").toString()).contains("\"foundText\":\"0.2610\"");
    assertThat(byId.get("107").get("status").asText()).isEqualTo("error");
    assertThat(byId.get("108").get("status").asText()).isEqualTo("error");

    String written = Files.readString(out.resolve("worksheet.csv"));
    GradingWorksheet before = GradingWorksheet.read(new String(downloaded, StandardCharsets.UTF_8));
    assertThat(
            MoodleImportCheck.check(written, before, Set.of(101, 102, 103, 104, 107, 108, 109), 20))
        .isEmpty();
    GradingWorksheet after = GradingWorksheet.read(written);
    assertThat(after.header()).isEqualTo(before.header());
    assertThat(after.rows().get(0).get(4)).matches("\\d+(\\.\\d+)?");
    assertThat(after.rows().get(0).get(8)).isEqualTo(AT);
    for (int unreadable : new int[] {4, 5}) {
      assertThat(after.rows().get(unreadable).get(4))
          .as("no grade for a submission that could not be read")
          .isEmpty();
      assertThat(after.rows().get(unreadable).get(9))
          .as("a comment saying what to hand in")
          .contains("none of your files could be read")
          .contains("Please hand in your work again");
    }
    assertThat(after.rows().get(6))
        .as("the no-submission row as downloaded")
        .isEqualTo(before.rows().get(6));

    List<String> names = new java.util.ArrayList<>();
    for (String student :
        new String[] {"Anna Becker_101", "Ben Roth_102", "Cem Arslan_103", "Dora Weiss_104"}) {
      for (String ext : new String[] {".html", ".md", ".pdf"}) {
        names.add(
            student
                + "_assignfeedback_file_/feedback-sheet09"
                + ext); // Dora: online text, read as HTML
      }
    }
    assertThat(MoodleFixtures.names(Files.readAllBytes(out.resolve("feedback.zip"))))
        .containsExactlyElementsOf(names);
  }

  @Test
  void aRerunWritesTheSameBytes() throws IOException {
    Path zip = download();
    Path sheet = worksheet();
    Path out = dir.resolve("out");
    String[] args = {
      "grade",
      zip.toString(),
      "--rubric",
      "rubrics/sheet09.yaml",
      "--out",
      out.toString(),
      "--worksheet",
      sheet.toString(),
      "--graded-at",
      AT
    };
    run(args);
    Map<String, byte[]> first = new LinkedHashMap<>();
    for (String f : new String[] {"worksheet.csv", "feedback.zip", "results.json", "grades.csv"}) {
      first.put(f, Files.readAllBytes(out.resolve(f)));
    }
    run(args);
    first.forEach((f, bytes) -> assertThat(out.resolve(f)).as(f).hasBinaryContent(bytes));
    try (Stream<Path> left = Files.list(out)) {
      assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void writesAMinimalWorksheetForBlindMarkingWithoutADownloadedOne() throws IOException {
    Path in = dir.resolve("unpacked");
    Files.createDirectories(in.resolve("Participant_88_assignsubmission_file_"));
    Files.writeString(in.resolve("Participant_88_assignsubmission_file_/lstm.csv"), GOOD_CSV);
    Files.createDirectories(in.resolve("Participant_89_assignsubmission_file_"));
    Files.writeString(in.resolve("Participant_89_assignsubmission_file_/lstm.csv"), GOOD_CSV);
    Path out = dir.resolve("out");
    Run r =
        run(
            "grade",
            in.toString(),
            "--rubric",
            "rubrics/sheet09.yaml",
            "--out",
            out.toString(),
            "--graded-at",
            AT);
    assertThat(r.code()).as(r.err()).isZero();
    String written = Files.readString(out.resolve("worksheet.csv"));
    assertThat(written)
        .startsWith(
            "\uFEFFIdentifier,Grade,Last modified (grade),Feedback comments\nParticipant 88,");
    assertThat(MoodleImportCheck.check(written, null, Set.of(88, 89), 20)).isEmpty();
    assertThat(MoodleFixtures.names(Files.readAllBytes(out.resolve("feedback.zip"))))
        .contains(
            "Participant_88_assignfeedback_file_/feedback-sheet09.md",
            "Participant_88_assignfeedback_file_/feedback-sheet09.html",
            "Participant_88_assignfeedback_file_/feedback-sheet09.pdf",
            "Participant_89_assignfeedback_file_/feedback-sheet09.md")
        .hasSize(6);
  }

  @Test
  void writesAGermanWorksheetBackInGermanWithSemicolons() throws IOException {
    Path in = dir.resolve("unpacked");
    Files.createDirectories(in.resolve("Max Mustermann_1234567_assignsubmission_file"));
    Files.writeString(
        in.resolve("Max Mustermann_1234567_assignsubmission_file/lstm.csv"), GOOD_CSV);
    Path sheet =
        Files.writeString(
            dir.resolve("Bewertungen.csv"),
            "\uFEFFID;Vollständiger Name;Status;Bewertung;Bestwertung;"
                + "Bewertung kann geändert werden;Zuletzt geändert (Bewertung);Feedback als Kommentar\n"
                + "Teilnehmer/in1234567;Max Mustermann;Abgegeben;;20,00;Ja;-;\n");
    Path out = dir.resolve("out");
    Run r =
        run(
            "grade",
            in.toString(),
            "--rubric",
            "rubrics/sheet09.yaml",
            "--out",
            out.toString(),
            "--worksheet",
            sheet.toString(),
            "--graded-at",
            AT);
    assertThat(r.code()).as(r.err()).isZero();
    String written = Files.readString(out.resolve("worksheet.csv"));
    assertThat(written)
        .startsWith("\uFEFFID;Vollständiger Name;Status;Bewertung;")
        .contains("Teilnehmer/in1234567;Max Mustermann;");
    assertThat(
            MoodleImportCheck.check(
                written, GradingWorksheet.read(Files.readString(sheet)), Set.of(1234567), 20))
        .isEmpty();
  }

  @Test
  void refusesAWorksheetWithoutMoodlesColumns() throws IOException {
    Path sheet = Files.writeString(dir.resolve("g.csv"), "Name,Points\n");
    Run r =
        run(
            "grade",
            "samples/rnn2",
            "--rubric",
            "rubrics/rnn2.yaml",
            "--out",
            dir.resolve("o").toString(),
            "--worksheet",
            sheet.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("expected [Identifier, Grade, Last modified (grade)]");
  }
}
