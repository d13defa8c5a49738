package korrektor.document.worker;

/**
 * Ends a child process of Korrektor's (a reader, the grading process) as soon as the process that
 * started it ends: a child stuck in a hostile file would otherwise go on spinning after Korrektor
 * was killed, since it notices its stdin closing only between files.
 */
public final class ParentWatch {
  /** The exit code of a child whose parent ended first. */
  public static final int PARENT_ENDED = 6;

  /**
   * The system property with the pid of the process that started this one ({@code ChildJvm} sets
   * it): a parent that died while this JVM was still starting has been replaced by init (or a
   * subreaper) by the time this runs, and only the pid tells.
   */
  public static final String PARENT_PID = "korrektor.parent.pid";

  private ParentWatch() {}

  /**
   * Halts this JVM when its parent process ends (from a thread of the JDK's that waits for it), or
   * at once when it has already ended.
   */
  public static void endWithParent() {
    java.util.Optional<ProcessHandle> parent = ProcessHandle.current().parent();
    Long expected = Long.getLong(PARENT_PID);
    if (parent.isEmpty() || expected != null && parent.get().pid() != expected) {
      Runtime.getRuntime().halt(PARENT_ENDED); // orphaned before we got here
    }
    parent.get().onExit().thenRun(() -> Runtime.getRuntime().halt(PARENT_ENDED));
  }
}
