package korrektor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import korrektor.cli.Main;
import korrektor.document.Document;
import korrektor.document.ReadLimits;
import korrektor.document.read.DocumentReaders;
import korrektor.reference.ReferenceModel;
import korrektor.reference.Trace;
import korrektor.rubric.Reveal;
import korrektor.rubric.Rubric;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No page a student gets shows a value of the rubric: every reference value of sheet09, written
 * with 2 to 6 decimals (rounded and truncated, with '.' and ','), is looked for among the numbers
 * of each page, for correct, wrong, incomplete and unreadable files, with the shipped rubric
 * ({@code reveal: tutor}) and with {@code reveal: student}. A number the student wrote themselves
 * may of course be shown back.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StudentPagesRevealNothingIT {
  private static final Pattern NUMBER = Pattern.compile("\\d+[.,]\\d+");

  @TempDir Path dir;
  private final StringWriter log = new StringWriter();
  private final HttpClient client = WebFixtures.client();
  private Set<String> referenceValues;
  private SelfCheckServer tutorRubric;
  private SelfCheckServer studentRubric;
  private SelfCheckServer afterDeadline;

  @BeforeAll
  void start() throws Exception {
    Rubric r = WebFixtures.sheet09();
    assertThat(r.reveal()).isEqualTo(Reveal.TUTOR);
    referenceValues = referenceValues(r);
    tutorRubric = WebFixtures.serve(r, WebFixtures.inProcess(), ServerOptions.DEFAULT, log);
    studentRubric =
        WebFixtures.serve(
            WebFixtures.withReveal(r, Reveal.STUDENT),
            WebFixtures.inProcess(),
            ServerOptions.DEFAULT,
            log);
    afterDeadline =
        WebFixtures.serve(
            WebFixtures.withReveal(r, Reveal.AFTER_DEADLINE),
            WebFixtures.inProcess(),
            ServerOptions.DEFAULT,
            log);
  }

  @AfterAll
  void stop() throws Exception {
    for (SelfCheckServer s : new SelfCheckServer[] {tutorRubric, studentRubric, afterDeadline}) {
      if (s != null) {
        s.close();
      }
    }
  }

  /**
   * Every value of every quantity at every step, at 2–6 decimals, rounded and cut, with both
   * separators.
   */
  static Set<String> referenceValues(Rubric r) {
    ReferenceModel model = ReferenceModel.of(r.model());
    Trace trace = model.forward();
    Set<String> out = new TreeSet<>();
    for (String q : model.quantities()) {
      for (int t = 1; t <= model.steps(); t++) {
        for (double v : trace.value(q, t)) {
          for (int d = 2; d <= 6; d++) {
            for (RoundingMode mode : new RoundingMode[] {RoundingMode.HALF_UP, RoundingMode.DOWN}) {
              String s = new BigDecimal(Math.abs(v)).setScale(d, mode).toPlainString();
              out.add(s);
              out.add(s.replace('.', ','));
            }
          }
        }
      }
    }
    return out;
  }

  Stream<String> samples() {
    return Stream.of(
        "271003_Lena_Wagner.csv",
        "271004_Maximilian_Koch.csv",
        "271009_Hannah_Schroeder.csv",
        "271008_Paul_Wolf.xlsx",
        "271001_Anna_Becker.xlsx",
        "271006_Felix_Richter.pdf",
        "271014_Leon_Krueger.pdf",
        "271010_Tim_Neumann.xlsx");
  }

  @ParameterizedTest
  @MethodSource("samples")
  void showsNoReferenceValueForTheShippedSamples(String sample) throws Exception {
    Path file = WebFixtures.SAMPLES.resolve(sample);
    for (SelfCheckServer server : new SelfCheckServer[] {tutorRubric, studentRubric}) {
      HttpResponse<String> page = WebFixtures.upload(client, server.uri(), file);

      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(leaked(page.body(), file)).as(sample + " on " + server.uri()).isEmpty();
    }
  }

  /**
   * Files with wrong, partly missing, unlabelled and absent values: the hints must not fill them
   * in.
   */
  @ParameterizedTest
  @ValueSource(strings = {"wrong", "empty-table", "labels-only", "two-decimals-wrong", "text-only"})
  void showsNoReferenceValueForWrongAndIncompleteFiles(String kind) throws Exception {
    Path file = dir.resolve("272001_Test_Student_" + kind + ".csv");
    String header = "t;g;f;q;s~;s;h;Ausgabe\n";
    Files.writeString(
        file,
        switch (kind) {
          case "wrong" ->
              header
                  + "1;0,1111;0,2222;0,3333;0,4444;0,1212;0,2323;0,3434\n"
                  + "2;0,9111;0,9222;0,9333;0,9444;0,9121;0,9232;0,9343\n3;0,1;0,2;0,3;0,4;0,5;0,6;0,7\n";
          case "empty-table" -> header + "1;;;;;;;\n2;;;;;;;\n3;;;;;;;\n";
          case "labels-only" -> "Test Student 272001\nh(1) =\nh(2) =\ns(2) = ?\noutput(3) = todo\n";
          case "two-decimals-wrong" ->
              header
                  + "1;0,11;0,12;0,13;0,14;0,15;0,16;0,17\n2;0,21;0,22;0,23;0,24;0,25;0,26;0,27\n";
          default ->
              "Test Student 272001\n16 a) The unrolled formula is h5 = f(h4, x5).\nThe output at t=1 is not the same as at t=3.\n";
        },
        StandardCharsets.UTF_8);
    for (SelfCheckServer server : new SelfCheckServer[] {tutorRubric, studentRubric}) {
      HttpResponse<String> page = WebFixtures.upload(client, server.uri(), file);

      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(leaked(page.body(), file)).as(kind).isEmpty();
    }
  }

  @Test
  void theFormAndErrorPagesShowNoReferenceValue() throws Exception {
    for (String path : new String[] {"/", "/check", "/rubric", "/rubrics/sheet09.yaml", "/solve"}) {
      assertThat(leaked(WebFixtures.get(client, tutorRubric.uri().resolve(path)).body(), null))
          .as(path)
          .isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("samples")
  void theCheckCommandShowsNoReferenceValueInTextOrJson(String sample) throws Exception {
    Path file = WebFixtures.SAMPLES.resolve(sample);
    for (String[] extra : new String[][] {{}, {"--json"}}) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      String[] args =
          Stream.concat(
                  Stream.of(
                      "check",
                      file.toString(),
                      "--rubric",
                      "rubrics/sheet09.yaml",
                      "--no-isolation"),
                  Stream.of(extra))
              .toArray(String[]::new);

      Main.run(new PrintWriter(out), new PrintWriter(err), args);

      assertThat(leaked(out + "\n" + err, file))
          .as(sample + " " + String.join(" ", extra))
          .isEmpty();
    }
  }

  /**
   * The detector finds values when they are shown: after the deadline the page does show expected
   * values.
   */
  @Test
  void afterTheDeadlineTheExpectedValuesAreShown() throws Exception {
    Path file = WebFixtures.SAMPLES.resolve("271008_Paul_Wolf.xlsx");

    HttpResponse<String> page = WebFixtures.upload(client, afterDeadline.uri(), file);

    assertThat(page.body()).contains("expected values are shown").contains("<th>expected</th>");
    assertThat(leaked(page.body(), file)).isNotEmpty();
  }

  /**
   * Numbers on the page that are reference values and not in the student's own file, with where
   * they stand.
   */
  private Map<String, String> leaked(String page, Path studentFile) {
    Set<String> own = studentFile == null ? Set.of() : ownNumbers(studentFile);
    Map<String, String> out = new LinkedHashMap<>();
    Matcher m = NUMBER.matcher(page);
    while (m.find()) {
      String n = m.group();
      if (referenceValues.contains(n) && !own.contains(n)) {
        out.put(
            n, page.substring(Math.max(0, m.start() - 60), Math.min(page.length(), m.end() + 20)));
      }
    }
    return out;
  }

  /** The numbers the student wrote: every number token in the file's text as read. */
  private static Set<String> ownNumbers(Path file) {
    Document d =
        DocumentReaders.standard().read(file, file.getFileName().toString(), ReadLimits.DEFAULT);
    StringBuilder text = new StringBuilder();
    d.grids().forEach(g -> g.cells().forEach(c -> text.append(c.text()).append('\n')));
    d.lines().forEach(l -> text.append(l.text()).append('\n'));
    Set<String> out = new TreeSet<>();
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }
}
