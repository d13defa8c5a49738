package korrektor.web;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import korrektor.batch.IsolatedReader;
import korrektor.document.ReadLimits;

/**
 * Load benchmark of the self-check server, not a test: N students upload at the same moment; prints
 * throughput and latency percentiles. Run it with {@code bench/serve.sh [N] [FILE]
 * [URL|isolated|in-process]}; without a URL it starts a local server with the defaults of {@code
 * korrektor serve} (isolated reading), or with {@code in-process} reading as {@code korrektor serve
 * --no-isolation}.
 */
public final class ServeBench {
  private ServeBench() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 50;
    Path file = Path.of(args.length > 1 ? args[1] : "samples/sheet09/271003_Lena_Wagner.csv");
    byte[] content = Files.readAllBytes(file);
    StringWriter log = new StringWriter();
    SelfCheckServer server = null;
    URI base;
    String target = args.length > 2 ? args[2] : "isolated";
    if (target.startsWith("http")) {
      base = URI.create(target);
    } else {
      // "isolated" (the default, as korrektor serve) or "in-process" (as korrektor serve
      // --no-isolation)
      server =
          SelfCheckServer.start(
              new SelfCheck(
                  WebFixtures.sheet09(),
                  target.equals("in-process")
                      ? WebFixtures.inProcess()
                      : new IsolatedReader(ReadLimits.DEFAULT, IsolatedReader.Options.DEFAULT)),
              ServerOptions.DEFAULT.withPort(0),
              new PrintWriter(log, true));
      base = server.uri();
    }
    HttpClient client = WebFixtures.client();
    try {
      // one upload first, so class loading and the JIT do not count against the first students
      WebFixtures.upload(client, base, file.getFileName().toString(), content);
      ExecutorService students = Executors.newFixedThreadPool(n);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<long[]>> answers = new ArrayList<>();
      for (int k = 0; k < n; k++) {
        answers.add(
            students.submit(
                () -> {
                  go.await();
                  long t0 = System.nanoTime();
                  HttpResponse<String> r =
                      WebFixtures.upload(client, base, file.getFileName().toString(), content);
                  return new long[] {System.nanoTime() - t0, r.statusCode()};
                }));
      }
      long start = System.nanoTime();
      go.countDown();
      List<Long> latencies = new ArrayList<>();
      int errors = 0;
      for (Future<long[]> f : answers) {
        long[] r = f.get();
        latencies.add(r[0]);
        errors += r[1] == 200 ? 0 : 1;
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      students.shutdown();
      Collections.sort(latencies);
      System.out.printf(
          Locale.ROOT,
          "%d concurrent uploads of %s (%d bytes) to %s, %d cores%n",
          n,
          file.getFileName(),
          content.length,
          base,
          Runtime.getRuntime().availableProcessors());
      System.out.printf(Locale.ROOT, "errors: %d of %d%n", errors, n);
      System.out.printf(
          Locale.ROOT, "wall: %.2f s, throughput: %.2f uploads/s%n", seconds, n / seconds);
      System.out.printf(
          Locale.ROOT,
          "latency: p50 %.0f ms, p95 %.0f ms, max %.0f ms%n",
          ms(latencies, 0.50),
          ms(latencies, 0.95),
          latencies.get(latencies.size() - 1) / 1e6);
      if (errors > 0) {
        System.exit(1);
      }
    } finally {
      if (server != null) {
        server.close();
      }
    }
  }

  /** The nearest-rank percentile, in milliseconds. */
  private static double ms(List<Long> sorted, double p) {
    int rank = (int) Math.ceil(p * sorted.size());
    return sorted.get(Math.max(0, rank - 1)) / 1e6;
  }
}
