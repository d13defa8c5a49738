package korrektor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import korrektor.batch.IsolatedReader;
import korrektor.document.ReadLimits;
import korrektor.rubric.Rubric;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} under attack, with its defaults (every upload read and graded in a grading process
 * of its own): 50 students upload normal files at the same moment while 20 connections trickle a
 * byte every two seconds, 5 send more than the upload limit and 2 upload a 9.9 MB one-line CSV.
 * Every normal upload gets its report; the trickles are cut off; the oversized ones get 413; the
 * memory of the server and its processes stays bounded. Prints p50/p95/max and the peak RSS
 * (docs/selfcheck.md has the figures).
 */
class HostileServeIT {
  @TempDir Path dir;

  @Test
  void normalUploadsAreAnsweredWhileHostileOnesAreCutOff() throws Exception {
    Rubric rubric = WebFixtures.sheet09();
    String text = Files.readString(Path.of("rubrics/sheet09.yaml"));
    Path bigCsv = dir.resolve("290201_Long_Line.csv");
    try (var w = Files.newBufferedWriter(bigCsv)) {
      Random random = new Random(18);
      for (long n = 0; n < 9_900_000; ) {
        String v = String.format(Locale.ROOT, "%.4f,", random.nextDouble());
        w.write(v);
        n += v.length();
      }
    }
    StringWriter log = new StringWriter();
    ServerOptions options =
        ServerOptions.DEFAULT
            .withHost("127.0.0.1")
            .withPort(0)
            .withUploadTimeout(Duration.ofSeconds(30))
            .withMinUploadRate(4096);
    SelfCheck check =
        SelfCheck.isolated(
            rubric,
            text,
            "rubrics/sheet09.yaml",
            ReadLimits.DEFAULT,
            IsolatedReader.Options.DEFAULT,
            options.maxConcurrent());
    ExecutorService clients = Executors.newCachedThreadPool();
    AtomicLong peakKb = new AtomicLong();
    AtomicBoolean sampling = new AtomicBoolean(true);
    Path uploads;
    try (SelfCheckServer server =
        SelfCheckServer.start(check, options, new PrintWriter(log, true))) {
      uploads = server.uploadsFolder();
      URI uri = server.uri();
      clients.submit(
          () -> {
            while (sampling.get()) {
              long sum = rssKb(ProcessHandle.current().pid());
              for (ProcessHandle d : ProcessHandle.current().descendants().toList()) {
                sum += rssKb(d.pid());
              }
              peakKb.accumulateAndGet(sum, Math::max);
              Thread.sleep(200);
            }
            return null;
          });
      List<Future<String>> slow = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        slow.add(clients.submit(() -> trickle(uri, 5000, 2000)));
      }
      List<Future<String>> oversized = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        oversized.add(clients.submit(() -> flood(uri, 12L << 20)));
      }
      HttpClient client = WebFixtures.client();
      List<Path> samples =
          List.of(
              WebFixtures.SAMPLES.resolve("271003_Lena_Wagner.csv"),
              WebFixtures.SAMPLES.resolve("271004_Maximilian_Koch.csv"),
              WebFixtures.SAMPLES.resolve("271008_Paul_Wolf.xlsx"),
              WebFixtures.SAMPLES.resolve("271006_Felix_Richter.pdf"),
              WebFixtures.SAMPLES.resolve("271001_Anna_Becker.xlsx"));
      List<Long> millis = Collections.synchronizedList(new ArrayList<>());
      List<Future<HttpResponse<String>>> normal = new ArrayList<>();
      for (int k = 0; k < 50; k++) {
        Path sample = samples.get(k % samples.size());
        byte[] content = Files.readAllBytes(sample);
        normal.add(
            clients.submit(
                () -> {
                  long start = System.nanoTime();
                  HttpResponse<String> r =
                      WebFixtures.upload(client, uri, sample.getFileName().toString(), content);
                  millis.add((System.nanoTime() - start) / 1_000_000);
                  return r;
                }));
      }
      List<Future<HttpResponse<String>>> big = new ArrayList<>();
      for (int k = 0; k < 2; k++) {
        byte[] content = Files.readAllBytes(bigCsv);
        big.add(
            clients.submit(
                () -> WebFixtures.upload(client, uri, bigCsv.getFileName().toString(), content)));
      }

