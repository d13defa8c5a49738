package korrektor.document.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Unpacks a zip whose entries are treated as hostile: no entry may leave the target folder ({@code
 * ..}, absolute paths, drive letters, symbolic links), and the size of each entry, the total size,
 * the number of entries and the compression ratio are bounded while inflating (the sizes a zip
 * declares are not trusted). A refused entry is reported with its reason and skipped; the others
 * are unpacked.
 */
public final class SafeUnzip {
  private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

  private SafeUnzip() {}

  /**
   * Bounds for unpacking.
   *
   * @param maxEntryBytes largest unpacked entry
   * @param maxTotalBytes all entries together
   * @param maxEntries entries read; later ones are refused
   * @param maxRatio unpacked / compressed size, checked once an entry exceeds {@code
   *     ratioFloorBytes}
   * @param ratioFloorBytes entries smaller than this are never refused for their ratio
   */
  public record Limits(
      long maxEntryBytes, long maxTotalBytes, int maxEntries, int maxRatio, long ratioFloorBytes) {
    /** 100 MiB an entry, 1 GiB in all, 10 000 entries, ratio 100 above 1 MiB. */
    public static final Limits DEFAULT = new Limits(100L << 20, 1L << 30, 10_000, 100, 1L << 20);

    public Limits {
      if (maxEntryBytes <= 0
          || maxTotalBytes <= 0
          || maxEntries <= 0
          || maxRatio <= 0
          || ratioFloorBytes < 0) {
        throw new IllegalArgumentException("zip limits must be positive");
      }
    }
  }

  /**
   * An entry that was not unpacked.
   *
   * @param entry the entry's name as stored in the zip
   * @param reason why, in words for the tutor
   */
  public record Refusal(String entry, String reason) {}

  /**
   * What unpacking did.
   *
   * @param files the files written, in zip order
   * @param refused entries skipped, in zip order
   */
  public record Result(List<Path> files, List<Refusal> refused) {
    public Result {
      files = List.copyOf(files);
      refused = List.copyOf(refused);
    }
  }

  /**
   * Unpacks {@code zip} into {@code target} (created if needed).
   *
   * @throws IOException when the zip as a whole cannot be read; the message says what to do
   */
  public static Result unzip(Path zip, Path target, Limits limits) throws IOException {
    return unzip(zip, target, limits, name -> false);
  }

  /**
   * Unpacks {@code zip} into {@code target}, leaving out the entries {@code skip} names (they are
   * neither written, nor counted, nor reported).
   *
   * @throws IOException when the zip as a whole cannot be read; the message says what to do
   */
  public static Result unzip(Path zip, Path target, Limits limits, Predicate<String> skip)
      throws IOException {
    Files.createDirectories(target);
    Path root = target.toAbsolutePath().normalize();
    try (ZipFile z = open(zip)) {
      Set<String> links = symlinks(zip);
      List<Path> files = new ArrayList<>();
      List<Refusal> refused = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      long total = 0;
      int count = 0;
      for (ZipEntry e : Collections.list(z.entries())) {
        String name = e.getName();
        if (skip.test(name)) {
          continue;
        }
        if (++count > limits.maxEntries()) {
          refused.add(
              new Refusal(
                  name,
                  "the zip holds more than "
                      + limits.maxEntries()
                      + " entries; the rest were not unpacked"));
          continue;
        }
        String bad = badName(name);
        if (bad == null && links.contains(name)) {
          bad = "is a symbolic link; links are never unpacked";
        }
        Path out = bad == null ? root.resolve(clean(name)).normalize() : null;
        if (bad == null && (!out.startsWith(root) || out.equals(root))) {
          bad = "would be written outside the folder it is unpacked to";
        }
        if (bad == null && !seen.add(out.toString())) {
          bad = "appears twice in the zip; the first copy was kept";
        }
        if (bad != null) {
          refused.add(new Refusal(name, "entry " + quote(name) + " " + bad));
          continue;
        }
        // everything that touches the disk for this entry fails for this entry only: a name too
        // long for
        // the file system, a file "x" beside a folder "x/", a folder where a file was written
        // before
        try {
          long written = write(z, e, out, limits, total);
          if (written == -2) {
            refused.add(new Refusal(name, tooLarge(name, limits, total)));
          } else if (written == -3) {
            refused.add(
                new Refusal(
                    name,
                    "entry "
                        + quote(name)
                        + " unpacks to more than "
                        + limits.maxRatio()
                        + " times its compressed size (a zip bomb?); not unpacked"));
          } else if (written >= 0) {
            total += written;
            if (!e.isDirectory()) {
              files.add(out);
            }
          }
        } catch (IOException | RuntimeException ex) {
          refused.add(
              new Refusal(
                  name,
                  "entry "
                      + quote(name)
                      + " could not be unpacked ("
                      + diskProblem(ex)
                      + "); look at it in the zip yourself"));
        }
      }
      return new Result(files, refused);
    }
  }

