package korrektor.extract;

import java.util.ArrayList;
import java.util.List;
import korrektor.document.Cell;
import korrektor.document.Document;
import korrektor.document.Format;
import korrektor.document.Grid;
import korrektor.document.Location;
import korrektor.document.TextLine;
import korrektor.document.Word;

/**
 * A document's text as paragraphs, the units a student writes an answer in: a word processor's or a
 * web page's paragraph; a PDF's or a text file's lines joined while a sentence runs on (the next
 * line starts in lower case, or the line breaks after a hyphen, a comma or inside brackets; in a
 * PDF no wider gap; never before a label or between a table and prose); a spreadsheet row's text
 * cells. Lines inside a paragraph are kept apart by {@code \n}, so a word hyphenated at a line end
 * can be joined again later.
 */
public final class Paragraphs {
  /** Lines this long make up at most one paragraph; a longer run is split. */
  private static final int MAX_LINES = 12;

  /**
   * One paragraph.
   *
   * @param text the paragraph's lines, separated by {@code \n}
   * @param location where its first line is
   * @param document the index of its document in the submission
   */
  public record Paragraph(String text, Location location, int document) {}

  private Paragraphs() {}

  /**
   * The paragraphs of a submission's documents, in reading order; a draft handed in beside the
   * version that counts comes after all others, so that the final version's answers are met first.
   */
  public static List<Paragraph> of(List<Document> documents) {
    java.util.Set<Integer> drafts =
        Versions.drafts(documents.stream().map(Document::fileName).toList());
    List<Paragraph> out = new ArrayList<>();
    for (int round = 0; round < 2; round++) {
      for (int d = 0; d < documents.size(); d++) {
        if (drafts.contains(d) == (round == 1)) {
          Document doc = documents.get(d);
          out.addAll(lines(doc, d));
          out.addAll(rows(doc, d));
        }
      }
    }
    return out;
  }

  private static List<Paragraph> lines(Document doc, int d) {
    List<Paragraph> out = new ArrayList<>();
    boolean eachLine =
        switch (doc.format()) {
          case DOCX, DOC, ODT, RTF, HTML -> true;
          default -> false;
        };
    StringBuilder text = new StringBuilder();
    Location start = null;
    int count = 0;
    TextLine previous = null;
    for (TextLine line : doc.lines()) {
      String t = line.text();
      boolean blank = t.isBlank();
      boolean runsOn =
          !blank
              && previous != null
              && !eachLine
              && count < MAX_LINES
              && java.util.Objects.equals(
                  previous.location().file(), line.location().file()) // a zip's files
              && java.util.Objects.equals(
                  previous.location().sheet(), line.location().sheet()) // a notebook's cell
              && runsOn(previous, line, doc.format());
      if (!runsOn && start != null) {
        out.add(new Paragraph(text.toString(), start, d));
        text.setLength(0);
        start = null;
        count = 0;
      }
      if (!blank) {
        if (start == null) {
          start = line.location();
        } else {
          text.append('\n');
        }
        text.append(t.strip());
        count++;
      }
      previous = blank ? null : line;
    }
    if (start != null) {
      out.add(new Paragraph(text.toString(), start, d));
    }
    return out;
  }

  /** Whether {@code next} continues the paragraph {@code previous} is in. */
  private static boolean runsOn(TextLine previous, TextLine next, Format format) {
    String n = next.text().strip();
    if (Labels.startsWithLabel(n)) {
      return false;
    }
    if (format == Format.PDF && !previous.words().isEmpty() && !next.words().isEmpty()) {
      Word a = previous.words().get(0);
      Word b = next.words().get(0);
      double size = Math.max(1, Math.max(a.fontSize(), b.fontSize()));
      double gap = b.y() - a.y();
      if (gap <= 0 || gap > 1.9 * size) {
        return false; // a new column or page, or a paragraph's space
      }
    }
    String p = previous.text().strip();
    if (AnswerSegmenter.mostlyNumbers(p) != AnswerSegmenter.mostlyNumbers(n)) {
      return false; // a table's rows and the sentence after them
    }
    char last = p.isEmpty() ? '.' : p.charAt(p.length() - 1);
    char first = n.charAt(0);
    // a wrapped sentence: the next line starts in lower case, or the line breaks after a hyphen,
    // a comma or an open bracket
    return Character.isLowerCase(first) && ".!?".indexOf(last) < 0
        || "-‐,;(".indexOf(last) >= 0
        || p.chars().filter(c -> c == '(').count() > p.chars().filter(c -> c == ')').count();
  }

  private static int words(String s) {
    return AnswerSegmenter.words(s);
  }

  /** A grid's rows that hold text, each as a paragraph of its cells' texts. */
  private static List<Paragraph> rows(Document doc, int d) {
    List<Paragraph> out = new ArrayList<>();
    for (Grid g : doc.grids()) {
      int row = -1;
      StringBuilder text = new StringBuilder();
      Location start = null;
      boolean hasText = false;
      List<Cell> cells = new ArrayList<>(g.cells());
      cells.sort(java.util.Comparator.comparingInt(Cell::row).thenComparingInt(Cell::column));
      for (Cell c : cells) {
        if (c.row() != row) {
          if (start != null && hasText) {
            out.add(new Paragraph(text.toString(), start, d));
          }
          row = c.row();
          text.setLength(0);
          start = null;
          hasText = false;
        }
        String t = c.text().strip();
        if (t.isEmpty()) {
          continue;
        }
        if (start == null) {
          start = c.location();
        } else {
          text.append(" | ");
        }
        text.append(t);
        // a row of a table of values ("f (forget gate) | 0.5436") or its header is no prose; a cell
        // with a few words, or a label in the first cell ("16b | …"), is
        hasText |= !c.isNumeric() && (words(t) >= 4 || text.isEmpty() && Labels.startsWithLabel(t));
      }
      if (start != null && hasText) {
        out.add(new Paragraph(text.toString(), start, d));
      }
    }
    return out;
  }
}
