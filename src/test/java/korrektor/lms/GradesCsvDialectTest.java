package korrektor.lms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import korrektor.grade.Grading;
import korrektor.result.Student;
import korrektor.result.SubmissionResult;
import korrektor.rubric.Question;
import korrektor.rubric.Reveal;
import korrektor.rubric.Rubric;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GradesCsvDialectTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "excel-de|\uFEFFid;name;files;Q1;total;max;pending;status;participation;participationReason|271001;Anna Becker;a.csv;7,5;7,5;10;0;graded;yes;handed in",
        "excel|\uFEFFid,name,files,Q1,total,max,pending,status,participation,participationReason|271001,Anna Becker,a.csv,7.5,7.5,10,0,graded,yes,handed in",
        "rfc4180|id,name,files,Q1,total,max,pending,status,participation,participationReason|271001,Anna Becker,a.csv,7.5,7.5,10,0,graded,yes,handed in"
      })
  void writesEachDialect(String dialect, String header, String row) throws Exception {
    Rubric rubric =
        new Rubric(
            "s",
            "S",
            "s.yaml",
            Reveal.STUDENT,
            null,
            Map.of(),
            List.of(new Question("1", "Q", 10, List.of(), null)));
    SubmissionResult r =
        new SubmissionResult(
            new Student("271001", "Anna Becker"),
            List.of("a.csv"),
            Grading.Status.GRADED,
            List.of(),
            7.5,
            10,
            0,
            Map.of("1", 7.5),
            List.of(),
            null);
    StringWriter w = new StringWriter();
    GradesCsv.write(w, rubric, List.of(r), GradesCsv.Dialect.parse(dialect));
    assertThat(w.toString().split("\r\n")).containsExactly(header, row);
  }

  @org.junit.jupiter.api.Test
  void namesTheDialectsForAnUnknownOneAndFollowsTheWorksheetsLanguage() {
    assertThatThrownBy(() -> GradesCsv.Dialect.parse("excel-fr"))
        .hasMessageContaining("excel-de, excel, rfc4180");
    assertThat(GradesCsv.Dialect.forLanguage(WorksheetLanguage.GERMAN))
        .isEqualTo(GradesCsv.Dialect.EXCEL_DE);
    assertThat(GradesCsv.Dialect.forLanguage(WorksheetLanguage.ENGLISH))
        .isEqualTo(GradesCsv.Dialect.EXCEL);
  }
}
