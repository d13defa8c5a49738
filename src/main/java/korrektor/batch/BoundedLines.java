package korrektor.batch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Lines of a child's standard output, each at most a given size (a longer one is an error, not a
 * heap full of it).
 */
final class BoundedLines {
  private final InputStream in;
  private final long maxBytes;

  /** Bytes read but not yet returned as a line: {@code buffer[start..end)}. */
  private final byte[] buffer = new byte[1 << 16];

  private int start;
  private int end;

  BoundedLines(InputStream in, long maxBytes) {
    this.in = in;
    this.maxBytes = maxBytes;
  }

  /** The next line without its {@code \n}, or null at the end of the output. */
  byte[] next() throws IOException {
    ByteArrayOutputStream longLine = null;
    while (true) {
      for (int i = start; i < end; i++) {
        if (buffer[i] == '\n') {
          byte[] line;
          if (longLine == null) {
            line = Arrays.copyOfRange(buffer, start, i);
          } else {
            longLine.write(buffer, start, i - start);
            line = longLine.toByteArray();
          }
          start = i + 1;
          return line;
        }
      }
      if (longLine == null && end > start) {
        longLine = new ByteArrayOutputStream(Math.max(8192, 2 * (end - start)));
      }
      if (longLine != null) {
        longLine.write(buffer, start, end - start);
        if (longLine.size() > maxBytes) {
          throw new IOException("the child's answer exceeded " + (maxBytes >> 20) + " MB");
        }
      }
      start = 0;
      end = in.read(buffer, 0, buffer.length);
      if (end < 0) {
        end = 0;
        return null;
      }
    }
  }

  /** The next line that is an answer (a JSON object), skipping stray messages; null at the end. */
  byte[] nextAnswer() throws IOException {
    byte[] line;
    do {
      line = next();
    } while (line != null && !ChildJvm.isAnswer(line));
    return line;
  }
}
