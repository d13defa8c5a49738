package korrektor.document.docx;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.namespace.QName;
import korrektor.document.numbering.LabelTemplate;
import korrektor.document.numbering.ListCounters;
import korrektor.document.numbering.NumberStyle;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrBase;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;

/**
 * The automatic numbers of a Word document's paragraphs as Word shows them ({@code 1.}, {@code a)},
 * {@code (ii)}, {@code 2.1}, bullets as {@code •}), read from the numbering and styles parts POI
 * has already parsed with its secure XML settings. A paragraph's list comes from its own {@code
 * w:numPr} or its paragraph style's (following {@code w:basedOn}); {@code w:num} → {@code
 * w:abstractNum} (through {@code w:numStyleLink}), with {@code w:lvlOverride} ({@code
 * w:startOverride} or a whole {@code w:lvl} restarts that level the first time the list uses it).
 * Lists sharing an abstract numbering share their counters, as in Word. Paragraphs must be asked
 * for in reading order, each once: asking counts. Anything that cannot be worked out gives no
 * label.
 */
final class WordNumbering {

  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final QName VAL = new QName(W, "val");
  private static final int LEVELS = 9;
  private static final Pattern BLANKS = Pattern.compile("\\s+");

  /** Deeper chains of based-on styles or style links than any document has are cycles. */
  private static final int MAX_CHAIN = 20;

  /** A paragraph's list and level as its style gives them (either may be null). */
  private record Reference(String numId, String ilvl) {
    static final Reference NONE = new Reference(null, null);
  }

  /** One level of a list. */
  private record Level(
      NumberStyle style,
      LabelTemplate text,
      int start,
      int restartLimit,
      boolean legal,
      String pStyle) {}

  /**
   * A list as a {@code w:num} gives it: its levels, overrides applied, and whose counters it uses.
   */
  private record WordList(String counters, Level[] levels, boolean[] restarts)
      implements ListCounters.Levels {
    @Override
    public int start(int level) {
      return level >= LEVELS || levels[level] == null ? 1 : levels[level].start;
    }

    @Override
    public int restartLimit(int level) {
      return level >= LEVELS || levels[level] == null ? level : levels[level].restartLimit;
    }

    /** The level that names a style ({@code w:lvl/w:pStyle}), or -1. */
    int levelOfStyle(String styleId) {
      for (int k = 0; k < LEVELS; k++) {
        if (levels[k] != null && styleId.equals(levels[k].pStyle)) {
          return k;
        }
      }
      return -1;
    }
  }

  private final Map<String, CTNum> nums = new HashMap<>();
  private final Map<String, CTAbstractNum> abstractNums = new HashMap<>();
  private final Map<String, CTStyle> styles = new HashMap<>();
  private String defaultStyle;
  private final Map<String, Reference> styleReferences = new HashMap<>();
  private final Map<String, WordList> lists = new HashMap<>();
  private final Map<String, ListCounters> counters = new HashMap<>();
  private final Set<String> started = new HashSet<>();

  private WordNumbering() {}

  /** The numbering of a document; one without numbering labels nothing. */
  static WordNumbering of(XWPFDocument docx) {
    WordNumbering n = new WordNumbering();
    try {
      XWPFNumbering numbering = docx.getNumbering();
      if (numbering != null) {
        for (XWPFNum num : numbering.getNums()) {
          String id = attribute(num.getCTNum(), "numId");
          if (id != null) {
            n.nums.putIfAbsent(id.strip(), num.getCTNum());
          }
        }
        for (XWPFAbstractNum a : numbering.getAbstractNums()) {
          String id = attribute(a.getCTAbstractNum(), "abstractNumId");
          if (id != null) {
            n.abstractNums.putIfAbsent(id.strip(), a.getCTAbstractNum());
          }
        }
      }
      XWPFStyles styles = docx.getStyles();
      if (styles != null) {
        for (XWPFStyle style : styles.getStyles()) {
          CTStyle ct = style.getCTStyle();
          String id = attribute(ct, "styleId");
          if (id == null) {
            continue;
          }
          n.styles.putIfAbsent(id, ct); // paragraph styles, and the numbering styles lists link to
          String type = attribute(ct, "type");
          String isDefault = attribute(ct, "default");
          if (n.defaultStyle == null
              && (type == null || type.equals("paragraph"))
              && isDefault != null
              && on(isDefault)) {
            n.defaultStyle = id;
          }
        }
      }
    } catch (RuntimeException e) {
      // numbering is a help for reading answers; a broken part leaves the text as it is
    }
    return n;
  }

