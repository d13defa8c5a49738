package korrektor.document.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import korrektor.document.Document;
import korrektor.document.DocumentReader;
import korrektor.document.Figure;
import korrektor.document.Format;
import korrektor.document.Grid;
import korrektor.document.Location;
import korrektor.document.Problem;
import korrektor.document.ReadLimits;
import korrektor.document.TextLine;
import korrektor.document.detect.FormatDetector;

/**
 * Reads a zip of the student's own files as one document: every file in it is read by the
 * registry's reader for its format, and the grids, lines and figures of all of them together make
 * the zip's document, each located in its file as {@code answers.zip/task1/lstm.xlsx!Sheet1!C3}. A
 * zip inside the zip is read the same way, down to {@value #MAX_DEPTH} levels. System files ({@code
 * __MACOSX/}, {@code .DS_Store}, {@code Thumbs.db}, {@code desktop.ini}, Office lock files {@code
 * ~$…}) are left out. A file that cannot be read costs only itself: its problems are kept as
 * warnings, and the zip is unreadable only when none of its files could be read.
 *
 * <p>The zip is unpacked with {@link SafeUnzip} (no entry leaves the folder, links are refused, the
 * size of each entry, the total, the number of entries and the compression ratio are bounded while
 * inflating) into a temporary folder that is deleted when reading ends; all levels of nesting share
 * one budget of {@link #MAX_ENTRIES} entries and twice {@link ReadLimits#maxFileBytes()} unpacked,
 * and the members together stay within the limits' cells and lines. Folders left behind by a reader
 * process that was killed are removed by the next one ({@link TempFolders}).
 */
public final class ArchiveReader implements DocumentReader {

  /** Zips inside zips are read this deep (the zip handed in is level 1). */
  public static final int MAX_DEPTH = 3;

  /** Entries read at most, over all levels. */
  public static final int MAX_ENTRIES = 500;

  /** Reads one file of the zip, whatever its format: usually {@code DocumentReaders::read}. */
  @FunctionalInterface
  public interface MemberReader {
    Document read(Path file, String displayName, ReadLimits limits);
  }

  private final MemberReader members;

  public ArchiveReader(MemberReader members) {
    this.members = members;
  }

  @Override
  public Set<Format> formats() {
    return Set.of(Format.ZIP);
  }

  @Override
  public Document read(Path file, String displayName, ReadLimits limits) {
    Path temp;
    try {
      temp = TempFolders.create();
    } catch (IOException e) {
      return Document.unreadable(
          displayName,
          Format.ZIP,
          "The zip could not be unpacked (no room for a temporary"
              + " folder: "
              + e.getMessage()
              + "). Hand in the files inside it one by one.");
    }
    try {
      Reading reading = new Reading(temp, limits);
      reading.zip(file, displayName, 1);
      return reading.document(displayName);
    } finally {
      TempFolders.delete(temp);
    }
  }

  /** Whether an entry is a system file nobody hands in on purpose. */
  static boolean ignored(String entry) {
    String name = SafeUnzip.clean(entry);
    for (String part : name.split("/")) {
      if (part.equals("__MACOSX")) {
        return true;
      }
    }
    String last = name.substring(name.lastIndexOf('/') + 1);
    String lower = last.toLowerCase(Locale.ROOT);
    return lower.equals(".ds_store")
        || lower.equals("thumbs.db")
        || lower.equals("desktop.ini")
        || last.startsWith("~$")
        || last.startsWith("._");
  }

  /** One zip being read, with the budget all its levels share. */
  private final class Reading {
    private final Path temp;
    private final ReadLimits limits;
    private final List<Grid> grids = new ArrayList<>();
    private final List<TextLine> lines = new ArrayList<>();
    private final List<Figure> figures = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, String> metadata = new LinkedHashMap<>();
    private long bytesLeft;
    private int entriesLeft = MAX_ENTRIES;
    private int folders;
    private int members;
    private int readable;
    private int pages;

    Reading(Path temp, ReadLimits limits) {
      this.temp = temp;
      this.limits = limits;
      this.bytesLeft = 2 * limits.maxFileBytes();
    }

