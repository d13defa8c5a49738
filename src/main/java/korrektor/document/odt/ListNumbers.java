package korrektor.document.odt;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamReader;
import korrektor.document.numbering.LabelTemplate;
import korrektor.document.numbering.ListCounters;
import korrektor.document.numbering.NumberStyle;
import korrektor.document.odf.OdfXml;

/**
 * The labels of a Writer document's list items and headings, worked out while content.xml is walked
 * in reading order. The first paragraph of a {@code text:list-item} is numbered at the item's depth
 * of nested lists ({@code text:list-header}s and later paragraphs are not), in the style of the
 * outermost list that names one ({@code text:style-override} on the item, else the paragraph
 * style's list style). A list continues the counters of the list {@code text:continue-list} names,
 * or with {@code text:continue-numbering} the last list of its style; otherwise it starts its own;
 * {@code text:start-value} on an item sets its number. A {@code text:numbered-paragraph} counts in
 * the list its {@code text:list-id} names; a {@code text:number} the producer wrote is taken as it
 * is. Headings outside lists are numbered by the outline style.
 */
final class ListNumbers {

  private static final String XML = "http://www.w3.org/XML/1998/namespace";

  /** The counters one list and the lists continuing it share. */
  private static final class Counters {
    final ListCounters counters = new ListCounters();
  }

  /** An open list: its counters, its level (0-based), its style, its open item. */
  private static final class ListFrame {
    final Counters counters;
    final int level;
    final String style;
    Item item;

    ListFrame(Counters counters, int level, String style) {
      this.counters = counters;
      this.level = level;
      this.style = style;
    }
  }

  /** An open item: whether its label is still to be given, and to which paragraph. */
  private static final class Item {
    boolean pending;
    final Integer startValue;
    final String styleOverride;
    final int paragraphsOpen;

    Item(boolean pending, Integer startValue, String styleOverride, int paragraphsOpen) {
      this.pending = pending;
      this.startValue = startValue;
      this.styleOverride = styleOverride;
      this.paragraphsOpen = paragraphsOpen;
    }
  }

  private final ListStyles styles;
  private final Deque<ListFrame> lists = new ArrayDeque<>();
  private final Map<String, Counters> byId = new HashMap<>();
  private final Map<String, Counters> lastOfStyle = new HashMap<>();
  private final ListCounters outline = new ListCounters();
  private Counters last;
  private String given;

  ListNumbers(ListStyles styles) {
    this.styles = styles;
  }

  /**
   * A {@code text:list} starts; {@code paragraphsOpen} is how many paragraphs are open around it.
   */
  void startList(XMLStreamReader xml, int paragraphsOpen) {
    ListFrame around = lists.peek();
    String style = xml.getAttributeValue(OdfXml.TEXT, "style-name");
    if (around != null && around.item != null && around.item.paragraphsOpen == paragraphsOpen) {
      lists.push(
          new ListFrame(
              around.counters, around.level + 1, around.style != null ? around.style : style));
      return;
    }
    Counters counters =
        byId.get(String.valueOf(xml.getAttributeValue(OdfXml.TEXT, "continue-list")));
    if (counters == null
        && "true".equals(xml.getAttributeValue(OdfXml.TEXT, "continue-numbering"))) {
      counters = lastOfStyle.getOrDefault(String.valueOf(style), last);
    }
    if (counters == null) {
      counters = new Counters();
    }
    String id = xml.getAttributeValue(XML, "id");
    if (id != null) {
      byId.put(id, counters);
    }
    last = counters;
    lastOfStyle.put(String.valueOf(style), counters);
    lists.push(new ListFrame(counters, 0, style));
  }

  void endList() {
    lists.poll();
  }

  /** A {@code text:list-item} (or, with {@code header}, a {@code text:list-header}) starts. */
  void startItem(XMLStreamReader xml, boolean header, int paragraphsOpen) {
    ListFrame list = lists.peek();
    if (list != null) {
      list.item =
          new Item(
              !header,
              integer(xml.getAttributeValue(OdfXml.TEXT, "start-value")),
              xml.getAttributeValue(OdfXml.TEXT, "style-override"),
              paragraphsOpen);
    }
  }

