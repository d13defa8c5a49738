package korrektor.document.detect;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import korrektor.document.Format;
import korrektor.document.text.DelimiterSniffer;
import korrektor.document.text.TextDecoder;

/**
 * Detects a file's {@link Format} from its content, never from its name: magic bytes, the entry
 * names in a zip's central directory, the stream names of an OLE2 file, and for text the shape of
 * the first lines. Reads only the first bytes and directories, never whole entries.
 */
public final class FormatDetector {

  private static final int PREFIX_BYTES = 64 * 1024;
  private static final String ODS_MIME = "application/vnd.oasis.opendocument.spreadsheet";
  private static final String ODT_MIME = "application/vnd.oasis.opendocument.text";
  private static final int MAX_ZIP_ENTRIES = 10_000;

  /** The damage of a zip whose entries are encrypted: the file is fine, but needs a password. */
  public static final String PASSWORD_PROTECTED = "password-protected";

  /**
   * What detection found.
   *
   * @param format the format
   * @param damage null, or a short phrase saying the container is broken (e.g. "truncated zip"), so
   *     the file need not be handed to a library at all
   */
  public record Detection(Format format, String damage) {

    public boolean isDamaged() {
      return damage != null;
    }
  }

  private FormatDetector() {}

  /** Detects the format of a file. */
  public static Format detect(Path file) throws IOException {
    return inspect(file).format();
  }

  /** Detects the format of a file and whether its container is broken. */
  public static Detection inspect(Path file) throws IOException {
    return inspect(file, Files.size(file));
  }

  /** The same for a file whose size the caller has just looked up. */
  public static Detection inspect(Path file, long size) throws IOException {
    // most submissions are smaller than the prefix: no 64 KB buffer for a 2 KB CSV
    byte[] prefix = new byte[(int) Math.min(PREFIX_BYTES, size + 1)];
    int length;
    try (InputStream in = Files.newInputStream(file)) {
      length = in.readNBytes(prefix, 0, prefix.length);
    }
    boolean whole = length < prefix.length || size == length;
    if (length == 0) {
      return new Detection(Format.EMPTY, null);
    }
    if (isPdf(prefix, length)) {
      return new Detection(Format.PDF, null);
    }
    if (startsWith(prefix, length, 'P', 'K', 3, 4) || startsWith(prefix, length, 'P', 'K', 5, 6)) {
      return zip(file, prefix, length);
    }
    if (startsWith(prefix, length, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
      return ole2(file);
    }
    if (isImage(prefix, length)) {
      return new Detection(Format.IMAGE, null);
    }
    if (isRtf(prefix, length)) {
      return new Detection(Format.RTF, null);
    }
    return new Detection(text(prefix, length, whole), null);
  }

  private static Detection zip(Path file, byte[] prefix, int length) {
    Set<String> names = new HashSet<>();
    String mimetype = null;
    try (ZipFile zip = new ZipFile(file.toFile())) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      for (int i = 0; entries.hasMoreElements() && i < MAX_ZIP_ENTRIES; i++) {
        names.add(entries.nextElement().getName());
      }
      ZipEntry mime = zip.getEntry("mimetype");
      if (mime != null && mime.getSize() >= 0 && mime.getSize() < 200) {
        try (InputStream in = zip.getInputStream(mime)) {
          mimetype = new String(in.readNBytes(200), StandardCharsets.US_ASCII).strip();
        }
      }
    } catch (ZipException e) {
      if (String.valueOf(e.getMessage()).contains("encrypted entry")) {
        return new Detection(
            zipKind(names(prefix, length), guessMime(prefix, length)), PASSWORD_PROTECTED);
      }
      // No readable central directory (cut off while uploading?): guess from the local headers.
      return new Detection(
          zipKind(names(prefix, length), guessMime(prefix, length)), "truncated zip");
    } catch (IOException e) {
      return new Detection(zipKind(names(prefix, length), guessMime(prefix, length)), "broken zip");
    }
    return new Detection(zipKind(names, mimetype), null);
  }

  private static Format zipKind(Set<String> names, String mimetype) {
    if (names.contains("xl/workbook.xml") || names.contains("xl/workbook.bin")) {
      return Format.XLSX;
    }
    if (names.contains("word/document.xml")) {
      return Format.DOCX;
    }
    if (ODS_MIME.equals(mimetype)) {
      return Format.ODS;
    }
    if (ODT_MIME.equals(mimetype)) {
      return Format.ODT;
    }
    if (names.contains("Index/Document.iwa")
        || names.contains("index.xml") && names.contains("QuickLook/Thumbnail.jpg")) {
      return Format.IWORK;
    }
    // a package without its main part is a broken workbook or document (or a PowerPoint, Visio,
    // Impress… file), never a zip of the student's own files
    if (names.contains("[Content_Types].xml")) {
      if (names.stream().anyMatch(n -> n.startsWith("xl/"))) {
        return Format.XLSX;
      }
      return names.stream().anyMatch(n -> n.startsWith("word/")) ? Format.DOCX : Format.UNKNOWN;
    }
    if (mimetype != null && mimetype.startsWith("application/vnd.oasis.opendocument.")) {
      return Format.UNKNOWN;
    }
    return Format.ZIP;
  }

