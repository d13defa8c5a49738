package korrektor.batch;

import korrektor.document.archive.SafeUnzip;
import korrektor.result.Student;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import korrektor.lms.MoodleSubmissions;

/**
 * Finds the submissions in a folder: each file is one student's submission, each subfolder one
 * student's files (read recursively). The student's id and name come from the name:
 * {@code 271001_Anna_Becker.xlsx} gives id {@code 271001} and name "Anna Becker"; a name with no
 * leading number is its own id. Moodle's names ({@code Anna Becker_1234567_assignsubmission_file/},
 * flat {@code …_assignsubmission_file_lstm.pdf}, online text, blind marking, teams) are recognised,
 * and all entries of one Moodle prefix become one student. Hidden and system files are skipped, and a
 * README beside the submissions; a README inside a student's folder is the student's.
 */
public final class SubmissionFinder {
  private static final Pattern ID_NAME = Pattern.compile("^(\\d{3,})[ _-]+(.+)$");
  private static final Pattern NAME_ID = Pattern.compile("^(.+?)[ _-]+(\\d{3,})$");
  /** The file in an unpacked folder that marks it as Korrektor's own (safe to replace on a re-run). */
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
  public static Unpacked fromZip(Path zip, Path target, SafeUnzip.Limits limits) throws IOException {
    if (Files.exists(target)) {
      if (!Files.exists(target.resolve(UNPACKED_MARKER))) {
        throw new IOException(target + " exists and was not made by Korrektor; choose another --out folder or remove it.");
      }
      deleteTree(target);
    }
    Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
    if (Files.exists(tmp)) {
      deleteTree(tmp);
    }
    SafeUnzip.Result r = SafeUnzip.unzip(zip, tmp, limits);
    Files.writeString(tmp.resolve(UNPACKED_MARKER), "Unpacked by korrektor from " + zip.getFileName() + "\n");
    Files.move(tmp, target);
    Map<String, Builder> found = collect(target);
    List<String> unattributed = new ArrayList<>();
    for (SafeUnzip.Refusal x : r.refused()) {
      String top = SafeUnzip.topLevel(x.entry());
      boolean folder = !SafeUnzip.clean(x.entry()).equals(top);
      String raw = x.entry().replace('\\', '/');
      // "/etc/x" or "C:/x" names no student: its first folder is not one the zip gave a student.
      if (top.isEmpty() || top.equals("..") || !raw.startsWith(top) || top.endsWith(":") || skipped(Path.of(top))) {
        unattributed.add(x.reason());
        continue;
      }
      Builder b = builderFor(found, top, folder);
      b.refused.add(x.reason());
    }
    return new Unpacked(target, found.values().stream().map(Builder::build).toList(), unattributed);
  }

  private static Map<String, Builder> collect(Path folder) throws IOException {
    Map<String, Builder> out = new LinkedHashMap<>();
    try (Stream<Path> entries = Files.list(folder)) {
      for (Path p : entries.sorted().toList()) {
        if (skipped(p)) {
          continue;
        }
        String name = p.getFileName().toString();
        if (Files.isDirectory(p)) {
          List<Path> files;
          try (Stream<Path> walk = Files.walk(p, 8)) {
            // inside a student's folder a README is the student's (answers are often written there)
            files = walk.filter(Files::isRegularFile).filter(f -> !systemFile(f)).sorted(Comparator.naturalOrder()).toList();
          }
          builderFor(out, name, true).files.addAll(files);
        } else if (Files.isRegularFile(p)) {
          builderFor(out, name, false).files.add(p);
        }
      }
    }
    return out;
  }

  /** The builder of the student a top-level file or folder belongs to, made on first use. */
  private static Builder builderFor(Map<String, Builder> all, String topLevel, boolean folder) {
    Optional<MoodleSubmissions.Entry> m = MoodleSubmissions.parse(topLevel);
    Student s = m.map(e -> Student.of(e.id())).orElseGet(() -> student(folder ? topLevel : stem(topLevel)));
    String key = m.map(e -> "moodle:" + e.id().label() + "_" + e.id().number()).orElse(s.id());
    return all.computeIfAbsent(key, k -> new Builder(s));
  }

  /** Files the system, not the student, puts into a folder. */
  static boolean systemFile(Path p) {
    String n = p.getFileName().toString();
    String lower = n.toLowerCase(Locale.ROOT);
    return n.startsWith(".") || n.startsWith("~$") || lower.equals("thumbs.db") || lower.equals("desktop.ini")
        || lower.equals("__macosx");
  }

  /** Top-level entries that are no student: system files and a README beside the submissions. */
  static boolean skipped(Path p) {
    String n = p.getFileName().toString();
    String lower = n.toLowerCase(Locale.ROOT);
    return n.startsWith(".") || n.startsWith("~$") || lower.startsWith("readme") || lower.equals("thumbs.db")
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
      return new Submission(student, files.stream().sorted().toList(), refused);
    }
  }
}