  void endItem() {
    ListFrame list = lists.peek();
    if (list != null) {
      list.item = null;
    }
  }

  /**
   * A {@code text:numbered-paragraph} starts: a one-paragraph item of the list its list id names.
   */
  void startNumberedParagraph(XMLStreamReader xml, int paragraphsOpen) {
    String id = xml.getAttributeValue(OdfXml.TEXT, "list-id");
    Counters counters = id == null ? new Counters() : byId.computeIfAbsent(id, k -> new Counters());
    int level = ListStyles.integer(xml.getAttributeValue(OdfXml.TEXT, "level"), 1) - 1;
    ListFrame list =
        new ListFrame(
            counters, Math.max(0, level), xml.getAttributeValue(OdfXml.TEXT, "style-name"));
    list.item =
        new Item(
            true, integer(xml.getAttributeValue(OdfXml.TEXT, "start-value")), null, paragraphsOpen);
    lists.push(list);
  }

  void endNumberedParagraph() {
    lists.poll();
  }

  /**
   * The text of a {@code text:number}: the label the producer gives the next numbered paragraph.
   */
  void number(String text) {
    given = text;
  }

  /**
   * The label of a paragraph or heading that starts now, followed by a blank, or "" when it has
   * none; counts it.
   */
  String label(XMLStreamReader xml, boolean heading, int paragraphsOpen) {
    ListFrame list = lists.peek();
    if (list != null && list.item != null) {
      Item item = list.item;
      if (!item.pending || item.paragraphsOpen != paragraphsOpen) {
        return "";
      }
      item.pending = false;
      String producers = given;
      given = null;
      if (list.level >= ListCounters.LEVELS) {
        return "";
      }
      String styleName =
          item.styleOverride != null
              ? item.styleOverride
              : list.style != null
                  ? list.style
                  : styles.listOfParagraph(xml.getAttributeValue(OdfXml.TEXT, "style-name"));
      ListStyles.Level[] levels = styles.list(styleName);
      int[] numbers = list.counters.counters.count(list.level, item.startValue, starts(levels));
      if (producers != null) {
        return producers.isBlank() ? "" : producers.strip() + " ";
      }
      return render(levels, list.level, numbers);
    }
    if (!heading
        || styles.outline() == null
        || "true".equals(xml.getAttributeValue(OdfXml.TEXT, "is-list-header"))) {
      return "";
    }
    int level = ListStyles.integer(xml.getAttributeValue(OdfXml.TEXT, "outline-level"), 1) - 1;
    if (level < 0 || level >= ListCounters.LEVELS) {
      return "";
    }
    ListStyles.Level[] levels = styles.outline();
    Integer start =
        "true".equals(xml.getAttributeValue(OdfXml.TEXT, "restart-numbering"))
            ? ListStyles.integer(
                xml.getAttributeValue(OdfXml.TEXT, "start-value"), starts(levels).start(level))
            : null;
    return render(levels, level, outline.count(level, start, starts(levels)));
  }

  private static ListCounters.Levels starts(ListStyles.Level[] levels) {
    return level -> levels == null || levels[level] == null ? 1 : levels[level].start();
  }

  private static String render(ListStyles.Level[] levels, int level, int[] numbers) {
    ListStyles.Level shown = levels == null ? null : levels[level];
    if (shown == null || shown.style() == null) {
      return "";
    }
    if (shown.style() == NumberStyle.BULLET) {
      return LabelTemplate.BULLET + " ";
    }
    String label = shown.label().render(numbers, k -> levels[k] == null ? null : levels[k].style());
    return label == null || label.isBlank() ? "" : label.strip() + " ";
  }

  private static Integer integer(String text) {
    if (text == null) {
      return null;
    }
    int value = ListStyles.integer(text, Integer.MIN_VALUE);
    return value == Integer.MIN_VALUE ? null : value;
  }
}
