package korrektor.conformance;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A Jupyter notebook (nbformat 4): text as markdown cells, code as code cells with their outputs
 * ({@code stream}, or {@code execute_result} with {@code text/plain} and a DataFrame's {@code
 * text/html}).
 */
final class NotebookWriter implements FormatWriter {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public String write(List<Block> blocks, Path file, Random rnd) throws IOException {
    boolean sourceAsString = rnd.nextInt(4) == 0;
    ObjectNode nb = JSON.createObjectNode();
    ArrayNode cells = nb.putArray("cells");
    List<Block> markdown = new ArrayList<>();
    ObjectNode lastCode = null;
    int count = 1;
    for (Block b : blocks) {
      if (b instanceof Block.Code c) {
        flush(cells, markdown, sourceAsString);
        lastCode = cells.addObject();
        lastCode.put("cell_type", "code");
        lastCode.put("execution_count", count++);
        lastCode.putObject("metadata");
        source(lastCode, c.lines().stream().map(Line::plain).toList(), sourceAsString);
        lastCode.putArray("outputs");
      } else if (b instanceof Block.Output o) {
        flush(cells, markdown, sourceAsString);
        if (lastCode == null) {
          lastCode = cells.addObject();
          lastCode.put("cell_type", "code");
          lastCode.put("execution_count", count++);
          lastCode.putObject("metadata");
          source(lastCode, List.of("print(results)"), sourceAsString);
          lastCode.putArray("outputs");
        }
        output((ArrayNode) lastCode.get("outputs"), o, lastCode.get("execution_count").asInt());
        lastCode = null;
      } else {
        markdown.add(b);
        lastCode = null;
      }
    }
    flush(cells, markdown, sourceAsString);
    ObjectNode meta = nb.putObject("metadata");
    meta.putObject("kernelspec")
        .put("display_name", "Python 3")
        .put("language", "python")
        .put("name", "python3");
    meta.putObject("language_info").put("name", "python").put("version", "3.10.12");
    nb.put("nbformat", 4);
    nb.put("nbformat_minor", 5);
    JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), nb);
    return "ipynb" + (sourceAsString ? " string-sources" : "");
  }

  private static void flush(ArrayNode cells, List<Block> markdown, boolean asString) {
    if (markdown.isEmpty()) {
      return;
    }
    ObjectNode cell = cells.addObject();
    cell.put("cell_type", "markdown");
    cell.putObject("metadata");
    source(cell, MarkdownWriter.lines(markdown, true), asString);
    markdown.clear();
  }

  private static void output(ArrayNode outputs, Block.Output o, int count) {
    List<String> text = o.lines().stream().map(Line::plain).toList();
    ObjectNode out = outputs.addObject();
    if (!o.result()) {
      out.put("output_type", "stream");
      out.put("name", "stdout");
      lines(out.putArray("text"), text, true);
      return;
    }
    out.put("output_type", "execute_result");
    out.put("execution_count", count);
    out.putObject("metadata");
    ObjectNode data = out.putObject("data");
    if (o.html() != null) {
      StringBuilder html = new StringBuilder("<div>\n");
      HtmlWriter.table(html, o.html(), " border=\"1\" class=\"dataframe\"");
      html.append("</div>");
      lines(data.putArray("text/html"), List.of(html.toString().split("\n")), false);
    }
    lines(data.putArray("text/plain"), text, false);
  }

  private static void source(ObjectNode cell, List<String> lines, boolean asString) {
    if (asString) {
      cell.put("source", String.join("\n", lines));
    } else {
      lines(cell.putArray("source"), lines, false);
    }
  }

  /**
   * Notebook line arrays: every line but the last ends with a newline (all of them for streams).
   */
  private static void lines(ArrayNode a, List<String> lines, boolean allNewlines) {
    for (int i = 0; i < lines.size(); i++) {
      a.add(lines.get(i) + (i < lines.size() - 1 || allNewlines ? "\n" : ""));
    }
  }
}