  /**
   * The label a paragraph shows, followed by a blank ({@code "1. "}, {@code "a) "}, {@code "• "}),
   * or "" when it has none or it cannot be worked out. Counts the paragraph.
   */
  String label(CTP paragraph) {
    if (nums.isEmpty()) {
      return "";
    }
    try {
      String label = labelOf(paragraph);
      return label == null || label.isBlank()
          ? ""
          : BLANKS.matcher(label.strip()).replaceAll(" ") + " ";
    } catch (RuntimeException e) {
      return "";
    }
  }

  private String labelOf(CTP paragraph) {
    CTPPr pPr = paragraph.getPPr();
    String numId = null;
    String ilvl = null;
    String styleId = null;
    if (pPr != null) {
      CTNumPr numPr = pPr.getNumPr();
      if (numPr != null) {
        numId = value(numPr.getNumId());
        ilvl = value(numPr.getIlvl());
      }
      styleId = value(pPr.getPStyle());
    }
    if (styleId == null) {
      styleId = defaultStyle;
    }
    if (numId == null || ilvl == null) {
      Reference fromStyle = styleReference(styleId);
      numId = numId == null ? fromStyle.numId : numId;
      ilvl = ilvl == null ? fromStyle.ilvl : ilvl;
    }
    if (numId == null || numId.strip().equals("0")) {
      return null;
    }
    WordList list = list(numId.strip());
    if (list == null) {
      return null;
    }
    int level = ilvl == null ? levelOfStyle(list, styleId) : integer(ilvl, -1);
    if (level < 0 || level >= LEVELS || list.levels[level] == null) {
      return null;
    }
    ListCounters count = counters.computeIfAbsent(list.counters, k -> new ListCounters());
    if (list.restarts[level] && started.add(numId.strip() + " " + level)) {
      count.restart(level);
    }
    int[] numbers = count.count(level, list);
    Level shown = list.levels[level];
    if (shown.style == NumberStyle.BULLET) {
      return LabelTemplate.BULLET;
    }
    return shown.text.render(
        numbers,
        k -> {
          Level at = list.levels[k];
          if (at == null) {
            return null;
          }
          return shown.legal && at.style != NumberStyle.DECIMAL_ZERO
              ? NumberStyle.DECIMAL
              : at.style;
        });
  }

  /**
   * The list and level a paragraph style gives, from the first style in its based-on chain that
   * gives them.
   */
  private Reference styleReference(String styleId) {
    if (styleId == null) {
      return Reference.NONE;
    }
    Reference known = styleReferences.get(styleId);
    if (known != null) {
      return known;
    }
    String numId = null;
    String ilvl = null;
    String id = styleId;
    for (int depth = 0;
        id != null && depth < MAX_CHAIN && (numId == null || ilvl == null);
        depth++) {
      CTStyle style = styles.get(id);
      if (style == null) {
        break;
      }
      CTPPrBase pPr = style.getPPr();
      CTNumPr numPr = pPr == null ? null : pPr.getNumPr();
      if (numPr != null) {
        numId = numId == null ? value(numPr.getNumId()) : numId;
        ilvl = ilvl == null ? value(numPr.getIlvl()) : ilvl;
      }
      id = value(style.getBasedOn());
    }
    Reference reference = new Reference(numId, ilvl);
    styleReferences.put(styleId, reference);
    return reference;
  }

  /**
   * The level of a paragraph whose style gives its list but no level: the level that names the
   * style, or one of the styles it is based on; else the first.
   */
  private int levelOfStyle(WordList list, String styleId) {
    String id = styleId;
    for (int depth = 0; id != null && depth < MAX_CHAIN; depth++) {
      int level = list.levelOfStyle(id);
      if (level >= 0) {
        return level;
      }
      CTStyle style = styles.get(id);
      id = style == null ? null : value(style.getBasedOn());
    }
    return 0;
  }

