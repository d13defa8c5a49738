package korrektor.document.spreadsheet;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import korrektor.document.Figure;
import korrektor.document.Location;
import org.apache.poi.hssf.usermodel.HSSFChart;
import org.apache.poi.hssf.usermodel.HSSFPatriarch;
import org.apache.poi.hssf.usermodel.HSSFPicture;
import org.apache.poi.hssf.usermodel.HSSFShape;
import org.apache.poi.hssf.usermodel.HSSFShapeContainer;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFChartSheet;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFGraphicFrame;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.apache.poi.xssf.usermodel.XSSFShapeGroup;

/**
 * Finds the charts and pictures on a sheet: a chart next to the table is the student's plot. Each
 * is reported at the sheet (the cell it is anchored at, when known).
 */
final class WorkbookFigures {

  private static final Pattern RELATION_ID = Pattern.compile(":id=\"([^\"]+)\"");

  private WorkbookFigures() {}

  static List<Figure> of(Sheet sheet, String file) {
    List<Figure> figures = new ArrayList<>();
    String name = sheet.getSheetName();
    var patriarch = sheet.getDrawingPatriarch();
    if (patriarch instanceof XSSFDrawing drawing) {
      Map<XSSFChart, Location> anchors = chartAnchors(drawing, file, name);
      for (XSSFChart chart : drawing.getCharts()) {
        Location at = anchors.getOrDefault(chart, sheetLocation(file, name));
        figures.add(new Figure(Figure.Kind.CHART, chartDescription(chart), at));
      }
      for (XSSFShape shape : drawing.getShapes()) {
        addXssfPictures(shape, file, name, figures);
      }
    } else if (patriarch instanceof HSSFPatriarch hssf) {
      addHssfPictures(hssf, file, name, figures);
    }
    if (sheet instanceof XSSFChartSheet && figures.isEmpty()) {
      figures.add(new Figure(Figure.Kind.CHART, "chart sheet", sheetLocation(file, name)));
    }
    if (sheet instanceof HSSFSheet hssfSheet) {
      for (HSSFChart chart : HSSFChart.getSheetCharts(hssfSheet)) {
        figures.add(
            new Figure(
                Figure.Kind.CHART,
                "chart"
                    + (chart.getChartTitle() == null ? "" : " \"" + chart.getChartTitle() + "\""),
                sheetLocation(file, name)));
      }
    }
    return figures;
  }

  /**
   * The cell each chart is anchored at: a chart is reached from its graphic frame through the
   * relation id in the frame's graphic data (the chart part itself does not know its frame).
   */
  private static Map<XSSFChart, Location> chartAnchors(
      XSSFDrawing drawing, String file, String sheet) {
    Map<XSSFChart, Location> anchors = new IdentityHashMap<>();
    for (XSSFShape shape : drawing.getShapes()) {
      if (!(shape instanceof XSSFGraphicFrame frame) || frame.getAnchor() == null) {
        continue;
      }
      String xml = frame.getCTGraphicalObjectFrame().getGraphic().getGraphicData().xmlText();
      Matcher id = RELATION_ID.matcher(xml);
      if (id.find() && drawing.getRelationById(id.group(1)) instanceof XSSFChart chart) {
        var anchor = frame.getAnchor();
        anchors.put(chart, Location.ofCell(file, sheet, anchor.getRow1(), anchor.getCol1()));
      }
    }
    return anchors;
  }

  private static String chartDescription(XSSFChart chart) {
    try {
      var title = chart.getTitleText();
      String text = title == null ? "" : title.getString();
      return text == null || text.isBlank() ? "chart" : "chart \"" + text.strip() + "\"";
    } catch (RuntimeException e) {
      return "chart";
    }
  }

  private static void addXssfPictures(
      XSSFShape shape, String file, String sheet, List<Figure> out) {
    if (shape instanceof XSSFPicture picture) {
      var anchor = picture.getClientAnchor();
      Location at =
          anchor == null
              ? sheetLocation(file, sheet)
              : Location.ofCell(file, sheet, anchor.getRow1(), anchor.getCol1());
      out.add(new Figure(Figure.Kind.IMAGE, "picture", at));
    } else if (shape instanceof XSSFShapeGroup group) {
      for (XSSFShape child : group) {
        addXssfPictures(child, file, sheet, out);
      }
    }
  }

  private static void addHssfPictures(
      HSSFShapeContainer container, String file, String sheet, List<Figure> out) {
    for (HSSFShape shape : container.getChildren()) {
      if (shape instanceof HSSFPicture picture) {
        var anchor = picture.getClientAnchor();
        Location at =
            anchor == null
                ? sheetLocation(file, sheet)
                : Location.ofCell(file, sheet, anchor.getRow1(), anchor.getCol1());
        out.add(new Figure(Figure.Kind.IMAGE, "picture", at));
      } else if (shape instanceof HSSFShapeContainer group) {
        addHssfPictures(group, file, sheet, out);
      }
    }
  }

  /** The sheet as a whole: its first cell, since a location names a cell or a line. */
  private static Location sheetLocation(String file, String sheet) {
    return Location.ofCell(file, sheet, 0, 0);
  }
}
