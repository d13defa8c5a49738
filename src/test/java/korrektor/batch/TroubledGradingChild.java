package korrektor.batch;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * A {@link GradingChild} that stands in for hostile files: it dies as on running out of memory
 * (exit code 3) when it starts grading a student named "Crash …", and stalls on "Stall …".
 */
public final class TroubledGradingChild {
  private TroubledGradingChild() {}

  public static void main(String[] args) throws Exception {
    var stdout = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out));
    var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    System.exit(
        GradingChild.serve(
            in,
            stdout,
            job -> {
              String name = job.student().name();
              if (name.startsWith("Crash")) {
                Runtime.getRuntime().halt(3);
              }
              if (name.startsWith("Stall")) {
                try {
                  Thread.sleep(600_000);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              }
            }));
  }
}
