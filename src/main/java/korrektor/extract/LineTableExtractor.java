package korrektor.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import korrektor.document.TextLine;
import korrektor.document.Word;

/**
 * Tables without ruling lines in PDFs (LaTeX, Word) and in plain text: a header line carrying two
 * or more quantity labels defines columns by their x-centres; each number on the following lines
 * belongs to the nearest column, as tabula's and Camelot's "stream" mode do. Steps come from a
 * step column ({@code t}) or from the row order. Text without geometry gets character offsets as x.
 */
final class LineTableExtractor {
  private final LabelMatcher labels;
  private final int steps;

  LineTableExtractor(LabelMatcher labels, int steps) {
    this.labels = labels;
    this.steps = steps;
  }

  private record Column(double center, Label label, boolean stepColumn) {}

  void extract(List<TextLine> lines, List<Candidate> out) {
    for (int i = 0; i < lines.size(); i++) {
      List<Column> header = header(words(lines.get(i)));
      int first = i + 1;
      if (i + 1 < lines.size()) {
        // a header whose cells wrap onto a second line ("Ausgab" / "e(t)", "input" / "gate")
        List<Word> next = words(lines.get(i + 1));
        if (!next.isEmpty() && next.stream().noneMatch(w -> Numbers.whole(w.text()).isPresent())) {
          List<Column> wrapped = header(wrap(words(lines.get(i)), next));
          if (labelCount(wrapped) > labelCount(header)) {
            header = wrapped;
            first = i + 2;
          }
        }
      }
      if (labelCount(header) < 2) {
        continue;
      }
      int order = 0;
      int misses = 0;
      for (int j = first; j < lines.size() && misses < 2; j++) {
        List<Word> ws = words(lines.get(j));
        List<Word> numbers = new ArrayList<>();
        List<NumberToken> values = new ArrayList<>();
        for (Word w : ws) {
          Numbers.whole(w.text()).ifPresent(n -> {
            numbers.add(w);
            values.add(n);
          });
        }
        if (numbers.size() < 2 || numbers.size() * 2 < ws.size()) {
          misses++;
          if (lines.get(j).text().isBlank() || numbers.isEmpty() && ws.size() <= 1) {
            continue;
          }
          if (header(ws).stream().filter(c -> c.label() != null).count() >= 2) {
            break;
          }
          continue;
        }
        misses = 0;
        OptionalInt step = OptionalInt.empty();
        List<Candidate> row = new ArrayList<>();
        for (int k = 0; k < numbers.size(); k++) {
          Column col = nearest(header, numbers.get(k).centerX());
          if (col.stepColumn() && values.get(k).isInteger()) {
            step = OptionalInt.of((int) values.get(k).value());
          }
        }
        if (step.isEmpty() && !ws.isEmpty()) {
          step = Steps.stepOf(ws.get(0).text());
          if (step.isPresent() && Numbers.whole(ws.get(0).text()).isPresent() && header.stream().noneMatch(Column::stepColumn)) {
            // a leading bare integer is a row number only when it is not under a quantity column
            Column c = nearest(header, ws.get(0).centerX());
            if (c.label() != null) {
              step = OptionalInt.empty();
            }
          }
        }
        if (step.isPresent() && step.getAsInt() == 0) {
          continue;
        }
        int t = step.isPresent() ? step.getAsInt() : ++order;
        if (step.isPresent()) {
          order = t;
        }
        Candidate.Evidence ev = step.isPresent() ? Candidate.Evidence.TABLE : Candidate.Evidence.ORDER;
        for (int k = 0; k < numbers.size(); k++) {
          Column col = nearest(header, numbers.get(k).centerX());
          if (col.label() != null && t >= 1 && t <= steps) {
            row.add(new Candidate(col.label().quantity(), col.label().component(), t, values.get(k), lines.get(j).location(), ev));
          }
        }
        out.addAll(row);
      }
    }
  }

  private static long labelCount(List<Column> header) {
    return header.stream().filter(c -> c.label() != null).count();
  }

  /** Appends each word of a continuation line to the header word above it. */
  private static List<Word> wrap(List<Word> top, List<Word> below) {
    List<Word> out = new ArrayList<>(top);
    for (Word w : below) {
      int best = -1;
      for (int k = 0; k < out.size(); k++) {
        Word t = out.get(k);
        boolean overlaps = w.x() < t.right() + t.fontSize() && w.right() > t.x() - t.fontSize();
        if (overlaps && (best < 0 || Math.abs(t.centerX() - w.centerX()) < Math.abs(out.get(best).centerX() - w.centerX()))) {
          best = k;
        }
      }
      if (best < 0) {
        return top;
      }
      Word t = out.get(best);
      boolean joined = Character.isLowerCase(w.text().charAt(0)) && Character.isLetter(t.text().charAt(t.text().length() - 1))
          && t.text().length() > 3;
      String text = t.text() + (joined ? "" : " ") + w.text();
      out.set(best, new Word(text, Math.min(t.x(), w.x()), t.y(), Math.max(t.right(), w.right()) - Math.min(t.x(), w.x()), t.fontSize()));
    }
    return out;
  }

  private static Column nearest(List<Column> header, double x) {
    Column best = header.get(0);
    for (Column c : header) {
      if (Math.abs(c.center() - x) < Math.abs(best.center() - x)) {
        best = c;
      }
    }
    return best;
  }

  /** Header columns: words, with sub/superscript markers ({@code (t)}, smaller font) merged into the word before. */
  private List<Column> header(List<Word> words) {
    List<Column> cols = new ArrayList<>();
    List<Word> merged = new ArrayList<>();
    for (Word w : words) {
      if (!merged.isEmpty()) {
        Word prev = merged.get(merged.size() - 1);
        boolean marker = isMarker(w.text()) || w.fontSize() > 0 && w.fontSize() < 0.85 * prev.fontSize();
        boolean close = w.x() - prev.right() < Math.max(2.0, prev.fontSize() * 0.35);
        if (marker && (close || w.text().startsWith("("))) {
          merged.set(merged.size() - 1, new Word(prev.text() + w.text(), prev.x(), prev.y(), w.right() - prev.x(), prev.fontSize()));
          continue;
        }
      }
      merged.add(w);
    }
    for (Word w : merged) {
      if (Numbers.whole(w.text()).isPresent()) {
        return List.of(); // a header holds no values
      }
      Optional<Label> l = labels.whole(w.text());
      boolean stepColumn = Steps.isStepHeader(w.text());
      cols.add(new Column(w.centerX(), l.filter(x -> !x.hasStep()).orElse(null), stepColumn));
    }
    long known = cols.stream().filter(c -> c.label() != null || c.stepColumn()).count();
    return known * 2 < cols.size() ? List.of() : cols;
  }

  /** An index marker written apart from its label: {@code (2)}, {@code [1]}, {@code ^…}, {@code _…}, <code>{…</code>, {@code ~}. */
  private static boolean isMarker(String text) {
    return !text.isEmpty() && "([^_{".indexOf(text.charAt(0)) >= 0 || text.equals("~");
  }

  /** The line's words; for text without geometry, whitespace-separated tokens at their character offsets. */
  private static List<Word> words(TextLine line) {
    if (!line.words().isEmpty()) {
      return line.words();
    }
    List<Word> out = new ArrayList<>();
    String t = line.text();
    var m = java.util.regex.Pattern.compile("\\S+").matcher(t);
    while (m.find()) {
      out.add(new Word(m.group(), m.start() * 5.0, 0, (m.end() - m.start()) * 5.0, 10));
    }
    return out;
  }
}
