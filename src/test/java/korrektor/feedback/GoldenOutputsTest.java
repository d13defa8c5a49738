package korrektor.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import korrektor.rubric.Reveal;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files on the structure of each output: the outline of every HTML page (headings, sections,
 * tables, rows and verdicts; see {@link Outline}) and the text of every PDF. Each file in {@code
 * src/test/resources/korrektor/feedback/golden/} has a case here and each case a file. After an
 * intended change, regenerate with {@code mvn test -Dtest=GoldenOutputsTest
 * -Dkorrektor.updateGolden=true} and read the diff.
 */
class GoldenOutputsTest {
  static final Path GOLDEN = Path.of("src/test/resources/korrektor/feedback/golden");

  static Map<String, Callable<String>> cases() {
    Map<String, Callable<String>> c = new TreeMap<>();
    for (Reveal r : Reveal.values()) {
      c.put(
          "feedback-" + r.id() + ".html.outline",
          () ->
              Outline.of(
                  HtmlFeedback.render(
                      FeedbackFixtures.rubric(r), FeedbackFixtures.everyVerdict(false))));
      c.put(
          "feedback-" + r.id() + ".pdf.txt",
          () ->
              pdfText(
                  PdfFeedback.render(
                      FeedbackFixtures.rubric(r), FeedbackFixtures.everyVerdict(false))));
    }
    c.put(
        "feedback-error.html.outline",
        () ->
            Outline.of(
                HtmlFeedback.render(
                    FeedbackFixtures.rubric(Reveal.STUDENT),
                    FeedbackFixtures.error("271010", "Tim Neumann"))));
    c.put(
        "report.html.outline",
        () ->
            Outline.of(
                ClassReport.render(
                    FeedbackFixtures.rubric(Reveal.STUDENT), ClassReportTest.batch())));
    return c;
  }

  static Stream<String> names() {
    return cases().keySet().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("names")
  void matchesGoldenFile(String name) throws Exception {
    String actual = cases().get(name).call();
    Path golden = GOLDEN.resolve(name);
    if (Boolean.getBoolean("korrektor.updateGolden") || !Files.exists(golden)) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  @Test
  void everyGoldenFileHasACase() throws Exception {
    try (Stream<Path> files = Files.list(GOLDEN)) {
      List<String> names =
          files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("README.md")).toList();
      assertThat(cases().keySet()).containsAll(names);
    }
  }

  static String pdfText(byte[] pdf) throws Exception {
    try (PDDocument d = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(d);
    }
  }
}
