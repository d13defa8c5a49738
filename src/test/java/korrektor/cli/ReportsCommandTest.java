package korrektor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What grade and solve write besides results: HTML and PDF feedback, report.html, the reference
 * plot.
 */
class ReportsCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  @Test
  void gradeWritesHtmlAndPdfFeedbackNextToMarkdownAndAClassReport(@TempDir Path dir)
      throws Exception {
    Path subs = Files.createDirectories(dir.resolve("subs"));
    Files.copy(
        Path.of("samples/sheet09/271008_Paul_Wolf.xlsx"), subs.resolve("271008_Paul_Wolf.xlsx"));
    Files.copy(
        Path.of("samples/sheet09/271003_Lena_Wagner.csv"),
        subs.resolve("271099_Jürgen_Müller.csv"));
    Path outDir = dir.resolve("out");

    int code =
        run(
            "grade",
            subs.toString(),
            "--rubric",
            "rubrics/sheet09.yaml",
            "--out",
            outDir.toString(),
            "--no-isolation",
            "--threads",
            "1");

    assertThat(code).as(err.toString()).isZero();
    assertThat(outDir.resolve("report.html")).exists();
    try (Stream<Path> s = Files.list(outDir.resolve("feedback"))) {
      assertThat(s.map(p -> p.getFileName().toString()).sorted().toList())
          .containsExactly(
              "271008_Paul_Wolf.html",
              "271008_Paul_Wolf.md",
              "271008_Paul_Wolf.pdf",
              "271099_Jürgen_Müller.html",
              "271099_Jürgen_Müller.md",
              "271099_Jürgen_Müller.pdf");
    }
    assertThat(Files.readString(outDir.resolve("feedback/271099_Jürgen_Müller.html")))
        .contains("<h1 id=\"student\">Jürgen Müller</h1>");
    assertThat(Files.readString(outDir.resolve("report.html")))
        .contains("Paul Wolf")
        .contains("Jürgen Müller");
    assertThat(out.toString()).contains("report.html");
  }

  @Test
  void noPdfSkipsOnlyThePdfs(@TempDir Path dir) throws Exception {
    Path subs = Files.createDirectories(dir.resolve("subs"));
    Files.copy(
        Path.of("samples/sheet09/271008_Paul_Wolf.xlsx"), subs.resolve("271008_Paul_Wolf.xlsx"));
    Path outDir = dir.resolve("out");

    run(
        "grade",
        subs.toString(),
        "--rubric",
        "rubrics/sheet09.yaml",
        "--out",
        outDir.toString(),
        "--no-isolation",
        "--no-pdf");

    assertThat(outDir.resolve("feedback/271008_Paul_Wolf.html")).exists();
    assertThat(outDir.resolve("feedback/271008_Paul_Wolf.pdf")).doesNotExist();
    assertThat(outDir.resolve("report.html")).exists();
  }

  @Test
  void solveWritesTheReferencePlotAsPngOrSvg(@TempDir Path dir) throws Exception {
    Path png = dir.resolve("solution.png");
    Path svg = dir.resolve("solution.svg");

    assertThat(run("solve", "--rubric", "rubrics/sheet09.yaml", "--plot", png.toString())).isZero();
    assertThat(run("solve", "--rubric", "rubrics/rnn2.yaml", "--plot", svg.toString())).isZero();

    var image = ImageIO.read(png.toFile());
    assertThat(List.of(image.getWidth(), image.getHeight())).containsExactly(1600, 960);
    assertThat(Files.readString(svg))
        .startsWith("<?xml")
        .contains("<svg width=\"800\" height=\"480\"")
        .contains(">h[1]<")
        .contains(">output<");
    assertThat(out.toString()).contains("candidate"); // the table is still printed
  }

  @Test
  void solveRefusesOtherPlotFormats(@TempDir Path dir) {
    assertThat(
            run(
                "solve",
                "--rubric",
                "rubrics/sheet09.yaml",
                "--plot",
                dir.resolve("x.jpg").toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains("--plot writes .png or .svg");
  }
}
