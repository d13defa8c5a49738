package korrektor.grade.text;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans an answer's text before it is matched: what a PDF, a word processor, Markdown or LaTeX put
 * into the text that the student did not write as words. Soft hyphens and zero-width characters go,
 * ligatures ({@code ﬁ}, {@code ﬂ}) are spelled out, a word hyphenated across a line end ({@code
 * ex-} / {@code plodierende}) is joined again (a compound of two known words, {@code long-} /
 * {@code term}, keeps its hyphen), Markdown marks ({@code **bold**}, {@code `code`}, list and
 * heading markers, links) and LaTeX text commands ({@code \textit{…}}, {@code $\nabla$}) are
 * reduced to their text.
 */
public final class AnswerText {
  private static final Pattern LINE_END_HYPHEN =
      Pattern.compile("(\\p{L}+)[-\u2010\u2011][ \\t]*\\r?\\n[ \\t]*(\\p{Ll}\\p{L}*)");
  private static final Set<String> CONJUNCTIONS =
      Set.of("and", "or", "und", "oder", "bzw", "sowie", "nor", "as");
  private static final Pattern MD_EMPHASIS =
      Pattern.compile("(\\*\\*|__)(.+?)\\1|(?<![\\w*])\\*(?!\\s)([^*\\n]+?)(?<!\\s)\\*(?!\\w)");
  private static final Pattern MD_CODE = Pattern.compile("`+([^`]*)`+");
  private static final Pattern MD_LINK = Pattern.compile("!?\\[([^\\]]*)]\\([^)]*\\)");
  private static final Pattern MD_LINE_MARK =
      Pattern.compile("(?m)^[ \\t]*(?:#{1,6}[ \\t]+|>[ \\t]*|[-*+•][ \\t]+)");
  private static final Pattern MD_FORMULA_LINE_MARK =
      Pattern.compile("(?m)^[ \\t]*(?:#{1,6}[ \\t]+|>[ \\t]*|•[ \\t]*)");
  private static final Pattern TEX_TEXT =
      Pattern.compile(
          "\\\\(?:textit|textbf|emph|text|textrm|texttt|mathrm|mathit|mathbf|mbox|underline|textsc|operatorname)\\s*\\{([^{}]*)}");

  /** {@code ||g||}, {@code ‖g‖}: the norm of g. */
  private static final Pattern NORM =
      Pattern.compile("(?:\\|\\||‖)\\s*([^|‖\\s]{1,12})\\s*(?:\\|\\||‖)");

  /** {@code ≈ 0}, {@code → 0}, {@code -> 0}: close to zero. */
  private static final Pattern TO_ZERO = Pattern.compile("(?:≈|~|→|->|=>|⟶|⇒)\\s*0(?![.,]?\\d)");

  private static final String[][] TEX_SYMBOLS = {
    {"\\nabla", "∇"},
    {"\\partial", "∂"},
    {"\\approx", "≈"},
    {"\\rightarrow", "→"},
    {"\\Rightarrow", "⇒"},
    {"\\to", "→"},
    {"\\leftarrow", "←"},
    {"\\leq", "≤"},
    {"\\geq", "≥"},
    {"\\le", "≤"},
    {"\\ge", "≥"},
    {"\\neq", "≠"},
    {"\\ne", "≠"},
    {"\\cdot", "·"},
    {"\\times", "×"},
    {"\\prod", "∏"},
    {"\\sum", "∑"},
    {"\\infty", "∞"},
    {"\\|", "‖"},
    {"\\lVert", "‖"},
    {"\\rVert", "‖"},
    {"\\sigma", "σ"},
    {"\\tanh", "tanh"},
    {"\\ll", "≪"},
    {"\\gg", "≫"},
    {"\\quad", " "},
    {"\\,", " "},
    {"\\;", " "},
    {"\\ ", " "}
  };

  private AnswerText() {}

  /**
   * The answer's text cleaned for matching words; {@code knownWords} (lower case) decide whether a
   * word split at a line end is one word or a compound of two.
   */
  public static String forWords(String raw, Set<String> knownWords) {
    String s = common(raw, knownWords);
    s = TEX_TEXT.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    for (String[] r : TEX_SYMBOLS) {
      s = s.replace(r[0], r[1]);
    }
    s = s.replace("\\\\", "\n").replace("$", " ");
    s = s.replaceAll("\\\\([A-Za-z]+)", "$1");
    s = MD_LINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    s = MD_CODE.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    s =
        MD_EMPHASIS
            .matcher(s)
            .replaceAll(
                m -> Matcher.quoteReplacement(m.group(2) != null ? m.group(2) : m.group(3)));
    s = MD_LINE_MARK.matcher(s).replaceAll("");
    s = NORM.matcher(s).replaceAll(" norm of $1 ");
    s = TO_ZERO.matcher(s).replaceAll(" close to zero ");
    s =
        s.replace("∏", " product ")
            .replace("≠", " not equal ")
            .replace("!=", " not equal ")
            .replace("≪", " much smaller than ")
            .replace("≫", " much larger than ");
    return s.replaceAll("[ \\t]+", " ").strip();
  }

  /** The answer's text cleaned for reading a formula: only what a PDF or word processor added. */
  public static String forFormula(String raw) {
    String s = common(raw, Set.of());
    s = MD_CODE.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    s = s.replace("**", " ").replace("__", " ");
    return MD_FORMULA_LINE_MARK
        .matcher(s)
        .replaceAll(""); // "+ U f(…)" on a line of its own is a sum
  }

  private static String common(String raw, Set<String> knownWords) {
    StringBuilder b = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char ch = raw.charAt(i);
      switch (ch) {
        case '\u00AD',
            '\u200B',
            '\u200C',
            '\u200D',
            '\u2060',
            '\uFEFF' -> {} // soft hyphen, zero-width
        case '\uFB00' -> b.append("ff");
        case '\uFB01' -> b.append("fi");
        case '\uFB02' -> b.append("fl");
        case '\uFB03' -> b.append("ffi");
        case '\uFB04' -> b.append("ffl");
        case '\uFB05', '\uFB06' -> b.append("st");
        case '\u00A0', '\u2009', '\u202F', '\u2007' -> b.append(' ');
        default -> b.append(ch);
      }
    }
    return joinHyphenated(b.toString(), knownWords);
  }

  private static String joinHyphenated(String s, Set<String> knownWords) {
    if (s.indexOf('\n') < 0) {
      return s;
    }
    Matcher m = LINE_END_HYPHEN.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String first = m.group(1);
      String second = m.group(2);
      String f = first.toLowerCase(Locale.ROOT);
      String sec = second.toLowerCase(Locale.ROOT);
      String joined;
      if (CONJUNCTIONS.contains(sec)) {
        joined = first + "- " + second; // "kurz- und langfristig"
      } else if (knownWords.contains(f) && knownWords.contains(sec)) {
        joined = first + "-" + second; // "long-" / "term"
      } else {
        joined = first + second;
      }
      m.appendReplacement(out, Matcher.quoteReplacement(joined));
    }
    m.appendTail(out);
    return out.toString();
  }
}
