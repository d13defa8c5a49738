package korrektor.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OverridesTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"NaN", "Infinity", "-Infinity", "0x1p3", "1d", "abc"})
  void refusesPointsThatAreNoPlainNumber(String points) throws Exception {
    Path f =
        Files.writeString(
            dir.resolve("overrides.csv"),
            Overrides.HEADER + "\n271001,17/forward/h@2," + points + ",x\n");

    Overrides o = Overrides.read(f);

    assertThat(o.problems())
        .singleElement()
        .asString()
        .contains("'" + points + "' is not a number")
        .contains("write e.g. 0.5");
  }
}
