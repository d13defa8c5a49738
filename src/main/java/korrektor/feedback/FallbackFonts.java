package korrektor.feedback;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * Fonts found on this system for the characters DejaVu Sans lacks (Chinese, Japanese, Korean):
 * TrueType files (PDFBox embeds only TrueType outlines, not the CFF of Noto CJK's .ttc) from the
 * usual font folders and from {@code KORREKTOR_FONTS} (a folder, or files separated by the path
 * separator), in a fixed order of preference so that every machine with the same fonts makes the
 * same bytes. A character no font has is recorded in {@link #missing()} so the tutor is told, and
 * drawn as {@code [U+XXXX]}, never as {@code ?}.
 */
final class FallbackFonts {
  /** File names preferred, most first; any other TrueType file comes after them, by path. */
  private static final List<String> PREFERRED =
      List.of(
          "dejavusans.ttf",
          "droidsansfallbackfull.ttf",
          "droidsansfallback.ttf",
          "nanumgothic.ttf",
          "notosanscjksc-regular.ttf",
          "notosanssc-regular.ttf",
          "notosansjp-regular.ttf",
          "notosanskr-regular.ttf",
          "notosansarabic-regular.ttf",
          "notosans-regular.ttf",
          "unifont.ttf",
          "arialuni.ttf",
          "msgothic.ttf",
          "malgun.ttf",
          "simsun.ttf");

  private static final int MAX_FILES = 400;
  private static volatile List<Path> files;
  private static final Map<Path, TrueTypeFont> PARSED = new ConcurrentHashMap<>();
  private static final Map<Integer, Integer> CHOICE = new ConcurrentHashMap<>();
  private static final Set<Integer> MISSING = new ConcurrentSkipListSet<>();

  private FallbackFonts() {}

  /** The font files to fall back on, in order of preference. */
  static List<Path> files() {
    List<Path> f = files;
    if (f == null) {
      synchronized (FallbackFonts.class) {
        if (files == null) {
          files = discover();
        }
        f = files;
      }
    }
    return f;
  }

  /**
   * The index in {@link #files} of the first font that has {@code cp}, or -1 (then it is recorded
   * as missing).
   */
  static int fontFor(int cp) {
    return CHOICE.computeIfAbsent(
        cp,
        k -> {
          List<Path> all = files();
          for (int i = 0; i < all.size(); i++) {
            if (has(all.get(i), k)) {
              return i;
            }
          }
          MISSING.add(k);
          return -1;
        });
  }

  /**
   * The characters no font on this system could show, since the start (or the last {@link
   * #clearMissing}).
   */
  static List<Integer> missing() {
    return List.copyOf(MISSING);
  }

  static void clearMissing() {
    MISSING.clear();
  }

  /** The characters no font could show, named: {@code 김 (U+AE40)}. */
  public static String describeMissing() {
    StringBuilder b = new StringBuilder();
    for (int cp : missing()) {
      b.append(b.length() > 0 ? ", " : "")
          .appendCodePoint(cp)
          .append(" (")
          .append(code(cp))
          .append(')');
    }
    return b.toString();
  }

  /** {@code U+AE40}. */
  static String code(int cp) {
    return String.format(Locale.ROOT, "U+%04X", cp);
  }

  private static boolean has(Path file, int cp) {
    TrueTypeFont ttf = PARSED.computeIfAbsent(file, FallbackFonts::parse);
    if (ttf == null) {
      return false;
    }
    synchronized (ttf) {
      try {
        CmapLookup cmap = ttf.getUnicodeCmapLookup(false);
        return cmap != null && cmap.getGlyphId(cp) > 0;
      } catch (IOException | RuntimeException e) {
        return false;
      }
    }
  }

  private static TrueTypeFont parse(Path file) {
    try {
      TrueTypeFont t = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
      return t.getTableMap().containsKey("glyf") ? t : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static List<Path> discover() {
    List<Path> roots = new ArrayList<>();
    String env = System.getenv("KORREKTOR_FONTS");
    String prop = System.getProperty("korrektor.fonts");
    for (String list : new String[] {prop, env}) {
      if (list != null && !list.isBlank()) {
        for (String p : list.split(File.pathSeparator)) {
          roots.add(Path.of(p.strip()));
        }
      }
    }
    String home = System.getProperty("user.home", "");
    for (String d :
        new String[] {
          "/usr/share/fonts",
          "/usr/local/share/fonts",
          home + "/.local/share/fonts",
          home + "/.fonts",
          "/Library/Fonts",
          "/System/Library/Fonts",
          "C:\\Windows\\Fonts"
        }) {
      roots.add(Path.of(d));
    }
    List<Path> found = new ArrayList<>();
    for (Path root : roots) {
      if (Files.isRegularFile(root)) {
        found.add(root);
      } else if (Files.isDirectory(root)) {
        try (Stream<Path> s = Files.walk(root, 4)) {
          s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttf"))
              .filter(Files::isRegularFile)
              .sorted()
              .limit(MAX_FILES)
              .forEach(found::add);
        } catch (IOException | RuntimeException e) {
          // a folder that cannot be read offers no fonts
        }
      }
    }
    return found.stream()
        .distinct()
        .sorted(Comparator.comparingInt(FallbackFonts::rank).thenComparing(Path::toString))
        .toList();
  }

  private static int rank(Path p) {
    int i = PREFERRED.indexOf(p.getFileName().toString().toLowerCase(Locale.ROOT));
    return i < 0 ? PREFERRED.size() : i;
  }
}
