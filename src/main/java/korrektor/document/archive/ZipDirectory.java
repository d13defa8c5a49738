package korrektor.document.archive;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads what {@link java.util.zip.ZipFile} does not expose: the Unix file type stored in each
 * central-directory record's external attributes, to find symbolic links.
 */
final class ZipDirectory {
  private static final int EOCD = 0x06054b50;
  private static final int CEN = 0x02014b50;
  private static final int UNIX = 3;
  private static final int S_IFMT = 0170000;
  private static final int S_IFLNK = 0120000;

  private ZipDirectory() {}

  /**
   * Entry names marked as symbolic links; empty when the directory cannot be found (zip64, damage).
   */
  static Set<String> symlinkNames(Path zip) throws IOException {
    Set<String> out = new HashSet<>();
    try (FileChannel ch = FileChannel.open(zip, StandardOpenOption.READ)) {
      long size = ch.size();
      int tail = (int) Math.min(size, 22 + 65535);
      ByteBuffer end = read(ch, size - tail, tail);
      int eocd = -1;
      for (int i = tail - 22; i >= 0; i--) {
        if (end.getInt(i) == EOCD) {
          eocd = i;
          break;
        }
      }
      if (eocd < 0) {
        return out;
      }
      long cdSize = end.getInt(eocd + 12) & 0xffffffffL;
      long cdOffset = end.getInt(eocd + 16) & 0xffffffffL;
      if (cdOffset + cdSize > size || cdSize > Integer.MAX_VALUE) {
        return out;
      }
      ByteBuffer cd = read(ch, cdOffset, (int) cdSize);
      int p = 0;
      while (p + 46 <= cdSize && cd.getInt(p) == CEN) {
        int madeBy = (cd.getShort(p + 4) >> 8) & 0xff;
        int nameLen = cd.getShort(p + 28) & 0xffff;
        int extraLen = cd.getShort(p + 30) & 0xffff;
        int commentLen = cd.getShort(p + 32) & 0xffff;
        int external = cd.getInt(p + 38);
        if (p + 46 + nameLen > cdSize) {
          break;
        }
        byte[] name = new byte[nameLen];
        cd.get(p + 46, name);
        if (madeBy == UNIX && ((external >>> 16) & S_IFMT) == S_IFLNK) {
          out.add(new String(name, StandardCharsets.UTF_8));
        }
        p += 46 + nameLen + extraLen + commentLen;
      }
    }
    return out;
  }

  private static ByteBuffer read(FileChannel ch, long at, int n) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN);
    while (b.hasRemaining() && ch.read(b, at + b.position()) > 0) {
      // keep reading
    }
    return b.flip().order(ByteOrder.LITTLE_ENDIAN);
  }
}
