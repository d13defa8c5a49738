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
 * {@code <Full Name>_<N>_assignfeedback_file/<file>}. Deterministic: entries sorted, fixed times.
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
   * @param content the file's text (UTF-8)
   */
  public record Entry(String fullName, int participant, String fileName, String content) {
    /** The entry's path in the zip. */
    public String path() {
      return folderName(fullName, participant) + "/" + cleanFile(fileName);
    }
  }

  /** {@code <Full Name>_<N>_assignfeedback_file}; the name loses every {@code _} and path character. */
  public static String folderName(String fullName, int participant) {
    String name = fullName.replaceAll("[_/\\\\:*?\"<>|\\p{Cntrl}]", " ").replaceAll("\\s+", " ").strip();
    return (name.isEmpty() ? "Participant" : name) + "_" + participant + "_assignfeedback_file";
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
        z.write(e.content().getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
      }
    }
  }
}
