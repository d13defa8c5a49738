package korrektor.document.docx;

import java.util.ArrayList;
import java.util.List;
import korrektor.document.Figure;
import korrektor.document.LineText;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;

/**
 * The text of a paragraph or table cell in reading order, walking its XML: Word's text runs ({@code
 * w:t}) and the equation runs ({@code m:t}) that POI's {@code getText()} leaves out, so that an
 * equation {@code h^{(2)} = 0.3907} reads as {@code h(2) = 0.3907}. Each paragraph starts with its
 * automatic list number as Word shows it ({@link WordNumbering}); paragraphs in text boxes get
 * none. Also notes the pictures, charts and drawings it holds.
 */
final class ParagraphText {

  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final String M = "http://schemas.openxmlformats.org/officeDocument/2006/math";
  private static final String CHART = "http://schemas.openxmlformats.org/drawingml/2006/chart";
  private static final String PICTURE = "http://schemas.openxmlformats.org/drawingml/2006/picture";
  private static final String VML = "urn:schemas-microsoft-com:vml";
  private static final String WPS =
      "http://schemas.microsoft.com/office/word/2010/wordprocessingShape";
  private static final String WPG =
      "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup";

  /** A paragraph's text (whitespace collapsed) and the figures in it. */
  record Result(String text, List<Figure.Kind> figures) {}

  private ParagraphText() {}

  static Result of(XmlObject xml, WordNumbering numbering) {
    StringBuilder text = new StringBuilder();
    List<Figure.Kind> figures = new ArrayList<>();
    boolean inDrawing = false;
    int drawingDepth = 0;
    int depth = 0;
    int boxDepth = 0;
    if (xml instanceof CTP paragraph) {
      text.append(numbering.label(paragraph));
    }
    try (XmlCursor cursor = xml.newCursor()) {
      while (cursor.hasNextToken()) {
        XmlCursor.TokenType token = cursor.toNextToken();
        if (token == XmlCursor.TokenType.END) {
          depth--;
          if (depth < 0) {
            break; // left the element we started in
          }
          if (inDrawing && depth < drawingDepth) {
            inDrawing = false;
          }
          if (boxDepth > 0 && depth < boxDepth) {
            boxDepth = 0;
          }
          continue;
        }
        if (token == XmlCursor.TokenType.ENDDOC) {
          break;
        }
        if (token != XmlCursor.TokenType.START) {
          continue;
        }
        depth++;
        String ns = cursor.getName().getNamespaceURI();
        String local = cursor.getName().getLocalPart();
        if ((W.equals(ns) || M.equals(ns)) && local.equals("t")) {
          text.append(cursor.getTextValue());
          cursor.toEndToken();
          depth--;
        } else if (W.equals(ns) && local.equals("pPr")) {
          cursor.toEndToken(); // paragraph properties: their w:tab elements are tab stops, not tabs
          depth--;
        } else if (W.equals(ns) && local.equals("tab")) {
          text.append('\t'); // columns set with tabs: kept for tables written in text
        } else if (W.equals(ns) && (local.equals("br") || local.equals("cr"))) {
          text.append(' ');
        } else if (W.equals(ns) && local.equals("p")) {
          if (text.length() > 0) {
            text.append(' '); // paragraphs inside a table cell
          }
          if (!inDrawing && boxDepth == 0 && cursor.getObject() instanceof CTP paragraph) {
            text.append(numbering.label(paragraph));
          }
        } else if (W.equals(ns) && local.equals("txbxContent") && boxDepth == 0) {
          boxDepth = depth; // a text box: its paragraphs are no part of the document's lists
        } else if (M.equals(ns) && (local.equals("oMath") || local.equals("oMathPara"))) {
          if (text.length() > 0 && !Character.isWhitespace(text.charAt(text.length() - 1))) {
            text.append(' ');
          }
        } else if (!inDrawing && (CHART.equals(ns) && local.equals("chart"))) {
          figures.add(Figure.Kind.CHART);
          inDrawing = true;
          drawingDepth = depth;
        } else if (!inDrawing
            && (PICTURE.equals(ns) && local.equals("pic")
                || VML.equals(ns) && local.equals("imagedata"))) {
          figures.add(Figure.Kind.IMAGE);
          inDrawing = true;
          drawingDepth = depth;
        } else if (!inDrawing
            && (WPG.equals(ns) && local.equals("wgp") || WPS.equals(ns) && local.equals("wsp"))) {
          figures.add(Figure.Kind.DRAWING);
          inDrawing = true;
          drawingDepth = depth;
        }
      }
    }
    return new Result(LineText.of(text.toString()), List.copyOf(figures));
  }
}
