package korrektor.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubmissionGeneratorTest {
  private static final double[][] REFERENCE = {
    {0.576885, 0.543639, 0.617748, 0.732433, 0.422530, 0.261017, 0.575685},
    {0.542819, 0.550652, 0.617348, 0.737129, 0.632794, 0.390654, 0.721772},
    {0.548052, 0.572534, 0.645015, 0.740019, 0.767865, 0.495284, 0.814031}
  };

  @TempDir Path dir;

  @Test
  void writesTheSameMixForTheSameSeed() throws Exception {
    List<Path> a = new SubmissionGenerator(REFERENCE, 7).write(dir.resolve("a"), 30);
    List<Path> b = new SubmissionGenerator(REFERENCE, 7).write(dir.resolve("b"), 30);

    assertThat(a)
        .extracting(p -> p.getFileName().toString())
        .isEqualTo(b.stream().map(p -> p.getFileName().toString()).toList());
    assertThat(a)
        .extracting(p -> p.getFileName().toString())
        .anyMatch(n -> n.endsWith(".csv"))
        .anyMatch(n -> n.endsWith(".xlsx"))
        .anyMatch(n -> n.endsWith(".pdf"));
    for (int i = 0; i < a.size(); i++) {
      if (a.get(i).toString().endsWith(".csv")) {
        assertThat(Files.readAllBytes(a.get(i))).isEqualTo(Files.readAllBytes(b.get(i)));
      }
    }
  }
}
