package korrektor.feedback;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * File names Korrektor derives from what students chose (their folder's or file's name): letters,
 * digits, {@code .}, {@code _} and {@code -} only (no control characters, no path separators), no
 * leading {@code -} or {@code .}, and at most {@link #MAX_BYTES} bytes of UTF-8, so that a
 * temporary name made from it stays under the 255 bytes file systems allow. A name that had to be
 * cut ends in a hash of the whole, so two long names never become one. The student's name itself
 * stays as it was in the results; only the file name is made safe.
 */
public final class FileNames {
  /**
   * Longest name returned, in UTF-8 bytes (the extension and a temporary file's affixes come on
   * top).
   */
  public static final int MAX_BYTES = 120;

  private FileNames() {}

  /**
   * A safe file name (without extension) for {@code raw}; {@code fallback} when nothing of it is
   * usable.
   */
  public static String of(String raw, String fallback) {
    String n =
        raw.replaceAll("[^\\p{L}\\p{N}._-]+", "_").replaceAll("_+", "_").replaceAll("^[-._]+", "");
    if (n.isEmpty()) {
      n = fallback;
    }
    if (n.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES) {
      return n;
    }
    String hash = HexFormat.of().formatHex(sha256(raw), 0, 4);
    StringBuilder cut = new StringBuilder();
    int budget = MAX_BYTES - hash.length() - 1;
    int bytes = 0;
    for (int i = 0; i < n.length(); ) {
      int cp = n.codePointAt(i);
      int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (bytes + size > budget) {
        break;
      }
      cut.appendCodePoint(cp);
      bytes += size;
      i += Character.charCount(cp);
    }
    return cut + "-" + hash;
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
