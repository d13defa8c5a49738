package korrektor.document.numbering;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The text of a list label with placeholders for the numbers of the levels: Word's {@code %1.%2)},
 * OpenDocument's {@code %1%.%2%)} or prefix, shown levels and suffix, a .doc file's level
 * characters. {@link #render} puts each level's number, written in that level's style, in place of
 * its placeholder.
 */
public final class LabelTemplate {

  /** What every bullet becomes, whatever symbol font character the file gives for it. */
  public static final String BULLET = "•";

  /** A label longer than this is no label a student meant. */
  private static final int MAX_LENGTH = 100;

  /** The literal text before each placeholder, and after the last one. */
  private final List<String> literals;

  /** The level (0-based) of each placeholder, in order. */
  private final int[] levels;

  private LabelTemplate(List<String> literals, List<Integer> levels) {
    this.literals = List.copyOf(literals);
    this.levels = levels.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Word's {@code w:lvlText}: {@code %1} … {@code %9} stand for levels 0 … 8. */
  public static LabelTemplate word(String lvlText) {
    List<String> literals = new ArrayList<>();
    List<Integer> levels = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    String text = lvlText == null ? "" : lvlText;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%'
          && i + 1 < text.length()
          && text.charAt(i + 1) >= '1'
          && text.charAt(i + 1) <= '9') {
        literals.add(literal.toString());
        literal.setLength(0);
        levels.add(text.charAt(++i) - '1');
      } else {
        literal.append(c);
      }
    }
    literals.add(literal.toString());
    return new LabelTemplate(literals, levels);
  }

  /**
   * LibreOffice's {@code loext:num-list-format}: {@code %1%} … {@code %10%} stand for levels 0 … 9.
   */
  public static LabelTemplate odf(String numListFormat) {
    List<String> literals = new ArrayList<>();
    List<Integer> levels = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    String text = numListFormat == null ? "" : numListFormat;
    for (int i = 0; i < text.length(); i++) {
      int close = text.charAt(i) == '%' ? text.indexOf('%', i + 1) : -1;
      int level = close > i + 1 && close <= i + 3 ? number(text.substring(i + 1, close)) : 0;
      if (level >= 1 && level <= ListCounters.LEVELS) {
        literals.add(literal.toString());
        literal.setLength(0);
        levels.add(level - 1);
        i = close;
      } else {
        literal.append(text.charAt(i));
      }
    }
    literals.add(literal.toString());
    return new LabelTemplate(literals, levels);
  }

  /**
   * OpenDocument's standard attributes: {@code prefix}, the numbers of the {@code shown} levels up
   * to {@code level} joined by dots ({@code text:display-levels}), {@code suffix}.
   */
  public static LabelTemplate levels(String prefix, int level, int shown, String suffix) {
    List<String> literals = new ArrayList<>();
    List<Integer> levels = new ArrayList<>();
    int first = Math.max(0, level - Math.max(1, shown) + 1);
    literals.add(prefix == null ? "" : prefix);
    for (int k = first; k <= level; k++) {
      if (k > first) {
        literals.add(".");
      }
      levels.add(k);
    }
    literals.add(suffix == null ? "" : suffix);
    return new LabelTemplate(literals, levels);
  }

  /** A .doc file's number text ({@code xst}): the characters 0 … 8 stand for levels 0 … 8. */
  public static LabelTemplate doc(String numberText) {
    List<String> literals = new ArrayList<>();
    List<Integer> levels = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    String text = numberText == null ? "" : numberText;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 9) {
        literals.add(literal.toString());
        literal.setLength(0);
        levels.add((int) c);
      } else {
        literal.append(c);
      }
    }
    literals.add(literal.toString());
    return new LabelTemplate(literals, levels);
  }

  /**
   * The label for a paragraph whose levels 0 … {@code numbers.length - 1} stand at {@code numbers},
   * each level's number written in {@code styles.apply(level)} ({@link NumberStyle#NONE} and {@link
   * NumberStyle#BULLET} leave a placeholder empty); null when a placeholder names a deeper level, a
   * level has no style, a number cannot be written in its style, or the label is absurdly long.
   */
  public String render(int[] numbers, IntFunction<NumberStyle> styles) {
    StringBuilder label = new StringBuilder(literals.get(0));
    for (int i = 0; i < levels.length; i++) {
      int level = levels[i];
      if (level >= numbers.length) {
        return null;
      }
      NumberStyle style = styles.apply(level);
      String number = style == null ? null : style.format(numbers[level]);
      if (number == null) {
        return null;
      }
      label.append(number).append(literals.get(i + 1));
      if (label.length() > MAX_LENGTH) {
        return null;
      }
    }
    return label.length() > MAX_LENGTH ? null : label.toString();
  }

  private static int number(String digits) {
    try {
      return Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
