package korrektor.document.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a text file into a string when nobody said which charset they are in: a BOM
 * decides (UTF-8, UTF-16), else UTF-8 when the bytes are valid UTF-8, else windows-1252 (what
 * German Excel writes for "CSV (Trennzeichen-getrennt)").
 */
public final class TextDecoder {

  /** The Western European charset Excel and Notepad use on German and English Windows. */
  public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /**
   * Decoded text and the charset it was decoded from.
   *
   * @param text the text without a byte order mark
   * @param charset the charset used
   */
  public record Decoded(String text, Charset charset) {}

  private TextDecoder() {}

  /** Decodes a whole file's bytes. */
  public static Decoded decode(byte[] bytes) {
    return decode(bytes, bytes.length, false);
  }

  /**
   * Decodes the first {@code length} bytes; with {@code prefix} true the bytes are the start of a
   * longer file, so a multi-byte character cut at the end is not held against UTF-8.
   */
  public static Decoded decode(byte[] bytes, int length, boolean prefix) {
    if (startsWith(bytes, length, 0xEF, 0xBB, 0xBF)) {
      return new Decoded(
          lenient(bytes, 3, length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }
    if (startsWith(bytes, length, 0xFF, 0xFE)) {
      return new Decoded(
          lenient(bytes, 2, length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
    }
    if (startsWith(bytes, length, 0xFE, 0xFF)) {
      return new Decoded(
          lenient(bytes, 2, length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
    }
    String utf8 = strictUtf8(bytes, length, prefix);
    if (utf8 != null) {
      return new Decoded(utf8, StandardCharsets.UTF_8);
    }
    if (mostlyUtf8(bytes, length)) {
      return new Decoded(
          new String(bytes, 0, length, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }
    return new Decoded(new String(bytes, 0, length, WINDOWS_1252), WINDOWS_1252);
  }

  /**
   * Decodes like {@link #decode(byte[], int, boolean)}, and takes out what is not text: NUL bytes
   * and other control characters (but tab, line breaks and form feed) are dropped, a byte sequence
   * that is not valid in the charset becomes U+FFFD. What was found is in {@link
   * Salvaged#damage()}.
   */
  public static Salvaged salvage(byte[] bytes, int length, boolean prefix) {
    Decoded decoded = decode(bytes, length, prefix);
    boolean utf8 =
        decoded.charset().equals(StandardCharsets.UTF_8)
            && !startsWith(bytes, length, 0xEF, 0xBB, 0xBF);
    if (!utf8) {
      return salvageChars(decoded, length);
    }
    StringBuilder out = new StringBuilder(length);
    int bad = 0;
    long first = -1;
    int firstLine = 1;
    int line = 1;
    for (int i = 0; i < length; ) {
      int b = bytes[i] & 0xFF;
      int n = b < 0x80 ? 1 : utf8Length(bytes, i, length);
      if (n == 0) { // a character cut by the end of a prefix
        break;
      }
      if (n < 0 || b < 0x80 && isBad(b)) {
        if (bad++ == 0) {
          first = i;
          firstLine = line;
        }
        if (n < 0) {
          out.append('\uFFFD');
        }
        i++;
        continue;
      }
      if (b == '\n') {
        line++;
      }
      if (n == 1) {
        out.append((char) b);
      } else {
        out.append(new String(bytes, i, n, StandardCharsets.UTF_8));
      }
      i += n;
    }
    return new Salvaged(
        out.toString(),
        decoded.charset(),
        bad == 0 ? null : new Damage(bad, first, firstLine),
        length);
  }

  /** Whole-file form of {@link #salvage(byte[], int, boolean)}. */
  public static Salvaged salvage(byte[] bytes) {
    return salvage(bytes, bytes.length, false);
  }

  /**
   * The same for text decoded from a BOM'd or single-byte charset: offsets are character offsets.
   */
  private static Salvaged salvageChars(Decoded decoded, int length) {
    String text = decoded.text();
    StringBuilder out = new StringBuilder(text.length());
    int bad = 0;
    long first = -1;
    int firstLine = 1;
    int line = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean replaced = c == '\uFFFD';
      if (c < 0x80 && isBad(c) || replaced) {
        if (bad++ == 0) {
          first = i;
          firstLine = line;
        }
        if (replaced) {
          out.append(c);
        }
        continue;
      }
      if (c == '\n') {
        line++;
      }
      out.append(c);
    }
    return new Salvaged(
        out.toString(),
        decoded.charset(),
        bad == 0 ? null : new Damage(bad, first, firstLine),
        length);
  }

  private static boolean isBad(int c) {
    return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7F;
  }

  /**
   * The length of the valid UTF-8 sequence starting with a non-ASCII byte at {@code i}; -1 when it
   * is not valid; 0 when it is cut off by {@code end}.
   */
  private static int utf8Length(byte[] b, int i, int end) {
    int lead = b[i] & 0xFF;
    int n;
    int lo = 0x80;
    int hi = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
      n = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      n = 3;
      lo = lead == 0xE0 ? 0xA0 : 0x80;
      hi = lead == 0xED ? 0x9F : 0xBF;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      n = 4;
      lo = lead == 0xF0 ? 0x90 : 0x80;
      hi = lead == 0xF4 ? 0x8F : 0xBF;
    } else {
      return -1;
    }
    for (int k = 1; k < n; k++) {
      if (i + k >= end) {
        return 0;
      }
      int c = b[i + k] & 0xFF;
      if (k == 1 ? c < lo || c > hi : c < 0x80 || c > 0xBF) {
        return -1;
      }
    }
    return n;
  }

  /**
   * Whether bytes that are not strictly UTF-8 are still UTF-8 with a few broken sequences: there
   * are valid multi-byte characters, at least as many as invalid bytes, and the invalid ones are at
   * most 1% of the bytes. A windows-1252 file has no valid multi-byte characters at all (an umlaut
   * followed by ASCII is invalid UTF-8), so it never passes.
   */
  private static boolean mostlyUtf8(byte[] bytes, int length) {
    int valid = 0;
    int invalid = 0;
    for (int i = 0; i < length; ) {
      if ((bytes[i] & 0xFF) < 0x80) {
        i++;
        continue;
      }
      int n = utf8Length(bytes, i, length);
      if (n > 0) {
        valid++;
        i += n;
      } else {
        invalid += n < 0 ? 1 : 0;
        i++;
      }
    }
    return valid > 0 && invalid <= valid && invalid <= Math.max(1, length / 100);
  }

  /**
   * Bytes that are not text in a file that is otherwise text.
   *
   * @param count how many bytes (NUL, control characters, invalid sequences)
   * @param firstOffset the 0-based byte offset of the first one (a character offset for UTF-16 and
   *     single-byte charsets, which is the same for windows-1252)
   * @param firstLine the 1-based line it is on
   */
  public record Damage(int count, long firstOffset, int firstLine) {}

  /**
   * Text with what is not text taken out.
   *
   * @param text the text: NUL and other control bytes dropped, invalid sequences as U+FFFD
   * @param charset the charset it was decoded from
   * @param damage what was taken out, or null when nothing was
   * @param bytes how many bytes were decoded
   */
  public record Salvaged(String text, Charset charset, Damage damage, int bytes) {

    /** The largest share of bytes that are not text in a file still read as text: 1%. */
    public static final double MAX_DAMAGE = 0.01;

    public boolean isDamaged() {
      return damage != null;
    }

    /**
     * Whether the bytes are text with at most a few bytes that are not: at most 1% of them (and at
     * least one is always allowed), and something left that is a letter or digit. Real binaries
     * (images, archives, executables) have far more control bytes than that.
     */
    public boolean isMostlyText() {
      if (damage != null && damage.count() > Math.max(1, (long) (bytes * MAX_DAMAGE))) {
        return false;
      }
      return damage == null || text.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /**
     * The warning a reader adds for a damaged file, located at the line of the first bad byte; null
     * when the text is clean.
     */
    public korrektor.document.Problem warning(String file) {
      if (damage == null) {
        return null;
      }
      String what =
          damage.count() == 1
              ? "1 byte that is not text"
              : damage.count() + " bytes that are not text";
      return korrektor.document.Problem.warning(
          korrektor.document.Problem.Kind.DAMAGED,
          korrektor.document.Location.ofLine(file, 0, damage.firstLine()),
          "The file holds "
              + what
              + " (a NUL or control byte, or an invalid "
              + charset.name()
              + " sequence), the first at byte offset "
              + damage.firstOffset()
              + "; it was read without them"
              + " (invalid characters show as \uFFFD). Check the values near there, or save the file"
              + " again as UTF-8 text/CSV and hand it in.");
    }
  }

  /**
   * Whether decoded text looks like text rather than binary: no NUL and almost no other control
   * characters (tab, line breaks and form feed are fine).
   */
  public static boolean looksLikeText(String text) {
    int controls = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 0) {
        return false;
      }
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F) {
        controls++;
      }
    }
    return controls <= text.length() / 1000;
  }

  private static boolean startsWith(byte[] bytes, int length, int... prefix) {
    if (length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static String lenient(byte[] bytes, int offset, int length, Charset charset) {
    return new String(bytes, offset, Math.max(0, length), charset);
  }

  private static String strictUtf8(byte[] bytes, int length, boolean prefix) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
    CharBuffer out = CharBuffer.allocate(length + 1);
    var result = decoder.decode(in, out, !prefix);
    if (result.isError()) {
      return null;
    }
    if (!prefix) {
      try {
        if (decoder.flush(out).isError()) {
          return null;
        }
      } catch (IllegalStateException e) {
        return null;
      }
    } else if (in.remaining() > 3) {
      return null;
    }
    out.flip();
    return out.toString();
  }
}
