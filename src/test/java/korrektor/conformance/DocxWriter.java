package korrektor.conformance;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.VerticalAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

/**
 * .docx (POI XWPF): paragraphs with runs (real sub- and superscripts, bold), tables, code in a
 * monospaced font, page breaks for breaks.
 */
final class DocxWriter implements FormatWriter {

  @Override
  public String write(List<Block> blocks, Path file, Random rnd) throws IOException {
    String font = new String[] {"Calibri", "Times New Roman", "Arial"}[rnd.nextInt(3)];
    boolean tablesAsTabs = rnd.nextInt(5) == 0;
    try (XWPFDocument doc = new XWPFDocument()) {
      boolean first = true;
      for (Block b : blocks) {
        if (b instanceof Block.Heading h) {
          XWPFParagraph p = doc.createParagraph();
          p.setStyle("Heading2");
          runs(p, h.line(), font, true, 13);
        } else if (b instanceof Block.Para para) {
          runs(doc.createParagraph(), para.line(), font, false, 11);
        } else if (b instanceof Block.Table t) {
          if (tablesAsTabs) {
            for (List<Line> r : t.rows()) {
              XWPFParagraph p = doc.createParagraph();
              for (int c = 0; c < r.size(); c++) {
                if (c > 0) {
                  p.createRun().addTab();
                }
                runs(p, r.get(c), font, false, 11);
              }
            }
          } else {
            table(doc, t, font);
          }
        } else if (b instanceof Block.Code || b instanceof Block.Output) {
          for (Line l : Block.lines(b)) {
            XWPFParagraph p = doc.createParagraph();
            p.setSpacingAfter(0);
            runs(p, Line.text(l.plain()), "Courier New", false, 9);
          }
        } else if (b instanceof Block.Break br) {
          XWPFParagraph p = doc.createParagraph();
          if (!first) {
            p.createRun().addBreak(BreakType.PAGE);
          }
          runs(p, Line.text(br.title()), font, true, 13);
        }
        first = false;
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        doc.write(out);
      }
    }
    return "docx " + font + (tablesAsTabs ? " tab-tables" : "");
  }

  private static void table(XWPFDocument doc, Block.Table t, String font) {
    int cols = t.columns();
    XWPFTable table = doc.createTable(t.rows().size(), cols);
    for (int r = 0; r < t.rows().size(); r++) {
      List<Line> row = t.rows().get(r);
      for (int c = 0; c < cols; c++) {
        XWPFTableCell cell = table.getRow(r).getCell(c);
        XWPFParagraph p = cell.getParagraphs().get(0);
        if (c < row.size()) {
          runs(p, row.get(c), font, r < t.headerRows(), 11);
        }
      }
    }
    doc.createParagraph();
  }

  /** Appends a line's pieces as runs. */
  static void runs(XWPFParagraph p, Line line, String font, boolean bold, int size) {
    for (Piece piece : line.pieces()) {
      XWPFRun run = p.createRun();
      run.setFontFamily(font);
      run.setFontSize(size);
      run.setBold(bold);
      if (piece instanceof Piece.Num n) {
        run.setText(n.written().text());
        continue;
      }
      Piece.Text t = (Piece.Text) piece;
      String text = t.text();
      if (text.contains("\t")) {
        String[] parts = text.split("\t", -1);
        for (int i = 0; i < parts.length; i++) {
          if (i > 0) {
            run.addTab();
          }
          run.setText(parts[i], i);
        }
        continue;
      }
      run.setText(text);
      switch (t.style()) {
        case BOLD -> run.setBold(true);
        case SUB ->
            run.setVerticalAlignment(
                VerticalAlign.SUBSCRIPT.toString().toLowerCase(java.util.Locale.ROOT));
        case SUP ->
            run.setVerticalAlignment(
                VerticalAlign.SUPERSCRIPT.toString().toLowerCase(java.util.Locale.ROOT));
        default -> {}
      }
    }
  }
}