  /**
   * Writes one entry: a folder, or a file's bytes; the bytes written, -2 when the entry is too
   * large, -3 when its ratio is too high (both leave nothing behind).
   */
  private static long write(ZipFile z, ZipEntry e, Path out, Limits limits, long total)
      throws IOException {
    if (e.isDirectory()) {
      Files.createDirectories(out);
      return 0;
    }
    Files.createDirectories(out.getParent());
    long room = Math.min(limits.maxEntryBytes(), limits.maxTotalBytes() - total);
    long written;
    try (InputStream in = z.getInputStream(e);
        OutputStream os =
            Files.newOutputStream(
                out,
                java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE,
                java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      written = copy(in, os, room, e.getCompressedSize(), limits);
    } catch (IOException | RuntimeException ex) {
      deleteQuietly(out); // created above (CREATE_NEW): half an entry is never left behind
      throw ex;
    }
    if (written < 0) {
      Files.deleteIfExists(out);
    }
    return written;
  }

  /** What went wrong on the disk, in words (never a Java class name). */
  static String diskProblem(Exception e) {
    if (e instanceof java.nio.file.FileAlreadyExistsException) {
      return "a file and a folder of the same name";
    }
    if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
      String reason = fs.getReason();
      return reason.contains("too long")
          ? "its name is too long for the file system"
          : reason.contains("Not a directory")
              ? "a file and a folder of the same name"
              : reason.contains("Is a directory") ? "a file and a folder of the same name" : reason;
    }
    if (e instanceof java.nio.file.InvalidPathException) {
      return "its name is not a valid file name here";
    }
    String m = e.getMessage();
    return m == null || m.isBlank() ? "a damaged entry" : m.replaceAll("\\s+", " ");
  }

  private static void deleteQuietly(Path out) {
    try {
      if (out != null && Files.isRegularFile(out, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        Files.deleteIfExists(out);
      }
    } catch (IOException | RuntimeException ignored) {
      // a file we could not write is also one we need not delete
    }
  }

  private static ZipFile open(Path zip) throws IOException {
    try {
      return new ZipFile(zip.toFile(), StandardCharsets.UTF_8);
    } catch (ZipException first) {
      try {
        // Zips from old Windows tools store names in the DOS code page without the UTF-8 flag.
        return new ZipFile(zip.toFile(), Charset.forName("IBM437"));
      } catch (ZipException second) {
        throw new IOException(
            zip
                + ": not a readable zip ("
                + first.getMessage()
                + "). Download it again from Moodle, or unpack it yourself and give the folder.",
            first);
      }
    }
  }

  /**
   * Copies at most {@code room} bytes; -2 when the entry is larger, -3 when its ratio is too high.
   */
  private static long copy(
      InputStream in, OutputStream out, long room, long compressed, Limits limits)
      throws IOException {
    byte[] buf = new byte[64 * 1024];
    long n = 0;
    int r;
    while ((r = in.read(buf)) > 0) {
      n += r;
      if (n > room) {
        return -2;
      }
      if (n > limits.ratioFloorBytes()
          && n > (double) limits.maxRatio() * Math.max(compressed, 1)) {
        return -3;
      }
      out.write(buf, 0, r);
    }
    return n;
  }

  private static String tooLarge(String name, Limits limits, long total) {
    if (limits.maxTotalBytes() - total < limits.maxEntryBytes()) {
      return "entry "
          + quote(name)
          + " was not unpacked: the zip unpacks to more than "
          + mib(limits.maxTotalBytes())
          + " in all";
    }
    return "entry "
        + quote(name)
        + " unpacks to more than "
        + mib(limits.maxEntryBytes())
        + "; not unpacked";
  }

  private static String mib(long bytes) {
    return bytes >= (1L << 20) ? (bytes >> 20) + " MiB" : bytes + " bytes";
  }

  /** Why a name is refused, or null when it is safe to resolve. */
  static String badName(String name) {
    if (name.isEmpty() || name.indexOf('\0') >= 0) {
      return "has an empty or invalid name";
    }
    String n = name.replace('\\', '/');
    if (n.startsWith("/") || DRIVE.matcher(n).matches()) {
      return "has an absolute path";
    }
    for (String part : n.split("/")) {
      if (part.equals("..")) {
        return "points outside the folder (\"..\")";
      }
    }
    return null;
  }

  /** The name as a relative path: backslashes as separators, empty and {@code .} parts dropped. */
  public static String clean(String name) {
    List<String> parts = new ArrayList<>();
    for (String p : name.replace('\\', '/').split("/")) {
      if (!p.isEmpty() && !p.equals(".")) {
        parts.add(p);
      }
    }
    return String.join("/", parts);
  }

  /** The first path component of an entry name (after the same cleaning as unpacking). */
  public static String topLevel(String name) {
    String c = clean(name);
    int slash = c.indexOf('/');
    return slash < 0 ? c : c.substring(0, slash);
  }

  private static String quote(String name) {
    return "\"" + name.replaceAll("\\p{Cntrl}", "?") + "\"";
  }

  /**
   * Names of entries a Unix zip tool marked as symbolic links (central directory, external
   * attributes).
   */
  static Set<String> symlinks(Path zip) throws IOException {
    return ZipDirectory.symlinkNames(zip);
  }
}
