package korrektor.extract;

import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes the decoration off what students type around their values, so that one reader sees the same
 * words whatever the writing: LaTeX math ({@code $h_{1} = 0.2610$}, {@code \(s^{(2)}\)}, {@code
 * \tilde{s}_3}, {@code \sigma}, {@code \cdot}), Markdown (list bullets and numbers, headings,
 * emphasis, inline code, table pipes at the line's ends) and HTML entities left in text. The result
 * is {@link Text#normalize normalised}. Linear in the input.
 */
public final class Markup {
  private static final Pattern ACCENT =
      Pattern.compile(
          "\\\\(tilde|widetilde|hat|widehat|bar|overline)\\s*(?:\\{\\s*([A-Za-z])\\s*}|([A-Za-z]))");
  private static final Pattern WRAPPER =
      Pattern.compile(
          "\\\\(?:mathrm|text|textrm|mathit|mathbf|boldsymbol|mathsf|operatorname|textbf|textit|emph|mathbb)\\s*\\{([^{}]{0,80})}");
  private static final Pattern COMMAND = Pattern.compile("\\\\([A-Za-z]+)");
  private static final Pattern LIST_MARK =
      Pattern.compile("^\\s*(?:[-*+•·▪◦‣]|\\d{1,3}[.)]|\\(?[a-e]\\)|#{1,6}|>)\\s+");
  private static final Pattern EMPHASIS =
      Pattern.compile(
          "(?<![\\p{L}\\d.)])(\\*\\*|__|\\*|`)(?=\\S)([^*`]{1,200}?)(?<=\\S)\\1(?![\\p{L}\\d(])");

  /** "2. Zeitschritt": a German ordinal, not a list number. */
  private static final Pattern ORDINAL_STEP =
      Pattern.compile("^\\s*\\d{1,3}\\.\\s+(?i:zeitschritt|schritt|step|time|zeitpunkt|iteration)");

  private static final Map<String, String> COMMANDS =
      Map.ofEntries(
          Map.entry("sigma", "σ"),
          Map.entry("cdot", "·"),
          Map.entry("times", "·"),
          Map.entry("approx", "≈"),
          Map.entry("to", "→"),
          Map.entry("rightarrow", "→"),
          Map.entry("Rightarrow", "→"),
          Map.entry("mapsto", "→"),
          Map.entry("tanh", "tanh"),
          Map.entry("exp", "exp"),
          Map.entry("max", "max"),
          Map.entry("left", ""),
          Map.entry("right", ""),
          Map.entry("quad", " "),
          Map.entry("qquad", " "),
          Map.entry("sim", "≈"),
          Map.entry("simeq", "≈"),
          Map.entry("equiv", "="),
          Map.entry("leftarrow", "←"),
          Map.entry("odot", "·"),
          Map.entry("circ", "·"),
          Map.entry("ast", "*"),
          Map.entry("big", ""),
          Map.entry("Big", ""),
          Map.entry("displaystyle", ""),
          Map.entry("textstyle", ""),
          Map.entry("mathrm", ""),
          Map.entry("text", ""),
          Map.entry("in", "∈"),
          Map.entry("quad,", " "),
          Map.entry("eta", "η"),
          Map.entry("alpha", "α"),
          Map.entry("beta", "β"),
          Map.entry("lambda", "λ"),
          Map.entry("theta", "θ"),
          Map.entry("phi", "φ"));

  private Markup() {}

  /** The text without decoration, normalised. */
  public static String plain(String raw) {
    if (raw.isEmpty()) {
      return raw;
    }
    String s = raw;
    if (s.indexOf('&') >= 0) {
      s =
          s.replace("&nbsp;", " ")
              .replace("&lt;", "<")
              .replace("&gt;", ">")
              .replace("&amp;", "&")
              .replace("&minus;", "\u2212")
              .replace("&asymp;", "≈")
              .replace("&sigma;", "σ");
    }
    if (s.indexOf('\\') >= 0 || s.indexOf('$') >= 0) {
      s = latex(s);
    }
    s = markdown(s);
    if (s.indexOf('~') < 0) {
      s = spelledMarks(s);
    }
    return Text.normalize(s);
  }

  /** LaTeX math as the letters and signs it shows. */
  static String latex(String s) {
    String t =
        s.replace("\\(", " ")
            .replace("\\)", " ")
            .replace("\\[", " ")
            .replace("\\]", " ")
            .replace("$", " ")
            .replace("\\,", " ")
            .replace("\\;", " ")
            .replace("\\!", "")
            .replace("\\ ", " ")
            .replace("\\{", "{")
            .replace("\\}", "}")
            .replace("\\%", "%")
            .replace("{,}", ",");
    Matcher a = ACCENT.matcher(t);
    StringBuilder out = new StringBuilder(t.length());
    while (a.find()) {
      String letter = a.group(2) != null ? a.group(2) : a.group(3);
      String mark =
          switch (a.group(1)) {
            case "tilde", "widetilde" -> "~";
            case "hat", "widehat" -> "\u0302";
            default -> "\u0304";
          };
      a.appendReplacement(
          out, Matcher.quoteReplacement(Normalizer.normalize(letter + mark, Normalizer.Form.NFC)));
    }
    a.appendTail(out);
    t = out.toString();
    for (int round = 0; round < 2 && t.indexOf('\\') >= 0; round++) {
      t = WRAPPER.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    }
    if (t.indexOf('\\') >= 0) {
      Matcher c = COMMAND.matcher(t);
      out.setLength(0);
      while (c.find()) {
        String r = COMMANDS.get(c.group(1));
        c.appendReplacement(out, Matcher.quoteReplacement(r == null ? c.group(1) : r));
      }
      c.appendTail(out);
      t = out.toString();
    }
    // braces around a plain index or group: h_{1} → h_1 is left to the label reader; lone braces go
    return t.replace("{(", "(").replace(")}", ")");
  }

  /**
   * Whether the first non-blank character may begin a list mark, heading or quote (a quick test
   * before the pattern).
   */
  private static boolean mayStartList(String t) {
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == ' ' || c == '\t') {
        continue;
      }
      return "-*+•·▪◦‣#>(".indexOf(c) >= 0 || c >= '0' && c <= '9' || c >= 'a' && c <= 'e';
    }
    return false;
  }

  /** "s tilde", "c-tilde", "y hat", "s Schlange": the mark a student spelled out, as the sign. */
  static String spelledMarks(String s) {
    String lower = s.toLowerCase(java.util.Locale.ROOT);
    if (!lower.contains("tilde")
        && !lower.contains("hat")
        && !lower.contains("dach")
        && !lower.contains("schlange")) {
      return s;
    }
    Matcher m = SPELLED.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String mark = m.group(2).toLowerCase(java.util.Locale.ROOT);
      String sign =
          mark.equals("tilde") || mark.equals("schlange")
              ? m.group(1) + "~"
              : Normalizer.normalize(m.group(1) + "\u0302", Normalizer.Form.NFC);
      m.appendReplacement(out, Matcher.quoteReplacement(sign));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static final Pattern SPELLED =
      Pattern.compile("(?<![\\p{L}\\d])([A-Za-z])[ _-]?(?i:(tilde|hat|dach|schlange))(?![\\p{L}])");

  /** Markdown list marks, headings, emphasis, inline code and outer table pipes. */
  static String markdown(String s) {
    String t = s;
    if (mayStartList(t)) {
      Matcher list = LIST_MARK.matcher(t);
      if (list.find() && !ORDINAL_STEP.matcher(t).lookingAt()) {
        t = t.substring(list.end());
      }
    }
    if (t.indexOf('*') >= 0 || t.indexOf('`') >= 0 || t.contains("__")) {
      t = EMPHASIS.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(2)));
      t = t.replace("**", "").replace("`", "");
    }
    String stripped = t.strip();
    if (stripped.startsWith("|") && stripped.endsWith("|") && stripped.length() > 1) {
      t = stripped.substring(1, stripped.length() - 1);
    }
    return t;
  }
}
