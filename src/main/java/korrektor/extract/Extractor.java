package korrektor.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import korrektor.document.Document;
import korrektor.document.Location;
import korrektor.document.Grid;
import korrektor.document.TextLine;
import korrektor.rubric.QuantityDef;

/**
 * Pulls candidate values for a rubric's quantities out of a document. Never picks a number because
 * it is close to an expected value: every candidate rests on a label, a table header or a step
 * context. Pure: no I/O.
 */
public final class Extractor {
  private final LabelMatcher labels;
  private final int steps;

  /**
   * @param quantities the quantities to look for, with their aliases
   * @param dimensions quantity → components (1 for scalars)
   * @param steps number of time steps in the exercise
   */
  public Extractor(Iterable<QuantityDef> quantities, Map<String, Integer> dimensions, int steps) {
    this.labels = new LabelMatcher(quantities, dimensions);
    this.steps = steps;
  }

  public Extraction extract(Document document) {
    List<Candidate> found = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    GridExtractor grids = new GridExtractor(labels, steps);
    for (Grid g : document.grids()) {
      grids.extract(g, found, notes);
    }
    List<TextLine> lines = document.lines();
    if (!lines.isEmpty()) {
      new LineTableExtractor(labels, steps).extract(lines, found);
      ProseExtractor prose = new ProseExtractor(labels, steps);
      for (int i = 0; i < lines.size(); i++) {
        String text = lines.get(i).text();
        var location = lines.get(i).location();
        int first = i;
        // a value broken onto the next line: "the cell state is s" / "= 0.4225"
        while (i + 1 < lines.size() && (endsWithEquals(text) || startsWithEquals(lines.get(i + 1).text()))) {
          text = text + " " + lines.get(++i).text();
        }
        int before = found.size();
        prose.line(text, location, found);
        if (i == first && found.size() == before) {
          blocks(lines.get(i), location, prose, found, before);
        }
      }
    }
    return new Extraction(dedupe(found), notes);
  }

  /**
   * Text set side by side on one baseline (labelled values beside a plot's tick labels, two
   * columns) comes as one line: when the whole line gave nothing, read each block between wide gaps
   * on its own.
   */
  private static void blocks(TextLine line, korrektor.document.Location location, ProseExtractor prose,
      List<Candidate> found, int before) {
    List<korrektor.document.Word> words = line.words();
    if (words.size() < 3) {
      return;
    }
    List<String> blocks = new ArrayList<>();
    StringBuilder current = new StringBuilder(words.get(0).text());
    for (int k = 1; k < words.size(); k++) {
      korrektor.document.Word prev = words.get(k - 1);
      korrektor.document.Word w = words.get(k);
      if (w.x() - prev.right() > 3 * Math.max(prev.fontSize(), 1)) {
        blocks.add(current.toString());
        current.setLength(0);
      } else if (current.length() > 0) {
        current.append(' ');
      }
      current.append(w.text());
    }
    blocks.add(current.toString());
    if (blocks.size() < 2) {
      return;
    }
    java.util.Set<String> had = new java.util.HashSet<>();
    for (Candidate c : found.subList(before, found.size())) {
      had.add(c.key());
    }
    List<Candidate> extra = new ArrayList<>();
    for (String b : blocks) {
      prose.line(b, location, extra);
    }
    for (Candidate c : extra) {
      if (!had.contains(c.key())) {
        found.add(c);
      }
    }
  }

  /**
   * Whether the line ends in {@code =}, {@code :} or {@code ≈} (trailing blanks aside): its value is
   * on the next line. The same as matching {@code .*[=:≈]\s*$} (no line break before the sign).
   */
  static boolean endsWithEquals(String text) {
    int i = text.length() - 1;
    while (i >= 0 && Text.isPatternBlank(text.charAt(i))) {
      i--;
    }
    if (i < 0 || "=:≈".indexOf(text.charAt(i)) < 0) {
      return false;
    }
    return noLineBreak(text, 0, i);
  }

  /** Whether the line starts with {@code =} or {@code ≈} (blanks aside): {@code ^\s*[=≈].*}. */
  static boolean startsWithEquals(String text) {
    int i = 0;
    while (i < text.length() && Text.isPatternBlank(text.charAt(i))) {
      i++;
    }
    return i < text.length() && (text.charAt(i) == '=' || text.charAt(i) == '≈')
        && noLineBreak(text, i + 1, text.length());
  }

  /** No character in {@code [from, to)} that {@code .} does not match. */
  private static boolean noLineBreak(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return false;
      }
    }
    return true;
  }

  /** One candidate per item, location and value (several rules may see the same cell). */
  private List<Candidate> dedupe(List<Candidate> found) {
    Map<SameValue, Candidate> unique = new LinkedHashMap<>();
    for (Candidate c : found) {
      if (c.step() < 1 || c.step() > steps) {
        continue;
      }
      SameValue k = new SameValue(c.key(), c.location(), c.value());
      Candidate prev = unique.get(k);
      if (prev == null || c.evidence().ordinal() < prev.evidence().ordinal()) {
        unique.put(k, c);
      }
    }
    return List.copyOf(unique.values()); // equal candidates have equal keys: no duplicates left
  }

  /** What makes two candidates the same finding. */
  private record SameValue(String item, Location location, double value) {}
}
