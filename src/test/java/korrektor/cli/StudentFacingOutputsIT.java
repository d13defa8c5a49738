package korrektor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import korrektor.document.ReadLimits;
import korrektor.document.read.DocumentReaders;
import korrektor.grade.StudentText;
import korrektor.lms.GradingWorksheet;
import korrektor.rubric.Rubric;
import korrektor.rubric.RubricReader;
import korrektor.web.HtmlPage;
import korrektor.web.SelfCheck;
import korrektor.web.SelfCheckReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Grades the samples and scans everything a student reads — feedback .md, .html and the PDF's text,
 * the Moodle comments, every file in feedback.zip, the self-check page and text for every sample
 * file — for tutor-only text ({@link StudentText#MARKERS}: policy keys, tutor files' names, "Tutor
 * view"), a literal {@code &lt;} in Markdown and {@code ??} in a PDF; and checks that the
 * similarity report on the samples (nobody copied) flags no pair.
 */
class StudentFacingOutputsIT {
  @TempDir static Path dir;
  static final Map<String, String> TEXTS = new LinkedHashMap<>();
  static final List<Path> OUTS = new ArrayList<>();

  @BeforeAll
  static void gradeTheSamples() throws Exception {
    grade("sheet09", "samples/sheet09", "rubrics/sheet09.yaml");
    grade("gru-example", "samples/gru-example", "rubrics/gru-example.yaml");
    grade(
        "german-course",
        "samples/german-course/submissions",
        "rubrics/sheet09-de.yaml",
        "--worksheet",
        "samples/german-course/Bewertungen-DL-Blatt 9-4711.csv");
    for (Path out : OUTS) {
      try (Stream<Path> files = Files.list(out.resolve("feedback"))) {
        for (Path f : files.sorted().toList()) {
          String n = f.getFileName().toString();
          TEXTS.put(
              out.getFileName() + "/" + n,
              n.endsWith(".pdf")
                  ? GermanCourseIT.pdfText(Files.readAllBytes(f))
                  : Files.readString(f, StandardCharsets.UTF_8));
        }
      }
      Path sheet = out.resolve("worksheet.csv");
      if (Files.exists(sheet)) {
        GradingWorksheet w = GradingWorksheet.read(Files.readString(sheet, StandardCharsets.UTF_8));
        for (List<String> row : w.rows()) {
          TEXTS.put(
              out.getFileName() + "/worksheet.csv " + w.cell(row, w.language().identifier),
              w.cell(row, w.language().feedback));
        }
      }
      Path zip = out.resolve("feedback.zip");
      if (Files.exists(zip)) {
        try (ZipInputStream in =
            new ZipInputStream(
                new ByteArrayInputStream(Files.readAllBytes(zip)), StandardCharsets.UTF_8)) {
          for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
            byte[] b = in.readAllBytes();
            TEXTS.put(
                out.getFileName() + "/feedback.zip!" + e.getName(),
                e.getName().endsWith(".pdf")
                    ? GermanCourseIT.pdfText(b)
                    : new String(b, StandardCharsets.UTF_8));
          }
        }
      }
    }
    for (String[] s :
        new String[][] {
          {"samples/sheet09", "rubrics/sheet09.yaml"},
          {"samples/gru-example", "rubrics/gru-example.yaml"}
        }) {
      Rubric rubric = RubricReader.read(Path.of(s[1]));
      SelfCheck check =
          new SelfCheck(
              rubric, (f, name) -> DocumentReaders.standard().read(f, name, ReadLimits.DEFAULT));
      try (Stream<Path> files = Files.list(Path.of(s[0]))) {
        for (Path f :
            files
                .filter(Files::isRegularFile)
                .filter(p -> !p.getFileName().toString().endsWith(".md"))
                .sorted()
                .toList()) {
          SelfCheckReport r = check.check(f);
          TEXTS.put("self-check page " + f, HtmlPage.report(r, 10 << 20));
          StringWriter w = new StringWriter();
          CheckCommand.print(new PrintWriter(w), r);
          TEXTS.put("self-check text " + f, w.toString());
        }
      }
    }
  }

  private static void grade(String name, String... args) {
    Path out = dir.resolve(name);
    List<String> all =
        new ArrayList<>(
            List.of(
                "grade",
                args[0],
                "--rubric",
                args[1],
                "--out",
                out.toString(),
                "--graded-at",
                GermanCourseIT.AT));
    all.addAll(List.of(args).subList(2, args.length));
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    Main.run(new PrintWriter(o), new PrintWriter(e), all.toArray(String[]::new));
    assertThat(out.resolve("results.json")).as(e.toString()).exists();
    OUTS.add(out);
  }

  @Test
  void scansEveryStudentFacingOutput() {
    assertThat(TEXTS.keySet())
        .anyMatch(k -> k.endsWith(".pdf"))
        .anyMatch(k -> k.contains("feedback.zip!"))
        .anyMatch(k -> k.contains("worksheet.csv"))
        .anyMatch(k -> k.startsWith("self-check page"));
    assertThat(TEXTS.size()).isGreaterThan(150);
  }

  @Test
  void noStudentFacingOutputHoldsTutorOnlyText() {
    List<String> found = new ArrayList<>();
    TEXTS.forEach(
        (where, text) ->
            StudentText.marker(text)
                .ifPresent(m -> found.add(where + ": \"" + m + "\" in …" + excerpt(text, m))));
    assertThat(found).isEmpty();
  }

  @Test
  void noMarkdownShowsAnEscapedTagAndNoPdfAQuestionMarkForAGlyph() {
    TEXTS.forEach(
        (where, text) -> {
          if (where.endsWith(".md")) {
            assertThat(text).as(where).doesNotContain("&lt;", "&gt;");
          }
          if (where.endsWith(".pdf")) {
            assertThat(text).as(where).doesNotContain("??", "[U+");
          }
        });
  }

  @Test
  void everyHintNamesTheInputOnlyWhereItsEquationReadsIt() {
    TEXTS.forEach(
        (where, text) ->
            assertThat(text)
                .as(where)
                .doesNotContainPattern(
                    "(?:Output|Hidden state|output|hidden state)[^.]{0,40}at t=\\d[^.]*computed from[^.]*input x"));
  }

  @Test
  void theSimilarityReportOnTheSamplesFlagsNoPair() throws Exception {
    for (Path out : OUTS) {
      List<String> rows = Files.readAllLines(out.resolve("integrity.csv"), StandardCharsets.UTF_8);
      assertThat(rows.stream().skip(1).filter(r -> r.contains(",flagged,")))
          .as(out.toString())
          .isEmpty();
    }
  }

  private static String excerpt(String text, String marker) {
    int i = text.indexOf(marker);
    return text.substring(Math.max(0, i - 80), Math.min(text.length(), i + 80)).replace('\n', ' ');
  }
}
