package korrektor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A student's visit in a real browser: headless Debian Chromium, driven through Selenium by
 * Debian's chromedriver (both given by path, so Selenium Manager never downloads anything), uploads
 * a sample to a server on a free loopback port and reads the rendered feedback. {@code .ci/run}
 * installs chromium and chromium-driver; without them locally the test is skipped.
 */
@Tag("browser")
class SelfCheckBrowserIT {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  /** Selenium's logger, kept so its level sticks: no warning about the CDP version on every run. */
  private static final java.util.logging.Logger SELENIUM =
      java.util.logging.Logger.getLogger("org.openqa.selenium");

  @TempDir Path profile;

  @Test
  void uploadsASampleAndShowsItsFeedback() throws Exception {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    // in CI (.ci/run installs both) a missing browser is a failure, not a reason to skip
    assertThat(installed || !"true".equals(System.getenv("CI")))
        .as(
            "CI=true but /usr/bin/chromium or /usr/bin/chromedriver is missing; .ci/run should have installed them")
        .isTrue();
    assumeTrue(
        installed,
        "browser test skipped: /usr/bin/chromium or /usr/bin/chromedriver is missing; install Debian's chromium and "
            + "chromium-driver (apt-get install -y chromium chromium-driver), as .ci/run does");
    SELENIUM.setLevel(java.util.logging.Level.SEVERE);
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
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
        "--user-data-dir=" + profile.toAbsolutePath());
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    Path sample = WebFixtures.SAMPLES.resolve("271003_Lena_Wagner.csv").toAbsolutePath();
    StringWriter log = new StringWriter();
    WebDriver browser = null;
    try (SelfCheckServer server =
        WebFixtures.serve(
            WebFixtures.sheet09(), WebFixtures.inProcess(), ServerOptions.DEFAULT, log)) {
      browser = new ChromeDriver(service, options);
      browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(60));
      browser.get(server.uri().toString());
      assertThat(browser.getTitle()).isEqualTo("Self-check: Deep Learning, exercise sheet 9");

      browser.findElement(By.id("file")).sendKeys(sample.toString());
      browser.findElement(By.id("submit")).click();
      // the report page has an #outcome, the form does not: wait for it
      browser.findElement(By.id("outcome"));

      assertThat(browser.getTitle()).isEqualTo("Self-check: 271003_Lena_Wagner.csv");
      assertThat(browser.findElement(By.id("file-name")).getText())
          .isEqualTo("271003_Lena_Wagner.csv");
      assertThat(browser.findElement(By.id("outcome")).getAttribute("class"))
          .contains("look-again");
      assertThat(browser.findElement(By.id("q17")).getText())
          .isEqualTo("Question 17: LSTM feed-forward — look again");
      assertThat(browser.findElement(By.cssSelector("#q17 + p.counts")).getText())
          .isEqualTo("21 of 21 values found, 21 fine.");
      WebElement h2 = browser.findElement(By.cssSelector("tr[data-item='forward/h at t=2']"));
      List<String> cells =
          h2.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
      assertThat(cells)
          .containsExactly("h at t=2", "0,3907", "271003_Lena_Wagner.csv!G3", "fine", "");
      // the 21 values, and the answer to "is the output at t=1 the same as at t=3?"
      assertThat(browser.findElements(By.cssSelector("tr.item.fine"))).hasSize(22);
      assertThat(
              browser
                  .findElement(
                      By.cssSelector(
                          "tr[data-item='plot/Plot of the results for each step'] td:last-child"))
                  .getText())
          .startsWith("No plot found");
      assertThat(browser.getPageSource()).doesNotContain("<th>expected</th>", "0.390654", "0,3906");
      // the form is there again for the next try
      assertThat(browser.findElements(By.id("upload"))).hasSize(1);
    } finally {
      if (browser != null) {
        browser.quit();
      }
      service.stop();
    }
  }
}
