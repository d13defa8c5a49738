package korrektor.document;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The format-neutral content of one student file: grids of cells, lines of text, what else it holds
 * (images, charts), and the problems met while reading it.
 *
 * @param fileName the file's name (no folders), as used in every {@link Location}
 * @param format the detected format
 * @param grids sheets of cells (spreadsheets, CSV)
 * @param lines lines of text in reading order (PDF, text, documents)
 * @param figures images, charts and drawings found (each with where it is and what it is)
 * @param pageCount pages for paged formats, else 0
 * @param problems what went wrong; an {@link Problem.Severity#ERROR} means nothing usable was read
 * @param metadata what the file says about itself, by key ({@code author}, {@code creator}, {@code
 *     producer}, {@code lastModifiedBy}, {@code application}, {@code template}, {@code company},
 *     {@code title}); empty when the format has none or the reader does not fill it
 */
public record Document(
    String fileName,
    Format format,
    List<Grid> grids,
    List<TextLine> lines,
    List<Figure> figures,
    int pageCount,
    List<Problem> problems,
    Map<String, String> metadata) {

  /** Metadata keys readers fill in (others may follow). */
  public static final List<String> METADATA_KEYS =
      List.of(
          "author",
          "creator",
          "producer",
          "lastModifiedBy",
          "application",
          "template",
          "company",
          "title");

  public Document {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(format, "format");
    grids = List.copyOf(grids);
    lines = List.copyOf(lines);
    figures = List.copyOf(figures);
    problems = List.copyOf(problems);
    metadata = metadata == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(metadata));
  }

  /** A document without metadata. */
  public Document(
      String fileName,
      Format format,
      List<Grid> grids,
      List<TextLine> lines,
      List<Figure> figures,
      int pageCount,
      List<Problem> problems) {
    this(fileName, format, grids, lines, figures, pageCount, problems, Map.of());
  }

  /** This document with metadata; blank values are left out. */
  public Document withMetadata(Map<String, String> values) {
    Map<String, String> m = new TreeMap<>(metadata);
    values.forEach(
        (k, v) -> {
          if (k != null && v != null && !v.isBlank()) {
            m.put(k, v.strip());
          }
        });
    return new Document(fileName, format, grids, lines, figures, pageCount, problems, m);
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
