package korrektor.document.rtf;

/**
 * Splits RTF bytes into tokens in one pass: group braces, control words with their numeric
 * parameter, control symbols, {@code \'hh} bytes and plain text bytes. Every byte is looked at
 * once, so the work is linear in the input; a control word's name is cut at 32 letters and its
 * parameter at 10 digits, and {@code \binN} data is skipped as bytes (it may hold braces).
 */
final class RtfTokenizer {

  enum Type {
    GROUP_START,
    GROUP_END,
    WORD,
    SYMBOL,
    HEX,
    TEXT,
    EOF
  }

  private static final int MAX_NAME = 32;
  private static final int MAX_DIGITS = 10;

  private final byte[] in;
  private int pos;

  /** The current token's control word name, or symbol character. */
  String name;

  /** The current control word's parameter, or the byte of a HEX or TEXT token. */
  int param;

  /** Whether the current control word has a parameter. */
  boolean hasParam;

  RtfTokenizer(byte[] in) {
    this.in = in;
  }

  /** The offset of the next byte, for messages. */
  int position() {
    return pos;
  }

  /** Skips {@code n} raw bytes (the data of {@code \binN}). */
  void skip(long n) {
    pos = (int) Math.min(in.length, pos + Math.max(0, n));
  }

  Type next() {
    while (pos < in.length) {
      int b = in[pos++] & 0xFF;
      switch (b) {
        case '{':
          return Type.GROUP_START;
        case '}':
          return Type.GROUP_END;
        case '\r', '\n':
          continue; // line ends in RTF source are not text
        case '\\':
          return control();
        default:
          param = b;
          return Type.TEXT;
      }
    }
    return Type.EOF;
  }

  private Type control() {
    if (pos >= in.length) {
      return Type.EOF;
    }
    int b = in[pos] & 0xFF;
    if (!isLetter(b)) {
      pos++;
      if (b == '\'') {
        int hi = pos < in.length ? hex(in[pos]) : -1;
        int lo = pos + 1 < in.length ? hex(in[pos + 1]) : -1;
        if (hi < 0 || lo < 0) {
          return next(); // a broken escape is dropped
        }
        pos += 2;
        param = hi * 16 + lo;
        return Type.HEX;
      }
      if (b == '\r' || b == '\n') {
        name = "par"; // "\" before a line end is a paragraph mark
        hasParam = false;
        return Type.WORD;
      }
      name = String.valueOf((char) b);
      return Type.SYMBOL;
    }
    int start = pos;
    while (pos < in.length && isLetter(in[pos] & 0xFF)) {
      pos++;
    }
    name =
        new String(
            in, start, Math.min(pos - start, MAX_NAME), java.nio.charset.StandardCharsets.US_ASCII);
    hasParam = false;
    param = 0;
    boolean negative = false;
    if (pos < in.length && in[pos] == '-') {
      negative = true;
      pos++;
    }
    long value = 0;
    int digits = 0;
    while (pos < in.length && in[pos] >= '0' && in[pos] <= '9') {
      if (digits++ < MAX_DIGITS) {
        value = value * 10 + (in[pos] - '0');
      }
      pos++;
    }
    if (digits > 0) {
      hasParam = true;
      value = Math.min(value, Integer.MAX_VALUE);
      param = (int) (negative ? -value : value);
    }
    if (pos < in.length && in[pos] == ' ') {
      pos++; // the space that ends a control word belongs to it
    }
    return Type.WORD;
  }

  private static boolean isLetter(int b) {
    return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z';
  }

  private static int hex(byte b) {
    return Character.digit(b, 16);
  }
}
