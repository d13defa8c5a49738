package korrektor.grade;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Keeps tutor-only text out of what students read. A submission's messages are written for both
 * (results.json and report.html show them to the tutor in full); before a message reaches a student
 * — feedback files, Moodle comments, the self-check page — its tutor-only parts are cut: rubric
 * policy keys ({@code (rubric policies.missingName: flag)}), instructions naming the tutor's files
 * ({@code add '…' to overrides.csv}), and a message that is only such an instruction is dropped.
 * {@link #MARKERS} is the list a test scans every student-facing output for.
 */
public final class StudentText {
  /** Text that must never reach a student. */
  public static final List<String> MARKERS =
      List.of(
          "policies.",
          "overrides.csv",
          "review.csv",
          "results.json",
          "report.html",
          "integrity.csv",
          "integrity.html",
          "Tutor view",
          "rubric policies",
          "integrity:");

  /** A parenthesis naming a rubric policy key: {@code (rubric policies.missingName: flag)}. */
  private static final Pattern POLICY = Pattern.compile("\\s*\\((?:rubric )?policies\\.[^()]*\\)");

  /** A sentence or clause that talks about the tutor's files. */
  private static final Pattern TUTOR_CLAUSE =
      Pattern.compile(
          "(?:[.;]\\s*|,\\s*)?(?:If this is wrong, )?[^.;]*(?:overrides\\.csv|review\\.csv|results\\.json|report\\.html"
              + "|integrity\\.(?:csv|html)|integrity:)[^.;]*[.;]?");

  private StudentText() {}

  /** The message as a student may read it, or empty when nothing of it is meant for students. */
  public static Optional<String> of(String message) {
    if (message == null) {
      return Optional.empty();
    }
    String s = POLICY.matcher(message).replaceAll("");
    String before;
    do {
      before = s;
      s =
          TUTOR_CLAUSE
              .matcher(s)
              .replaceFirst(m -> m.group().startsWith(";") || m.group().startsWith(".") ? "." : "");
    } while (!s.equals(before));
    s =
        s.replaceAll("\\s+([.;,])", "$1")
            .replaceAll("[;,]\\s*$", "")
            .replaceAll("\\.\\.+$", ".")
            .strip();
    if (s.isEmpty() || s.equals(".") || containsMarker(s)) {
      return Optional.empty();
    }
    return Optional.of(s);
  }

  /** The marker {@code text} contains, if any. */
  public static Optional<String> marker(String text) {
    return MARKERS.stream().filter(text::contains).findFirst();
  }

  /** Whether {@code text} holds tutor-only text. */
  public static boolean containsMarker(String text) {
    return marker(text).isPresent();
  }
}
