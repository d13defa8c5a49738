package korrektor.document.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import korrektor.document.Word;

/**
 * Rebuilds words and lines from the glyphs of one page. Lines are clusters of baselines; a cluster
 * of smaller glyphs just above or below a line (a superscript {@code (2)} of {@code h^{(2)}}, a
 * subscript {@code t} of {@code s_t}) joins that line. Words break at gaps, at blanks, and where
 * the font size or baseline jumps, so that a sub/superscript is a word of its own.
 */
final class LineBuilder {

  /** Glyphs on baselines closer than this share a line (fraction of the font size). */
  private static final double BASELINE_TOLERANCE = 0.25;

  /** A smaller cluster shifted by less than this (fraction of the line's size) is its script. */
  private static final double SCRIPT_SHIFT = 0.6;

  /** Glyphs smaller than this fraction of a line's size are sub/superscripts. */
  private static final double SCRIPT_RATIO = 0.85;

  /** A gap wider than this fraction of a space starts a new word. */
  private static final double GAP_OF_SPACE = 0.3;

  /** One rebuilt line: its baseline and its words from left to right. */
  record Line(double baseline, List<Word> words) {

    String text() {
      return String.join(" ", words.stream().map(Word::text).toList());
    }
  }

  private LineBuilder() {}

  static List<Line> build(List<Glyph> glyphs) {
    List<Cluster> clusters = cluster(glyphs);
    mergeScripts(clusters);
    List<Line> lines = new ArrayList<>();
    for (Cluster cluster : clusters) {
      List<Word> words = words(cluster.glyphs);
      if (!words.isEmpty()) {
        lines.add(new Line(cluster.baseline(), words));
      }
    }
    lines.sort(
        Comparator.comparingDouble(Line::baseline).thenComparingDouble(l -> l.words().get(0).x()));
    return lines;
  }

  private static List<Cluster> cluster(List<Glyph> glyphs) {
    List<Glyph> sorted = new ArrayList<>(glyphs);
    sorted.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
    List<Cluster> clusters = new ArrayList<>();
    Cluster current = null;
    for (Glyph g : sorted) {
      if (current == null
          || g.y() - current.firstY
              > BASELINE_TOLERANCE * Math.max(g.fontSize(), current.maxSize)) {
        current = new Cluster(g.y());
        clusters.add(current);
      }
      current.add(g);
    }
    return clusters;
  }

  /** Moves each cluster of small glyphs into the neighbouring line it is the script of. */
  private static void mergeScripts(List<Cluster> clusters) {
    boolean merged = true;
    while (merged) {
      merged = false;
      for (int i = 0; i < clusters.size() && !merged; i++) {
        Cluster script = clusters.get(i);
        Cluster target = null;
        for (int j : new int[] {i - 1, i + 1}) {
          if (j < 0 || j >= clusters.size()) {
            continue;
          }
          Cluster line = clusters.get(j);
          if (isScriptOf(script, line)
              && (target == null
                  || Math.abs(line.baseline() - script.baseline())
                      < Math.abs(target.baseline() - script.baseline()))) {
            target = line;
          }
        }
        if (target != null) {
          target.add(script.glyphs);
          clusters.remove(i);
          merged = true;
        }
      }
    }
  }

  private static boolean isScriptOf(Cluster script, Cluster line) {
    double size = line.size();
    if (script.size() >= SCRIPT_RATIO * size
        || Math.abs(script.baseline() - line.baseline()) >= SCRIPT_SHIFT * size) {
      return false;
    }
    // It must sit next to the line's glyphs, not somewhere else at a similar height.
    for (Glyph s : script.glyphs) {
      for (Glyph g : line.glyphs) {
        if (s.x() <= g.right() + size && s.right() >= g.x() - size) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<Word> words(List<Glyph> glyphs) {
    List<Glyph> sorted = new ArrayList<>(glyphs);
    sorted.sort(Comparator.comparingDouble(Glyph::x));
    List<Word> words = new ArrayList<>();
    List<Glyph> word = new ArrayList<>();
    Glyph previous = null;
    for (Glyph g : sorted) {
      if (g.isBlank()) {
        flush(word, words);
        previous = null;
        continue;
      }
      if (previous != null && startsNewWord(previous, g)) {
        flush(word, words);
      }
      word.add(g);
      previous = g;
    }
    flush(word, words);
    return words;
  }

  private static boolean startsNewWord(Glyph previous, Glyph g) {
    double size = Math.max(previous.fontSize(), g.fontSize());
    double smaller = Math.min(previous.fontSize(), g.fontSize());
    if (smaller < SCRIPT_RATIO * size) {
      return true;
    }
    if (Math.abs(g.y() - previous.y()) > 0.15 * size) {
      return true;
    }
    double space = previous.spaceWidth();
    if (space < 0.15 * previous.fontSize() || space > 0.6 * previous.fontSize()) {
      space = 0.3 * previous.fontSize();
    }
    return g.x() - previous.right() > GAP_OF_SPACE * space;
  }

  private static void flush(List<Glyph> glyphs, List<Word> words) {
    if (glyphs.isEmpty()) {
      return;
    }
    StringBuilder text = new StringBuilder();
    double size = 0;
    double right = glyphs.get(0).right();
    for (Glyph g : glyphs) {
      text.append(g.text());
      size = Math.max(size, g.fontSize());
      right = Math.max(right, g.right());
    }
    Glyph first = glyphs.get(0);
    words.add(new Word(text.toString(), first.x(), first.y(), right - first.x(), size));
    glyphs.clear();
  }

  /** Glyphs sharing a baseline, before words are formed. */
  private static final class Cluster {
    final double firstY;
    final List<Glyph> glyphs = new ArrayList<>();
    double maxSize;
    private double size = -1;
    private double baseline = Double.NaN;

    Cluster(double firstY) {
      this.firstY = firstY;
    }

    void add(List<Glyph> more) {
      for (Glyph g : more) {
        add(g);
      }
    }

    void add(Glyph g) {
      glyphs.add(g);
      maxSize = Math.max(maxSize, g.fontSize());
      size = -1;
      baseline = Double.NaN;
    }

    /** The font size most of the cluster's characters have, largest on a tie. */
    double size() {
      if (size < 0) {
        size = dominantSize();
      }
      return size;
    }

    private double dominantSize() {
      if (glyphs.isEmpty()) {
        return 0;
      }
      // the sizes rounded to 0.1, sorted: equal sizes are neighbours, so counting needs no map
      double[] sizes = new double[glyphs.size()];
      int n = 0;
      for (Glyph g : glyphs) {
        if (!g.isBlank()) {
          sizes[n++] = Math.round(g.fontSize() * 10) / 10.0;
        }
      }
      if (n == 0) {
        return glyphs.get(0).fontSize();
      }
      Arrays.sort(sizes, 0, n);
      double best = sizes[0];
      int bestCount = 0;
      for (int i = 0; i < n; ) {
        int j = i;
        while (j < n && Double.compare(sizes[j], sizes[i]) == 0) {
          j++;
        }
        if (j - i >= bestCount) { // ascending: on a tie the larger size wins
          best = sizes[i];
          bestCount = j - i;
        }
        i = j;
      }
      return best;
    }

    /** The baseline of the cluster's dominant-size glyphs (kept until glyphs are added). */
    double baseline() {
      if (Double.isNaN(baseline)) {
        double size = size();
        baseline =
            glyphs.stream()
                .filter(g -> Math.abs(g.fontSize() - size) < 0.1)
                .mapToDouble(Glyph::y)
                .average()
                .orElse(firstY);
      }
      return baseline;
    }
  }
}
