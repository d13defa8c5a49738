package korrektor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import korrektor.batch.DecisionFile;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;

/**
 * A tutor's session on the review page in a real browser (headless Debian Chromium through Debian's
 * chromedriver, set up as {@code SelfCheckBrowserTest} does): one click settles a group of three
 * identical answers, the keyboard settles another item, undo takes one back, publish writes the
 * outputs; they are exactly what a second {@code grade} run writes. Screenshots of the queue and of
 * an evidence view go to {@code target/screenshots/} (docs/review.md shows them).
 */
@Tag("browser")
class ReviewBrowserIT {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final java.util.logging.Logger SELENIUM =
      java.util.logging.Logger.getLogger("org.openqa.selenium");
  private static final String ITEM = "17/forward/h@2";

  @TempDir Path dir;
  @TempDir Path profile;

  @Test
  void settlesAGroupByClickAnItemByKeyboardUndoesOneAndPublishesWhatGradeWrites() throws Exception {
    requireBrowser();
    Path in = ReviewFixtures.submissions(dir);
    Path out = dir.resolve("out");
    ReviewFixtures.grade(in, out);
    // a tutor's own row and note, kept as written
    String handWritten =
        "student,item,points,comment\n# my notes: Anna's h(1) is in her margin\n"
            + "101,17/forward/h@1,0.25,hand-written\n";
    Files.writeString(out.resolve("overrides.csv"), handWritten, StandardCharsets.UTF_8);
    ReviewFixtures.grade(in, out);
    String gradesBefore = Files.readString(out.resolve("grades.csv"));

    ChromeDriverService service = service();
    WebDriver browser = null;
    try (ReviewFixtures.Running review = new ReviewFixtures.Running(out)) {
      browser = new ChromeDriver(service, options());
      browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
      Wait wait = new Wait(browser);
      browser.get(review.uri());
      wait.until(d -> !d.findElements(By.cssSelector("#queue li")).isEmpty());
      WebElement group =
          browser.findElement(
              By.cssSelector("#queue li[data-item='" + ITEM + "'][data-count='3']"));
      assertThat(group.getText()).contains("0,3907 | 0,9100").contains("3/3");
      assertThat(
              browser
                  .findElement(
                      By.cssSelector("#queue li[data-item='" + ITEM + "'][data-count='1']"))
                  .getText())
          .contains("0,3907 | 0,8000");
      assertThat(
              browser.findElement(By.cssSelector("#filters button[data-reason='value']")).getText())
          .isEqualTo("value (4)");
      group.click();
      // the evidence: both tables side by side, the found cell marked in each
      wait.until(d -> d.findElements(By.cssSelector("#evidence td.hit")).size() == 2);
      List<String> hits =
          browser.findElements(By.cssSelector("#evidence td.hit")).stream()
              .map(WebElement::getText)
              .toList();
      assertThat(hits).containsExactly("0,3907", "0,9100");
      assertThat(browser.findElement(By.cssSelector(".facts")).getText())
          .contains("expected")
          .contains("0.3907");
      screenshot(browser, "review-queue.png");

      // one click: the whole group of three
      browser.findElement(By.cssSelector("#decide-bar button.pts[data-points='0.5']")).click();
      wait.until(
          d ->
              d.findElement(By.id("status"))
                  .getText()
                  .startsWith("saved: " + ITEM + " = 0.5 for 3"));
      // the page moved on to Dora's answer; by keyboard: 4 (0.5), Enter
      wait.until(
          d -> d.findElement(By.cssSelector("#students li.sel")).getText().startsWith("104"));
      new Actions(browser).sendKeys("4").sendKeys(Keys.ENTER).perform();
      wait.until(
          d -> d.findElement(By.id("status")).getText().equals("saved: " + ITEM + " = 0.5 for 1"));
      wait.until(
          d ->
              d.findElement(By.cssSelector("#totals tr[data-student='104'] td.score"))
                  .getText()
                  .equals("7.5 / 20"));
      // undo it, and give 0.25 by keyboard instead (p back to her group, 2, Enter)
      browser.findElement(By.id("undo")).click();
      wait.until(
          d ->
              d.findElement(By.cssSelector("#totals tr[data-student='104'] td.score"))
                  .getText()
                  .equals("7 / 20"));
      new Actions(browser).sendKeys("p").perform();
      wait.until(
          d -> d.findElement(By.cssSelector("#students li.sel")).getText().startsWith("104"));
      new Actions(browser).sendKeys("2").sendKeys(Keys.ENTER).perform();
      wait.until(
          d -> d.findElement(By.id("status")).getText().equals("saved: " + ITEM + " = 0.25 for 1"));
      assertThat(
              browser
                  .findElement(By.cssSelector("#totals tr[data-student='101'] td.score"))
                  .getText())
          .isEqualTo("7.25 / 20");
      assertThat(
              browser
                  .findElement(By.cssSelector("#totals tr[data-student='102'] td.score"))
                  .getText())
          .isEqualTo("7.5 / 20");
      assertThat(
              browser
                  .findElement(By.cssSelector("#totals tr[data-student='104'] td.score"))
                  .getText())
          .isEqualTo("7.25 / 20");
      // not published yet: grades.csv is as grade left it
      assertThat(Files.readString(out.resolve("grades.csv"))).isEqualTo(gradesBefore);
      browser.findElement(By.id("publish")).click();
      wait.until(d -> d.findElement(By.id("status")).getText().startsWith("published"));
      browser
          .findElement(By.cssSelector("#queue li[data-item='" + ITEM + "'][data-count='3']"))
          .click();
      wait.until(d -> d.findElements(By.cssSelector("#evidence td.hit")).size() == 2);
      screenshot(browser, "review-decided.png");
    } finally {
      if (browser != null) {
        browser.quit();
      }
      service.stop();
    }

    assertThat(Files.readString(out.resolve("overrides.csv")))
        .isEqualTo(
            handWritten
                + DecisionFile.MARKER
                + "\n"
                + "101,"
                + ITEM
                + ",0.5,\n102,"
                + ITEM
                + ",0.5,\n103,"
                + ITEM
                + ",0.5,\n104,"
                + ITEM
                + ",0.25,\n");
    JsonNode results = new ObjectMapper().readTree(out.resolve("results.json").toFile());
    double[] expected = {7.25, 7.5, 7.5, 7.25};
    double[] h2 = {0.5, 0.5, 0.5, 0.25};
    for (int k = 0; k < 4; k++) {
      JsonNode s = results.get("submissions").get(k);
      assertThat(s.get("score").asDouble()).as(s.get("student").toString()).isEqualTo(expected[k]);
      JsonNode item = item(s, ITEM);
      assertThat(item.get("overridden").asBoolean()).isTrue();
      assertThat(item.get("points").asDouble()).isEqualTo(h2[k]);
      assertThat(item.get("verdict").asText()).isEqualTo("review");
    }
    assertThat(Files.readString(out.resolve("grades.csv")))
        .contains("101,Anna Becker,")
        .contains(",7.25,")
        .isNotEqualTo(gradesBefore);
    String worksheet = Files.readString(out.resolve("worksheet.csv"));
    assertThat(worksheet)
        .contains("Participant 101,7.25,")
        .contains("Participant 102,7.5,")
        .contains("Participant 103,7.5,")
        .contains("Participant 104,7.25,");
    assertThat(Files.readString(out.resolve("review.csv")).lines())
        .hasSize(1); // nothing left to decide

    // a second grade run keeps every decision: the same outputs, byte for byte
    byte[] json = Files.readAllBytes(out.resolve("results.json"));
    byte[] grades = Files.readAllBytes(out.resolve("grades.csv"));
    byte[] sheet = Files.readAllBytes(out.resolve("worksheet.csv"));
    byte[] decisions = Files.readAllBytes(out.resolve("overrides.csv"));
    ReviewFixtures.grade(in, out);
    assertThat(Files.readAllBytes(out.resolve("results.json"))).isEqualTo(json);
    assertThat(Files.readAllBytes(out.resolve("grades.csv"))).isEqualTo(grades);
    assertThat(Files.readAllBytes(out.resolve("worksheet.csv"))).isEqualTo(sheet);
    assertThat(Files.readAllBytes(out.resolve("overrides.csv"))).isEqualTo(decisions);
  }

