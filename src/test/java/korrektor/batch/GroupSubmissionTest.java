package korrektor.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import korrektor.document.Cell;
import korrektor.document.Document;
import korrektor.document.Format;
import korrektor.document.Grid;
import korrektor.document.Location;
import korrektor.document.TextLine;
import korrektor.grade.Grader;
import korrektor.result.IntegrityDecision;
import korrektor.result.Student;
import korrektor.result.SubmissionResult;
import korrektor.rubric.Policies;
import korrektor.rubric.Rubric;
import korrektor.rubric.RubricReader;
import korrektor.submission.Overrides;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Group submissions get the rubric's policy; tutors confirm cases in overrides.csv, applied on
 * every run.
 */
class GroupSubmissionTest {
  private static final String[] QUANTITIES = {"g", "f", "q", "candidate", "s", "h", "output"};
  private static final double[][] SOLUTION = {
    {0.57689, 0.54364, 0.61775, 0.73243, 0.42253, 0.26102, 0.57568},
    {0.54282, 0.55065, 0.61735, 0.73713, 0.63279, 0.39065, 0.72177},
    {0.54805, 0.57253, 0.64501, 0.74002, 0.76786, 0.49528, 0.81403}
  };

  @TempDir Path dir;

  private static Document sheet(String file, String header) {
    List<Cell> cells = new ArrayList<>();
    cells.add(new Cell(0, 0, "t", null, Location.ofCell(file, "Sheet1", 0, 0)));
    for (int c = 0; c < QUANTITIES.length; c++) {
      cells.add(new Cell(0, c + 1, QUANTITIES[c], null, Location.ofCell(file, "Sheet1", 0, c + 1)));
    }
    for (int t = 0; t < 3; t++) {
      cells.add(
          new Cell(
              t + 1,
              0,
              Integer.toString(t + 1),
              (double) (t + 1),
              Location.ofCell(file, "Sheet1", t + 1, 0)));
      for (int c = 0; c < QUANTITIES.length; c++) {
        double v = SOLUTION[t][c];
        cells.add(
            new Cell(
                t + 1,
                c + 1,
                String.format(Locale.ROOT, "%.5f", v),
                v,
                Location.ofCell(file, "Sheet1", t + 1, c + 1)));
      }
    }
    return new Document(
        file,
        Format.XLSX,
        List.of(new Grid("Sheet1", cells)),
        List.of(TextLine.plain(header, Location.ofLine(file, 1, 1))),
        List.of(),
        1,
        List.of());
  }

  private List<SubmissionResult> grade(Rubric rubric, Map<String, String> headers)
      throws Exception {
    List<Submission> subs = new ArrayList<>();
    for (String id : headers.keySet()) {
      String[] parts = id.split("_");
      Path f = dir.resolve(id + ".xlsx");
      Files.writeString(f, id);
      subs.add(new Submission(new Student(parts[0], parts[1] + " " + parts[2]), List.of(f)));
    }
    BatchGrader batch =
        new BatchGrader(
            new Grader(rubric),
            (file, name) -> sheet(name, headers.get(name.replace(".xlsx", ""))),
            1);
    return batch.grade(dir, subs, r -> {});
  }

  private static Map<String, String> twoStudents() {
    Map<String, String> h = new java.util.LinkedHashMap<>();
    h.put("271001_Anna_Becker", "Names: Anna Becker, Ben Wolf");
    h.put("271002_Carl_Ernst", "Name: Carl Ernst. I worked with Dana Vogt on this.");
    return h;
  }

