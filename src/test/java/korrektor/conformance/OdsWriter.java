package korrektor.conformance;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * .ods written by hand (content.xml): numbers as {@code float} or {@code percentage} cells with
 * {@code office:value} and the written text, sometimes as strings, sometimes formulas with their
 * value; repeated empty cells compressed with {@code table:number-columns-repeated} as LibreOffice
 * does; a table per break.
 */
final class OdsWriter implements FormatWriter {

  @Override
  public String write(List<Block> blocks, Path file, Random rnd) throws IOException {
    double textShare = rnd.nextInt(4) == 0 ? 0.5 : 0;
    double formulaShare = rnd.nextInt(4) == 0 ? 0.5 : 0;
    int col0 = rnd.nextInt(3) == 0 ? 1 + rnd.nextInt(2) : 0;
    List<String> tables = new ArrayList<>();
    String name = rnd.nextBoolean() ? "Sheet1" : "Tabelle1";
    StringBuilder rows = new StringBuilder();
    for (Block b : blocks) {
      if (b instanceof Block.Break br) {
        if (rows.length() > 0 || !tables.isEmpty()) {
          tables.add(table(name, rows));
        }
        name = br.title();
        rows = new StringBuilder();
        continue;
      }
      List<List<Line>> lines = new ArrayList<>();
      if (b instanceof Block.Table t) {
        lines.addAll(t.rows());
      } else {
        Block.lines(b).forEach(l -> lines.add(List.of(l)));
      }
      for (List<Line> r : lines) {
        rows.append("<table:table-row>");
        if (col0 > 0) {
          rows.append("<table:table-cell table:number-columns-repeated=\"")
              .append(col0)
              .append("\"/>");
        }
        for (Line cell : r) {
          rows.append(cell(cell, rnd, textShare, formulaShare));
        }
        rows.append("</table:table-row>\n");
      }
      rows.append("<table:table-row><table:table-cell/></table:table-row>\n");
    }
    tables.add(table(name, rows));
    String content =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content "
            + OdfPackage.NAMESPACES
            + "><office:automatic-styles/><office:body><office:spreadsheet>\n"
            + String.join("", tables)
            + "</office:spreadsheet></office:body></office:document-content>\n";
    OdfPackage.write(file, "application/vnd.oasis.opendocument.spreadsheet", content);
    return "ods" + (textShare > 0 ? " text-numbers" : "") + (formulaShare > 0 ? " formulas" : "");
  }

  private static String table(String name, StringBuilder rows) {
    return "<table:table table:name=\""
        + OdfPackage.esc(name)
        + "\">\n<table:table-column table:number-columns-repeated=\"16\"/>\n"
        + (rows.length() == 0 ? "<table:table-row><table:table-cell/></table:table-row>\n" : rows)
        + "</table:table>\n";
  }

  private static String cell(Line line, Random rnd, double textShare, double formulaShare) {
    var single = line.singleNumber();
    String text = line.plain();
    if (single.isEmpty()
        || single.get().written().kind() == Written.Kind.APPROX
        || rnd.nextDouble() < textShare) {
      return text.isEmpty()
          ? "<table:table-cell/>"
          : "<table:table-cell office:value-type=\"string\"><text:p>"
              + OdfPackage.esc(text)
              + "</text:p></table:table-cell>";
    }
    Written w = single.get().written();
    String type = w.kind() == Written.Kind.PERCENT ? "percentage" : "float";
    String formula =
        w.kind() != Written.Kind.INTEGER && rnd.nextDouble() < formulaShare
            ? " table:formula=\"of:="
                + OdfPackage.esc(SpreadsheetWriter.formula(w).replace(",", ";"))
                + "\""
            : "";
    return "<table:table-cell"
        + formula
        + " office:value-type=\""
        + type
        + "\" office:value=\""
        + plain(w.value())
        + "\"><text:p>"
        + OdfPackage.esc(w.text())
        + "</text:p></table:table-cell>";
  }

  private static String plain(double v) {
    return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }
}
