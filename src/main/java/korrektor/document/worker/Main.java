package korrektor.document.worker;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import korrektor.document.Document;
import korrektor.document.DocumentReaders;
import korrektor.document.ReadLimits;

/**
 * Reads one student file in a process of its own and writes the {@link Document} as JSON on
 * standard output, so that a hostile file can exhaust only this process's heap and time.
 *
 * <p>Arguments: {@code FILE DISPLAY_NAME MAX_FILE_BYTES MAX_PAGES MAX_CELLS MAX_LINES}. Exit code
 * 0 with a document (readable or not) on stdout; 2 for bad arguments; the JVM's own code when it
 * dies (3 with {@code -XX:+ExitOnOutOfMemoryError}).
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 6) {
      System.err.println("usage: FILE DISPLAY_NAME MAX_FILE_BYTES MAX_PAGES MAX_CELLS MAX_LINES");
      System.exit(2);
    }
    // Libraries that print go to stderr; stdout carries only the JSON.
    OutputStream stdout = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out));
    System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
    ReadLimits limits = new ReadLimits(Long.parseLong(args[2]), Integer.parseInt(args[3]),
        Integer.parseInt(args[4]), Integer.parseInt(args[5]));
    Document document = DocumentReaders.standard().read(Path.of(args[0]), args[1], limits);
    DocumentJson.write(document, stdout);
    stdout.flush();
    System.exit(0);
  }
}
