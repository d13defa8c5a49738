package korrektor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The review server answers only with its token and only with the output folder's files and the
 * page's own API: anything else is 403 (no token, another site's Host) or 404 (other paths,
 * escapes, hidden files, links out of the folder). What students wrote reaches the page escaped.
 */
class ReviewServerSecurityTest {
  @TempDir static Path dir;
  private static ReviewFixtures.Running review;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    Path in = ReviewFixtures.submissions(dir);
    // a student's cell that is markup: it must reach the page as text
    Path anna = in.resolve("Anna Becker_101_assignsubmission_file/b.csv");
    Files.writeString(
        anna, Files.readString(anna).replace("Ausgabe", "Ausgabe;<img src=x onerror=alert(1)>"));
    Path out = dir.resolve("out");
    ReviewFixtures.grade(in, out);
    Files.writeString(dir.resolve("secret.txt"), "not for the page");
    Files.createSymbolicLink(out.resolve("feedback/link.html"), dir.resolve("secret.txt"));
    review = new ReviewFixtures.Running(out);
  }

  @AfterAll
  static void stop() throws Exception {
    review.close();
  }

  private static int status(String path) throws Exception {
    return get(path).statusCode();
  }

  private static HttpResponse<String> get(String path) throws Exception {
    URI base = URI.create(review.uri());
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + base.getPort() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String token() {
    return URI.create(review.uri()).getPath();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "/index.html", "/api/queue", "/out/grades.csv", "/favicon.ico"})
  void refusesEveryPathWithoutTheToken(String path) throws Exception {
    assertThat(status(path)).isEqualTo(403);
  }

  @Test
  void refusesAWrongOrShortenedToken() throws Exception {
    String t = token();
    assertThat(status(t.substring(0, t.length() - 2) + "/")).isEqualTo(403);
    assertThat(status(t.substring(0, t.length() - 1))).isEqualTo(403);
    assertThat(status("/" + "0".repeat(48) + "/api/queue")).isEqualTo(403);
  }

  @Test
  void servesThePageItsApiAndTheOutputFolder() throws Exception {
    HttpResponse<String> page = get(token());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Security-Policy"))
        .get()
        .asString()
        .contains("default-src 'none'");
    assertThat(page.headers().firstValue("Referrer-Policy")).contains("no-referrer");
    assertThat(get(token() + "api/queue").body()).contains("\"item\":\"17/forward/h@2\"");
    assertThat(status(token() + "out/grades.csv")).isEqualTo(200);
    assertThat(status(token() + "out/report.html")).isEqualTo(200);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "out/.korrektor-grade-args",
        "out/feedback",
        "out/feedback/link.html",
        "out/%2e%2e/secret.txt",
        "out/..%2Fsecret.txt",
        "out/feedback/%2e%2e/%2e%2e/secret.txt",
        "out/",
        "out/nothing.csv",
        "etc/passwd",
        "api/nothing",
        "api/evidence?student=101&item=..%2F..%2Fsecret.txt",
        "api/evidence?student=..&item=17/forward/h@2"
      })
  void answersNotFoundOutsideTheFolderAndTheApi(String path) throws Exception {
    assertThat(status(token() + path)).as(path).isEqualTo(404);
  }

  @Test
  void answersNotFoundForDotDotSentAsIs() throws Exception {
    assertThat(
            raw(
                token() + "out/../../secret.txt",
                "127.0.0.1:" + URI.create(review.uri()).getPort()))
        .startsWith("HTTP/1.1 404");
    assertThat(
            raw(token() + "../" + "secret.txt", "127.0.0.1:" + URI.create(review.uri()).getPort()))
        .startsWith("HTTP/1.1 4");
  }

  @Test
  void refusesAnotherSitesHostEvenWithTheToken() throws Exception {
    assertThat(raw(token() + "api/queue", "evil.example:" + URI.create(review.uri()).getPort()))
        .startsWith("HTTP/1.1 403");
  }

  @Test
  void escapesWhatTheStudentWroteInTheEvidence() throws Exception {
    HttpResponse<String> r = get(token() + "api/evidence?student=101&item=17/forward/h@2");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body())
        .contains("&lt;img src=x onerror=alert(1)&gt;")
        .doesNotContain("<img src=x");
  }

  @Test
  void refusesADecisionOutsideTheItemsPoints() throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(review.uri() + "api/decide"))
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"keys\":[{\"student\":\"101\",\"item\":\"17/forward/h@2\"}],"
                            + "\"points\":\"3\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("more than the item's 0.5");
  }

  /** A request with the path and Host exactly as given (HttpClient normalises both). */
  private static String raw(String path, String host) throws IOException {
    try (Socket s = new Socket("127.0.0.1", URI.create(review.uri()).getPort())) {
      OutputStream o = s.getOutputStream();
      o.write(
          ("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      o.flush();
      InputStream in = s.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
