package korrektor.batch;

import java.nio.file.Path;
import java.util.List;
import korrektor.result.Student;

/**
 * One student's files.
 *
 * @param student whose files
 * @param files the files to read
 * @param refused entries of a downloaded zip that were not unpacked, each with the reason; a
 *     student with any gets status error
 */
public record Submission(Student student, List<Path> files, List<String> refused) {
  public Submission {
    files = List.copyOf(files);
    refused = List.copyOf(refused);
  }

  public Submission(Student student, List<Path> files) {
    this(student, files, List.of());
  }
}