    void zip(Path zip, String name, int depth) {
      if (entriesLeft <= 0 || bytesLeft <= 0) {
        warn(
            name,
            "not unpacked: the zip already holds "
                + MAX_ENTRIES
                + " files or "
                + mib(2 * limits.maxFileBytes())
                + " in all, as much as is read");
        return;
      }
      Path target = temp.resolve(String.valueOf(++folders));
      SafeUnzip.Result unpacked;
      try {
        unpacked =
            SafeUnzip.unzip(
                zip,
                target,
                new SafeUnzip.Limits(
                    limits.maxFileBytes(),
                    bytesLeft,
                    entriesLeft,
                    SafeUnzip.Limits.DEFAULT.maxRatio(),
                    SafeUnzip.Limits.DEFAULT.ratioFloorBytes()),
                ArchiveReader::ignored);
      } catch (IOException | UncheckedIOException e) {
        warn(
            name,
            "the zip could not be unpacked ("
                + String.valueOf(e.getMessage()).replace(zip.toString() + ": ", "")
                + ")");
        return;
      }
      entriesLeft -= unpacked.files().size() + unpacked.refused().size();
      for (SafeUnzip.Refusal refusal : unpacked.refused()) {
        problems.add(
            Problem.warning(
                Problem.Kind.ARCHIVE_ENTRY,
                Location.ofFile(name + "/" + SafeUnzip.clean(refusal.entry())),
                refusal.reason()));
      }
      List<Path> files = new ArrayList<>(unpacked.files());
      files.sort(Comparator.comparing(f -> target.relativize(f).toString()));
      for (Path f : files) {
        bytesLeft -= size(f);
        String member = name + "/" + target.relativize(f).toString().replace('\\', '/');
        member(f, member, depth);
      }
    }

    private void member(Path file, String name, int depth) {
      Format format;
      try {
        format = FormatDetector.detect(file);
      } catch (IOException e) {
        format = Format.UNKNOWN;
      }
      members++;
      if (format == Format.ZIP) {
        if (depth >= MAX_DEPTH) {
          warn(
              name,
              "not read: zips inside zips are read "
                  + MAX_DEPTH
                  + " levels deep, this one is deeper;"
                  + " hand in the files themselves");
        } else {
          zip(file, name, depth + 1);
        }
        return;
      }
      int cells = limits.maxCells() - grids.stream().mapToInt(g -> g.cells().size()).sum();
      int lineRoom = limits.maxLines() - lines.size();
      if (cells <= 0 || lineRoom <= 0) {
        warn(
            name,
            "not read: the files before it in the zip already hold as many cells and lines as are read");
        return;
      }
      Document d =
          ArchiveReader.this.members.read(
              file,
              name,
              new ReadLimits(limits.maxFileBytes(), limits.maxPages(), cells, lineRoom));
      add(d);
    }

    private void add(Document d) {
      if (d.isReadable()) {
        readable++;
      }
      grids.addAll(d.grids());
      lines.addAll(d.lines());
      figures.addAll(d.figures());
      pages += d.pageCount();
      for (Problem p : d.problems()) {
        problems.add(
            p.severity() == Problem.Severity.ERROR
                ? Problem.warning(
                    Problem.Kind.ARCHIVE_ENTRY,
                    p.location(),
                    "this file in the zip was not read: " + p.message())
                : p);
      }
      d.metadata().forEach(metadata::putIfAbsent);
    }

    Document document(String name) {
      List<Problem> all = new ArrayList<>();
      if (readable == 0) {
        all.add(
            Problem.error(
                Location.ofFile(name),
                members == 0
                    ? "The zip holds no files (only folders or system files such as __MACOSX). Hand in your answer"
                        + " files themselves (PDF, .xlsx, .ods, .docx, .odt, .ipynb, CSV or text)."
                    : "None of the files in the zip could be read (see the notes on each). Hand in your answer files"
                        + " themselves (PDF, .xlsx, .ods, .docx, .odt, .ipynb, CSV or text)."));
      }
      all.addAll(problems);
      return new Document(name, Format.ZIP, grids, lines, figures, pages, all, metadata);
    }

    private void warn(String file, String message) {
      problems.add(Problem.warning(Problem.Kind.ARCHIVE_ENTRY, Location.ofFile(file), message));
    }
  }

  private static long size(Path f) {
    try {
      return Files.size(f);
    } catch (IOException e) {
      return 0;
    }
  }

  private static String mib(long bytes) {
    return (bytes >> 20) + " MB";
  }
}
