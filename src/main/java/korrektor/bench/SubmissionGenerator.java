package korrektor.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes N realistic sheet-9 submissions with a fixed seed: English and German CSV, XLSX (steps as
 * rows or columns), and one-page PDFs (a table or labelled lines), with the student's rounding and
 * occasional slips or missing values. Values come from the table passed in (the reference trace).
 */
public final class SubmissionGenerator {
  private static final String[] QUANTITIES = {"g", "f", "q", "candidate", "s", "h", "output"};
  private static final String[] HEADERS = {"g", "f", "q", "s~", "s", "h", "output"};
  private static final String[] FIRST = {
    "Anna", "Ben", "Clara", "David", "Emma", "Felix", "Greta", "Hannah", "Jonas", "Lena", "Max",
    "Nora", "Paul", "Sophie", "Tim", "Zoé", "Jörg", "Ayşe", "Łukasz", "Mia"
  };
  private static final String[] LAST = {
    "Becker",
    "Schulz",
    "Wagner",
    "Koch",
    "Bauer",
    "Richter",
    "Klein",
    "Wolf",
    "Neumann",
    "Schwarz",
    "Braun",
    "Krüger",
    "Hartmann",
    "Lange",
    "Vogel",
    "Fischer",
    "Weber",
    "Meyer",
    "Müller",
    "Schäfer"
  };

  private final double[][] reference;
  private final Random random;

  /**
   * @param reference values by step (rows 0..T−1) and quantity (g, f, q, candidate, s, h, output)
   * @param seed the random seed (same seed, same files)
   */
  public SubmissionGenerator(double[][] reference, long seed) {
    this.reference = reference;
    this.random = new Random(seed);
  }

