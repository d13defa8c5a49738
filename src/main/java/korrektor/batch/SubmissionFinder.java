package korrektor.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import korrektor.document.archive.SafeUnzip;
import korrektor.lms.MoodleSubmissions;
import korrektor.result.Student;

/**
 * Finds the submissions in a folder: each file is one student's submission, each subfolder one
 * student's files (read recursively). The student's id and name come from the name: {@code
 * 271001_Anna_Becker.xlsx} gives id {@code 271001} and name "Anna Becker"; a name with no leading
 * number is its own id. Moodle's names ({@code Anna Becker_1234567_assignsubmission_file/}, flat
 * {@code …_assignsubmission_file_lstm.pdf}, online text, blind marking, teams) are recognised, and
 * all entries of one Moodle prefix become one student. Hidden and system files are skipped, and a
 * README beside the submissions; a README inside a student's folder is the student's.
 */
public final class SubmissionFinder {
  private static final Pattern ID_NAME = Pattern.compile("^(\\d{3,})[ _-]+(.+)$", Pattern.DOTALL);
  private static final Pattern NAME_ID = Pattern.compile("^(.+?)[ _-]+(\\d{3,})$", Pattern.DOTALL);

  /**
   * The file in an unpacked folder that marks it as Korrektor's own (safe to replace on a re-run).
   */
  public static final String UNPACKED_MARKER = ".korrektor-unpacked";

  private SubmissionFinder() {}

  /**
   * The submissions of a zip, unpacked safely into a folder.
   *
   * @param folder where the zip was unpacked (file paths are relative to it)
   * @param submissions every student, including those whose entries were all refused
   * @param unattributed refused entries that belong to no student
   */
  public record Unpacked(Path folder, List<Submission> submissions, List<String> unattributed) {
    public Unpacked {
      submissions = List.copyOf(submissions);
      unattributed = List.copyOf(unattributed);
    }
  }

  public static List<Submission> find(Path folder) throws IOException {
    return List.copyOf(collect(folder).values().stream().map(Builder::build).toList());
  }

  /**
   * Unpacks {@code zip} into {@code target} (replacing an earlier unpacking by Korrektor there) and
   * finds its submissions. A refused entry makes its student's submission fail; the rest are kept.
   */
  public static Unpacked fromZip(Path zip, Path target, SafeUnzip.Limits limits)
      throws IOException {
    if (Files.exists(target)) {
      if (!Files.exists(target.resolve(UNPACKED_MARKER))) {
        throw new IOException(
            target
                + " exists and was not made by Korrektor; choose another --out folder or remove it.");
      }
      deleteTree(target);
    }
    Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
    if (Files.exists(tmp)) {
      deleteTree(tmp);
    }
    SafeUnzip.Result r = SafeUnzip.unzip(zip, tmp, limits);
    Files.writeString(
        tmp.resolve(UNPACKED_MARKER), "Unpacked by korrektor from " + zip.getFileName() + "\n");
    Files.move(tmp, target);
    Map<String, Builder> found = collect(target);
    List<String> unattributed = new ArrayList<>();
    for (SafeUnzip.Refusal x : r.refused()) {
      String top = SafeUnzip.topLevel(x.entry());
      boolean folder = !SafeUnzip.clean(x.entry()).equals(top);
      String raw = x.entry().replace('\\', '/');
      // "/etc/x" or "C:/x" names no student: its first folder is not one the zip gave a student.
      if (top.isEmpty()
          || top.equals("..")
          || !raw.startsWith(top)
          || top.endsWith(":")
          || skipped(Path.of(top))) {
        unattributed.add(x.reason());
        continue;
      }
      Builder b = builderFor(found, top, folder);
      b.refused.add(x.reason() + "; look at this student's files in the downloaded zip");
    }
    return new Unpacked(target, found.values().stream().map(Builder::build).toList(), unattributed);
  }

  /** Folder levels read below a student's folder; deeper files are refused with a reason. */
  static final int MAX_DEPTH = 32;

  private static Map<String, Builder> collect(Path folder) throws IOException {
    Map<String, Builder> out = new LinkedHashMap<>();
    try (Stream<Path> entries = Files.list(folder)) {
      for (Path p : entries.sorted().toList()) {
        if (skipped(p)) {
          continue;
        }
        String name = p.getFileName().toString();
        BasicFileAttributes a = attributes(p);
        if (a == null) {
          continue; // gone meanwhile
        }
        if (a.isDirectory()) {
          Builder b = builderFor(out, name, true);
          walk(p, b);
        } else {
          Builder b = builderFor(out, name, false);
          String refusal = refusal(name, a);
          if (refusal == null) {
            b.files.add(p);
          } else {
            b.refused.add(refusal);
          }
        }
      }
    }
    return out;
  }

