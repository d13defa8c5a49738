package korrektor.rubric;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a rubric cannot be used; carries every diagnostic found, not just the first. */
public final class RubricException extends Exception {
  private final List<Diagnostic> diagnostics;

  public RubricException(List<Diagnostic> diagnostics) {
    super(diagnostics.stream().map(Diagnostic::toString).collect(Collectors.joining("\n")));
    this.diagnostics = List.copyOf(diagnostics);
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