  /** Writes {@code n} submissions into {@code dir}; returns the files, in order. */
  public List<Path> write(Path dir, int n) throws IOException {
    Files.createDirectories(dir);
    List<Path> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String id = String.format(Locale.ROOT, "5%05d", i);
      String name = FIRST[random.nextInt(FIRST.length)] + "_" + LAST[random.nextInt(LAST.length)];
      double[][] values = student();
      int decimals = 2 + random.nextInt(4);
      int kind = random.nextInt(100);
      Path file;
      if (kind < 20) {
        file = dir.resolve(id + "_" + name + ".csv");
        csv(file, values, decimals, ',', '.', StandardCharsets.UTF_8, name);
      } else if (kind < 40) {
        file = dir.resolve(id + "_" + name + ".csv");
        csv(file, values, decimals, ';', ',', Charset.forName("windows-1252"), name);
      } else if (kind < 70) {
        file = dir.resolve(id + "_" + name + ".xlsx");
        xlsx(file, values, decimals, random.nextBoolean(), name);
      } else {
        file = dir.resolve(id + "_" + name + ".pdf");
        pdf(file, values, decimals, random.nextBoolean(), name);
      }
      out.add(file);
    }
    return out;
  }

  /** The reference with a slip now and then, or a missing value (NaN). */
  private double[][] student() {
    double[][] v = new double[reference.length][];
    for (int t = 0; t < reference.length; t++) {
      v[t] = reference[t].clone();
    }
    if (random.nextInt(4) == 0) {
      v[random.nextInt(v.length)][random.nextInt(QUANTITIES.length)] +=
          0.01 + random.nextDouble() * 0.1;
    }
    if (random.nextInt(8) == 0) {
      v[random.nextInt(v.length)][random.nextInt(QUANTITIES.length)] = Double.NaN;
    }
    return v;
  }

  private static String fmt(double v, int decimals, char point) {
    if (Double.isNaN(v)) {
      return "";
    }
    String s = String.format(Locale.ROOT, "%." + decimals + "f", v);
    return point == '.' ? s : s.replace('.', point);
  }

  private void csv(
      Path file, double[][] v, int decimals, char sep, char point, Charset cs, String name)
      throws IOException {
    StringBuilder s = new StringBuilder();
    s.append("Name").append(sep).append(name.replace('_', ' ')).append("\r\n");
    s.append(point == ',' ? "Zeitschritt" : "t");
    for (String h : HEADERS) {
      s.append(sep).append(point == ',' && h.equals("output") ? "Ausgabe" : h);
    }
    s.append("\r\n");
    for (int t = 0; t < v.length; t++) {
      s.append(t + 1);
      for (double x : v[t]) {
        s.append(sep).append(fmt(x, decimals, point));
      }
      s.append("\r\n");
    }
    Files.write(file, s.toString().getBytes(cs));
  }

  private void xlsx(Path file, double[][] v, int decimals, boolean transposed, String name)
      throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      XSSFSheet sheet = wb.createSheet("Aufgabe 17");
      sheet.createRow(0).createCell(0).setCellValue(name.replace('_', ' '));
      var style = wb.createCellStyle();
      style.setDataFormat(wb.createDataFormat().getFormat("0." + "0".repeat(decimals)));
      if (!transposed) {
        XSSFRow head = sheet.createRow(2);
        head.createCell(0).setCellValue("t");
        for (int q = 0; q < HEADERS.length; q++) {
          head.createCell(q + 1).setCellValue(HEADERS[q]);
        }
        for (int t = 0; t < v.length; t++) {
          XSSFRow row = sheet.createRow(3 + t);
          row.createCell(0).setCellValue(t + 1);
          for (int q = 0; q < HEADERS.length; q++) {
            if (!Double.isNaN(v[t][q])) {
              var c = row.createCell(q + 1);
              c.setCellValue(round(v[t][q], decimals));
              c.setCellStyle(style);
            }
          }
        }
      } else {
        XSSFRow head = sheet.createRow(2);
        for (int t = 0; t < v.length; t++) {
          head.createCell(t + 1).setCellValue("t=" + (t + 1));
        }
        for (int q = 0; q < HEADERS.length; q++) {
          XSSFRow row = sheet.createRow(3 + q);
          row.createCell(0).setCellValue(HEADERS[q]);
          for (int t = 0; t < v.length; t++) {
            if (!Double.isNaN(v[t][q])) {
              var c = row.createCell(t + 1);
              c.setCellValue(round(v[t][q], decimals));
              c.setCellStyle(style);
            }
          }
        }
      }
      wb.write(out);
    }
  }

  private void pdf(Path file, double[][] v, int decimals, boolean table, String name)
      throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        float y = 780;
        text(cs, font, 50, y, "Exercise sheet 9 - " + ascii(name.replace('_', ' ')));
        y -= 30;
        if (table) {
          text(cs, font, 50, y, "t");
          for (int q = 0; q < HEADERS.length; q++) {
            text(cs, font, 90 + q * 65, y, HEADERS[q]);
          }
          for (int t = 0; t < v.length; t++) {
            y -= 18;
            text(cs, font, 50, y, Integer.toString(t + 1));
            for (int q = 0; q < HEADERS.length; q++) {
              text(
                  cs,
                  font,
                  90 + q * 65,
                  y,
                  Double.isNaN(v[t][q]) ? "-" : fmt(v[t][q], decimals, '.'));
            }
          }
        } else {
          for (int t = 0; t < v.length; t++) {
            text(cs, font, 50, y, "Step t = " + (t + 1) + ":");
            y -= 16;
            for (int q = 0; q < QUANTITIES.length; q++) {
              if (!Double.isNaN(v[t][q])) {
                text(
                    cs,
                    font,
                    70,
                    y,
                    QUANTITIES[q] + "(" + (t + 1) + ") = " + fmt(v[t][q], decimals, '.'));
                y -= 14;
              }
            }
            y -= 6;
          }
        }
      }
      doc.save(file.toFile());
    }
  }

  private static void text(PDPageContentStream cs, PDType1Font font, float x, float y, String s)
      throws IOException {
    cs.beginText();
    cs.setFont(font, 11);
    cs.newLineAtOffset(x, y);
    cs.showText(s);
    cs.endText();
  }

  private static String ascii(String s) {
    return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD)
        .replaceAll("[^\\x20-\\x7E]", "");
  }

  private static double round(double v, int decimals) {
    double f = Math.pow(10, decimals);
    return Math.round(v * f) / f;
  }
}
