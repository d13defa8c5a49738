package korrektor.document.worker;

import java.nio.file.Path;

/**
 * Starts a reader process that shares this process's stdin (so that stdin stays open when this
 * process dies), prints the reader's pid and waits: stands in for a Korrektor that gets killed.
 */
public final class ReaderParent {
  private ReaderParent() {}

  public static void main(String[] args) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process reader = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(), "--serve")
        .redirectInput(ProcessBuilder.Redirect.INHERIT)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    System.out.println(reader.pid());
    System.out.flush();
    Thread.sleep(600_000);
  }
}
