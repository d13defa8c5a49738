package korrektor.conformance;

import java.util.ArrayList;
import java.util.List;

/** A format-neutral block of a written submission; format writers turn blocks into files. */
sealed interface Block
    permits Block.Heading, Block.Para, Block.Table, Block.Code, Block.Output, Block.Break {

  /** A heading line. */
  record Heading(Line line) implements Block {}

  /** A paragraph, list item or single line. */
  record Para(Line line) implements Block {}

  /**
   * A table: rows of cells.
   *
   * @param rows the rows, each a list of cells
   * @param headerRows how many first rows are headers (0 or 1)
   */
  record Table(List<List<Line>> rows, int headerRows) implements Block {
    public Table {
      rows = rows.stream().map(List::copyOf).toList();
    }

    int columns() {
      return rows.stream().mapToInt(List::size).max().orElse(0);
    }
  }

  /** Lines of source code (monospaced; a code cell in a notebook). */
  record Code(List<Line> lines) implements Block {
    public Code {
      lines = List.copyOf(lines);
    }
  }

  /**
   * What code printed (monospaced; the code cell's output in a notebook).
   *
   * @param lines the text output
   * @param html the same as an HTML table (a DataFrame's {@code text/html}), or null
   * @param result true for an expression's value ({@code execute_result}), false for printed text
   */
  record Output(List<Line> lines, Table html, boolean result) implements Block {
    public Output {
      lines = List.copyOf(lines);
    }
  }

  /** A new page, section or sheet, with its title. */
  record Break(String title) implements Block {}

  /** Every line a block holds (for truth and plain renderings). */
  static List<Line> lines(Block b) {
    List<Line> out = new ArrayList<>();
    if (b instanceof Heading h) {
      out.add(h.line());
    } else if (b instanceof Para p) {
      out.add(p.line());
    } else if (b instanceof Table t) {
      t.rows().forEach(out::addAll);
    } else if (b instanceof Code c) {
      out.addAll(c.lines());
    } else if (b instanceof Output o) {
      out.addAll(o.lines());
      if (o.html() != null) {
        o.html().rows().forEach(out::addAll);
      }
    }
    return out;
  }
}
