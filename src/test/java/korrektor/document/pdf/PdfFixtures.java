package korrektor.document.pdf;

import java.io.IOException;
import java.nio.file.Path;
import korrektor.document.Fixtures;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Writes PDFs with text, scripts, tables, images and plots at known positions (PDFBox). */
public final class PdfFixtures {

  static final PDType1Font HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

  private PdfFixtures() {}

  /** Writes text at (x, y) in PDF coordinates (y up from the bottom of an A4 page). */
  static void text(PDPageContentStream s, float size, float x, float y, String text)
      throws IOException {
    s.beginText();
    s.setFont(HELVETICA, size);
    s.newLineAtOffset(x, y);
    s.showText(text);
    s.endText();
  }

  /**
   * Page 1: a line "f = 0.544 h" followed by a raised 7 pt "(2)" and " = 0.3907"; below it a table
   * of three aligned columns with a rule under the header.
   */
  static Path answerSheet(Path file) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
        text(s, 12, 72, 700, "f = 0.544 h");
        float afterH = 72 + HELVETICA.getStringWidth("f = 0.544 h") / 1000 * 12;
        text(s, 7, afterH, 705, "(2)");
        float afterScript = afterH + HELVETICA.getStringWidth("(2)") / 1000 * 7;
        text(s, 12, afterScript + 4, 700, "= 0.3907");
        float[] columns = {72, 172, 272};
        String[][] rows = {{"t", "h", "c"}, {"1", "0.5440", "-0.3907"}, {"2", "0.6120", "0.1234"}};
        for (int r = 0; r < rows.length; r++) {
          for (int c = 0; c < 3; c++) {
            text(s, 11, columns[c], 640 - 18 * r, rows[r][c]);
          }
        }
        s.moveTo(70, 636);
        s.lineTo(320, 636);
        s.stroke();
      }
      doc.save(file.toFile());
    }
    return file;
  }

  /** A page with a caption and a 640x480 image; with {@code scan} the image fills the page. */
  public static Path withImage(Path file, boolean scan) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      PDImageXObject image =
          PDImageXObject.createFromByteArray(doc, Fixtures.png(640, 480), "plot");
      try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
        if (scan) {
          s.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
        } else {
          text(s, 11, 72, 760, "Figure 1: loss over epochs");
          s.drawImage(image, 72, 400, 320, 240);
        }
      }
      doc.save(file.toFile());
    }
    return file;
  }

  /** A page with a vector line plot: axes and a curve of 60 segments, like matplotlib writes. */
  static Path withVectorPlot(Path file) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
        text(s, 11, 72, 760, "Loss");
        s.moveTo(100, 400);
        s.lineTo(100, 600);
        s.moveTo(100, 400);
        s.lineTo(400, 400);
        s.stroke();
        s.moveTo(100, 580);
        for (int i = 1; i <= 60; i++) {
          s.lineTo(100 + 5 * i, (float) (400 + 180 * Math.exp(-i / 15.0)));
        }
        s.stroke();
      }
      doc.save(file.toFile());
    }
    return file;
  }

  /** Several pages, each with one line "page N". */
  public static Path pages(Path file, int count) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      for (int p = 1; p <= count; p++) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
          text(s, 11, 72, 760, "page " + p);
        }
      }
      doc.save(file.toFile());
    }
    return file;
  }

  /** A one-line PDF that needs the user password "secret" to open. */
  public static Path encrypted(Path file) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
        text(s, 11, 72, 760, "h = 0.5");
      }
      StandardProtectionPolicy policy =
          new StandardProtectionPolicy("owner", "secret", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      doc.save(file.toFile());
    }
    return file;
  }
}