  @Test
  void givesAGroupSubmissionThePolicysPointsAndParticipation() throws Exception {
    Rubric rubric = RubricReader.read(Path.of("rubrics/sheet09.yaml"));
    List<SubmissionResult> results = grade(rubric, twoStudents());

    SubmissionResult anna = results.get(0);
    assertThat(anna.score()).isZero();
    assertThat(anna.participation()).isTrue();
    assertThat(anna.participationReason()).contains("group submission").contains("Ben Wolf");
    assertThat(anna.integrity().kind()).isEqualTo(IntegrityDecision.Kind.GROUP);
    assertThat(anna.integrity().decidedBy()).isEqualTo("sheet");
    assertThat(anna.items())
        .anySatisfy(i -> assertThat(i.points()).isPositive()); // the work stays visible
    SubmissionResult carl = results.get(1); // a declared partner is not a group submission
    assertThat(carl.integrity()).isNull();
    assertThat(carl.score()).isEqualTo(7.5);
    assertThat(carl.participation()).isTrue();
    assertThat(carl.participationReason()).isEqualTo(SubmissionResult.HANDED_IN);
  }

  @Test
  void appliesAConfiguredGroupPolicyOnlyWhenATutorConfirmsIt() throws Exception {
    Rubric base = RubricReader.read(Path.of("rubrics/sheet09.yaml"));
    Rubric rubric =
        new Rubric(
            base.id(),
            base.title(),
            base.source(),
            base.reveal(),
            base.model(),
            base.quantities(),
            base.questions(),
            new Policies(
                Policies.MissingName.FLAG,
                new Policies.Group(2, true, Policies.Group.Apply.CONFIRMED),
                new Policies.Plagiarism(0, false)));
    List<SubmissionResult> results = grade(rubric, twoStudents());
    assertThat(results.get(0).integrity()).isNull();
    assertThat(results.get(0).status().id()).isEqualTo("needs-review");
    assertThat(results.get(0).messages())
        .anySatisfy(m -> assertThat(m).contains("271001,integrity:group"));

    Path csv = dir.resolve("overrides.csv");
    Files.writeString(
        csv,
        "student,item,points,comment\n271001,integrity:group,,one sheet for two\n"
            + "271002,integrity:plagiarism,,copied from 271099\n",
        StandardCharsets.UTF_8);
    List<String> report = new ArrayList<>();
    List<SubmissionResult> decided = Overrides.read(csv).apply(results, rubric.policies(), report);

    assertThat(report).isEmpty();
    assertThat(decided.get(0).score()).isEqualTo(2);
    assertThat(decided.get(0).participation()).isTrue();
    assertThat(decided.get(0).integrity().decidedBy()).isEqualTo("tutor");
    assertThat(decided.get(1).score()).isZero();
    assertThat(decided.get(1).participation()).isFalse();
    assertThat(decided.get(1).participationReason())
        .contains("plagiarism confirmed by a tutor (copied from 271099)");
    // applied again on a re-run: the same result
    assertThat(Overrides.read(csv).apply(results, rubric.policies(), new ArrayList<>()))
        .isEqualTo(decided);
  }

  @Test
  void letsATutorUndoAGroupReadFromTheSheet() throws Exception {
    Rubric rubric = RubricReader.read(Path.of("rubrics/sheet09.yaml"));
    List<SubmissionResult> results = grade(rubric, twoStudents());
    Path csv = dir.resolve("overrides.csv");
    Files.writeString(
        csv,
        "student,item,points,comment\n271001,integrity:none,,Ben only proof-read\n"
            + "271001,integrity:cheating,,typo\n",
        StandardCharsets.UTF_8);
    List<String> report = new ArrayList<>();

    SubmissionResult anna = Overrides.read(csv).apply(results, rubric.policies(), report).get(0);

    assertThat(anna.integrity()).isNull();
    assertThat(anna.score()).isEqualTo(7.5);
    assertThat(anna.participationReason()).isEqualTo(SubmissionResult.HANDED_IN);
    assertThat(anna.messages()).noneMatch(m -> m.startsWith(SubmissionResult.INTEGRITY_MESSAGE));
    assertThat(report)
        .singleElement()
        .asString()
        .contains("integrity:cheating")
        .contains("integrity:plagiarism");
  }
}
