package korrektor.document.doc;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import korrektor.document.numbering.LabelTemplate;
import korrektor.document.numbering.ListCounters;
import korrektor.document.numbering.NumberStyle;
import org.apache.poi.hwpf.model.LFOData;
import org.apache.poi.hwpf.model.ListFormatOverrideLevel;
import org.apache.poi.hwpf.model.ListLevel;
import org.apache.poi.hwpf.usermodel.HWPFList;
import org.apache.poi.hwpf.usermodel.Paragraph;

/**
 * The automatic numbers of a .doc file's paragraphs as Word shows them, from what HWPF reads: a
 * paragraph in a list has a list format override ({@code ilfo}) and a level ({@code ilvl}); the
 * override names a list ({@code lsid}) whose level gives the number format ({@code nfc}), the
 * number text with level placeholders ({@code xst}), the start, the restart limit and legal
 * numbering, and may override a level's start (restarting it the first time it is used) or its
 * whole formatting. Lists with the same lsid share their counters. Paragraphs must be asked for in
 * reading order, each once; anything that cannot be worked out gives no label.
 */
final class DocNumbering {

  private static final int LEVELS = 9;
  private static final Pattern BLANKS = Pattern.compile("\\s+");

  private final Map<Integer, ListCounters> counters = new HashMap<>();
  private final Set<Long> started = new HashSet<>();

  /** The paragraph's label followed by a blank ({@code "a) "}, {@code "• "}), or "". Counts it. */
  String label(Paragraph paragraph) {
    try {
      String label = labelOf(paragraph);
      return label == null || label.isBlank()
          ? ""
          : BLANKS.matcher(label.strip()).replaceAll(" ") + " ";
    } catch (RuntimeException e) {
      return ""; // a list table HWPF cannot make sense of leaves the text as it is
    }
  }

  private String labelOf(Paragraph paragraph) {
    if (!paragraph.isInList()) {
      return null;
    }
    int level = paragraph.getIlvl();
    HWPFList list = paragraph.getList();
    if (level < 0 || level >= LEVELS || list.getListData() == null) {
      return null;
    }
    ListLevel[] levels = list.getListData().getLevels().clone();
    Integer[] starts = new Integer[LEVELS];
    LFOData overrides = list.getLFOData();
    if (overrides != null && overrides.getRgLfoLvl() != null) {
      for (ListFormatOverrideLevel override : overrides.getRgLfoLvl()) {
        int k = override.getLevelNum();
        if (k < 0 || k >= LEVELS) {
          continue;
        }
        if (override.isFormatting() && override.getLevel() != null && k < levels.length) {
          levels[k] = override.getLevel();
          starts[k] = override.getLevel().getStartAt();
        } else if (override.isStartAt()) {
          starts[k] = override.getIStartAt();
        }
      }
    }
    if (level >= levels.length || levels[level] == null) {
      return null;
    }
    ListCounters count = counters.computeIfAbsent(list.getLsid(), k -> new ListCounters());
    if (starts[level] != null && started.add((long) paragraph.getIlfo() << 8 | level)) {
      count.restart(level);
    }
    int[] numbers =
        count.count(
            level,
            new ListCounters.Levels() {
              @Override
              public int start(int k) {
                return starts[k] != null
                    ? starts[k]
                    : k < levels.length && levels[k] != null ? levels[k].getStartAt() : 1;
              }

              @Override
              public int restartLimit(int k) {
                short limit = k < levels.length && levels[k] != null ? levels[k].getRestart() : -1;
                return limit >= 0 ? limit : k;
              }
            });
    ListLevel shown = levels[level];
    if ((shown.getNumberFormat() & 0xFF) == 0x17) {
      return LabelTemplate.BULLET;
    }
    boolean legal = shown.isLegalNumbering();
    return LabelTemplate.doc(shown.getNumberText())
        .render(
            numbers,
            k -> {
              NumberStyle style =
                  k < levels.length && levels[k] != null
                      ? style(levels[k].getNumberFormat() & 0xFF)
                      : null;
              return legal && style != null && style != NumberStyle.DECIMAL_ZERO
                  ? NumberStyle.DECIMAL
                  : style;
            });
  }

  /** An MS-OSHARED number format code ({@code nfc}); null for the ones not rendered. */
  private static NumberStyle style(int nfc) {
    return switch (nfc) {
      case 0 -> NumberStyle.DECIMAL;
      case 1 -> NumberStyle.UPPER_ROMAN;
      case 2 -> NumberStyle.LOWER_ROMAN;
      case 3 -> NumberStyle.UPPER_LETTER;
      case 4 -> NumberStyle.LOWER_LETTER;
      case 0x16 -> NumberStyle.DECIMAL_ZERO;
      case 0x17 -> NumberStyle.BULLET;
      case 0xFF -> NumberStyle.NONE;
      default -> null;
    };
  }
}
