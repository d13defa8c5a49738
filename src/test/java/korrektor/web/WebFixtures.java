package korrektor.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import korrektor.batch.BatchGrader;
import korrektor.document.ReadLimits;
import korrektor.document.read.DocumentReaders;
import korrektor.rubric.Reveal;
import korrektor.rubric.Rubric;
import korrektor.rubric.RubricReader;

/**
 * Helpers for the web tests: the sheet09 rubric, servers on a free loopback port, multipart
 * uploads.
 */
final class WebFixtures {
  private WebFixtures() {}

  static final Path SAMPLES = Path.of("samples", "sheet09");

  static Rubric sheet09() {
    return RubricReader.check(Path.of("rubrics", "sheet09.yaml")).rubricOrNull();
  }

  static Rubric withReveal(Rubric r, Reveal reveal) {
    return r.withReveal(reveal);
  }

  /** Reads in the test's process: fast, for tests where the reading method does not matter. */
  static BatchGrader.FileReader inProcess() {
    return (file, name) -> DocumentReaders.standard().read(file, name, ReadLimits.DEFAULT);
  }

  /** A started server on a free loopback port; its log goes to {@code log}. */
  static SelfCheckServer serve(
      Rubric rubric, BatchGrader.FileReader reader, ServerOptions options, StringWriter log)
      throws Exception {
    return SelfCheckServer.start(
        new SelfCheck(rubric, reader),
        options.withHost("127.0.0.1").withPort(0),
        new PrintWriter(log, true));
  }

  static HttpClient client() {
    return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  }

  /** POSTs {@code content} as the form's file field, named {@code fileName}. */
  static HttpResponse<String> upload(HttpClient client, URI base, String fileName, byte[] content)
      throws IOException, InterruptedException {
    String boundary = "----korrektor" + UUID.randomUUID();
    List<byte[]> parts = new ArrayList<>();
    parts.add(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    parts.add(content);
    parts.add(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve("/check"))
            .timeout(Duration.ofSeconds(120))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArrays(parts))
            .build();
    return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static HttpResponse<String> upload(HttpClient client, URI base, Path file)
      throws IOException, InterruptedException {
    return upload(client, base, file.getFileName().toString(), Files.readAllBytes(file));
  }

  /**
   * The folder is empty within a few seconds (uploads are deleted right after the answer is sent).
   */
  static void assertEmptySoon(Path folder) throws IOException, InterruptedException {
    for (int k = 0; k < 50; k++) {
      try (var files = Files.list(folder)) {
        if (files.findAny().isEmpty()) {
          return;
        }
      }
      Thread.sleep(100);
    }
    org.assertj.core.api.Assertions.assertThat(folder).isEmptyDirectory();
  }

  static HttpResponse<String> get(HttpClient client, URI uri)
      throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
