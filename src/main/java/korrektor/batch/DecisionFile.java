package korrektor.batch;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import korrektor.submission.Overrides;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The decisions {@code korrektor review} writes into overrides.csv. The file keeps the tutor's own
 * rows byte for byte; the page's rows follow a marker line, and only that block is rewritten. A
 * later row wins in {@link Overrides}, so a decision made on the page settles an item a
 * hand-written row also names. Every change replaces the whole file atomically (a temporary file,
 * then a rename): a process killed while writing leaves the file as it was before the decision.
 */
public final class DecisionFile {
  /** The line after which the page's rows follow (a comment for {@link Overrides}). */
  public static final String MARKER =
      "# decided in korrektor review; it rewrites the rows below this line, rows above"
          + " it are kept as written";

  /** A decision: the overrides.csv row, points as written (empty for an integrity policy). */
  public record Decision(String student, String item, String points, String comment) {
    public String key() {
      return student + "\u0000" + item;
    }
  }

  private final Path file;
  private String handWritten;
  private final Map<String, Decision> decisions;

  private DecisionFile(Path file, String handWritten, Map<String, Decision> decisions) {
    this.file = file;
    this.handWritten = handWritten;
    this.decisions = decisions;
  }

  /**
   * Reads the file (a missing one starts with overrides.csv's header); rows below the marker are
   * the page's.
   */
  public static DecisionFile open(Path file) throws IOException {
    String text =
        Files.exists(file)
            ? Files.readString(file, StandardCharsets.UTF_8)
            : Overrides.HEADER + "\n";
    int at = text.indexOf(MARKER);
    String mine = "";
    if (at >= 0) {
      mine = text.substring(at + MARKER.length());
      text = text.substring(0, at);
    } else if (!text.isEmpty() && !text.endsWith("\n")) {
      text += "\n";
    }
    if (text.isBlank()) {
      text = Overrides.HEADER + "\n"; // the marker is a comment: the header must come before it
    }
    Map<String, Decision> decisions = new LinkedHashMap<>();
    char delimiter = delimiter(text);
    for (CSVRecord r :
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(delimiter)
            .setIgnoreEmptyLines(true)
            .get()
            .parse(new java.io.StringReader(mine))) {
      if (r.size() >= 3) {
        Decision d =
            new Decision(
                r.get(0).strip(), r.get(1).strip(), r.get(2).strip(), r.size() > 3 ? r.get(3) : "");
        decisions.put(d.key(), d);
      }
    }
    return new DecisionFile(file, text, decisions);
  }

  public Path file() {
    return file;
  }

  /** The page's decision for a student's item, or null. */
  public synchronized Decision get(String student, String item) {
    return decisions.get(new Decision(student, item, "", "").key());
  }

  /**
   * Sets (a decision) or clears (null) the page's rows for the given keys and writes the file.
   *
   * @param changes key ({@link Decision#key()}) → decision, or null to remove the page's row
   */
  public synchronized void apply(Map<String, Decision> changes) throws IOException {
    // the tutor may have edited the file meanwhile: start from what it holds now
    DecisionFile now = open(file);
    handWritten = now.handWritten;
    Map<String, Decision> next = new LinkedHashMap<>(now.decisions);
    changes.forEach(
        (k, d) -> {
          next.remove(k); // a changed decision moves to the end: the newest row is the last
          if (d != null) {
            next.put(k, d);
          }
        });
    String text = render(handWritten, next.values());
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    AtomicFiles.writeBytes(
        file,
        o -> {
          int half = bytes.length / 2;
          o.write(bytes, 0, half);
          o.flush();
          pauseForTests();
          o.write(bytes, half, bytes.length - half);
        });
    decisions.clear();
    decisions.putAll(next);
  }

  /**
   * The delimiter {@link Overrides} reads the file with: {@code ;} when the header has it and no
   * comma.
   */
  static char delimiter(String text) {
    String first = text.lines().findFirst().orElse("");
    return first.contains(";") && !first.contains(",") ? ';' : ',';
  }

  /** The file's text: the tutor's rows as they were, the marker, the page's rows. */
  static String render(String handWritten, Iterable<Decision> rows) throws IOException {
    StringWriter w = new StringWriter();
    List<Decision> list = new ArrayList<>();
    rows.forEach(list::add);
    if (!list.isEmpty()) {
      w.write(MARKER);
      w.write('\n');
      try (CSVPrinter p =
          new CSVPrinter(
              w,
              CSVFormat.DEFAULT
                  .builder()
                  .setDelimiter(delimiter(handWritten))
                  .setRecordSeparator('\n')
                  .get())) {
        for (Decision d : list) {
          p.printRecord(d.student(), d.item(), d.points(), d.comment());
        }
      }
    }
    return handWritten + w;
  }

  /**
   * A pause halfway through writing, for the test that kills the server in the middle of a decision
   * ({@code -Dkorrektor.review.writePauseMillis=…}); none otherwise.
   */
  private static void pauseForTests() {
    long ms = Long.getLong("korrektor.review.writePauseMillis", 0);
    if (ms > 0) {
      try {
        Thread.sleep(ms);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
