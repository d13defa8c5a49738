package korrektor.document.spreadsheet;

import org.apache.poi.xssf.usermodel.XSSFRichTextString;

/**
 * Collects the text of one rich-text element (an {@code <si>} of the shared strings or the {@code
 * <is>} of an inline string) from SAX events, as {@link XSSFRichTextString#getString()} reads it:
 * the texts of the runs when there are runs, else the element's own {@code <t>}; phonetic runs are
 * left out and {@code _xHHHH_} escapes decoded. Shapes POI might read differently throw {@link
 * NotStreamable}. Depths are counted below the element itself.
 */
final class RichText {
  private final StringBuilder own = new StringBuilder();
  private final StringBuilder runs = new StringBuilder();
  private StringBuilder target;
  private int targetDepth;
  private int depth;
  private int ownTexts;
  private int runCount;
  private int runTexts;
  private boolean inRun;

  /** A child element (at any depth) starts. */
  void start(String uri, String local) {
    depth++;
    if (target != null) {
      throw new NotStreamable("markup inside a text element");
    }
    if (depth == 1) {
      if (!SheetXml.MAIN.equals(uri)) {
        throw new NotStreamable("foreign element in rich text");
      }
      switch (local) {
        case "t" -> {
          ownTexts++;
          begin(own);
        }
        case "r" -> {
          runCount++;
          runTexts = 0;
          inRun = true;
        }
        case "rPh", "phoneticPr" -> {}
        default -> throw new NotStreamable("rich text element " + local);
      }
    } else if (depth == 2 && inRun) {
      if (SheetXml.MAIN.equals(uri) && "t".equals(local)) {
        runTexts++;
        begin(runs);
      } else if (!(SheetXml.MAIN.equals(uri) && "rPr".equals(local))) {
        throw new NotStreamable("run element " + local);
      }
    }
  }

  /** The innermost open child element ends. */
  void end() {
    if (target != null && depth == targetDepth) {
      target = null;
    }
    if (depth == 1 && inRun) {
      if (runTexts != 1) {
        throw new NotStreamable("a run with " + runTexts + " texts");
      }
      inRun = false;
    }
    depth--;
  }

  void characters(char[] ch, int start, int length) {
    if (target != null) {
      target.append(ch, start, length);
    }
  }

  /** The text POI gives for the element, null when it has none. */
  String result() {
    if (runCount > 0) {
      if (ownTexts > 0) {
        throw new NotStreamable("rich text with both runs and its own text");
      }
      return decode(runs.toString());
    }
    if (ownTexts > 1) {
      throw new NotStreamable("rich text with several texts");
    }
    return ownTexts == 0 ? null : decode(own.toString());
  }

  /**
   * Decodes {@code _xHHHH_} escapes exactly as POI does (only strings containing one are touched).
   */
  static String decode(String raw) {
    return raw.contains("_x") ? new XSSFRichTextString(raw).getString() : raw;
  }

  private void begin(StringBuilder into) {
    target = into;
    targetDepth = depth;
  }
}
