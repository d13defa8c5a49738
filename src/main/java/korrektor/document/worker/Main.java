package korrektor.document.worker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import korrektor.document.Document;
import korrektor.document.ReadLimits;
import korrektor.document.read.DocumentReaders;

/**
 * Reads student files in a process of its own and writes each {@link Document} as JSON on standard
 * output, so that a hostile file can exhaust only this process's heap and time.
 *
 * <p>One file: {@code FILE DISPLAY_NAME MAX_FILE_BYTES MAX_PAGES MAX_CELLS MAX_LINES}; exit code 0
 * with a document (readable or not) on stdout. Serving: {@code --serve} reads one request per line
 * on stdin ({@code {"file":…,"name":…,"maxFileBytes":…,"maxPages":…,"maxCells":…,"maxLines":…}})
 * and answers each with one line of JSON, until stdin closes. Exit code 2 for bad arguments; the
 * JVM's own code when it dies (3 with {@code -XX:+ExitOnOutOfMemoryError}); 6 when the serving
 * process's parent ended first.
 */
public final class Main {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Main() {}

  public static void main(String[] args) throws Exception {
    // Libraries that print go to stderr; stdout carries only the JSON.
    OutputStream stdout = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out));
    System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
    if (args.length == 1 && args[0].equals("--serve")) {
      ParentWatch.endWithParent();
      serve(stdout);
      System.exit(0);
    }
    if (args.length != 6) {
      System.err.println(
          "usage: FILE DISPLAY_NAME MAX_FILE_BYTES MAX_PAGES MAX_CELLS MAX_LINES | --serve");
      System.exit(2);
    }
    ReadLimits limits =
        new ReadLimits(
            Long.parseLong(args[2]),
            Integer.parseInt(args[3]),
            Integer.parseInt(args[4]),
            Integer.parseInt(args[5]));
    Document document = DocumentReaders.standard().read(Path.of(args[0]), args[1], limits);
    DocumentJson.write(document, stdout);
    stdout.flush();
    System.exit(0);
  }

  private static void serve(OutputStream stdout) throws Exception {
    DocumentReaders readers = DocumentReaders.standard();
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode r = JSON.readTree(line);
      ReadLimits limits =
          new ReadLimits(
              r.get("maxFileBytes").asLong(),
              r.get("maxPages").asInt(),
              r.get("maxCells").asInt(),
              r.get("maxLines").asInt());
      Document document =
          readers.read(Path.of(r.get("file").asText()), r.get("name").asText(), limits);
      stdout.write(DocumentJson.toJson(document).getBytes(StandardCharsets.UTF_8));
      stdout.write('\n');
      stdout.flush();
    }
  }
}