  @Test
  void showsThePdfPageWithTheValueMarkedBesideTheOtherFilesCell() throws Exception {
    requireBrowser();
    // Felix's PDF (h(2) = 0.3907) and a later table of his that says 0,9100: two readings side by
    // side
    Path in = Files.createDirectories(dir.resolve("in/271006_Felix_Richter"));
    Files.copy(
        Path.of("samples/sheet09/271006_Felix_Richter.pdf"),
        in.resolve("271006_Felix_Richter.pdf"));
    Files.writeString(
        in.resolve("nachtrag.csv"),
        korrektor.lms.MoodleFixtures.CONFLICTING_CSV,
        StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    ReviewFixtures.grade(in.getParent(), out);
    ChromeDriverService service = service();
    WebDriver browser = null;
    try (ReviewFixtures.Running review = new ReviewFixtures.Running(out)) {
      browser = new ChromeDriver(service, options());
      browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
      Wait wait = new Wait(browser);
      browser.get(review.uri());
      wait.until(
          d -> !d.findElements(By.cssSelector("#queue li[data-item='" + ITEM + "']")).isEmpty());
      browser.findElement(By.cssSelector("#queue li[data-item='" + ITEM + "']")).click();
      wait.until(d -> d.findElements(By.cssSelector("#evidence img.page")).size() == 1);
      assertThat(browser.findElement(By.cssSelector("#evidence td.hit")).getText())
          .isEqualTo("0,9100");
      assertThat(browser.findElement(By.cssSelector("#evidence mark.hit")).getText())
          .contains("0.3907");
      assertThat(
              browser.findElements(By.cssSelector("#evidence figcaption")).stream()
                  .map(WebElement::getText)
                  .toList())
          .containsExactly(
              "0.3907 at 271006_Felix_Richter.pdf p.1 l.18", "0,9100 at nachtrag.csv!G3");
      screenshot(browser, "review-evidence.png");
      browser.findElement(By.cssSelector("#filters button[data-reason='plot']")).click();
      wait.until(d -> d.findElements(By.cssSelector("#evidence img.page")).size() == 1);
      screenshot(browser, "review-plot.png");
    } finally {
      if (browser != null) {
        browser.quit();
      }
      service.stop();
    }
  }

  private static void requireBrowser() {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    assertThat(installed || !"true".equals(System.getenv("CI")))
        .as(
            "CI=true but /usr/bin/chromium or /usr/bin/chromedriver is missing; .ci/run should have installed them")
        .isTrue();
    assumeTrue(
        installed,
        "browser test skipped: install Debian's chromium and chromium-driver, as .ci/run does");
    SELENIUM.setLevel(java.util.logging.Level.SEVERE);
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
  }

  private ChromeOptions options() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--window-size=1280,900",
        "--user-data-dir=" + profile.toAbsolutePath());
    return options;
  }

  private static ChromeDriverService service() {
    return new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .build();
  }

  /**
   * Polls a condition on the page for up to 30 s (selenium-support's WebDriverWait, without the
   * dependency).
   */
  private record Wait(WebDriver browser) {
    void until(java.util.function.Function<WebDriver, Boolean> condition)
        throws InterruptedException {
      long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      RuntimeException last = null;
      while (System.nanoTime() < end) {
        try {
          if (Boolean.TRUE.equals(condition.apply(browser))) {
            return;
          }
        } catch (org.openqa.selenium.WebDriverException e) {
          last = e; // not there yet, or redrawn meanwhile
        }
        Thread.sleep(100);
      }
      throw new AssertionError(
          "timed out; status: "
              + browser.findElements(By.id("status")).stream().map(WebElement::getText).toList(),
          last);
    }
  }

  private static JsonNode item(JsonNode submission, String id) {
    for (JsonNode i : submission.get("items")) {
      if ((i.get("question").asText()
              + "/"
              + i.get("part").asText()
              + "/"
              + i.path("quantity").asText()
              + "@"
              + i.path("step").asInt())
          .equals(id)) {
        return i;
      }
    }
    throw new AssertionError("no item " + id);
  }

  private static void screenshot(WebDriver browser, String name) throws java.io.IOException {
    Path to = Path.of("target", "screenshots", name);
    Files.createDirectories(to.getParent());
    Files.write(
        to, ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }
}
