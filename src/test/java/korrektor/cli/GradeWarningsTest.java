package korrektor.cli;

import static korrektor.lms.MoodleFixtures.GOOD_CSV;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** What {@code korrektor grade} tells the tutor when its grading process cannot do its work. */
class GradeWarningsTest {
  @TempDir Path dir;

  @Test
  void saysOnStandardErrorWhenTheGradingProcessCannotRunAndStillGradesEveryone() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("271001_Anna_Becker.csv"), GOOD_CSV);
    Files.writeString(in.resolve("271002_Ben_Roth.csv"), GOOD_CSV);
    Path out = dir.resolve("out");
    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();
    // an option no JVM knows: every grading process this run starts ends before it can answer
    System.setProperty("korrektor.worker.jvm", "-XX:+KorrektorNoSuchOption");
    int code;
    try {
      code =
          Main.run(
              new PrintWriter(stdout),
              new PrintWriter(stderr),
              "grade",
              in.toString(),
              "--rubric",
              "rubrics/sheet09.yaml",
              "--out",
              out.toString(),
              "--no-pdf");
    } finally {
      System.clearProperty("korrektor.worker.jvm");
    }

    assertThat(stderr.toString())
        .containsPattern("(?m)^warning: .*grading process")
        .contains("in a grading process of its own");
    // no process can start, so nothing is read at all: never in this process without limits (issue
    // 18);
    // every student still gets a row, and the exit code says some could not be graded
    JsonNode results = new ObjectMapper().readTree(out.resolve("results.json").toFile());
    assertThat(results.get("submissions")).hasSize(2);
    assertThat(results.get("submissions").findValuesAsText("status")).containsOnly("error");
    assertThat(code).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"--no-isolation", "--isolate-files"})
  void acceptsEitherIsolationOptionAlone(String option) {
    CommandLine cl = new CommandLine(new GradeCommand());
    cl.parseArgs("in", "--rubric", "r.yaml", option);
    GradeCommand grade = cl.getCommand();
    assertThat(grade.isolation.none).isEqualTo(option.equals("--no-isolation"));
    assertThat(grade.isolation.eachFile).isEqualTo(option.equals("--isolate-files"));
  }

  @Test
  void refusesToReadFilesBothInThisProcessAndEachInAReaderProcess() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("271001_Anna_Becker.csv"), GOOD_CSV);
    StringWriter stderr = new StringWriter();

    int code =
        Main.run(
            new PrintWriter(new StringWriter()),
            new PrintWriter(stderr),
            "grade",
            in.toString(),
            "--rubric",
            "rubrics/sheet09.yaml",
            "--out",
            dir.resolve("out").toString(),
            "--no-isolation",
            "--isolate-files");

    assertThat(code).isEqualTo(2);
    assertThat(stderr.toString())
        .contains("--no-isolation, --isolate-files are mutually exclusive");
    assertThat(dir.resolve("out").resolve("results.json")).doesNotExist();
  }
}
