package korrektor.batch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import korrektor.document.ReadLimits;
import korrektor.integrity.Fingerprint;
import korrektor.result.Student;
import korrektor.result.SubmissionResult;

/**
 * What {@link SupervisedGrader} and {@link GradingChild} say to each other, one JSON object per
 * line: the child's {@link Setup} first, then {@link Job}s; the child answers each job twice with
 * an {@link Answer}: {@code started} when a thread begins it (so that the supervisor can time it)
 * and {@code done} with the graded submission. Paths cross as the strings the supervisor has, so
 * that the child (same working folder) names files exactly as the supervisor would.
 */
final class GradingProtocol {
  static final ObjectMapper JSON =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNestingDepth(50)
                          .maxStringLength(50_000_000)
                          .build())
                  // results are full of doubles: Jackson's fast (exact, round-trip safe) number
                  // codecs
                  .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
                  .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
                  .build())
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
          .configure(MapperFeature.AUTO_DETECT_IS_GETTERS, false)
          .build();

  private GradingProtocol() {}

  /**
   * The child's first line.
   *
   * @param rubric the rubric's YAML, exactly as the supervisor read it
   * @param source the rubric's name in messages
   * @param threads grading threads
   * @param limits reading limits
   * @param reveal the reveal policy to grade with instead of the rubric's (the self-check's student
   *     mode), or null
   * @param language the language of student-facing text instead of the rubric's ({@code --lang}),
   *     or null
   */
  record Setup(
      String rubric,
      String source,
      int threads,
      ReadLimits limits,
      korrektor.rubric.Reveal reveal,
      String language) {
    Setup(String rubric, String source, int threads, ReadLimits limits) {
      this(rubric, source, threads, limits, null, null);
    }

    Setup(
        String rubric,
        String source,
        int threads,
        ReadLimits limits,
        korrektor.rubric.Reveal reveal) {
      this(rubric, source, threads, limits, reveal, null);
    }
  }

  /**
   * A submission to grade; {@code id} is the supervisor's.
   *
   * @param unreadable files not to open, each with the message it is graded with instead (a file
   *     that stalled or exhausted a process of its own before), or null
   * @param plain grade the files only, without the sheet checks (a self-check of a file not named
   *     after a student)
   */
  record Job(
      long id,
      String root,
      Student student,
      List<String> files,
      List<String> refused,
      java.util.Map<String, String> unreadable,
      boolean plain) {
    static Job of(long id, Path root, Submission s) {
      return of(id, root, s, java.util.Map.of(), false);
    }

    static Job of(
        long id, Path root, Submission s, java.util.Map<String, String> unreadable, boolean plain) {
      return new Job(
          id,
          root.toString(),
          s.student(),
          s.files().stream().map(Path::toString).toList(),
          s.refused(),
          unreadable,
          plain);
    }

    Submission submission() {
      return new Submission(student, files.stream().map(Path::of).toList(), refused);
    }
  }

  /**
   * One of the child's answers: {@code started} (a job began), {@code done} (with its result) or
   * {@code error} (setup failed).
   */
  record Answer(
      Long started, Long done, SubmissionResult result, Fingerprint fingerprint, String error) {
    static Answer started(long id) {
      return new Answer(id, null, null, null, null);
    }

    static Answer done(long id, BatchGrader.Graded g) {
      return new Answer(null, id, g.result(), g.fingerprint(), null);
    }

    static Answer error(String message) {
      return new Answer(null, null, null, null, message);
    }
  }

  static String line(Object value) throws IOException {
    return JSON.writeValueAsString(value);
  }

  /** The same as UTF-8 bytes, without a String in between. */
  static byte[] bytes(Object value) throws IOException {
    return JSON.writeValueAsBytes(value);
  }

  static <T> T parse(byte[] line, Class<T> type) throws IOException {
    return JSON.readValue(line, type);
  }
}
