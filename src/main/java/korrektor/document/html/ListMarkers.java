package korrektor.document.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import korrektor.document.numbering.LabelTemplate;
import korrektor.document.numbering.NumberStyle;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Writes the marker a browser shows before each list item into the item's text, so that a line or
 * table cell reads {@code a. The input gate …}: {@code <ol>} with {@code type} (1, a, A, i, I),
 * {@code start}, {@code reversed} and {@code <li value>}, or a CSS {@code list-style-type} in a
 * {@code style} attribute (as Moodle's editor writes it); {@code <ul>} items get {@code •}. The
 * marker goes before the item's first text, wherever that is (a {@code <p>} inside the item, a
 * nested list), so it joins the line the browser shows it on; an item without text gets none.
 */
final class ListMarkers {

  private static final Set<String> LISTS = Set.of("ol", "ul", "menu");
  private static final Pattern LIST_STYLE =
      Pattern.compile("list-style(?:-type)?\\s*:\\s*([^;]+)", Pattern.CASE_INSENSITIVE);

  /** How far into an item its first text is looked for: an item is not a document. */
  private static final int MAX_SEARCH = 200;

  /** A list-style-type: a number style, or none (no marker). */
  private record Marker(NumberStyle style) {
    static final Marker NONE = new Marker(null);
  }

  private ListMarkers() {}

  /** Puts the markers into every list item under {@code root}. */
  static void insert(Element root) {
    Map<Element, List<Element>> itemsOfList = new IdentityHashMap<>();
    List<Element> items = root.select("li");
    List<Element> owners = new ArrayList<>(items.size());
    for (Element li : items) {
      Element owner = owner(li);
      owners.add(owner);
      if (owner != null) {
        itemsOfList.computeIfAbsent(owner, k -> new ArrayList<>()).add(li);
      }
    }
    Map<Element, String> markers = new IdentityHashMap<>();
    for (Map.Entry<Element, List<Element>> list : itemsOfList.entrySet()) {
      number(list.getKey(), list.getValue(), markers);
    }
    // innermost items first, so that an outer item's marker goes before an inner one's
    for (int i = items.size() - 1; i >= 0; i--) {
      Element li = items.get(i);
      String marker = owners.get(i) == null ? LabelTemplate.BULLET : markers.get(li);
      if (marker != null) {
        TextNode first = firstText(li);
        if (first != null) {
          first.before(new TextNode(marker + " "));
        }
      }
    }
  }

  /** The list an item belongs to: its parent, or the nearest list around it. */
  private static Element owner(Element li) {
    for (Element e = li.parent(); e != null; e = e.parent()) {
      if (LISTS.contains(e.normalName())) {
        return e;
      }
      if (e.normalName().equals("li")) {
        return null; // an item in an item without a list between them: a stray item
      }
    }
    return null;
  }

  private static void number(Element list, List<Element> items, Map<Element, String> markers) {
    boolean ordered = list.normalName().equals("ol");
    Marker listMarker = marker(list);
    if (listMarker == null) {
      listMarker = ordered ? typeAttribute(list.attr("type")) : null;
    }
    if (listMarker == null) {
      listMarker = new Marker(ordered ? NumberStyle.DECIMAL : NumberStyle.BULLET);
    }
    boolean reversed = ordered && list.hasAttr("reversed");
    Integer start = ordered ? integer(list.attr("start")) : null;
    int next = start != null ? start : reversed ? items.size() : 1;
    for (Element li : items) {
      Integer value = ordered ? integer(li.attr("value")) : null;
      int n = value != null ? value : next;
      next = reversed ? n - 1 : n + 1;
      Marker itemMarker = marker(li);
      if (itemMarker == null && ordered) {
        itemMarker = typeAttribute(li.attr("type"));
      }
      Marker shown = itemMarker == null ? listMarker : itemMarker;
      if (shown.style == null) {
        continue;
      }
      if (shown.style == NumberStyle.BULLET) {
        markers.put(li, LabelTemplate.BULLET);
      } else {
        String number = shown.style.format(n);
        if (number != null) {
          markers.put(li, number + ".");
        }
      }
    }
  }

  /**
   * The list-style-type in an element's style attribute, null when it names none this reader knows.
   */
  private static Marker marker(Element e) {
    String style = e.attr("style");
    if (style.isEmpty()) {
      return null;
    }
    Matcher m = LIST_STYLE.matcher(style);
    Marker found = null;
    while (m.find()) {
      for (String word : m.group(1).strip().toLowerCase(Locale.ROOT).split("\\s+")) {
        Marker marker =
            switch (word) {
              case "decimal" -> new Marker(NumberStyle.DECIMAL);
              case "decimal-leading-zero" -> new Marker(NumberStyle.DECIMAL_ZERO);
              case "lower-alpha", "lower-latin" -> new Marker(NumberStyle.LOWER_ALPHA);
              case "upper-alpha", "upper-latin" -> new Marker(NumberStyle.UPPER_ALPHA);
              case "lower-roman" -> new Marker(NumberStyle.LOWER_ROMAN);
              case "upper-roman" -> new Marker(NumberStyle.UPPER_ROMAN);
              case "disc", "circle", "square" -> new Marker(NumberStyle.BULLET);
              case "none" -> Marker.NONE;
              default -> null;
            };
        if (marker != null) {
          found = marker; // the last declaration wins, as in CSS
          break;
        }
      }
    }
    return found;
  }

  /**
   * The {@code type} attribute of an ordered list or its item; case matters ("a" and "A" differ).
   */
  private static Marker typeAttribute(String type) {
    return switch (type.strip()) {
      case "1" -> new Marker(NumberStyle.DECIMAL);
      case "a" -> new Marker(NumberStyle.LOWER_ALPHA);
      case "A" -> new Marker(NumberStyle.UPPER_ALPHA);
      case "i" -> new Marker(NumberStyle.LOWER_ROMAN);
      case "I" -> new Marker(NumberStyle.UPPER_ROMAN);
      default -> null;
    };
  }

  /**
   * The first text with something visible in it, looking at most {@link #MAX_SEARCH} nodes deep
   * into the item.
   */
  private static TextNode firstText(Element li) {
    TextNode[] found = new TextNode[1];
    int[] seen = new int[1];
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (++seen[0] > MAX_SEARCH) {
              return FilterResult.STOP;
            }
            if (node instanceof TextNode text && !text.isBlank()) {
              found[0] = text;
              return FilterResult.STOP;
            }
            return FilterResult.CONTINUE;
          }
        },
        li);
    return found[0];
  }

  private static Integer integer(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