  /** Entry names in the local headers found in the first bytes (the names are stored raw). */
  private static Set<String> names(byte[] prefix, int length) {
    String latin = new String(prefix, 0, length, StandardCharsets.ISO_8859_1);
    Set<String> names = new HashSet<>();
    for (String name :
        new String[] {"xl/workbook.xml", "word/document.xml", "[Content_Types].xml"}) {
      if (latin.contains(name)) {
        names.add(name);
      }
    }
    // xlsx written by Excel list [Content_Types].xml first and xl/workbook.xml later; a cut-off
    // file often has only the former plus xl/ parts.
    if (!names.contains("xl/workbook.xml") && latin.contains("xl/worksheets/")) {
      names.add("xl/workbook.xml");
    }
    return names;
  }

  private static String guessMime(byte[] prefix, int length) {
    String latin = new String(prefix, 0, Math.min(length, 200), StandardCharsets.ISO_8859_1);
    for (String mime : new String[] {ODS_MIME, ODT_MIME}) {
      if (latin.contains("mimetype" + mime)) {
        return mime;
      }
    }
    return null;
  }

  private static Detection ole2(Path file) {
    Ole2Directory.Listing listing;
    try {
      listing = Ole2Directory.list(file);
    } catch (IOException e) {
      return new Detection(Format.UNKNOWN, null);
    }
    Set<String> streams = listing.names();
    if (streams.contains("Workbook")
        || streams.contains("Book")
        || streams.contains("WORKBOOK")
        || streams.contains("BOOK")) {
      return new Detection(Format.XLS, null);
    }
    // Word 97-2003 keeps its text in the stream "WordDocument" (also when it is encrypted)
    if (streams.contains("WordDocument")) {
      return new Detection(Format.DOC, null);
    }
    // An encrypted .xlsx/.docx is an OLE2 file; let the workbook reader say it is protected.
    if (streams.contains("EncryptedPackage")) {
      return new Detection(Format.XLSX, null);
    }
    if (listing.cut()) {
      // the directory is cut off: a truncated .doc or .xls (LibreOffice writes the directory last)
      return new Detection(
          Format.UNKNOWN, "an Office 97-2003 file whose directory is missing; it may be truncated");
    }
    return new Detection(Format.UNKNOWN, null);
  }

  /** {@code %PDF} at the start, or within the first KB after junk, which PDF viewers accept. */
  private static boolean isPdf(byte[] prefix, int length) {
    String head = new String(prefix, 0, Math.min(length, 1024), StandardCharsets.ISO_8859_1);
    return head.startsWith("%PDF") || head.contains("%PDF-");
  }

  /** {@code {\\rtf} at the start, as Word, LibreOffice and WordPad write it (leading blanks allowed). */
  private static boolean isRtf(byte[] b, int length) {
    int i = 0;
    while (i < length && i < 16 && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n')) {
      i++;
    }
    return length - i >= 5
        && b[i] == '{'
        && b[i + 1] == '\\'
        && b[i + 2] == 'r'
        && b[i + 3] == 't'
        && b[i + 4] == 'f';
  }

  private static boolean isImage(byte[] b, int length) {
    return startsWith(b, length, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)
        || startsWith(b, length, 0xFF, 0xD8, 0xFF)
        || startsWith(b, length, 'G', 'I', 'F', '8')
        || startsWith(b, length, 'B', 'M') && length >= 26 && b[14] >= 12 && b[15] == 0
        || startsWith(b, length, 'R', 'I', 'F', 'F')
            && length >= 12
            && b[8] == 'W'
            && b[9] == 'E'
            && b[10] == 'B'
            && b[11] == 'P';
  }

  private static Format text(byte[] prefix, int length, boolean whole) {
    // a NUL or a few broken bytes do not make a CSV binary: the readers drop them with a warning
    TextDecoder.Salvaged salvaged = TextDecoder.salvage(prefix, length, !whole);
    if (!salvaged.isMostlyText()) {
      return Format.UNKNOWN;
    }
    String text = salvaged.text();
    String start = text.stripLeading();
    String lower = start.substring(0, Math.min(200, start.length())).toLowerCase(Locale.ROOT);
    if (start.startsWith("{") && (text.contains("\"cells\"") || text.contains("\"nbformat\""))) {
      return Format.IPYNB;
    }
    if (isHtml(lower)) {
      return Format.HTML;
    }
    return DelimiterSniffer.sniff(text, false).isPresent() ? Format.CSV : Format.TEXT;
  }

  /**
   * A page, or a fragment as Moodle stores an online-text answer ({@code <p>…}, {@code <div>…}).
   */
  private static boolean isHtml(String lower) {
    if (lower.startsWith("<html")
        || lower.startsWith("<!doctype html")
        || lower.startsWith("<?xml") && lower.contains("<html")) {
      return true;
    }
    for (String tag :
        new String[] {
          "<p>",
          "<p ",
          "<div",
          "<table",
          "<h1",
          "<h2",
          "<h3",
          "<h4",
          "<h5",
          "<h6",
          "<body",
          "<head",
          "<meta",
          "<span",
          "<ul",
          "<ol",
          "<br",
          "<!--",
          "<pre",
          "<section",
          "<article",
          "<main",
          "<blockquote",
          "<strong",
          "<em>",
          "<b>",
          "<i>",
          "<code",
          "<dl",
          "<hr"
        }) {
      if (lower.startsWith(tag)) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWith(byte[] bytes, int length, int... magic) {
    if (length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((bytes[i] & 0xFF) != (magic[i] & 0xFF)) {
        return false;
      }
    }
    return true;
  }
}
