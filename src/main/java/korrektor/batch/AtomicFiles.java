package korrektor.batch;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes files so that a reader sees the old content or the new, never half of it: a temp file,
 * then a rename.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** Something that writes text. */
  @FunctionalInterface
  public interface TextWriter {
    void write(Writer out) throws IOException;
  }

  public static void write(Path target, TextWriter content) throws IOException {
    // the content may close its writer (a CSVPrinter does): close it here too, once
    writeBytes(
        target,
        out -> {
          try (Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            content.write(w);
          }
        });
  }

  /** Something that writes bytes. */
  @FunctionalInterface
  public interface ByteWriter {
    void write(java.io.OutputStream out) throws IOException;
  }

  /** Writes bytes the same way: a temp file in the target's folder, then a rename. */
  public static void writeBytes(Path target, ByteWriter content) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    // a short temporary name: one made from a long target name could pass the 255 bytes a name may
    // have
    Path tmp = Files.createTempFile(dir, ".korrektor-", ".tmp");
    try {
      try (java.io.OutputStream o = new java.io.BufferedOutputStream(Files.newOutputStream(tmp))) {
        content.write(o);
      }
      try {
        Files.move(
            tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  public static void writeString(Path target, String text) throws IOException {
    write(target, w -> w.write(text));
  }
}
