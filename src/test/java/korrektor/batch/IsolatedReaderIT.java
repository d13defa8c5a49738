package korrektor.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import korrektor.document.Document;
import korrektor.document.ReadLimits;
import korrektor.document.read.DocumentReaders;
import korrektor.document.worker.DocumentJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class IsolatedReaderIT {
  private static final Path PDF = Path.of("samples/sheet09/271006_Felix_Richter.pdf");
  private static final Path XLSX = Path.of("samples/sheet09/271001_Anna_Becker.xlsx");

  @AfterEach
  void clearWorkerOptions() {
    System.clearProperty("korrektor.worker.jvm");
  }

  @Test
  void readsTheSameDocumentAsInProcessReadingFileAfterFile() throws Exception {
    try (IsolatedReader reader =
        new IsolatedReader(ReadLimits.DEFAULT, IsolatedReader.Options.DEFAULT)) {
      for (int i = 0; i < 3; i++) {
        for (Path f : new Path[] {PDF, XLSX}) {
          Document inWorker = reader.read(f, f.getFileName().toString());
          Document here =
              DocumentReaders.standard().read(f, f.getFileName().toString(), ReadLimits.DEFAULT);
          assertThat(inWorker.isReadable()).as(f.toString()).isTrue();
          assertThat(DocumentJson.toJson(inWorker)).isEqualTo(DocumentJson.toJson(here));
        }
      }
    }
  }

  @Test
  void ignoresMessagesTheWorkerJvmPrintsOnItsStandardOutput() {
    // -Xlog:gc prints "[0.004s][info][gc] Using Serial" on stdout when the worker starts, as a
    // stale class-data sharing archive or a JVM warning would: the answer line must still be found
    System.setProperty("korrektor.worker.jvm", "-Xlog:gc:stdout");
    try (IsolatedReader reader =
        new IsolatedReader(
            ReadLimits.DEFAULT, new IsolatedReader.Options(Duration.ofSeconds(30), 128))) {
      Document d = reader.read(PDF, PDF.getFileName().toString());
      assertThat(d.isReadable()).as(String.valueOf(d.problems())).isTrue();
      assertThat(d.lines()).isNotEmpty();
    }
  }
}
