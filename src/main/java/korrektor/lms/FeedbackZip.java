package korrektor.lms;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the zip for Moodle's "Upload multiple feedback files in a zip": one folder per student,
 * {@code <Full Name>_<N>_assignfeedback_file_/<file>}. The trailing underscore makes the folder
 * split into five {@code _} parts, which the importer of Moodle 3.x and 4.0 requires ({@code
 * explode('_', $part, 5)} with {@code count($info) < 5} skipped) and 4.1+ accepts (it needs four
 * and takes an empty fifth). Deterministic: entries sorted, fixed times.
 */
public final class FeedbackZip {
  private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

  private FeedbackZip() {}

  /**
   * One student's feedback file.
   *
   * @param fullName the name as in the worksheet (or {@code Participant} with blind marking)
   * @param participant the participant number
   * @param fileName the file's name in Moodle
   * @param bytes the file's content
   */
  public record Entry(String fullName, int participant, String fileName, byte[] bytes) {
    /** A text file (UTF-8). */
    public Entry(String fullName, int participant, String fileName, String content) {
      this(fullName, participant, fileName, content.getBytes(StandardCharsets.UTF_8));
    }

    /** The content as text (UTF-8). */
    public String content() {
      return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The entry's path in the zip. */
    public String path() {
      return folderName(fullName, participant) + "/" + cleanFile(fileName);
    }
  }

  /**
   * {@code <Full Name>_<N>_assignfeedback_file_}; the name loses every {@code _} and path
   * character.
   */
  public static String folderName(String fullName, int participant) {
    String name =
        fullName.replaceAll("[_/\\\\:*?\"<>|\\p{Cntrl}]", " ").replaceAll("\\s+", " ").strip();
    return (name.isEmpty() ? "Participant" : name) + "_" + participant + "_assignfeedback_file_";
  }

  private static String cleanFile(String name) {
    String n = name.replaceAll("[/\\\\:*?\"<>|\\p{Cntrl}]", "-").strip();
    return n.startsWith(".") || n.startsWith("~") ? "feedback-" + n.substring(1) : n;
  }

  public static void write(OutputStream out, List<Entry> entries) throws IOException {
    try (ZipOutputStream z = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
      for (Entry e : entries.stream().sorted(Comparator.comparing(Entry::path)).toList()) {
        ZipEntry ze = new ZipEntry(e.path());
        ze.setTimeLocal(FIXED_TIME);
        z.putNextEntry(ze);
        z.write(e.bytes());
        z.closeEntry();
      }
    }
  }
}
