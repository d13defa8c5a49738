package korrektor.lms;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import korrektor.result.MoodleId;

/**
 * Reads the names Moodle gives the entries of a "Download all submissions" zip (see
 * docs/moodle.md): {@code <Full Name>_<N>_assignsubmission_file/} (Moodle ≥ 4.1), {@code
 * …_assignsubmission_file_/} (3.1–4.0), {@code …_assignsubmission_onlinetext/}, flat files {@code
 * …_assignsubmission_file_<filename>}, blind marking {@code Participant_<N>_…} and team submissions
 * {@code <group name>_<groupid>_…}.
 */
public final class MoodleSubmissions {
  private static final String MARKER = "assignsubmission";

  private MoodleSubmissions() {}

  /**
   * One top-level entry of the zip, by name.
   *
   * @param id whose entry it is
   * @param plugin the submission plugin: {@code file}, {@code onlinetext}, …
   * @param file the file name after the plugin for flat entries ("in folders" off), else empty
   */
  public record Entry(MoodleId id, String plugin, String file) {}

  /** Parses a top-level file or folder name; empty when it is not a Moodle submission name. */
  public static Optional<Entry> parse(String topLevelName) {
    String[] tokens = topLevelName.split("_", -1);
    for (int k = 1; k + 1 < tokens.length; k++) {
      if (!tokens[k].equals(MARKER) || tokens[k + 1].isEmpty()) {
        continue;
      }
      List<String> prefix = new ArrayList<>(Arrays.asList(tokens).subList(0, k));
      Integer number = null;
      String last = prefix.get(prefix.size() - 1);
      if (prefix.size() >= 2 && last.matches("\\d{1,9}")) {
        number = Integer.valueOf(last);
        prefix.remove(prefix.size() - 1);
      }
      String label = String.join(" ", prefix).strip();
      if (label.isEmpty()) {
        return Optional.empty();
      }
      String file =
          String.join(
              "_", Arrays.asList(tokens).subList(Math.min(k + 2, tokens.length), tokens.length));
      return Optional.of(new Entry(new MoodleId(label, number), tokens[k + 1], file));
    }
    return Optional.empty();
  }
}
