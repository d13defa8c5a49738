package korrektor.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The hostile students of issue 18, made by code from a seed (no bomb is checked in): long lines,
 * huge tables, text built to stress the readers, deep nesting, huge dimensions, name tricks, links,
 * pipes, formulas in names. Each is one student folder or file in the given folder; {@link Case}
 * says what each must get.
 */
final class HostileInputs {
  /**
   * A text no output may ever contain: it stands in a file outside the folder that a link points
   * to.
   */
  static final String SECRET = "SECRET-7f3c-do-not-leak";

  /**
   * One hostile student.
   *
   * @param id the student's id
   * @param kind what it tries, for the table in docs/formats.md
   * @param expectError true: status error or needs-review with a reason; false: graded like the
   *     sample it copies
   */
  record Case(String id, String kind, boolean expectError) {}

  private HostileInputs() {}

  /**
   * Writes every case into {@code dir} (and the link's target into {@code outside}); returns them.
   */
  static List<Case> write(Path dir, Path outside, long seed) throws Exception {
    Random random = new Random(seed);
    List<Case> cases = new ArrayList<>();
    Path sample = Path.of("samples/sheet09/271003_Lena_Wagner.csv");

    oneLineCsv(dir.resolve("290101_Long_Line.csv"), 49L << 20, random);
    cases.add(new Case("290101", "CSV that is one 49 MB line", true));
    markdownTable(dir.resolve("290102_Huge_Table.md"), 10L << 20, random);
    cases.add(new Case("290102", "Markdown table of 10 MB", true));
    repeated(dir.resolve("290103_Regex_Stress.txt"), "h(1) = 0,5 s_t=(", 6L << 20);
    cases.add(new Case("290103", "text built to stress the readers' patterns (6 MB)", true));
    repeated(dir.resolve("290104_Long_Cells.csv"), "\"" + "9".repeat(5000) + "\";", 20L << 20);
    cases.add(new Case("290104", "CSV of 20 MB with 5,000-digit cells", true));
    HostileFixtures.nestedNotebook(dir.resolve("290105_Deep_Nesting.ipynb"), 200_000);
    cases.add(new Case("290105", "notebook nested 200,000 levels deep", true));
    hugeOds(dir.resolve("290106_Huge_Dimensions.ods"));
    cases.add(new Case("290106", "ODS declaring 1,048,576 × 16,384 cells", true));

    Path secret =
        Files.writeString(outside.resolve("secret.txt"), "h(1) = 0.2610 " + SECRET + "\n");
    Files.createSymbolicLink(dir.resolve("290107_Symbolic_Link.csv"), secret);
    cases.add(new Case("290107", "symbolic link to a file outside the folder", true));
    Files.createDirectories(dir.resolve("290108_Link_Inside"));
    Files.createSymbolicLink(dir.resolve("290108_Link_Inside/answers.csv"), secret);
    cases.add(new Case("290108", "folder with a link to a file outside", true));
    mkfifo(dir.resolve("290109_Named_Pipe.csv"));
    cases.add(new Case("290109", "named pipe (FIFO)", true));

    copyInto(sample, dir.resolve("290110_=HYPERLINK(\"http-x\")_Formula"));
    cases.add(new Case("290110", "name starting a formula (=HYPERLINK)", false));
    copyInto(sample, dir.resolve("290111_New\nLine"));
    cases.add(new Case("290111", "newline in the folder name", false));
    copyInto(sample, dir.resolve("290112_" + "Long".repeat(60)));
    cases.add(new Case("290112", "folder name of 247 bytes", false));
    copyInto(sample, dir.resolve("290113_<img src=x onerror=alert(1)>"));
    cases.add(new Case("290113", "HTML in the name", false));
    Path deep = dir.resolve("290114_Deep_Folders/a/b/c/d/e/f/g/h/i/j/k");
    copyInto(sample, deep);
    cases.add(new Case("290114", "file 11 folders down", false));
    Files.copy(sample, dir.resolve("271001_Mallory_Evil.csv"));
    cases.add(new Case("271001", "an existing id with another name", false));
    Files.copy(sample, dir.resolve("290115_+1+1_Plus.csv"));
    cases.add(new Case("290115", "name starting a formula (+1+1)", false));
    return cases;
  }

  private static void copyInto(Path sample, Path folder) throws IOException {
    Files.createDirectories(folder);
    Files.copy(sample, folder.resolve(sample.getFileName()));
  }

  static void oneLineCsv(Path file, long bytes, Random random) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      long written = 0;
      while (written < bytes) {
        String v = String.format(Locale.ROOT, "%.4f,", random.nextDouble());
        w.write(v);
        written += v.length();
      }
      w.write('\n');
    }
  }

  static void markdownTable(Path file, long bytes, Random random) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("| t | h | s | y |\n|---|---|---|---|\n");
      long written = 0;
      for (int row = 1; written < bytes; row++) {
        String line =
            String.format(
                Locale.ROOT,
                "| %d | %.4f | %.4f | %.4f |%n",
                row,
                random.nextDouble(),
                random.nextDouble(),
                random.nextDouble());
        w.write(line);
        written += line.length();
      }
    }
  }

  static void repeated(Path file, String unit, long bytes) throws IOException {
    byte[] block =
        unit.repeat((int) Math.max(1, (1 << 20) / unit.length())).getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = Files.newOutputStream(file)) {
      for (long written = 0; written < bytes; written += block.length) {
        out.write(block);
      }
    }
  }

  static void hugeOds(Path file) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      zip.putNextEntry(new ZipEntry("mimetype"));
      zip.write("application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("content.xml"));
      zip.write(
          ("<?xml version=\"1.0\"?><office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:"
                  + "office:1.0\" xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" xmlns:text=\"urn:oasis:names:"
                  + "tc:opendocument:xmlns:text:1.0\"><office:body><office:spreadsheet><table:table table:name=\"S\">"
                  + "<table:table-row table:number-rows-repeated=\"1048576\"><table:table-cell table:number-columns-repeated="
                  + "\"16384\" office:value-type=\"float\" office:value=\"0.3907\"><text:p>0.3907</text:p></table:table-cell>"
                  + "</table:table-row></table:table></office:spreadsheet></office:body></office:document-content>")
              .getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
  }

  static void mkfifo(Path file) throws Exception {
    Process p = new ProcessBuilder("mkfifo", file.toString()).start();
    if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IOException("mkfifo failed for " + file);
    }
  }
}
