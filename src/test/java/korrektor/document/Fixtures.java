package korrektor.document;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the fixture files the tests read. Every fixture is generated here (POI, PDFBox, ImageIO),
 * so the tests need no binary files and show exactly what each file holds.
 */
public final class Fixtures {

  private Fixtures() {}

  /**
   * A workbook with a sheet "LSTM": a header, numbers, a numeric-looking text "0,3907", and a
   * formula {@code =B2*2} that POI writes without a cached value.
   */
  public static Path workbook(Path dir, String name, boolean xls) throws IOException {
    try (Workbook wb = xls ? new HSSFWorkbook() : new XSSFWorkbook()) {
      Sheet sheet = wb.createSheet("LSTM");
      Row header = sheet.createRow(0);
      header.createCell(0).setCellValue("t");
      header.createCell(1).setCellValue("h");
      header.createCell(2).setCellValue("c");
      Row first = sheet.createRow(1);
      first.createCell(0).setCellValue(1);
      first.createCell(1).setCellValue(0.544);
      first.createCell(2).setCellValue("0,3907");
      first.createCell(3).setCellFormula("B2*2");
      wb.createSheet("Notes").createRow(2).createCell(1).setCellValue(true);
      return write(wb, dir.resolve(name));
    }
  }

  public static Path write(Workbook wb, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      wb.write(out);
    }
    return file;
  }

  /** The workbook {@link #workbook} writes, encrypted with the password "secret" (agile). */
  public static Path encryptedWorkbook(Path dir, String name) throws Exception {
    Path plain = workbook(dir, "plain-" + name, false);
    try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs =
        new org.apache.poi.poifs.filesystem.POIFSFileSystem()) {
      var info =
          new org.apache.poi.poifs.crypt.EncryptionInfo(
              org.apache.poi.poifs.crypt.EncryptionMode.agile);
      var encryptor = info.getEncryptor();
      encryptor.confirmPassword("secret");
      try (var opc = org.apache.poi.openxml4j.opc.OPCPackage.open(plain.toFile());
          OutputStream os = encryptor.getDataStream(fs)) {
        opc.save(os);
      }
      Path file = dir.resolve(name);
      try (OutputStream out = Files.newOutputStream(file)) {
        fs.writeFilesystem(out);
      }
      return file;
    }
  }

  /**
   * A copy of a workbook whose first sheet's XML is padded with megabytes of blanks: it deflates
   * more than a thousandfold, as a zip bomb does.
   */
  public static Path inflated(Path workbook, Path target, int padding) throws IOException {
    try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(workbook.toFile());
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
      for (ZipEntry entry : java.util.Collections.list(in.entries())) {
        byte[] bytes = in.getInputStream(entry).readAllBytes();
        out.putNextEntry(new ZipEntry(entry.getName()));
        if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
          String xml = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
          int at = xml.indexOf("<sheetData");
          bytes =
              (xml.substring(0, at) + " ".repeat(padding) + xml.substring(at))
                  .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        out.write(bytes);
        out.closeEntry();
      }
    }
    return target;
  }

  /** A zip with the given entry names, each holding a few bytes. */
  public static Path zip(Path file, String... entries) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      for (String entry : entries) {
        zip.putNextEntry(new ZipEntry(entry));
        zip.write(
            entry.equals("mimetype")
                ? "application/vnd.oasis.opendocument.spreadsheet".getBytes()
                : "<x/>".getBytes());
        zip.closeEntry();
      }
    }
    return file;
  }

  /** A PNG of the given size. */
  public static byte[] png(int width, int height) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < width; x++) {
      image.setRGB(x, x % height, 0xFF0000);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  /** The first {@code keep} bytes of a file, as a cut-off upload would leave it. */
  public static Path truncated(Path source, Path target, int keep) throws IOException {
    byte[] bytes = Files.readAllBytes(source);
    Files.write(target, java.util.Arrays.copyOf(bytes, Math.min(keep, bytes.length)));
    return target;
  }
}
