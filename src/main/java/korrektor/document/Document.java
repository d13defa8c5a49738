package korrektor.document;

import java.util.List;
import java.util.Objects;

/**
 * The format-neutral content of one student file: grids of cells, lines of text, what else it
 * holds (images, charts), and the problems met while reading it.
 *
 * @param fileName the file's name (no folders), as used in every {@link Location}
 * @param format the detected format
 * @param grids sheets of cells (spreadsheets, CSV)
 * @param lines lines of text in reading order (PDF, text, documents)
 * @param figures images, charts and drawings found (each with where it is and what it is)
 * @param pageCount pages for paged formats, else 0
 * @param problems what went wrong; an {@link Problem.Severity#ERROR} means nothing usable was read
 */
public record Document(
    String fileName,
    Format format,
    List<Grid> grids,
    List<TextLine> lines,
    List<Figure> figures,
    int pageCount,
    List<Problem> problems) {

  public Document {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(format, "format");
    grids = List.copyOf(grids);
    lines = List.copyOf(lines);
    figures = List.copyOf(figures);
    problems = List.copyOf(problems);
  }

  /** A document that could not be read: no content, one error. */
  public static Document unreadable(String fileName, Format format, String message) {
    return new Document(
        fileName,
        format,
        List.of(),
        List.of(),
        List.of(),
        0,
        List.of(Problem.error(Location.ofFile(fileName), message)));
  }

  public boolean isReadable() {
    return problems.stream().noneMatch(p -> p.severity() == Problem.Severity.ERROR);
  }

  /** Whether the document holds no content at all (no cells, no text, no figures). */
  public boolean isBlank() {
    return grids.stream().allMatch(g -> g.cells().isEmpty())
        && lines.stream().allMatch(l -> l.text().isBlank())
        && figures.isEmpty();
  }
}
