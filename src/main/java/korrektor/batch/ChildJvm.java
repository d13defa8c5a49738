package korrektor.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The command line of a child JVM that runs one of Korrektor's own classes: the same Java and class
 * path as this process, the launcher's class-data sharing archive when it fits, JVM warnings on
 * stderr (stdout carries the child's answers), and any options the user gave in {@code
 * -Dkorrektor.worker.jvm=…}.
 */
public final class ChildJvm {
  private ChildJvm() {}

  /** The {@code java} binary of the JVM this process runs in. */
  public static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** The command: {@code java OPTIONS [archive] [user options] -cp CLASSPATH MAIN ARGS}. */
  static List<String> command(List<String> options, String mainClass, String... args) {
    String classpath = System.getProperty("java.class.path");
    List<String> command = new ArrayList<>();
    command.add(javaBinary());
    command.addAll(options);
    command.addAll(
        List.of(
            "-Xshare:auto",
            "-Djava.awt.headless=true",
            "-D"
                + korrektor.document.worker.ParentWatch.PARENT_PID
                + "="
                + ProcessHandle.current().pid(),
            // stdout carries the answers: JVM warnings (by default on stdout) go to stderr instead
            "-Xlog:disable",
            "-Xlog:all=warning:stderr"));
    classDataArchive(classpath).ifPresent(a -> command.add("-XX:SharedArchiveFile=" + a));
    String extra = System.getProperty("korrektor.worker.jvm");
    if (extra != null && !extra.isBlank()) {
      command.addAll(List.of(extra.strip().split("\\s+")));
    }
    command.addAll(List.of("-cp", classpath, mainClass));
    command.addAll(List.of(args));
    return command;
  }

  /**
   * The class-data sharing archive the launcher builds next to the jar ({@code korrektor.jsa}),
   * when it is newer than the jar: children then start with PDFBox's and POI's classes already
   * parsed. The JVM checks the archive itself and ignores one that does not fit.
   */
  public static Optional<Path> archiveOf(Path jar) {
    try {
      Path archive = jar.resolveSibling("korrektor.jsa");
      if (Files.isRegularFile(jar)
          && Files.isRegularFile(archive)
          && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) > 0) {
        return Optional.of(archive);
      }
    } catch (IOException | RuntimeException e) {
      // no archive: the child starts a little slower
    }
    return Optional.empty();
  }

  /** The launcher's archive when this process runs from one jar. */
  private static Optional<Path> classDataArchive(String classpath) {
    try {
      return classpath.endsWith(".jar") ? archiveOf(Path.of(classpath)) : Optional.empty();
    } catch (RuntimeException e) { // a class path that is no single path
      return Optional.empty();
    }
  }

  /** Ends a child and whatever it started. */
  static void kill(Process process) {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    try {
      process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Whether a line from a child is an answer (a JSON object), not a stray message from the JVM or a
   * library.
   */
  static boolean isAnswer(byte[] line) {
    for (byte b : line) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return b == '{';
      }
    }
    return false;
  }
}
