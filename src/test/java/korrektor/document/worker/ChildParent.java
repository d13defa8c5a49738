package korrektor.document.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Stands in for a Korrektor that gets killed: {@code MAIN_CLASS ARGS…} starts that class in a child
 * process that shares this process's stdin (so that its stdin stays open when this process dies),
 * prints the child's pid and waits.
 */
public final class ChildParent {
  private ChildParent() {}

  public static void main(String[] args) throws Exception {
    // as ChildJvm starts Korrektor's children: with this process's pid
    List<String> command =
        new ArrayList<>(
            List.of(
                java(),
                "-D" + ParentWatch.PARENT_PID + "=" + ProcessHandle.current().pid(),
                "-cp",
                System.getProperty("java.class.path")));
    command.addAll(Arrays.asList(args));
    Process child =
        new ProcessBuilder(command)
            .redirectInput(ProcessBuilder.Redirect.INHERIT)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    System.out.println(child.pid());
    System.out.flush();
    Thread.sleep(600_000);
  }

  /**
   * Starts {@code mainClass} under a {@link ChildParent}, kills that parent, and asserts that the
   * child ends on its own although its stdin stays open (a {@code sleep} holds it and writes
   * nothing).
   */
  public static void assertChildEndsWhenItsParentIsKilled(String mainClass, String... args)
      throws Exception {
    assertChildEndsWhenItsParentIsKilled(true, mainClass, args);
  }

  /**
   * The same; with {@code waitForChild} false the parent is killed as soon as it has started the
   * child, most likely before the child's JVM has come as far as watching its parent.
   */
  public static void assertChildEndsWhenItsParentIsKilled(
      boolean waitForChild, String mainClass, String... args) throws Exception {
    List<String> parentCommand =
        new ArrayList<>(
            List.of(
                java(),
                "-cp",
                System.getProperty("java.class.path"),
                ChildParent.class.getName(),
                mainClass));
    parentCommand.addAll(Arrays.asList(args));
    List<Process> pipeline =
        ProcessBuilder.startPipeline(
            List.of(
                new ProcessBuilder("sleep", "120"),
                new ProcessBuilder(parentCommand).redirectError(ProcessBuilder.Redirect.DISCARD)));
    Process stdinHolder = pipeline.get(0);
    Process parent = pipeline.get(1);
    ProcessHandle child = null;
    try {
      String pid =
          new BufferedReader(new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8))
              .readLine();
      child = ProcessHandle.of(Long.parseLong(pid.strip())).orElseThrow();
      if (waitForChild) {
        Thread.sleep(1000); // the child is up and waiting for input
        assertThat(child.isAlive()).as("child running").isTrue();
      }

      parent.destroyForcibly();
      parent.waitFor(10, TimeUnit.SECONDS);

      child.onExit().get(20, TimeUnit.SECONDS);
      assertThat(child.isAlive()).isFalse();
    } finally {
      parent.destroyForcibly();
      stdinHolder.destroyForcibly();
      if (child != null) {
        child.destroyForcibly();
      }
    }
  }

  private static String java() {
    return korrektor.batch.ChildJvm.javaBinary();
  }
}
