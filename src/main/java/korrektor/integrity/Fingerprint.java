package korrektor.integrity;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import korrektor.result.Student;

/**
 * What of one submission can be compared with others: its files' hashes, the values it gives (as
 * written, with their verdicts), its free-text answers, and its files' metadata.
 *
 * @param student who handed it in
 * @param files each file's name and SHA-256
 * @param values the values found for graded items, in rubric order
 * @param texts free-text answers, normalised
 * @param metadata file metadata by key ({@code author}, {@code creator}, …), values normalised;
 *     several files' values joined
 * @param partners names the sheet declares as partners ("worked with …")
 */
public record Fingerprint(
    Student student,
    List<FileHash> files,
    List<Value> values,
    List<TextAnswer> texts,
    Map<String, String> metadata,
    List<String> partners) {

  public Fingerprint {
    Objects.requireNonNull(student, "student");
    files = List.copyOf(files);
    values = List.copyOf(values);
    texts = List.copyOf(texts);
    metadata = Map.copyOf(metadata);
    partners = List.copyOf(partners);
  }

  /** A file and the hex SHA-256 of its bytes. */
  public record FileHash(String name, String sha256) {}

  /**
   * One value a student gave.
   *
   * @param item the item id ({@code 17/forward/h@2})
   * @param text as written ({@code 0,3907})
   * @param value the number
   * @param verdict the grader's verdict id ({@code correct}, {@code wrong}, …)
   * @param explained whether a model explains the value (correct, an accepted convention, a named
   *     mistake): such values are reached independently by many, so sharing them says little
   * @param decimals digits written after the decimal separator
   * @param truncated the value is the expected one cut off rather than rounded (a habit)
   */
  public record Value(
      String item,
      String text,
      double value,
      String verdict,
      boolean explained,
      int decimals,
      boolean truncated) {}

  /** A free-text answer, lower case, words only. */
  public record TextAnswer(String item, String text) {}
}
