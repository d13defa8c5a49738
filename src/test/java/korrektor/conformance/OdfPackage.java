package korrektor.conformance;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an OpenDocument package by hand: {@code mimetype} first and stored (uncompressed, as ODF
 * requires for detection), {@code META-INF/manifest.xml}, {@code content.xml}, {@code styles.xml}.
 */
final class OdfPackage {

  private OdfPackage() {}

  static void write(Path file, String mimetype, String content) throws IOException {
    try (OutputStream os = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(os)) {
      byte[] mime = mimetype.getBytes(StandardCharsets.US_ASCII);
      ZipEntry m = new ZipEntry("mimetype");
      m.setMethod(ZipEntry.STORED);
      m.setSize(mime.length);
      m.setCompressedSize(mime.length);
      CRC32 crc = new CRC32();
      crc.update(mime);
      m.setCrc(crc.getValue());
      zip.putNextEntry(m);
      zip.write(mime);
      zip.closeEntry();
      entry(
          zip,
          "META-INF/manifest.xml",
          """
          <?xml version="1.0" encoding="UTF-8"?>
          <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
           <manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="%s"/>
           <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
           <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
          </manifest:manifest>
          """
              .formatted(mimetype));
      entry(
          zip,
          "styles.xml",
          """
          <?xml version="1.0" encoding="UTF-8"?>
          <office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" office:version="1.3"/>
          """);
      entry(zip, "content.xml", content);
    }
  }

  private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  /** Escapes XML text and attribute values. */
  static String esc(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  static final String NAMESPACES =
      "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
          + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
          + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
          + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
          + " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
          + " xmlns:number=\"urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0\""
          + " xmlns:of=\"urn:oasis:names:tc:opendocument:xmlns:of:1.2\""
          + " office:version=\"1.3\"";
}
