package korrektor.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the submissions in a folder: each file is one student's submission, each subfolder one
 * student's files (read recursively). The student's id and name come from the name:
 * {@code 271001_Anna_Becker.xlsx} gives id {@code 271001} and name "Anna Becker"; a name with no
 * leading number is its own id. Hidden files and README files are skipped.
 */
public final class SubmissionFinder {
  private static final Pattern ID_NAME = Pattern.compile("^(\\d{3,})[ _-]+(.+)$");
  private static final Pattern NAME_ID = Pattern.compile("^(.+?)[ _-]+(\\d{3,})$");

  private SubmissionFinder() {}

  public static List<Submission> find(Path folder) throws IOException {
    List<Submission> out = new ArrayList<>();
    try (Stream<Path> entries = Files.list(folder)) {
      for (Path p : entries.sorted().toList()) {
        if (skipped(p)) {
          continue;
        }
        if (Files.isDirectory(p)) {
          List<Path> files;
          try (Stream<Path> walk = Files.walk(p, 4)) {
            files = walk.filter(Files::isRegularFile).filter(f -> !skipped(f)).sorted(Comparator.naturalOrder()).toList();
          }
          out.add(new Submission(student(p.getFileName().toString()), files));
        } else if (Files.isRegularFile(p)) {
          out.add(new Submission(student(stem(p.getFileName().toString())), List.of(p)));
        }
      }
    }
    return out;
  }

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
}
