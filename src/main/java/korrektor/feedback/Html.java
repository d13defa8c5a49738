package korrektor.feedback;

/**
 * A tiny HTML writer: escaped text, elements with attributes, and nothing else. Every text that
 * comes from a student, a rubric or a file passes through {@link #text} or {@link #attr}.
 */
public final class Html {
  private final StringBuilder out = new StringBuilder();

  /** Escapes text for element content and attribute values; null becomes empty. */
  public static String escape(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> {
          // control characters (other than tab and newline) are not allowed in HTML text
          if (c < 0x20 && c != '\n' && c != '\t') {
            b.append(' ');
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  /**
   * Opens {@code <tag attr="value" …>}; attributes come as name/value pairs, null values are
   * skipped.
   */
  Html open(String tag, String... attributes) {
    out.append('<').append(tag);
    for (int i = 0; i + 1 < attributes.length; i += 2) {
      if (attributes[i + 1] != null) {
        out.append(' ')
            .append(attributes[i])
            .append("=\"")
            .append(escape(attributes[i + 1]))
            .append('"');
      }
    }
    out.append('>');
    return this;
  }

  Html close(String tag) {
    out.append("</").append(tag).append('>');
    return this;
  }

  /** {@code <tag …>text</tag>}, the text escaped. */
  Html element(String tag, String text, String... attributes) {
    return open(tag, attributes).text(text).close(tag);
  }

  Html text(String s) {
    out.append(escape(s));
    return this;
  }

  /** Markup Korrektor made itself (an SVG drawing, a style sheet); never student text. */
  Html raw(String markup) {
    out.append(markup);
    return this;
  }

  Html newline() {
    out.append('\n');
    return this;
  }

  /** A name usable as an element id: letters, digits, {@code -} and {@code _}. */
  static String id(String s) {
    return s.replaceAll("[^A-Za-z0-9_-]+", "-");
  }

  /**
   * A whole page: doctype, {@code lang}, UTF-8, phone viewport, the shared style sheet, and the
   * body.
   */
  static String page(String title, String body) {
    return page(title, body, "en");
  }

  /** A whole page in the given language ({@code <html lang>}). */
  static String page(String title, String body, String language) {
    return "<!DOCTYPE html>\n<html lang=\""
        + escape(language)
        + "\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<title>"
        + escape(title)
        + "</title>\n<style>\n"
        + CSS
        + "</style>\n</head>\n<body>\n"
        + body
        + "</body>\n</html>\n";
  }

  private static final String CSS =
      """
      :root { --correct: #2e7d32; --follow-through: #81c784; --alternative: #00897b; --misconception: #ef6c00;
        --wrong: #c62828; --missing: #9e9e9e; --review: #1565c0; }
      * { box-sizing: border-box; }
      body { margin: 0; background: #f5f5f5; color: #212121; line-height: 1.45;
        font-family: "DejaVu Sans", system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
      main { max-width: 1100px; margin: 0 auto; padding: 12px 16px 32px; }
      h1 { font-size: 1.6rem; margin: .2rem 0; }
      h2 { font-size: 1.25rem; margin: 1.6rem 0 .5rem; border-bottom: 2px solid #cfd8dc; padding-bottom: .2rem; }
      h3 { font-size: 1.05rem; margin: 1rem 0 .4rem; }
      .card { background: #fff; border: 1px solid #ddd; border-radius: 8px; padding: 12px 16px; }
      .sheet { color: #546e7a; margin: 0; }
      .score { font-size: 1.4rem; margin: .4rem 0; }
      .muted { color: #616161; font-size: .9rem; }
      .qscore { float: right; font-weight: normal; color: #37474f; }
      .scroll { overflow-x: auto; }
      table { border-collapse: collapse; width: 100%; background: #fff; font-size: .9rem; }
      th, td { border: 1px solid #ddd; padding: 4px 6px; text-align: left; vertical-align: top; }
      th { background: #eceff1; }
      td.num { text-align: right; white-space: nowrap; }
      td.where { font-size: .8rem; color: #555; overflow-wrap: anywhere; }
      td.wrap { overflow-wrap: anywhere; white-space: pre-line; }
      td.value { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; overflow-wrap: anywhere; }
      .verdict { display: inline-block; padding: 0 .45em; border-radius: .6em; color: #fff; font-size: .85rem;
        white-space: nowrap; background: #757575; }
      .v-correct .verdict { background: var(--correct); }
      .v-follow-through .verdict { background: var(--follow-through); color: #1b3d1d; }
      .v-alternative .verdict { background: var(--alternative); }
      .v-misconception .verdict { background: var(--misconception); }
      .v-wrong .verdict { background: var(--wrong); }
      .v-missing .verdict { background: var(--missing); }
      .v-review .verdict { background: var(--review); }
      tr.v-wrong td:first-child, tr.v-misconception td:first-child { border-left: 4px solid var(--wrong); }
      tr.v-missing td:first-child { border-left: 4px solid var(--missing); }
      tr.v-review td:first-child { border-left: 4px solid var(--review); }
      figure { margin: 0; background: #fff; border: 1px solid #ddd; border-radius: 8px; padding: 8px; }
      figure svg, figure img { width: 100%; height: auto; display: block; }
      figcaption { color: #616161; font-size: .85rem; margin-top: .3rem; }
      ul.remarks li { margin: .2rem 0; }
      footer { margin-top: 2rem; color: #757575; font-size: .8rem; }
      .stats { display: flex; flex-wrap: wrap; gap: 8px; }
      .stats div { background: #fff; border: 1px solid #ddd; border-radius: 8px; padding: 6px 12px; }
      .stats b { display: block; font-size: 1.2rem; }
      @media (max-width: 640px) {
        main { padding: 8px; }
        .qscore { float: none; display: block; }
        table.cards thead { display: none; }
        table.cards, table.cards tbody, table.cards tr, table.cards td { display: block; width: 100%; }
        table.cards tr { border: 1px solid #ccc; border-radius: 6px; margin-bottom: 8px; background: #fff; }
        table.cards td { border: none; border-bottom: 1px solid #eee; }
        table.cards td::before { content: attr(data-label) ": "; font-weight: bold; color: #546e7a;
          font-family: "DejaVu Sans", system-ui, sans-serif; }
        table.cards td:empty { display: none; }
        td.num { text-align: left; }
      }
      @media print { body { background: #fff; } .card, figure { border: none; } }
      """;

  @Override
  public String toString() {
    return out.toString();
  }
}
