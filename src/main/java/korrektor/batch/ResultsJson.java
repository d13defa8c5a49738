package korrektor.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import korrektor.result.BatchResult;

/** Writes {@code results.json} (schema in docs/results.md): pretty-printed, deterministic. */
public final class ResultsJson {
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  private ResultsJson() {}

  public static void write(Path file, BatchResult result) throws IOException {
    AtomicFiles.write(
        file,
        w -> {
          MAPPER.writeValue(new NonClosing(w), result);
          w.write('\n');
        });
  }

  public static String toJson(Object value) throws IOException {
    return MAPPER.writeValueAsString(value);
  }

  public static BatchResult read(Path file) throws IOException {
    return MAPPER.readValue(file.toFile(), BatchResult.class);
  }

  private static final class NonClosing extends java.io.FilterWriter {
    NonClosing(java.io.Writer w) {
      super(w);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
