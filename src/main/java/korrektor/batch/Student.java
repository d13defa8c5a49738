package korrektor.batch;

import java.util.Objects;

/** A student as named by a submission's file or folder: {@code 271001_Anna_Becker.xlsx}. */
public record Student(String id, String name) {
  public Student {
    Objects.requireNonNull(id);
    Objects.requireNonNull(name);
  }
}
