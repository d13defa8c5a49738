package korrektor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import korrektor.batch.BatchGrader;
import korrektor.batch.IsolatedReader;
import korrektor.document.Document;
import korrektor.document.Format;
import korrektor.document.ReadLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SelfCheckServerIT {
  private final StringWriter log = new StringWriter();
  private final HttpClient client = WebFixtures.client();

  @TempDir Path dir;

  @Test
  void servesTheUploadFormWithoutServerDetails() throws Exception {
    try (SelfCheckServer s =
        WebFixtures.serve(
            WebFixtures.sheet09(), WebFixtures.inProcess(), ServerOptions.DEFAULT, log)) {
      HttpResponse<String> page = WebFixtures.get(client, s.uri());

      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body())
          .contains(
              "<form id=\"upload\" method=\"post\" action=\"/check\" enctype=\"multipart/form-data\">",
              "Deep Learning, exercise sheet 9");
      assertThat(page.headers().firstValue("Server")).isEmpty();
      assertThat(page.headers().firstValue("Content-Security-Policy"))
          .hasValueSatisfying(v -> assertThat(v).contains("default-src 'none'"));
    }
  }

  @Test
  void reportsAnUploadedSampleInStudentMode() throws Exception {
    try (SelfCheckServer s =
        WebFixtures.serve(
            WebFixtures.sheet09(), WebFixtures.inProcess(), ServerOptions.DEFAULT, log)) {
      HttpResponse<String> page =
          WebFixtures.upload(client, s.uri(), WebFixtures.SAMPLES.resolve("271008_Paul_Wolf.xlsx"));

      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body())
          .contains(
              "<span id=\"file-name\">271008_Paul_Wolf.xlsx</span> (expected values are not shown)")
          .contains("21 of 21 values found, 19 fine.")
          .contains("Cell state at t=2: 0.6523 is not right.")
          .doesNotContain("<th>expected</th>", "The expected value is");
      WebFixtures.assertEmptySoon(s.uploadsFolder());
    }
  }

  @Test
  void neverServesTheRubricNorNamesAPathOfTheServer() throws Exception {
    try (SelfCheckServer s =
        WebFixtures.serve(
            WebFixtures.sheet09(), WebFixtures.inProcess(), ServerOptions.DEFAULT, log)) {
      List<HttpResponse<String>> pages = new java.util.ArrayList<>();
      for (String path :
          new String[] {
            "/rubric",
            "/rubrics/sheet09.yaml",
            "/../rubrics/sheet09.yaml",
            "/%2e%2e/pom.xml",
            "/WEB-INF/",
            "/check/../rubrics/sheet09.yaml",
            "/%2F%2E%2E%2Fpom.xml"
          }) {
        pages.add(WebFixtures.get(client, java.net.URI.create(s.uri() + path.substring(1))));
      }
      pages.add(WebFixtures.upload(client, s.uri(), "../../etc/passwd", "root:x:0:0".getBytes()));
      pages.add(
          WebFixtures.upload(
              client,
              s.uri(),
              "C:\\Users\\anna\\271001_Anna_Becker.csv",
              "t;h\n1;0,5\n".getBytes()));
      pages.add(
          WebFixtures.upload(
              client, s.uri(), "noise.xlsx", new byte[] {0x50, 0x4b, 3, 4, 0, 0, 1, 2, 3}));

      String cwd = Path.of("").toAbsolutePath().toString();
      for (HttpResponse<String> p : pages) {
        assertThat(p.body())
            .as(p.uri().toString())
            .doesNotContain(
                cwd,
                s.uploadsFolder().toString(),
                System.getProperty("java.io.tmpdir") + "/",
                "sheet09.yaml",
                "abs: 0.0002",
                "tanh-candidate",
                "Exception",
                "at org.",
                "at korrektor.")
            .contains("</html>");
        assertThat(p.statusCode()).as(p.uri().toString()).isIn(200, 400, 404);
      }
      assertThat(pages.get(0).statusCode()).isEqualTo(404);
      assertThat(pages.get(8).body())
          .contains("<span id=\"file-name\">271001_Anna_Becker.csv</span>");
    }
  }

  @Test
  void refusesAFileAboveTheLimitWithAFriendlyPage() throws Exception {
    try (SelfCheckServer s =
        WebFixtures.serve(
            WebFixtures.sheet09(),
            WebFixtures.inProcess(),
            ServerOptions.DEFAULT.withMaxUploadBytes(64 << 10),
            log)) {
      HttpResponse<String> page =
          WebFixtures.upload(client, s.uri(), "271001_Anna_Becker.csv", new byte[200 << 10]);

      assertThat(page.statusCode()).isEqualTo(413);
      assertThat(page.body()).contains("File too large", "Hand in a smaller file");
      WebFixtures.assertEmptySoon(s.uploadsFolder());
    }
  }

  @Test
  void asksForAFileWhenTheFormIsSentWithoutOne() throws Exception {
    try (SelfCheckServer s =
        WebFixtures.serve(
            WebFixtures.sheet09(), WebFixtures.inProcess(), ServerOptions.DEFAULT, log)) {
      HttpResponse<String> page = WebFixtures.upload(client, s.uri(), "", new byte[0]);

      assertThat(page.statusCode()).isEqualTo(400);
      assertThat(page.body()).contains("Choose a file first");
    }
  }

  @Test
  void aHostileFileEndsInAReadableMessageWithinTheFileTimeout() throws Exception {
    Path bomb = dir.resolve("271001_Anna_Becker.xlsx");
    try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(bomb))) {
      zip.setLevel(9);
      zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes());
      zip.putNextEntry(new java.util.zip.ZipEntry("xl/worksheets/sheet1.xml"));
      byte[] zeros = new byte[1 << 20];
      for (int k = 0; k < 200; k++) {
        zip.write(zeros);
      }
    }
    BatchGrader.FileReader isolated =
        new IsolatedReader(
            ReadLimits.DEFAULT, new IsolatedReader.Options(Duration.ofSeconds(20), 64));
    try (SelfCheckServer s =
        WebFixtures.serve(WebFixtures.sheet09(), isolated, ServerOptions.DEFAULT, log)) {
      HttpResponse<String> page = WebFixtures.upload(client, s.uri(), bomb);

      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("class=\"outcome unreadable\"", "271001_Anna_Becker.xlsx");
    }
  }

  @Test
  void saysBusyWhenEverySlotAndTheQueueAreTaken() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch reading = new CountDownLatch(1);
    BatchGrader.FileReader slow =
        (file, name) -> {
          reading.countDown();
          try {
            release.await(30, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return Document.unreadable(name, Format.UNKNOWN, "stopped");
        };
    try (SelfCheckServer s =
        WebFixtures.serve(
            WebFixtures.sheet09(),
            slow,
            ServerOptions.DEFAULT.withMaxConcurrent(1).withMaxQueued(0),
            log)) {
      CompletableFuture<HttpResponse<String>> first =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return WebFixtures.upload(client, s.uri(), "a.csv", "t;h\n".getBytes());
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              });
      assertThat(reading.await(20, TimeUnit.SECONDS)).isTrue();

      HttpResponse<String> second =
          WebFixtures.upload(client, s.uri(), "b.csv", "t;h\n".getBytes());
      release.countDown();

      assertThat(second.statusCode()).isEqualTo(503);
      assertThat(second.body()).contains("Please try again in a minute");
      assertThat(first.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void givesUpOnARequestAfterTheRequestTimeout() throws Exception {
    BatchGrader.FileReader stuck =
        (file, name) -> {
          try {
            Thread.sleep(30_000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return Document.unreadable(name, Format.UNKNOWN, "stopped");
        };
    try (SelfCheckServer s =
        WebFixtures.serve(
            WebFixtures.sheet09(),
            stuck,
            ServerOptions.DEFAULT.withRequestTimeout(Duration.ofSeconds(1)),
            log)) {
      long t0 = System.nanoTime();
      HttpResponse<String> page = WebFixtures.upload(client, s.uri(), "a.csv", "t;h\n".getBytes());

      assertThat(page.statusCode()).isEqualTo(503);
      assertThat(page.body()).contains("took too long");
      assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(10));
      WebFixtures.assertEmptySoon(s.uploadsFolder());
    }
  }

  @Test
  void keepsNothingUnlessAStoreIsConfigured() throws Exception {
    Path store = dir.resolve("kept");
    Path sample = WebFixtures.SAMPLES.resolve("271003_Lena_Wagner.csv");
    try (SelfCheckServer s =
        WebFixtures.serve(
            WebFixtures.sheet09(), WebFixtures.inProcess(), ServerOptions.DEFAULT, log)) {
      WebFixtures.upload(client, s.uri(), sample);
      WebFixtures.assertEmptySoon(s.uploadsFolder());
    }
    try (SelfCheckServer s =
        WebFixtures.serve(
            WebFixtures.sheet09(),
            WebFixtures.inProcess(),
            ServerOptions.DEFAULT.withStore(store),
            log)) {
      WebFixtures.upload(client, s.uri(), sample);
    }
    try (Stream<Path> kept = Files.list(store)) {
      assertThat(kept.map(p -> p.getFileName().toString()))
          .anyMatch(n -> n.endsWith("_271003_Lena_Wagner.csv"))
          .anyMatch(n -> n.endsWith(".json"));
    }
  }

  @Test
  void answersOtherMethodsWithAFriendlyPage() throws Exception {
    try (SelfCheckServer s =
        WebFixtures.serve(
            WebFixtures.sheet09(), WebFixtures.inProcess(), ServerOptions.DEFAULT, log)) {
      HttpResponse<String> page =
          client.send(
              java.net.http.HttpRequest.newBuilder(s.uri())
                  .method("TRACE", java.net.http.HttpRequest.BodyPublishers.noBody())
                  .build(),
              HttpResponse.BodyHandlers.ofString());

      assertThat(page.statusCode()).isIn(400, 405);
      assertThat(page.body()).doesNotContain("Exception");
    }
  }
}
