package korrektor.rubric;

import java.util.Locale;

/**
 * A problem found in a rubric file, printed as {@code rubrics/x.yaml:12:5: error: message (hint)}.
 *
 * @param file the rubric's path as given by the user
 * @param line 1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 * @param severity error (the rubric cannot be used) or warning
 * @param message what is wrong
 * @param hint what to do, or null
 */
public record Diagnostic(
    String file, int line, int column, Severity severity, String message, String hint) {

  /** How serious a diagnostic is. */
  public enum Severity {
    ERROR,
    WARNING
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(file);
    if (line > 0) {
      s.append(':').append(line);
      if (column > 0) {
        s.append(':').append(column);
      }
    }
    s.append(": ").append(severity.name().toLowerCase(Locale.ROOT)).append(": ").append(message);
    if (hint != null && !hint.isBlank()) {
      s.append(" (").append(hint).append(')');
    }
    return s.toString();
  }
}
