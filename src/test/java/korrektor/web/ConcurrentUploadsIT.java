package korrektor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import korrektor.batch.IsolatedReader;
import korrektor.document.ReadLimits;
import org.junit.jupiter.api.Test;

/**
 * Fifty students upload at the same moment, with the server's defaults (isolated reading, one check
 * per core, the rest queued): every upload gets its report, none an error. Functional, not timed;
 * the figures come from {@code bench/serve.sh}.
 */
class ConcurrentUploadsIT {
  @Test
  void fiftyConcurrentUploadsAllGetTheirReport() throws Exception {
    List<Path> samples =
        List.of(
            WebFixtures.SAMPLES.resolve("271003_Lena_Wagner.csv"),
            WebFixtures.SAMPLES.resolve("271004_Maximilian_Koch.csv"),
            WebFixtures.SAMPLES.resolve("271008_Paul_Wolf.xlsx"),
            WebFixtures.SAMPLES.resolve("271009_Hannah_Schroeder.csv"),
            WebFixtures.SAMPLES.resolve("271001_Anna_Becker.xlsx"));
    StringWriter log = new StringWriter();
    HttpClient client = WebFixtures.client();
    ExecutorService students = Executors.newFixedThreadPool(50);
    try (SelfCheckServer s =
        WebFixtures.serve(
            WebFixtures.sheet09(),
            new IsolatedReader(ReadLimits.DEFAULT, IsolatedReader.Options.DEFAULT),
            // a CI machine busy with other builds must not turn queueing into timeouts: this test
            // is about errors, not speed
            ServerOptions.DEFAULT.withRequestTimeout(java.time.Duration.ofMinutes(5)),
            log)) {
      List<Future<HttpResponse<String>>> answers = new ArrayList<>();
      for (int k = 0; k < 50; k++) {
        Path sample = samples.get(k % samples.size());
        byte[] content = Files.readAllBytes(sample);
        Callable<HttpResponse<String>> upload =
            () -> WebFixtures.upload(client, s.uri(), sample.getFileName().toString(), content);
        answers.add(students.submit(upload));
      }
      for (int k = 0; k < answers.size(); k++) {
        HttpResponse<String> page = answers.get(k).get(5, TimeUnit.MINUTES);
        String name = samples.get(k % samples.size()).getFileName().toString();

        assertThat(page.statusCode()).as("upload " + k + "\n" + log).isEqualTo(200);
        assertThat(page.body())
            .contains("<span id=\"file-name\">" + name + "</span>")
            .contains("class=\"outcome look-again\"");
      }
      WebFixtures.assertEmptySoon(s.uploadsFolder());
    } finally {
      students.shutdownNow();
    }
  }
}