  /**
   * The list a {@code w:num} defines, its abstract numbering's levels with the num's overrides;
   * null if unknown.
   */
  private WordList list(String numId) {
    if (lists.containsKey(numId)) {
      return lists.get(numId);
    }
    WordList list = null;
    CTNum num = nums.get(numId);
    String abstractId = num == null ? null : value(num.getAbstractNumId());
    CTAbstractNum abstractNum = abstractId == null ? null : abstractNums.get(abstractId.strip());
    for (int hop = 0;
        abstractNum != null && abstractNum.getNumStyleLink() != null && hop < MAX_CHAIN;
        hop++) {
      // a list style: the numbering lives in the abstract numbering the style's w:num points to
      Reference linked = styleReference(value(abstractNum.getNumStyleLink()));
      CTNum linkedNum = linked.numId == null ? null : nums.get(linked.numId.strip());
      abstractId = linkedNum == null ? null : value(linkedNum.getAbstractNumId());
      abstractNum = abstractId == null ? null : abstractNums.get(abstractId.strip());
    }
    if (abstractNum != null) {
      Level[] levels = new Level[LEVELS];
      for (CTLvl lvl : abstractNum.getLvlArray()) {
        int k = integer(attribute(lvl, "ilvl"), -1);
        if (k >= 0 && k < LEVELS && levels[k] == null) {
          levels[k] = level(lvl, k);
        }
      }
      boolean[] restarts = new boolean[LEVELS];
      for (CTNumLvl override : num.getLvlOverrideArray()) {
        int k = integer(attribute(override, "ilvl"), -1);
        if (k < 0 || k >= LEVELS) {
          continue;
        }
        if (override.getLvl() != null) {
          levels[k] = level(override.getLvl(), k);
          restarts[k] =
              true; // a level redefined by this list starts afresh in it, as a start override does
        }
        String start = value(override.getStartOverride());
        if (start != null && levels[k] != null) {
          Level l = levels[k];
          levels[k] =
              new Level(
                  l.style, l.text, integer(start, l.start), l.restartLimit, l.legal, l.pStyle);
          restarts[k] = true;
        }
      }
      list = new WordList(abstractId.strip(), levels, restarts);
    }
    lists.put(numId, list);
    return list;
  }

  private static Level level(CTLvl lvl, int k) {
    NumberStyle style =
        lvl.getNumFmt() == null ? NumberStyle.DECIMAL : style(value(lvl.getNumFmt()));
    String text = value(lvl.getLvlText());
    String restart = value(lvl.getLvlRestart());
    return new Level(
        style,
        LabelTemplate.word(text),
        integer(value(lvl.getStart()), 0),
        restart == null ? k : integer(restart, k),
        lvl.getIsLgl() != null && on(value(lvl.getIsLgl())),
        value(lvl.getPStyle()));
  }

  /**
   * Word's {@code w:numFmt} values; null for the ones not rendered (ordinal, text, Asian scripts).
   */
  private static NumberStyle style(String numFmt) {
    if (numFmt == null) {
      return NumberStyle.DECIMAL;
    }
    return switch (numFmt) {
      case "decimal", "decimalHalfWidth" -> NumberStyle.DECIMAL;
      case "decimalZero" -> NumberStyle.DECIMAL_ZERO;
      case "lowerLetter" -> NumberStyle.LOWER_LETTER;
      case "upperLetter" -> NumberStyle.UPPER_LETTER;
      case "lowerRoman" -> NumberStyle.LOWER_ROMAN;
      case "upperRoman" -> NumberStyle.UPPER_ROMAN;
      case "bullet" -> NumberStyle.BULLET;
      case "none" -> NumberStyle.NONE;
      default -> null;
    };
  }

  /** The {@code w:val} of an element, null when the element or the attribute is missing. */
  private static String value(XmlObject element) {
    if (element == null) {
      return null;
    }
    try (XmlCursor cursor = element.newCursor()) {
      return cursor.getAttributeText(VAL);
    }
  }

  private static String attribute(XmlObject element, String name) {
    try (XmlCursor cursor = element.newCursor()) {
      return cursor.getAttributeText(new QName(W, name));
    }
  }

  /** An on/off value: present without a value, or true, 1, on. */
  private static boolean on(String value) {
    return value == null || value.equals("true") || value.equals("1") || value.equals("on");
  }

  private static int integer(String text, int fallback) {
    if (text == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
