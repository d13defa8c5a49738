package korrektor.document.archive;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The temporary folders zips are unpacked into: named {@code korrektor-zip-<pid>-…} in the system's
 * temporary folder, deleted when reading ends. A reader process killed while reading (a time limit,
 * out of memory) cannot delete its folder, so the first archive read of every process removes the
 * folders of processes that no longer run.
 */
final class TempFolders {

  private static final String PREFIX = "korrektor-zip-";
  private static final AtomicBoolean SWEPT = new AtomicBoolean();

  private TempFolders() {}

  static Path create() throws IOException {
    if (SWEPT.compareAndSet(false, true)) {
      sweep(Path.of(System.getProperty("java.io.tmpdir")));
    }
    return Files.createTempDirectory(PREFIX + ProcessHandle.current().pid() + "-");
  }

  /** Deletes a folder and everything in it; links are deleted, never followed. */
  static void delete(Path folder) {
    try {
      Files.walkFileTree(
          folder,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                throws IOException {
              Files.deleteIfExists(file);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
              Files.deleteIfExists(dir);
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      // what is left is removed by the next process's sweep
    }
  }

  /** Removes the folders of processes that have ended. */
  static void sweep(Path tmp) {
    try (DirectoryStream<Path> folders = Files.newDirectoryStream(tmp, PREFIX + "*")) {
      for (Path folder : folders) {
        String rest = folder.getFileName().toString().substring(PREFIX.length());
        int dash = rest.indexOf('-');
        try {
          long pid = Long.parseLong(dash < 0 ? rest : rest.substring(0, dash));
          if (ProcessHandle.of(pid).isEmpty() && Files.isDirectory(folder)) {
            delete(folder);
          }
        } catch (NumberFormatException e) {
          // not one of ours
        }
      }
    } catch (IOException e) {
      // nothing to sweep
    }
  }
}