  /**
   * A student's folder, never following links: regular files are read; links, pipes and devices are
   * refused with a reason, as are files more than {@link #MAX_DEPTH} folders down.
   */
  private static void walk(Path top, Builder b) throws IOException {
    Files.walkFileTree(
        top,
        java.util.EnumSet.noneOf(java.nio.file.FileVisitOption.class),
        MAX_DEPTH + 1,
        new java.nio.file.SimpleFileVisitor<>() {
          @Override
          public java.nio.file.FileVisitResult preVisitDirectory(
              Path dir, BasicFileAttributes attrs) {
            if (!dir.equals(top) && systemFile(dir)) {
              return java.nio.file.FileVisitResult.SKIP_SUBTREE;
            }
            return java.nio.file.FileVisitResult.CONTINUE;
          }

          @Override
          public java.nio.file.FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
            // inside a student's folder a README is the student's (answers are often written there)
            if (systemFile(f)) {
              return java.nio.file.FileVisitResult.CONTINUE;
            }
            String shown = top.getParent().relativize(f).toString();
            if (attrs.isDirectory()) {
              // a folder at the depth limit: walkFileTree hands it over as a file
              b.refused.add(
                  quote(shown)
                      + " is nested more than "
                      + MAX_DEPTH
                      + " folders deep and was not read;"
                      + " move the files up into the student's folder");
              return java.nio.file.FileVisitResult.CONTINUE;
            }
            String refusal = refusal(shown, attrs);
            if (refusal == null) {
              b.files.add(f);
            } else {
              b.refused.add(refusal);
            }
            return java.nio.file.FileVisitResult.CONTINUE;
          }

          @Override
          public java.nio.file.FileVisitResult visitFileFailed(Path f, IOException e) {
            b.refused.add(
                quote(top.getParent().relativize(f).toString())
                    + " could not be opened ("
                    + (e.getMessage() == null
                        ? "no access"
                        : e.getClass().getSimpleName().replace("Exception", ""))
                    + ");"
                    + " check its permissions and grade again");
            return java.nio.file.FileVisitResult.CONTINUE;
          }
        });
  }

  /** Why a file that is not a plain file is not read, or null for a regular file. */
  private static String refusal(String shown, BasicFileAttributes a) {
    if (a.isRegularFile()) {
      return null;
    }
    if (a.isSymbolicLink()) {
      return quote(shown)
          + " is a symbolic link; links are never followed. Put the file itself in the folder and grade again";
    }
    return quote(shown)
        + " is not a regular file (a pipe, socket or device) and was not read; put the student's"
        + " file itself in the folder and grade again";
  }

  private static BasicFileAttributes attributes(Path p) {
    try {
      return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      return null;
    }
  }

  private static String quote(String name) {
    return "\"" + name.replaceAll("\\p{Cntrl}", "?") + "\"";
  }

  /**
   * Warnings about the submissions found: an id that appears with two different names (two
   * students, or a file named after someone else) is graded as two rows and named here.
   */
  public static List<String> warnings(List<Submission> submissions) {
    Map<String, List<String>> namesById = new LinkedHashMap<>();
    for (Submission s : submissions) {
      if (s.student().moodle() == null) {
        namesById.computeIfAbsent(s.student().id(), k -> new ArrayList<>()).add(s.student().name());
      }
    }
    List<String> out = new ArrayList<>();
    namesById.forEach(
        (id, names) -> {
          if (names.size() > 1) {
            out.add(
                "id "
                    + quote(id)
                    + " appears with "
                    + names.size()
                    + " different names ("
                    + String.join(", ", names.stream().map(SubmissionFinder::quote).toList())
                    + "); each is graded as a row of its"
                    + " own. Find out who handed in what, rename the wrong file or folder, and grade again (overrides.csv names"
                    + " students by id and applies to both rows).");
          }
        });
    return out;
  }

  /** The builder of the student a top-level file or folder belongs to, made on first use. */
  private static Builder builderFor(Map<String, Builder> all, String topLevel, boolean folder) {
    Optional<MoodleSubmissions.Entry> m = MoodleSubmissions.parse(topLevel);
    Student s =
        m.map(e -> Student.of(e.id())).orElseGet(() -> student(folder ? topLevel : stem(topLevel)));
    // the same id with another name is another row (and a warning), never merged into the first
    // student's files
    String key =
        m.map(e -> "moodle:" + e.id().label() + "_" + e.id().number())
            .orElse(s.id() + "\u0000" + s.name().toLowerCase(Locale.ROOT));
    return all.computeIfAbsent(key, k -> new Builder(s));
  }

  /** Files the system, not the student, puts into a folder. */
  static boolean systemFile(Path p) {
    String n = p.getFileName().toString();
    String lower = n.toLowerCase(Locale.ROOT);
    return n.startsWith(".")
        || n.startsWith("~$")
        || lower.equals("thumbs.db")
        || lower.equals("desktop.ini")
        || lower.equals("__macosx");
  }

  /** Top-level entries that are no student: system files and a README beside the submissions. */
  static boolean skipped(Path p) {
    String n = p.getFileName().toString();
    String lower = n.toLowerCase(Locale.ROOT);
    return n.startsWith(".")
        || n.startsWith("~$")
        || lower.startsWith("readme")
        || lower.equals("thumbs.db")
        || lower.equals("__macosx");
  }

  /** The student named by a file stem or folder name. */
  public static Student student(String name) {
    String n = name.strip();
    Matcher m = ID_NAME.matcher(n);
    if (m.matches()) {
      return new Student(m.group(1), words(m.group(2)));
    }
    m = NAME_ID.matcher(n);
    if (m.matches()) {
      return new Student(m.group(2), words(m.group(1)));
    }
    return new Student(n, words(n));
  }

  private static String words(String s) {
    return s.replaceAll("[_]+", " ").replaceAll("\\s+", " ").strip();
  }

  private static String stem(String file) {
    int dot = file.lastIndexOf('.');
    return dot > 0 ? file.substring(0, dot) : file;
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static final class Builder {
    final Student student;
    final List<Path> files = new ArrayList<>();
    final List<String> refused = new ArrayList<>();

    Builder(Student student) {
      this.student = student;
    }

    Submission build() {
      return new Submission(
          student, files.stream().sorted().toList(), refused.stream().sorted().toList());
    }
  }
}