      for (Future<HttpResponse<String>> f : normal) {
        HttpResponse<String> page = f.get(5, TimeUnit.MINUTES);
        assertThat(page.statusCode()).as(log.toString()).isEqualTo(200);
        assertThat(page.body()).contains("class=\"outcome");
      }
      for (Future<HttpResponse<String>> f : big) {
        HttpResponse<String> page = f.get(5, TimeUnit.MINUTES);
        assertThat(page.statusCode()).as(log.toString()).isIn(200, 503);
        assertThat(page.body()).doesNotContain("Exception").doesNotContain("org.apache");
      }
      for (Future<String> f : slow) {
        assertThat(f.get(2, TimeUnit.MINUTES))
            .as("a trickling upload")
            .matches("(408|closed) after \\d+ ms");
        assertThat(Long.parseLong(f.get().replaceAll(".* after (\\d+) ms", "$1")))
            .isLessThan(45_000);
      }
      for (Future<String> f : oversized) {
        assertThat(f.get(2, TimeUnit.MINUTES)).as("an oversized upload").startsWith("413");
      }
      sampling.set(false);
      List<Long> sorted = millis.stream().sorted().toList();
      System.out.printf(
          Locale.ROOT,
          "serve under attack: 50 normal uploads, p50 %.2f s, p95 %.2f s, max %.2f s;"
              + " peak RSS of server and grading processes %d MB%n",
          sorted.get(24) / 1000.0,
          sorted.get(47) / 1000.0,
          sorted.get(49) / 1000.0,
          peakKb.get() / 1024);
      System.out.println("trickles: " + slow.stream().map(HostileServeIT::get).toList());
      System.out.println("oversized: " + oversized.stream().map(HostileServeIT::get).toList());
      // the server's JVM (the test's, -Xmx1500m) and two grading processes of 512 MB each at most
      assertThat(peakKb.get()).isLessThan(4L << 20);
    } finally {
      sampling.set(false);
      clients.shutdownNow();
      check.close();
    }
    assertThat(uploads).doesNotExist();
  }

  private static String get(Future<String> f) {
    try {
      return f.get();
    } catch (Exception e) {
      return String.valueOf(e);
    }
  }

  /**
   * Sends a multipart header announcing {@code length} bytes, then one byte every {@code everyMs};
   * how it ended.
   */
  static String trickle(URI uri, int length, long everyMs) throws Exception {
    long start = System.nanoTime();
    try (Socket s = new Socket(uri.getHost(), uri.getPort())) {
      s.setSoTimeout(500);
      OutputStream out = s.getOutputStream();
      out.write(
          ("POST /check HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: "
                  + length
                  + "\r\n\r\n--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = s.getInputStream();
      for (int i = 0; i < length; i++) {
        try {
          int b = in.read();
          if (b < 0) {
            return "closed after " + (System.nanoTime() - start) / 1_000_000 + " ms";
          }
          byte[] rest = in.readNBytes(11);
          String status = (char) b + new String(rest, StandardCharsets.US_ASCII);
          return status.substring(9, 12)
              + " after "
              + (System.nanoTime() - start) / 1_000_000
              + " ms";
        } catch (java.net.SocketTimeoutException e) {
          // nothing yet
        }
        Thread.sleep(Math.max(0, everyMs - 500));
        try {
          out.write('x');
          out.flush();
        } catch (java.io.IOException e) {
          return "closed after " + (System.nanoTime() - start) / 1_000_000 + " ms";
        }
        if (System.nanoTime() - start > TimeUnit.SECONDS.toNanos(90)) {
          return "still open after 90 s";
        }
      }
      return "sent everything";
    } catch (java.io.IOException e) {
      return "closed after " + (System.nanoTime() - start) / 1_000_000 + " ms";
    }
  }

  /**
   * Announces and sends {@code length} bytes as fast as possible; the status line the server
   * answered with.
   */
  static String flood(URI uri, long length) throws Exception {
    try (Socket s = new Socket(uri.getHost(), uri.getPort())) {
      s.setSoTimeout(60_000);
      OutputStream out = s.getOutputStream();
      out.write(
          ("POST /check HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: "
                  + length
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      byte[] block = new byte[64 << 10];
      try {
        for (long sent = 0; sent < length; sent += block.length) {
          out.write(block);
        }
      } catch (java.io.IOException e) {
        // the server answered and closed early: read its answer
      }
      byte[] status = s.getInputStream().readNBytes(12);
      return new String(status, StandardCharsets.US_ASCII).substring(9);
    }
  }

  private static long rssKb(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("\\D", ""));
        }
      }
    } catch (java.io.IOException | RuntimeException e) {
      // ended meanwhile
    }
    return 0;
  }
}
