package korrektor.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import korrektor.document.Fixtures;
import korrektor.document.formats.TestPackages;
import korrektor.document.pdf.PdfFixtures;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * Hostile student files, made by code so that no binary needs shipping: each is one submission file
 * named {@code <id>_Hostile_<Case>.<ext>} in the given folder.
 */
final class HostileFixtures {

  private HostileFixtures() {}

  /** Writes every hostile case into {@code dir}; returns the number of files. */
  static int writeAll(Path dir) throws Exception {
    Files.write(dir.resolve("290001_Hostile_Empty.xlsx"), new byte[0]);
    Path xlsx = Fixtures.workbook(dir, "tmp.xlsx", false);
    Fixtures.truncated(
        xlsx, dir.resolve("290002_Hostile_Truncated.xlsx"), (int) Files.size(xlsx) / 2);
    Files.delete(xlsx);
    byte[] noise = new byte[4096];
    new java.util.Random(7).nextBytes(noise);
    noise[0] = 0x01;
    Files.write(dir.resolve("290003_Hostile_WrongExtension.docx"), noise);
    Path sheet = Fixtures.workbook(dir, "tmp.xlsx", false);
    padded(sheet, dir.resolve("290004_Hostile_BombXlsx.xlsx"), "xl/worksheets/sheet1.xml");
    Files.delete(sheet);
    Path docx = dir.resolve("tmp.docx");
    try (var d = new org.apache.poi.xwpf.usermodel.XWPFDocument();
        var out = Files.newOutputStream(docx)) {
      d.createParagraph().createRun().setText("h(1) = 0.2610");
      d.write(out);
    }
    padded(docx, dir.resolve("290005_Hostile_BombDocx.docx"), "word/document.xml");
    Files.delete(docx);
    odsBomb(dir.resolve("290006_Hostile_BombOds.ods"));
    entityBombDocx(dir.resolve("290007_Hostile_EntityDocx.docx"));
    entityBombOds(dir.resolve("290008_Hostile_EntityOds.ods"));
    PdfFixtures.pages(dir.resolve("290009_Hostile_ThousandsOfPages.pdf"), 3000);
    hugeStreamPdf(dir.resolve("290010_Hostile_HugeStream.pdf"), 400L << 20);
    nestedNotebook(dir.resolve("290011_Hostile_Nested.ipynb"), 200_000);
    PdfFixtures.encrypted(dir.resolve("290012_Hostile_Password.pdf"));
    PdfFixtures.withImage(dir.resolve("290013_Hostile_Scan.pdf"), true);
    pages(dir.resolve("290014_Hostile_Pages.pages"));
    return 14;
  }

  /**
   * A copy of a real office file whose part {@code bombed} has 300 MB of spaces after its XML
   * declaration: valid XML, about 300 KB compressed.
   */
  static void padded(Path source, Path file, String bombed) throws IOException {
    try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(source.toFile());
        ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      zip.setLevel(Deflater.BEST_COMPRESSION);
      for (ZipEntry e : java.util.Collections.list(in.entries())) {
        byte[] content = in.getInputStream(e).readAllBytes();
        zip.putNextEntry(new ZipEntry(e.getName()));
        if (e.getName().equals(bombed)) {
          String xml = new String(content, StandardCharsets.UTF_8);
          int prolog = xml.indexOf("?>") + 2;
          zip.write(xml.substring(0, prolog).getBytes(StandardCharsets.UTF_8));
          spaces(zip, 300L << 20);
          zip.write(xml.substring(prolog).getBytes(StandardCharsets.UTF_8));
        } else {
          zip.write(content);
        }
        zip.closeEntry();
      }
    }
  }

  static void odsBomb(Path file) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      mimetype(zip);
      zip.putNextEntry(new ZipEntry("content.xml"));
      zip.write(
          "<?xml version=\"1.0\"?><office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\">"
              .getBytes(StandardCharsets.UTF_8));
      spaces(zip, 300L << 20);
      zip.closeEntry();
    }
  }

  private static final String LAUGHS =
      "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n"
          + " <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
          + " <!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">\n"
          + " <!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n"
          + " <!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">\n"
          + " <!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">\n"
          + " <!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">\n"
          + " <!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">\n"
          + " <!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">\n"
          + " <!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">\n]>\n";

  static void entityBombDocx(Path file) throws IOException {
    TestPackages.docx(
        file,
        LAUGHS
            + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/"
            + "wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>");
  }

  static void entityBombOds(Path file) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      mimetype(zip);
      TestPackages.entry(
          zip,
          "content.xml",
          LAUGHS.replace("lolz", "office:document-content")
              + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
              + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" xmlns:text=\""
              + "urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:spreadsheet>"
              + "<table:table table:name=\"S\"><table:table-row><table:table-cell><text:p>&lol9;</text:p>"
              + "</table:table-cell></table:table-row></table:table></office:spreadsheet></office:body>"
              + "</office:document-content>");
    }
  }

  /** A one-page PDF whose content stream inflates to {@code bytes} of spaces. */
  static void hugeStreamPdf(Path file, long bytes) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      PDStream stream = new PDStream(doc);
      try (OutputStream raw = stream.createOutputStream(COSName.FLATE_DECODE)) {
        // createOutputStream(FLATE_DECODE) compresses what is written
        spaces(raw, bytes);
      }
      page.setContents(stream);
      doc.save(file.toFile());
    }
  }

  static void nestedNotebook(Path file, int depth) throws IOException {
    StringBuilder s =
        new StringBuilder("{\"nbformat\": 4, \"cells\": [{\"cell_type\": \"code\", \"source\": ");
    s.append("[".repeat(depth)).append("]".repeat(depth)).append("}]}");
    Files.writeString(file, s);
  }

  static void pages(Path file) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      TestPackages.entry(zip, "Index/Document.iwa", "x");
      TestPackages.entry(zip, "Metadata/Properties.plist", "x");
    }
  }

  private static void mimetype(ZipOutputStream zip) throws IOException {
    TestPackages.entry(zip, "mimetype", "application/vnd.oasis.opendocument.spreadsheet");
  }

  private static void spaces(OutputStream out, long bytes) throws IOException {
    byte[] block = new byte[1 << 20];
    java.util.Arrays.fill(block, (byte) ' ');
    for (long written = 0; written < bytes; written += block.length) {
      out.write(block);
    }
  }
}
