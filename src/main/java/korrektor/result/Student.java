package korrektor.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * A student as named by a submission's file or folder: {@code 271001_Anna_Becker.xlsx}, or a Moodle
 * download's {@code Anna Becker_1234567_assignsubmission_file/}.
 *
 * @param id the student's id in Korrektor's outputs (for Moodle the participant number)
 * @param name the name
 * @param moodle the Moodle prefix the submission came with, or null for plain folders
 */
public record Student(
    String id, String name, @JsonInclude(JsonInclude.Include.NON_NULL) MoodleId moodle) {
  public Student {
    Objects.requireNonNull(id);
    Objects.requireNonNull(name);
  }

  public Student(String id, String name) {
    this(id, name, null);
  }

  /** The student of a Moodle submission. */
  public static Student of(MoodleId moodle) {
    return new Student(moodle.key(), moodle.displayName(), moodle);
  }
}
