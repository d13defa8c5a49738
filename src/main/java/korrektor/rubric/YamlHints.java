package korrektor.rubric;

import java.util.Locale;

/**
 * The likely cause of a YAML syntax error, as a hint for its diagnostic. Most errors in rubrics
 * come from LaTeX and symbols in unquoted list items ({@code [h~, \tilde{h}]}: the {@code {} opens
 * a mapping) and from backslashes in double quotes ({@code "\hat{y}"}: {@code \h} is no escape).
 */
final class YamlHints {
  private static final String SINGLE_QUOTES =
      "write it in single quotes, where a backslash is just a backslash: ['h~', '\\tilde{h}']";

  private YamlHints() {}

  /**
   * A hint for a parser message about the rubric {@code text}, the error at 1-based {@code line}.
   */
  static String hint(String message, String text, int line) {
    String m = message.toLowerCase(Locale.ROOT);
    String here = lineAt(text, line);
    String before = lineAt(text, line - 1);
    if (m.contains("unknown escape") || m.contains("escape character")) {
      return "in double quotes a backslash starts an escape (\\t is a tab, \\n a line break, \\h is none); "
          + SINGLE_QUOTES;
    }
    if (m.contains("flow sequence")
        || m.contains("flow mapping")
        || m.contains("flow collection")
        || m.contains("flow node")) {
      String src = before + "\n" + here;
      if (src.contains("\\") || src.contains("{") || src.contains("}")) {
        return "an unquoted item of a [...] list holds a '{' or a '\\' (LaTeX such as \\tilde{h}): "
            + SINGLE_QUOTES;
      }
      return "an unquoted item of a [...] list holds ',', '[', ']', '{', '}', '#' or ': '; put that item in quotes";
    }
    if (m.contains("undefined alias")) {
      return "define the anchor before its first use: 'conventions: &conv' then 'conventions: *conv'; "
          + "a name is spelled the same in both, and '*' in plain text needs quotes ('*h')";
    }
    if (m.contains("mapping values are not allowed")) {
      return "a ': ' inside unquoted text starts a key; put the text in quotes: \"ratio: 0.5\"";
    }
    if (m.contains("found character '\\t'") || m.contains("tab")) {
      return "indent with spaces, not tabs";
    }
    if (m.contains("found character '@'") || m.contains("found character '`'")) {
      return "a text cannot start with '@' or '`' unquoted; put it in quotes";
    }
    if (m.contains("expected <block end>")
        || m.contains("could not find expected ':'")
        || m.contains("did not find expected key")
        || m.contains("expected key")) {
      return "check the indentation (the keys of one mapping start in the same column) and quoting near this line";
    }
    if (here.contains("\\")) {
      return "a backslash in this line: LaTeX belongs in single quotes, '\\tilde{h}'";
    }
    return "check indentation and quoting near this line";
  }

  private static String lineAt(String text, int line) {
    if (line < 1) {
      return "";
    }
    return text.lines().skip(line - 1).findFirst().orElse("");
  }
}
