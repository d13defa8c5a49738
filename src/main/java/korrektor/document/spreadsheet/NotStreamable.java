package korrektor.document.spreadsheet;

/**
 * Thrown inside the streaming .xlsx reader when it cannot promise the same result as POI's
 * usermodel; the caller then reads the file the usermodel way. Carries no stack trace: it is
 * control flow, not an error.
 */
final class NotStreamable extends RuntimeException {
  private static final long serialVersionUID = 1L;

  NotStreamable(String reason) {
    super(reason, null, false, false);
  }
}
