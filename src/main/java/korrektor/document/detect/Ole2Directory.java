package korrektor.document.detect;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Lists the stream names of an OLE2 compound file (.xls, old .doc, encrypted .xlsx) by walking its
 * directory sectors, without reading the streams. Kept here, not in POI, so that detecting a format
 * needs no format library; a damaged header gives an empty set.
 */
final class Ole2Directory {

  private static final int MAX_ENTRIES = 4096;
  private static final int ENDOFCHAIN = -2;

  private Ole2Directory() {}

  /**
   * The stream names found.
   *
   * @param names the names, in directory order
   * @param cut whether the directory runs past the end of the file (a truncated file)
   */
  record Listing(Set<String> names, boolean cut) {}

  static Set<String> streamNames(Path file) throws IOException {
    return list(file).names();
  }

  static Listing list(Path file) throws IOException {
    Set<String> names = new LinkedHashSet<>();
    boolean cut = false;
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      ByteBuffer header = read(channel, 0, 512);
      if (header == null) {
        return new Listing(names, true);
      }
      int shift = header.getShort(0x1E) & 0xFFFF;
      if (shift != 9 && shift != 12) {
        return new Listing(names, false);
      }
      int sectorSize = 1 << shift;
      int fatSectors = Math.min(header.getInt(0x2C), 109);
      int[] fatLocations = new int[Math.max(0, fatSectors)];
      for (int i = 0; i < fatLocations.length; i++) {
        fatLocations[i] = header.getInt(0x4C + 4 * i);
      }
      int sector = header.getInt(0x30);
      int visited = 0;
      while (sector >= 0 && visited++ < MAX_ENTRIES / (sectorSize / 128)) {
        ByteBuffer dir = read(channel, (long) (sector + 1) * sectorSize, sectorSize);
        if (dir == null) {
          cut = true;
          break;
        }
        for (int off = 0; off + 128 <= sectorSize; off += 128) {
          int nameBytes = dir.getShort(off + 0x40) & 0xFFFF;
          if (nameBytes >= 2 && nameBytes <= 64) {
            byte[] raw = new byte[nameBytes - 2];
            dir.get(off, raw);
            names.add(new String(raw, StandardCharsets.UTF_16LE));
          }
        }
        sector = nextSector(channel, fatLocations, sectorSize, sector);
      }
    }
    return new Listing(names, cut);
  }

  private static int nextSector(FileChannel channel, int[] fat, int sectorSize, int sector)
      throws IOException {
    int perFatSector = sectorSize / 4;
    int fatIndex = sector / perFatSector;
    if (fatIndex >= fat.length || fat[fatIndex] < 0) {
      return ENDOFCHAIN;
    }
    long position = (long) (fat[fatIndex] + 1) * sectorSize + 4L * (sector % perFatSector);
    ByteBuffer entry = read(channel, position, 4);
    return entry == null ? ENDOFCHAIN : entry.getInt(0);
  }

  private static ByteBuffer read(FileChannel channel, long position, int length)
      throws IOException {
    if (position < 0 || position + length > channel.size()) {
      return null;
    }
    ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
    while (buffer.hasRemaining()) {
      if (channel.read(buffer, position + buffer.position()) < 0) {
        return null;
      }
    }
    return buffer;
  }
}
