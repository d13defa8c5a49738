package korrektor.document.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import korrektor.document.Document;
import korrektor.document.DocumentReader;
import korrektor.document.Format;
import korrektor.document.ReadFailures;
import korrektor.document.ReadLimits;
import korrektor.document.archive.ArchiveReader;
import korrektor.document.csv.CsvReader;
import korrektor.document.detect.FormatDetector;
import korrektor.document.doc.DocReader;
import korrektor.document.docx.DocxReader;
import korrektor.document.html.HtmlReader;
import korrektor.document.image.ImageReader;
import korrektor.document.notebook.NotebookReader;
import korrektor.document.ods.OdsReader;
import korrektor.document.odt.OdtReader;
import korrektor.document.pdf.PdfReader;
import korrektor.document.rtf.RtfReader;
import korrektor.document.spreadsheet.WorkbookReader;
import korrektor.document.text.PlainTextReader;

/**
 * The entry point for reading any student file: detects the format from the content, enforces
 * {@link ReadLimits#maxFileBytes}, hands the file to the reader for that format, and turns every
 * failure, including a hostile file's {@link OutOfMemoryError} or {@link StackOverflowError}, into
 * {@link Document#unreadable} with a message saying what is wrong and what to hand in instead.
 */
public final class DocumentReaders {

  /** Names of files that are text whatever their lines look like. */
  private static final java.util.regex.Pattern TEXT_NAMES =
      java.util.regex.Pattern.compile("\\.(?:md|markdown|txt|text|tex|py|m|r|rst|log|org|adoc)$");

  private final Map<Format, DocumentReader> readers;

  private DocumentReaders(List<DocumentReader> readers) {
    Map<Format, DocumentReader> byFormat = new EnumMap<>(Format.class);
    for (DocumentReader reader : readers) {
      for (Format format : reader.formats()) {
        if (byFormat.putIfAbsent(format, reader) != null) {
          throw new IllegalArgumentException("two readers for " + format);
        }
      }
    }
    this.readers = Map.copyOf(byFormat);
  }

  /**
   * Whether a file's lines agree on a delimiter for at least 40 % of them (a table under a title
   * and a few notes); lines of text with decimal commas saved under a .csv name do not.
   */
  private static boolean looksTabular(Path file) throws IOException {
    byte[] prefix;
    try (java.io.InputStream in = Files.newInputStream(file)) {
      prefix = in.readNBytes(64 * 1024);
    }
    return korrektor.document.text.DelimiterSniffer.tableShare(
            korrektor.document.text.TextDecoder.decode(prefix).text())
        >= 0.4;
  }

  /**
   * The readers Korrektor ships: PDF, xlsx/xls, ods, docx, doc, odt, rtf, Jupyter notebooks, HTML,
   * CSV, plain text (and Markdown), images, and zips of these (read with this same registry).
   */
  public static DocumentReaders standard() {
    // the archive reader reads the files in a zip with the registry it belongs to
    java.util.concurrent.atomic.AtomicReference<DocumentReaders> self =
        new java.util.concurrent.atomic.AtomicReference<>();
    DocumentReaders readers =
        of(
            List.of(
                new PdfReader(),
                new WorkbookReader(),
                new OdsReader(),
                new OdtReader(),
                new RtfReader(),
                new DocxReader(),
                new DocReader(),
                new NotebookReader(),
                new HtmlReader(),
                new CsvReader(),
                new PlainTextReader(),
                new ImageReader(),
                new ArchiveReader((file, name, limits) -> self.get().read(file, name, limits))));
    self.set(readers);
    return readers;
  }

  /** A registry of the given readers; at most one reader per format. */
  public static DocumentReaders of(List<DocumentReader> readers) {
    return new DocumentReaders(readers);
  }

  /** The reader for a format, if there is one. */
  public Optional<DocumentReader> readerFor(Format format) {
    return Optional.ofNullable(readers.get(format));
  }

  /**
   * Reads any file; never throws for a bad file.
   *
   * @param file the file
   * @param displayName the name used in locations and messages
   * @param limits bounds on size and work
   */
  public Document read(Path file, String displayName, ReadLimits limits) {
    Format format = Format.UNKNOWN;
    try {
      long size = Files.size(file);
      if (size == 0) {
        return Document.unreadable(displayName, Format.EMPTY, ReadFailures.empty());
      }
      FormatDetector.Detection detection = FormatDetector.inspect(file, size);
      format = detection.format();
      String lower = displayName.toLowerCase(java.util.Locale.ROOT);
      if (format == Format.TEXT
          && (lower.endsWith(".csv") || lower.endsWith(".tsv"))
          && looksTabular(file)) {
        // text whose delimiters are not consistent on every line (a title row, a prose line):
        // the name settles what the content leaves open
        format = Format.CSV;
      } else if (format == Format.CSV && TEXT_NAMES.matcher(lower).find()) {
        // "$$g^{(1)} = ,577$$" has one comma a line, as a CSV would: a Markdown or code file is
        // text, whose tables in text the reader finds as well
        format = Format.TEXT;
      }
      if (size > limits.maxFileBytes()) {
        return Document.unreadable(
            displayName, format, ReadFailures.tooLarge(size, limits.maxFileBytes()));
      }
      if (FormatDetector.PASSWORD_PROTECTED.equals(detection.damage())) {
        return Document.unreadable(displayName, format, ReadFailures.encrypted(format));
      }
      if (detection.isDamaged()) {
        return Document.unreadable(
            displayName, format, ReadFailures.damaged(format, detection.damage()));
      }
      DocumentReader reader = readers.get(format);
      if (reader == null) {
        return Document.unreadable(displayName, format, ReadFailures.unsupported(format));
      }
      return reader.read(file, displayName, limits);
    } catch (IOException e) {
      return Document.unreadable(
          displayName,
          format,
          "The file could not be opened (" + ReadFailures.cause(e) + "). Hand it in again.");
    } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
      return Document.unreadable(displayName, format, ReadFailures.describe(format, e));
    }
  }
}
