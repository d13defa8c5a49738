package korrektor.document;

import java.io.EOFException;
import java.util.Locale;
import java.util.zip.ZipException;

/**
 * The sentences a student or tutor reads when a file cannot be read: what is wrong and what to hand
 * in instead. Readers of every format share them so that the advice is the same everywhere.
 */
public final class ReadFailures {

  /** What to hand in, when the format itself is the problem. */
  public static final String WHAT_TO_HAND_IN =
      "Hand in a PDF, a spreadsheet (.xlsx, .xls, .ods),"
          + " a text document (.docx, .doc, .odt, .rtf), a Jupyter notebook (.ipynb), or a CSV or text file.";

  private ReadFailures() {}

  /** The message for a file of 0 bytes. */
  public static String empty() {
    return "The file is empty (0 bytes). Hand in the file again; it may not have been saved.";
  }

  /** The message for a file above {@link ReadLimits#maxFileBytes}. */
  public static String tooLarge(long bytes, long maxBytes) {
    return String.format(
        Locale.ROOT,
        "The file is too large (%.1f MB; at most %.1f MB are read). Hand in only the answer sheet,"
            + " e.g. a PDF without high-resolution scans, or the table as .xlsx or CSV.",
        bytes / 1048576.0,
        maxBytes / 1048576.0);
  }

  /** The message for a format that is recognised but not read (yet), or not recognised. */
  public static String unsupported(Format format) {
    return switch (format) {
      case ZIP ->
          "This is a zip archive, not a single answer file; unpack it and hand in the files"
              + " inside (PDF, .xlsx, .ods, .docx, .ipynb, CSV or text) one by one.";
      case IWORK ->
          "Apple Pages/Numbers/Keynote files are not read; export it (File → Export To →"
              + " PDF, or Excel for Numbers) and hand in that file.";
      case IMAGE ->
          "An image holds no text Korrektor can read; hand in your answers as a PDF"
              + " with a text layer, a spreadsheet or a CSV file (a photo or scan goes to a tutor).";
      case EMPTY -> empty();
      default ->
          "The file's format is not recognised (whatever its name says, it is none of the"
              + " formats Korrektor reads). "
              + WHAT_TO_HAND_IN;
    };
  }

  /** The message for a password-protected file. */
  public static String encrypted(Format format) {
    if (format == Format.PDF) {
      return "This PDF is password-protected. Hand it in without a password.";
    }
    String how =
        switch (format) {
          case DOCX, DOC ->
              "in Word: File → Info → Protect Document → Encrypt with Password, clear it";
          case ODS, ODT -> "in LibreOffice: File → Save As, untick \"Save with password\"";
          case ZIP -> "pack the files again without a password, or hand them in one by one";
          default -> "in Excel: File → Info → Protect Workbook → Encrypt with Password, clear it";
        };
    return "This "
        + noun(format)
        + " is password-protected. Remove the password ("
        + how
        + "), save and hand it in again.";
  }

  /** The message for a damaged file, with a short cause such as "truncated zip". */
  public static String damaged(Format format, String cause) {
    String what = "This " + noun(format) + " is damaged (" + cause + "). ";
    return switch (format) {
      case PDF ->
          what
              + "Open it in a PDF viewer; if it shows, export or print it to PDF again"
              + " and hand that in.";
      case XLSX, XLS, ODS -> what + "Open it in Excel/LibreOffice, save it again and hand it in.";
      case DOC, ODT, RTF ->
          what
              + "Open it in Word/LibreOffice, save it again (as .docx or PDF) and"
              + " hand that in.";
      default -> what + "Save it again and hand it in. " + WHAT_TO_HAND_IN;
    };
  }

  /**
   * The message for a file that starts as text but holds too many bytes that are not text (more
   * than 1%) to be read as text.
   */
  public static String notText(Format format, int badBytes) {
    return damaged(
        format,
        "it holds "
            + badBytes
            + " bytes that are not text (NUL, control bytes or"
            + " invalid characters), more than 1% of the file");
  }

  /** Describes any failure met while reading a file of the given format. */
  public static String describe(Format format, Throwable failure) {
    if (failure instanceof OutOfMemoryError) {
      return "This "
          + noun(format)
          + " needs too much memory to read (it may be extremely large"
          + " or a decompression bomb). Export it again as a plain PDF, .xlsx or CSV and hand"
          + " that in.";
    }
    if (failure instanceof StackOverflowError) {
      return damaged(format, "nested too deeply to read");
    }
    return damaged(format, cause(failure));
  }

  /** A few words naming the cause, without stack traces or class names a student cannot act on. */
  public static String cause(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof EOFException) {
        return "the file ends too early; it may be truncated";
      }
      if (t instanceof ZipException) {
        return "broken zip container";
      }
    }
    String message = failure.getMessage();
    if (message != null && message.contains("Zip bomb")) {
      return "it unpacks to far more data than it holds: a zip bomb or a broken file";
    }
    if (message == null || message.isBlank()) {
      return "unreadable content";
    }
    // a library's class names (org.apache.xmlbeans.XmlException: …) and paths of this machine say
    // nothing to a
    // student and leak how the grader is built: only the words stay
    message =
        message
            .replaceAll("(?:[a-zA-Z_][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error)\\b:?", " ")
            .replaceAll("(?<![\\w.])(?:/[^\\s/:]+)+/", "")
            .strip()
            .replaceAll("\\s+", " ")
            .replaceAll("^[:;,.\\s]+", "");
    if (message.isEmpty()) {
      return "unreadable content";
    }
    return message.length() > 120 ? message.substring(0, 117) + "..." : message;
  }

  /** "PDF", ".xlsx file", ...: how messages name a file of this format. */
  public static String noun(Format format) {
    return switch (format) {
      case PDF -> "PDF";
      case XLSX -> ".xlsx file";
      case XLS -> ".xls file";
      case ODS -> ".ods file";
      case IPYNB -> "notebook";
      case HTML -> "HTML page";
      case DOCX -> ".docx file";
      case DOC -> ".doc file";
      case ODT -> ".odt file";
      case RTF -> "RTF file";
      case ZIP -> "zip archive";
      case CSV -> "CSV file";
      case IMAGE -> "image";
      default -> "file";
    };
  }
}
