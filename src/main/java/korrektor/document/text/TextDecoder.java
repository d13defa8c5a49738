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
      return new Decoded(lenient(bytes, 3, length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
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
    return new Decoded(new String(bytes, 0, length, WINDOWS_1252), WINDOWS_1252);
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
