package korrektor.document.notebook;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import korrektor.document.Document;
import korrektor.document.DocumentReader;
import korrektor.document.Figure;
import korrektor.document.Format;
import korrektor.document.LineText;
import korrektor.document.Location;
import korrektor.document.Problem;
import korrektor.document.ReadFailures;
import korrektor.document.ReadLimits;
import korrektor.document.TextLine;

/**
 * Reads a Jupyter notebook (nbformat 4): the source of markdown, code and raw cells and the {@code
 * text/plain} and stream outputs of code cells become text lines located {@code nb.ipynb cell 3
 * l.2} (lines counted within the cell, outputs after the source); {@code image/png}, {@code
 * image/jpeg} and {@code image/svg+xml} outputs and image attachments become figures. JSON nested
 * deeper than {@link #MAX_DEPTH} is refused.
 */
public final class NotebookReader implements DocumentReader {

  /** Notebooks nest about 6 levels; anything near this is hostile. */
  static final int MAX_DEPTH = 100;

  private static final ObjectMapper MAPPER =
      new ObjectMapper(
          JsonFactory.builder()
              .streamReadConstraints(
                  StreamReadConstraints.builder()
                      .maxNestingDepth(MAX_DEPTH)
                      .maxStringLength(20_000_000)
                      .build())
              .build());
  private static final List<String> IMAGE_TYPES =
      List.of("image/png", "image/jpeg", "image/svg+xml", "image/gif");

  @Override
  public Set<Format> formats() {
    return Set.of(Format.IPYNB);
  }

  @Override
  public Document read(Path file, String displayName, ReadLimits limits) {
    JsonNode root;
    try {
      root = MAPPER.readTree(file.toFile());
    } catch (StreamConstraintsException e) {
      return Document.unreadable(
          displayName,
          Format.IPYNB,
          ReadFailures.damaged(
              Format.IPYNB,
              "nested more than " + MAX_DEPTH + " levels deep; not a notebook saved by Jupyter"));
    } catch (JsonProcessingException e) {
      return Document.unreadable(
          displayName,
          Format.IPYNB,
          ReadFailures.damaged(
              Format.IPYNB,
              "not valid JSON"
                  + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr())));
    } catch (IOException e) {
      return Document.unreadable(displayName, Format.IPYNB, ReadFailures.describe(Format.IPYNB, e));
    }
    JsonNode cells = root == null ? null : root.get("cells");
    if (cells == null || !cells.isArray()) {
      // nbformat 3 kept cells under worksheets[0].cells
      cells = root == null ? null : root.path("worksheets").path(0).get("cells");
    }
    if (cells == null || !cells.isArray()) {
      return Document.unreadable(
          displayName, Format.IPYNB, ReadFailures.damaged(Format.IPYNB, "no \"cells\" list"));
    }
    List<TextLine> lines = new ArrayList<>();
    List<Figure> figures = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    int index = 0;
    for (JsonNode cell : cells) {
      index++;
      String part = "cell " + index;
      Cell out = new Cell(displayName, part, lines, limits.maxLines());
      out.add(text(cell.get("source")));
      out.add(text(cell.get("input"))); // nbformat 3
      for (JsonNode attachment : iterable(cell.path("attachments"))) {
        if (IMAGE_TYPES.stream().anyMatch(attachment::has)) {
          figures.add(
              new Figure(
                  Figure.Kind.IMAGE, "image attachment", Location.ofLineIn(displayName, part, 0)));
        }
      }
      for (JsonNode output : iterable(cell.path("outputs"))) {
        out.add(text(output.get("text")));
        JsonNode data = output.has("data") ? output.get("data") : output;
        out.add(text(data.get("text/plain")));
        for (String type : IMAGE_TYPES) {
          if (data.has(type) || data.has(type.substring(6))) {
            figures.add(
                new Figure(
                    Figure.Kind.IMAGE, type + " output", Location.ofLineIn(displayName, part, 0)));
            break;
          }
        }
      }
      if (out.cut) {
        problems.add(
            Problem.warning(
                Problem.Kind.TRUNCATED,
                Location.ofFile(displayName),
                "only the first " + limits.maxLines() + " lines were read; the rest is skipped"));
        break;
      }
    }
    return new Document(displayName, Format.IPYNB, List.of(), lines, figures, 0, problems);
  }

  /** A notebook string: a string, or a list of strings to be concatenated. */
  private static String text(JsonNode node) {
    if (node == null || node.isNull()) {
      return "";
    }
    if (node.isArray()) {
      StringBuilder s = new StringBuilder();
      node.forEach(n -> s.append(n.asText()));
      return s.toString();
    }
    return node.asText();
  }

  private static Iterable<JsonNode> iterable(JsonNode node) {
    return node.isArray() ? node : List.of();
  }

  /** Adds one cell's lines, numbered from 1 within the cell. */
  private static final class Cell {
    final String file;
    final String part;
    final List<TextLine> lines;
    final int max;
    int number;
    boolean cut;

    Cell(String file, String part, List<TextLine> lines, int max) {
      this.file = file;
      this.part = part;
      this.lines = lines;
      this.max = max;
    }

    void add(String text) {
      for (String line : (Iterable<String>) text.lines()::iterator) {
        String clean = LineText.of(line);
        number++;
        if (clean.isEmpty()) {
          continue;
        }
        if (lines.size() >= max) {
          cut = true;
          return;
        }
        lines.add(TextLine.plain(clean, Location.ofLineIn(file, part, number)));
      }
    }
  }
}
