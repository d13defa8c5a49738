package korrektor.conformance;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/** Writes format-neutral blocks as a file of one format. */
interface FormatWriter {

  /**
   * Writes the blocks to {@code file}.
   *
   * @param rnd picks the writer's own variations (fonts, separators, cell types)
   * @return a short description of the variation chosen ({@code csv ; cp1252}), for reports
   */
  String write(List<Block> blocks, Path file, Random rnd) throws IOException;

  /** The writer for a format. */
  static FormatWriter of(OutFormat format) {
    return switch (format) {
      case XLSX -> new SpreadsheetWriter(true);
      case XLS -> new SpreadsheetWriter(false);
      case ODS -> new OdsWriter();
      case CSV -> new CsvWriter();
      case DOCX -> new DocxWriter();
      case DOC -> new DocWriter();
      case ODT -> new OdtWriter();
      case RTF -> new RtfWriter();
      case PDF -> new PdfWriter();
      case HTML -> new HtmlWriter();
      case MD -> new MarkdownWriter();
      case TXT -> new TextWriter();
      case IPYNB -> new NotebookWriter();
    };
  }
}
