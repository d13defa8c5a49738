package korrektor.document.odf;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The zip container of an OpenDocument file (.ods, .odt), opened so that a bomb costs only a
 * bounded amount of work: at most {@link #MAX_ENTRIES} entries, and every entry is read through a
 * stream that stops after {@link #MAX_ENTRY_BYTES} or when it inflates more than {@link #MAX_RATIO}
 * times its stored size.
 */
public final class OdfContainer implements AutoCloseable {

  public static final int MAX_ENTRIES = 2000;
  public static final long MAX_ENTRY_BYTES = 64L << 20;
  public static final long MAX_RATIO = 100;

  /** Thrown when an entry inflates beyond the limits. */
  public static final class BombException extends IOException {
    BombException(String message) {
      super(message);
    }
  }

  private final ZipFile zip;
  private final List<String> names;

  /** Opens the container and lists its parts; more than {@link #MAX_ENTRIES} is a bomb. */
  public OdfContainer(Path file) throws IOException {
    this.zip = new ZipFile(file.toFile());
    List<String> found = new ArrayList<>();
    Enumeration<? extends ZipEntry> entries = zip.entries();
    while (entries.hasMoreElements()) {
      if (found.size() >= MAX_ENTRIES) {
        zip.close();
        throw new BombException("more than " + MAX_ENTRIES + " parts in the container");
      }
      found.add(entries.nextElement().getName());
    }
    this.names = List.copyOf(found);
  }

  /** The part names, in zip order. */
  public List<String> names() {
    return names;
  }

  /** A bounded stream over an entry, or null when there is no such entry. */
  public InputStream open(String name) throws IOException {
    ZipEntry entry = zip.getEntry(name);
    if (entry == null) {
      return null;
    }
    long stored = Math.max(entry.getCompressedSize(), 1024);
    long limit = Math.min(MAX_ENTRY_BYTES, stored * MAX_RATIO);
    return new Bounded(zip.getInputStream(entry), limit, name);
  }

  @Override
  public void close() throws IOException {
    zip.close();
  }

  /** Counts what is read and fails past the limit. */
  private static final class Bounded extends FilterInputStream {
    private final long limit;
    private final String name;
    private long count;

    Bounded(InputStream in, long limit, String name) {
      super(in);
      this.limit = limit;
      this.name = name;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        add(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        add(n);
      }
      return n;
    }

    private void add(long n) throws BombException {
      count += n;
      if (count > limit) {
        throw new BombException("Zip bomb: " + name + " unpacks to more than " + limit + " bytes");
      }
    }
  }
}
