package korrektor.batch;

import java.nio.file.Path;
import java.util.List;

/** One student's files. */
public record Submission(Student student, List<Path> files) {
  public Submission {
    files = List.copyOf(files);
  }
}
