package korrektor.document;

import java.nio.file.Path;

/**
 * Reads one file format into a {@link Document}. Implementations live in one subpackage per format
 * and are the only code that touches that format's library.
 *
 * <p>A reader never throws for a bad student file: an unreadable, encrypted, truncated or hostile
 * file comes back as {@link Document#unreadable} with a message that says what is wrong and what
 * the student can hand in instead. Exceptions are left for bugs.
 */
public interface DocumentReader {

  /** The formats this reader handles. */
  java.util.Set<Format> formats();

  /**
   * Reads the file.
   *
   * @param file the file to read
   * @param displayName the name to use in locations (usually the file name as handed in)
   * @param limits bounds on size and work, so one file cannot exhaust the process
   */
  Document read(Path file, String displayName, ReadLimits limits);
}
