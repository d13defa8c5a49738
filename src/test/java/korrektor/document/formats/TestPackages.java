package korrektor.document.formats;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Minimal zip packages written by hand for tests: entries, and a .docx around a given document.xml
 * (with numbering and styles).
 */
public final class TestPackages {
  private TestPackages() {}

  /** One zip entry with UTF-8 text. */
  public static void entry(ZipOutputStream zip, String name, String content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  /** A .docx whose only part is {@code word/document.xml} with the given text. */
  public static Path docx(Path file, String documentXml) throws IOException {
    return docx(file, documentXml, null, null);
  }

  /**
   * A .docx with {@code word/document.xml} and, when not null, {@code word/numbering.xml} and
   * {@code word/styles.xml} related to it, as Word relates them.
   */
  public static Path docx(Path file, String documentXml, String numberingXml, String stylesXml)
      throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      entry(
          zip,
          "[Content_Types].xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\""
              + "http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\""
              + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default"
              + " Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\""
              + " ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
              + (numberingXml == null
                  ? ""
                  : "<Override PartName=\"/word/numbering.xml\" ContentType=\"application/"
                      + "vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/>")
              + (stylesXml == null
                  ? ""
                  : "<Override PartName=\"/word/styles.xml\" ContentType=\"application/"
                      + "vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>")
              + "</Types>");
      entry(
          zip,
          "_rels/.rels",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
              + "http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\""
              + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
              + " Target=\"word/document.xml\"/></Relationships>");
      entry(zip, "word/document.xml", documentXml);
      StringBuilder rels =
          new StringBuilder(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
                  + "http://schemas.openxmlformats.org/package/2006/relationships\">");
      if (numberingXml != null) {
        entry(zip, "word/numbering.xml", numberingXml);
        rels.append(
            "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                + "relationships/numbering\" Target=\"numbering.xml\"/>");
      }
      if (stylesXml != null) {
        entry(zip, "word/styles.xml", stylesXml);
        rels.append(
            "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                + "relationships/styles\" Target=\"styles.xml\"/>");
      }
      if (numberingXml != null || stylesXml != null) {
        entry(zip, "word/_rels/document.xml.rels", rels.append("</Relationships>").toString());
      }
    }
    return file;
  }
}
