package korrektor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Usage and rubric errors say what is wrong in a few lines, with the fix. */
class UsageErrorsTest {
  @TempDir Path dir;

  private static String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new String[] {String.valueOf(code), err.toString()};
  }

  @ParameterizedTest
  @CsvSource({
    "--rubirc, --rubric",
    "--no-pfd, --no-pdf",
    "--worksheeet, --worksheet",
    "--lnag, --lang"
  })
  void namesAnUnknownOptionAndSuggestsTheRightOneWithoutTheUsage(String typo, String meant) {
    String[] r = run("grade", "samples/sheet09", typo, "x");
    assertThat(r[0]).isEqualTo("2");
    assertThat(r[1])
        .contains("Unknown option: '" + typo + "'")
        .contains(meant)
        .contains("Run 'korrektor grade --help' for all options.")
        .doesNotContain("Missing required option", "Usage:");
    assertThat(r[1].lines().count()).isLessThanOrEqualTo(4);
  }

  @Test
  void rejectsAnUnknownLanguageAndCsvDialectNamingTheChoices() {
    assertThat(
            run("grade", "samples/sheet09", "--rubric", "rubrics/sheet09.yaml", "--lang", "fr")[1])
        .contains("--lang fr: unknown language; expected one of en, de");
    assertThat(
            run(
                "grade",
                "samples/sheet09",
                "--rubric",
                "rubrics/sheet09.yaml",
                "--csv",
                "excel-fr",
                "--out",
                dir.resolve("o").toString())[1])
        .contains("expected one of excel-de, excel, rfc4180");
  }

  @Test
  void reportsAnUnreadableModelValueOnceWithoutKnockOnErrors() throws Exception {
    Path typo = dir.resolve("typo.yaml");
    Files.writeString(
        typo,
        Files.readString(Path.of("rubrics/sheet09.yaml"))
            .replace("    f: {U: 0.25, W: 0.3, b: 0}", "    f: {U: 0.25x, W: 0.3, b: 0}"));
    String[] r = run("rubric", "check", typo.toString());
    assertThat(r[0]).isEqualTo("2");
    String all = r[1] + r[0];
    assertThat(r[1].lines().filter(l -> l.contains("error:")))
        .singleElement()
        .satisfies(l -> assertThat(l).contains(":20:").contains("'0.25x'"));
    assertThat(all).doesNotContain("needs a valid model", "missing; give");
  }
}
