package korrektor.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Publishes the outputs of one run together: every output is written into a staging folder inside
 * the output folder, and only when all are written are they moved into place. A run killed while
 * writing leaves the previous complete set (its staging folder is removed by the next run); a run
 * killed while moving leaves a journal naming the new set, which the next run finishes moving
 * before it does anything else, so the folder never keeps a mix of two runs.
 *
 * <p>The moves are renames within one folder: each file is replaced atomically, a folder ({@code
 * feedback/}) by two renames.
 */
public final class StagedOutputs {
  /** The staging folder's name inside the output folder. */
  public static final String STAGING = ".korrektor-staging";

  /** The journal: the names of a complete staged set being moved into place. */
  public static final String JOURNAL = ".korrektor-publish";

  private static final String OLD = ".korrektor-old-";

  private final Path out;
  private final Path staging;

  private StagedOutputs(Path out, Path staging) {
    this.out = out;
    this.staging = staging;
  }

  /**
   * Starts a run's outputs in {@code out}: finishes a publication an earlier run was killed in,
   * removes a staging folder it left, and makes a fresh one.
   *
   * @return the staged outputs; {@link #recovered()} says whether an earlier run's set was
   *     completed
   */
  public static StagedOutputs begin(Path out) throws IOException {
    Files.createDirectories(out);
    boolean finished = recover(out);
    Path staging = out.resolve(STAGING);
    deleteTree(staging);
    Files.createDirectories(staging);
    StagedOutputs s = new StagedOutputs(out, staging);
    s.recovered = finished;
    return s;
  }

  private boolean recovered;

  /** Whether {@link #begin} finished moving an earlier, killed run's complete set into place. */
  public boolean recovered() {
    return recovered;
  }

  /** The staging folder: write every output of the run here, under its final name. */
  public Path folder() {
    return staging;
  }

  /**
   * Moves every staged output into the output folder. {@code outputs} names all outputs a run may
   * write: one of them not staged this time (an output that failed) is removed from the output
   * folder too, so no stale file from an earlier run stays beside the new set.
   */
  public void publish(List<String> outputs) throws IOException {
    List<String> lines = new ArrayList<>();
    for (String name : outputs) {
      lines.add(
          (Files.exists(staging.resolve(name), LinkOption.NOFOLLOW_LINKS) ? "+" : "-") + name);
    }
    AtomicFiles.writeString(out.resolve(JOURNAL), String.join("\n", lines) + "\n");
    finish(out);
  }

  /** Finishes an interrupted publication; true when there was one. */
  static boolean recover(Path out) throws IOException {
    if (!Files.exists(out.resolve(JOURNAL))) {
      return false;
    }
    finish(out);
    return true;
  }

  private static void finish(Path out) throws IOException {
    Path journal = out.resolve(JOURNAL);
    Path staging = out.resolve(STAGING);
    for (String line : Files.readAllLines(journal, StandardCharsets.UTF_8)) {
      if (line.length() < 2) {
        continue;
      }
      String name = line.substring(1);
      Path target = out.resolve(name);
      Path staged = staging.resolve(name);
      if (line.charAt(0) == '-') {
        deleteTree(target);
      } else if (Files.exists(staged, LinkOption.NOFOLLOW_LINKS)) {
        if (Files.isDirectory(staged, LinkOption.NOFOLLOW_LINKS)) {
          Path old = out.resolve(OLD + name);
          deleteTree(old);
          if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            Files.move(target, old);
          }
          Files.move(staged, target);
          deleteTree(old);
        } else {
          move(staged, target);
        }
      } // else: moved before the earlier run was killed
    }
    Files.delete(journal);
    deleteTree(staging);
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Deletes a file or folder tree; links are deleted, never followed. */
  static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(
        p,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
            if (e != null) {
              throw e;
            }
            Files.delete(dir);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
