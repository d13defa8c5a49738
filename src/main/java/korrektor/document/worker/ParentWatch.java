package korrektor.document.worker;

/**
 * Ends a child process of Korrektor's (a reader, the grading process) as soon as the process that
 * started it ends: a child stuck in a hostile file would otherwise go on spinning after Korrektor
 * was killed, since it notices its stdin closing only between files.
 */
public final class ParentWatch {
  /** The exit code of a child whose parent ended first. */
  public static final int PARENT_ENDED = 6;

  private ParentWatch() {}

  /** Halts this JVM when its parent process ends (from a thread of the JDK's that waits for it). */
  public static void endWithParent() {
    ProcessHandle.current().parent()
        .ifPresent(parent -> parent.onExit().thenRun(() -> Runtime.getRuntime().halt(PARENT_ENDED)));
  }
}
