package korrektor.lms;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds Moodle-shaped fixtures in code: submission zips (entries as Moodle names them, plus
 * hostile ones), CSV submissions and grading worksheets. Nothing here comes from a real course;
 * names and numbers are invented, the shapes follow docs/moodle.md.
 */
public final class MoodleFixtures {
  /** A sheet-9 answer table (decimal comma, {@code ;}) that is correct for Q17's values. */
  public static final String GOOD_CSV =
      """
      Zeitschritt;g;f;q;s~;s;h;Ausgabe
      1;0,5769;0,5436;0,6177;0,7324;0,4225;0,2610;0,5757
      2;0,5428;0,5507;0,6173;0,7371;0,6328;0,3907;0,7218
      3;0,5481;0,5725;0,6450;0,7400;0,7679;0,4953;0,8140
      """;

  /** The same table with another h at t=2. */
  public static final String CONFLICTING_CSV = GOOD_CSV.replace("0,3907", "0,9100");

  private MoodleFixtures() {}

  /** Writes a zip with the given entries (name → content), in the map's order. */
  public static Path zip(Path file, Map<String, byte[]> entries) throws IOException {
    try (ZipOutputStream z =
        new ZipOutputStream(Files.newOutputStream(file), StandardCharsets.UTF_8)) {
      for (var e : entries.entrySet()) {
        z.putNextEntry(new ZipEntry(e.getKey()));
        z.write(e.getValue());
        z.closeEntry();
      }
    }
    return file;
  }

  public static byte[] text(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Marks an entry as a Unix symbolic link (made-by Unix, mode 0120777) in the zip's central
   * directory.
   */
  public static void markSymlink(Path zip, String entry) throws IOException {
    byte[] bytes = Files.readAllBytes(zip);
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    byte[] name = entry.getBytes(StandardCharsets.UTF_8);
    for (int p = 0; p + 46 < bytes.length; p++) {
      if (b.getInt(p) != 0x02014b50) {
        continue;
      }
      int len = b.getShort(p + 28) & 0xffff;
      if (len == name.length
          && java.util.Arrays.equals(bytes, p + 46, p + 46 + len, name, 0, len)) {
        bytes[p + 5] = 3;
        b.putInt(p + 38, 0120777 << 16);
        Files.write(zip, bytes);
        return;
      }
    }
    throw new IllegalArgumentException("no entry " + entry);
  }

  /** Zeros: compresses by about a thousand to one. */
  public static byte[] zeros(int n) {
    return new byte[n];
  }

  /** A zip's entry names, in order. */
  public static java.util.List<String> names(byte[] zip) throws IOException {
    java.util.List<String> out = new java.util.ArrayList<>();
    try (var in =
        new java.util.zip.ZipInputStream(
            new java.io.ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        out.add(e.getName());
      }
    }
    return out;
  }

  /** An English worksheet as Moodle writes it: BOM, commas, quotes where needed. */
  public static String englishWorksheet(String... rows) {
    return "\uFEFFIdentifier,\"Full name\",\"Email address\",Status,Grade,\"Maximum Grade\",\"Grade can be changed\","
        + "\"Last modified (submission)\",\"Last modified (grade)\",\"Feedback comments\"\n"
        + String.join("\n", rows)
        + "\n";
  }

  /** A row of {@link #englishWorksheet}. */
  public static String englishRow(
      int participant,
      String name,
      String grade,
      String canChange,
      String modified,
      String comment) {
    return "\"Participant "
        + participant
        + "\",\""
        + name
        + "\",x"
        + participant
        + "@example.org,Submitted,\""
        + grade
        + "\",20.00,"
        + canChange
        + ",\"Friday, 3 May 2024, 2:05 PM\",\""
        + modified
        + "\",\""
        + comment
        + "\"";
  }
}
