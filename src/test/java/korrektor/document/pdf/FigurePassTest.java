package korrektor.document.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import korrektor.document.Document;
import korrektor.document.Figure;
import korrektor.document.Problem;
import korrektor.document.ReadLimits;
import korrektor.document.TextLine;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Figures found in the text pass: forms, inline images, and errors that must not cost the text. */
class FigurePassTest {

  private static final String TEXT = "BT /F1 11 Tf 72 780 Td (Answer 3: 0.25) Tj ET\n";
  private static final String BAD_INLINE_IMAGE =
      "BI /W 4 /H 4 /CS /G /BPC 8 /F /Bogus ID xxxxxxxxxxxxxxxx EI\n";

  @TempDir Path dir;
  private final PdfReader reader = new PdfReader();

  @Test
  void findsTextPathsAndImagesInsideFormXObjects() throws Exception {
    Document doc =
        read(
            pdf -> {
              PDResources inner = fontResources();
              BufferedImage pixels = new BufferedImage(30, 20, BufferedImage.TYPE_INT_RGB);
              inner.put(COSName.getPDFName("Im1"), LosslessFactory.createFromImage(pdf, pixels));
              PDFormXObject form =
                  form(
                      pdf,
                      inner,
                      "BT /F1 10 Tf 10 10 Td (inside the form) Tj ET "
                          + "q 50 0 0 40 100 100 cm /Im1 Do Q "
                          + plot(40, 100, 200)
                          + "S\n");
              PDResources page = fontResources();
              page.put(COSName.getPDFName("Fm1"), form);
              return page(pdf, page, TEXT + "/Fm1 Do q 1 0 0 1 200 0 cm /Fm1 Do Q\n");
            });

    assertThat(doc.lines())
        .extracting(TextLine::text)
        .contains("Answer 3: 0.25", "inside the form inside the form");
    assertThat(doc.figures())
        .extracting(Figure::description)
        .containsExactly(
            "image 30x20 on page 1",
            "image 30x20 on page 1",
            "drawing of 40 path segments (100x160 pt) on page 1",
            "drawing of 40 path segments (100x160 pt) on page 1");
    assertThat(doc.problems()).isEmpty();
  }

  @Test
  void countsInlineImagesAsImages() throws Exception {
    StringBuilder gray = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      gray.append((char) (i * 16));
    }
    Document doc =
        read(
            pdf ->
                page(
                    pdf,
                    fontResources(),
                    TEXT
                        + "q 300 0 0 300 100 100 cm BI /W 4 /H 4 /CS /G /BPC 8 ID "
                        + gray
                        + " EI Q\n"));

    assertThat(doc.figures())
        .extracting(Figure::description)
        .containsExactly("image 4x4 on page 1");
  }

  @Test
  void keepsTheTextWhenThePageDrawingsCannotBeExamined() throws Exception {
    Document doc =
        read(
            pdf -> page(pdf, fontResources(), TEXT + plot(30, 300, 600) + "S " + BAD_INLINE_IMAGE));

    assertThat(doc.lines()).extracting(TextLine::text).containsExactly("Answer 3: 0.25");
    assertThat(doc.figures()).isEmpty();
    assertThat(doc.problems())
        .extracting(Problem::message)
        .containsExactly(
            "the drawings on page 1 could not be examined; a tutor should check it for plots");
  }

  @Test
  void aBrokenColourSpaceStopsOnlyTheFigureBookkeeping() throws Exception {
    Document doc =
        read(
            pdf -> {
              PDResources resources = fontResources();
              COSArray separation = new COSArray();
              separation.add(COSName.getPDFName("Separation"));
              separation.add(COSName.getPDFName("Spot"));
              separation.add(COSName.DEVICERGB);
              COSDictionary function = new COSDictionary();
              function.setInt(COSName.FUNCTION_TYPE, 7);
              separation.add(function);
              COSDictionary spaces = new COSDictionary();
              spaces.setItem(COSName.getPDFName("CS0"), separation);
              resources.getCOSObject().setItem(COSName.COLORSPACE, spaces);
              return page(pdf, resources, "/CS0 cs 0.5 sc " + plot(30, 300, 300) + "S " + TEXT);
            });

    assertThat(doc.lines()).extracting(TextLine::text).containsExactly("Answer 3: 0.25");
    assertThat(doc.problems())
        .extracting(Problem::message)
        .containsExactly(
            "the drawings on page 1 could not be examined; a tutor should check it for plots");
  }

  @Test
  void anErrorInAFormEndsOnlyThatFormsFigures() throws Exception {
    Document doc =
        read(
            pdf -> {
              PDFormXObject form =
                  form(
                      pdf,
                      fontResources(),
                      plot(30, 50, 300)
                          + "S "
                          + BAD_INLINE_IMAGE
                          + plot(30, 50, 100)
                          + "S BT /F1 10 Tf 10 480 Td (form text after) Tj ET\n");
              PDResources page = fontResources();
              page.put(COSName.getPDFName("Fm1"), form);
              return page(pdf, page, TEXT + "/Fm1 Do " + plot(30, 300, 600) + "S\n");
            });

    assertThat(doc.lines())
        .extracting(TextLine::text)
        .containsExactly("Answer 3: 0.25", "form text after");
    assertThat(doc.figures())
        .extracting(Figure::description)
        .containsExactly(
            "drawing of 30 path segments (75x153 pt) on page 1",
            "drawing of 30 path segments (75x153 pt) on page 1");
    assertThat(doc.problems()).isEmpty();
  }

  private interface Builder {
    PDPage build(PDDocument pdf) throws IOException;
  }

  private Document read(Builder builder) throws IOException {
    Path file = dir.resolve("f.pdf");
    try (PDDocument pdf = new PDDocument()) {
      pdf.addPage(builder.build(pdf));
      pdf.save(file.toFile());
    }
    return reader.read(file, "f.pdf", ReadLimits.DEFAULT);
  }

  private static PDResources fontResources() {
    PDResources resources = new PDResources();
    resources.put(COSName.getPDFName("F1"), PdfFixtures.HELVETICA);
    return resources;
  }

  private static PDPage page(PDDocument pdf, PDResources resources, String content)
      throws IOException {
    PDPage page = new PDPage(PDRectangle.A4);
    page.setResources(resources);
    PDStream stream = new PDStream(pdf);
    try (OutputStream out = stream.createOutputStream()) {
      out.write(content.getBytes(StandardCharsets.ISO_8859_1));
    }
    page.setContents(stream);
    return page;
  }

  private static PDFormXObject form(PDDocument pdf, PDResources resources, String content)
      throws IOException {
    PDFormXObject form = new PDFormXObject(pdf);
    form.setBBox(new PDRectangle(0, 0, 600, 800));
    form.setResources(resources);
    form.setMatrix(new AffineTransform());
    try (OutputStream out = form.getContentStream().createOutputStream()) {
      out.write(content.getBytes(StandardCharsets.ISO_8859_1));
    }
    return form;
  }

  /** A wave of {@code n} line segments starting at (x0, y0). */
  private static String plot(int n, float x0, float y0) {
    StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%.2f %.2f m\n", x0, y0));
    for (int i = 1; i <= n; i++) {
      b.append(
          String.format(Locale.ROOT, "%.3f %.3f l\n", x0 + i * 2.5f, y0 + 80 * Math.sin(i / 7.0)));
    }
    return b.toString();
  }
}
