package korrektor.grade.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import korrektor.extract.Text;

/**
 * Parses formulas students write in plain text, Unicode or LaTeX ({@code f(W x_5 + U f(W x_4))},
 * {@code \sigma(Wx_5+Uh_4)}, {@code h₅ = tanh(W·x₅ + U·h₄)}, {@code \hat{y} = …}) into statements.
 * Prose around the formulas is skipped; subscripts a PDF wrote as separate tokens ({@code U x 1})
 * are joined again; what cannot be read is reported, never thrown.
 */
public final class FormulaParser {
  /**
   * Activation names; a single-letter function ({@code f}, {@code g}) must be followed by a
   * bracket.
   */
  static final Set<String> FUNCTIONS =
      Set.of(
          "f",
          "g",
          "σ",
          "φ",
          "ϕ",
          "tanh",
          "sigma",
          "sigmoid",
          "relu",
          "act",
          "softmax",
          "phi",
          "sig",
          "sgm",
          "logistic",
          "ψ");

  /** The symbol an elision ({@code …}, {@code \dots}) is read as. */
  static final String ELLIPSIS = "…";

  private static final Pattern INDEX =
      Pattern.compile("\\s*(\\d+|[tT](?:\\s*[-+]\\s*\\d+)?|[ktTnN]|0|[a-z]{1,3})\\s*");
  private static final String SUBSCRIPT_CHARS = "₀₁₂₃₄₅₆₇₈₉ₜₖₙₘᵢⱼ₊₋₍₎";
  private static final String SUBSCRIPT_PLAIN = "0123456789tknmij+-()";
  private static final String SUPERSCRIPT_CHARS = "⁰¹²³⁴⁵⁶⁷⁸⁹ᵗⁿ⁺⁻⁽⁾";
  private static final String SUPERSCRIPT_PLAIN = "0123456789tn+-()";
  private static final Pattern SUBSCRIPT_LINE =
      Pattern.compile(
          "(?<![a-z])([xhyo])[ \\t]*\\r?\\n[ \\t]*(\\d{1,2})(?![\\d.,]\\d)[ \\t]*(?:\\r?\\n)?");
  private static final Pattern LETTER = Pattern.compile("[A-Za-zσφϕψ]");
  private static final Pattern OPERATOR = Pattern.compile("[(=+]");
  private static final Pattern STEP_OFFSET = Pattern.compile("[tTnN][-+]");

  /** Names students give the final output; read as {@code y}. */
  private static final Pattern OUTPUT_NAME =
      Pattern.compile(
          "(?iu)(?<![\\p{L}\\d_])(?:final\\s+output|finale?r?\\s+output|output|out|ausgabe|prediction|pred|result|ergebnis"
              + "|y_?hat|yhat|o_?hat)(\\s*(?:_\\{?\\d+\\}?|\\(\\d+\\)|\\d+))?\\s*(?=:?=)");

  /**
   * One statement: the names on the left ({@code y = h_5 = …}) and the expressions it equates them
   * with, in the order written ({@code h5 = f(U h4 + W x5) = f(U f(…))} has two).
   */
  public record Statement(List<String> names, List<Expr> values) {
    public Statement {
      names = List.copyOf(names);
      values = List.copyOf(values);
    }

    /** The last (most expanded) expression. */
    public Expr value() {
      return values.get(values.size() - 1);
    }
  }

  /**
   * The statements read, what could not be read, and whether the text elides terms inside a formula
   * ({@code f(W x_5 + U f(…))}); a trailing "…" after a complete formula is not an elision.
   */
  public record Result(List<Statement> statements, List<String> problems, boolean ellipsis) {
    public Result {
      statements = List.copyOf(statements);
      problems = List.copyOf(problems);
    }
  }

  private FormulaParser() {}

  public static Result parse(String text) {
    String s = prepare(text);
    List<Statement> out = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    boolean ellipsis = false;
    for (String raw : segments(s)) {
      String segment = raw.strip();
      boolean trailing = false;
      while (segment.endsWith(ELLIPSIS)
          || segment.endsWith("=")) { // "h5 = f(W h4 + U x5) …": nothing elided inside
        trailing |= segment.endsWith(ELLIPSIS);
        segment = segment.substring(0, segment.length() - 1).strip();
      }
      while (segment.startsWith(ELLIPSIS) || segment.startsWith("=")) {
        segment = segment.substring(1).strip();
      }
      if (segment.isBlank() || !LETTER.matcher(segment).find()) {
        continue;
      }
      long missing =
          segment.chars().filter(ch -> ch == '(').count()
              - segment.chars().filter(ch -> ch == ')').count();
      if (missing > 0
          && (missing <= 2
              || trailing && missing <= 30)) { // "f(W x_1 …": the closing brackets elided
        segment =
            segment
                + ")".repeat((int) missing); // students often miscount closing brackets at the end
      }
      try {
        Cursor c = new Cursor(segment);
        List<Expr> sides = new ArrayList<>();
        sides.add(c.expr());
        while (c.eat('=')) {
          sides.add(c.expr());
        }
        c.skipSpace();
        if (c.pos < c.s.length()) {
          throw new IllegalArgumentException("unexpected '" + c.s.charAt(c.pos) + "'");
        }
        Statement st = statement(sides);
        out.add(st);
        ellipsis |= st.values().stream().anyMatch(FormulaParser::containsEllipsis);
      } catch (IllegalArgumentException e) {
        if (OPERATOR.matcher(segment).find()) {
          problems.add("cannot read '" + segment + "': " + e.getMessage());
        }
      }
    }
    return new Result(out, problems, ellipsis);
  }

  static boolean containsEllipsis(Expr e) {
    if (e instanceof Expr.Sym s) {
      return s.base().equals(ELLIPSIS);
    }
    if (e instanceof Expr.Call c) {
      return containsEllipsis(c.argument());
    }
    if (e instanceof Expr.Bin b) {
      return containsEllipsis(b.left()) || containsEllipsis(b.right());
    }
    return e instanceof Expr.Neg n && containsEllipsis(n.operand());
  }

  private static Statement statement(List<Expr> sides) {
    List<String> names = new ArrayList<>();
    List<Expr> values = new ArrayList<>();
    for (int i = 0; i < sides.size(); i++) {
      Expr e = sides.get(i);
      boolean last = i == sides.size() - 1;
      if (values.isEmpty() && !last && e instanceof Expr.Sym sym) {
        names.add(sym.key());
      } else {
        values.add(e);
      }
    }
    return new Statement(names, values);
  }

  /** LaTeX and Unicode to plain notation; prose words become statement breaks. */
  static String prepare(String text) {
    // a PDF may put a subscript on a line of its own: "h\n5\n = f(Wx\n5\n + …"
    String s = SUBSCRIPT_LINE.matcher(text).replaceAll("$1_$2");
    s = scripts(s);
    s = Text.normalize(s);
    s =
        s.replace("\\left", "")
            .replace("\\right", "")
            .replaceAll("\\\\[Bb]igg?[lr]?", "")
            .replaceAll(
                "\\\\(?:hat|widehat|tilde|widetilde|bar|overline|vec|mathbf|mathrm|boldsymbol|bm|mathit|mathsf)"
                    + "\\s*\\{([^{}]*)}",
                "$1")
            .replaceAll(
                "\\\\(?:operatorname|text|textrm|textit|textbf|mbox)\\s*\\{([^{}]*)}", " $1 ")
            .replaceAll("\\\\(?:hat|tilde|bar|vec|mathbf|boldsymbol|bm)\\s+(\\w)", "$1")
            .replace("\\sigma", "σ")
            .replace("\\varphi", "φ")
            .replace("\\phi", "φ")
            .replace("\\psi", "ψ")
            .replace("\\tanh", " tanh ")
            .replace("\\operatorname", "")
            .replaceAll("\\\\(?:mathbf|mathrm|boldsymbol|bm|vec|text|mathit)\\s*", "")
            .replaceAll("\\\\(?:cdots|ldots|dots|dotsb|dotsm|dotsc)", " … ")
            .replace("...", " … ")
            .replace("..", " … ")
            .replaceAll("\\\\(?:cdot|times|ast)", "*")
            .replace("·", "*")
            .replace("×", "*")
            .replace("⋅", "*")
            .replace("∗", "*")
            .replace("•", "*")
            .replace("∘", "*")
            .replace("$", " ")
            .replaceAll("\\\\[,;:! ]", " ")
            .replaceAll("\\\\[()\\[\\]]", " ")
            .replace("\\quad", " ")
            .replace("\\qquad", " ")
            .replace("\\", " ")
            .replace("ŷ", "y")
            .replace("ô", "o")
            .replace(":=", "=")
            .replace("≡", "=")
            .replace("≔", "=")
            .replace("′", "")
            .replace("’", "'")
            .replace("@", "*")
            .replaceAll("\\s--+\\s", " ; ")
            .replace("⇒", " ; ")
            .replace("→", " ; ")
            .replace("⟹", " ; ")
            .replace("->", " ; ")
            .replace("=>", " ; ");
    s = s.replaceAll("(?<=[A-Za-z])'+", ""); // y' is y
    s = s.replaceAll("(?<=[A-Za-z])\\^(?=\\s*(?:=|,|;|$))", ""); // "y^ =": a hat
    s = s.replaceAll("(?<=[A-Za-z])\\^\\s*\\{?\\s*\\\\?prime\\s*}?", "");
    // "h^{(4)}", "h^(4)" is a step index, not a power
    s =
        s.replaceAll("\\^\\s*\\{\\s*\\(([^(){}]*)\\)\\s*\\}", "_{$1}")
            .replaceAll("\\^\\s*\\(([^()]*)\\)", "_{$1}")
            .replaceAll("\\^\\s*\\{\\s*<([^<>{}]*)>\\s*\\}", "_{$1}")
            .replaceAll("\\^\\s*<([^<>]*)>", "_{$1}");
    s = OUTPUT_NAME.matcher(s).replaceAll(" ; y$1 ");
    // a PDF writes subscripts as separate tokens: "U x 1 )", "h 4" (a single digit after x, h, y,
    // o)
    s =
        s.replaceAll(
            "(?<![A-Za-z\\d_])([xhyo])\\s+(\\d{1,2})(?![\\d.,]\\d)(?!\\s*[A-Za-z(])", "$1_$2");
    s =
        s.replaceAll("(?<![A-Za-z\\d_])([xh])\\s+t\\s*-\\s*1(?![\\d.])", "$1_{t-1}")
            .replaceAll("(?<![A-Za-z\\d_])([xh])\\s+t(?![A-Za-z\\d])", "$1_t");
    // sentence-ending full stops, not decimal points
    s = s.replaceAll("\\.(?!\\d)", " ; ");
    s =
        s.replaceAll(
            "(?i)(?<![A-Za-z])(?:is|of|to|at|in|we|it|as|by|be|an|or|so|if|on|da|es|zu|im|am|um|ja|no|ie|eg|dh|zb|mit|und|and|the|for|bei|wobei|where|with)(?![A-Za-z_\\d])",
            " ; ");
    // prose words (three or more letters that are no function name) end a statement
    Matcher m = Pattern.compile("[A-Za-zÄÖÜäöüß]{3,}").matcher(s);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String w = m.group();
      m.appendReplacement(b, FUNCTIONS.contains(w.toLowerCase(Locale.ROOT)) ? w : " ; ");
    }
    m.appendTail(b);
    s = b.toString().replace(':', ';').replace('\n', ';');
    // brackets left empty by removed prose, "( ; ; )", go; a bracket holding a statement of its
    // own,
    // "(h_0 = 0)", is one
    for (int round = 0; round < 3; round++) {
      s =
          s.replaceAll("\\(([^()]*=[^()]*)\\)", " ; $1 ; ")
              .replaceAll("\\([^()=]*;[^()=]*\\)", " ; ");
    }
    return s;
  }

  /**
   * Unicode sub- and superscript runs as {@code _{…}} and {@code ^{…}}: {@code hₜ₋₁} is {@code
   * h_{t-1}}.
   */
  static String scripts(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      int sub = SUBSCRIPT_CHARS.indexOf(ch);
      int sup = SUPERSCRIPT_CHARS.indexOf(ch);
      if (sub < 0 && sup < 0) {
        if (out != null) {
          out.append(ch);
        }
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      String chars = sub >= 0 ? SUBSCRIPT_CHARS : SUPERSCRIPT_CHARS;
      String plain = sub >= 0 ? SUBSCRIPT_PLAIN : SUPERSCRIPT_PLAIN;
      int j = i;
      StringBuilder run = new StringBuilder();
      while (j < text.length() && chars.indexOf(text.charAt(j)) >= 0) {
        run.append(plain.charAt(chars.indexOf(text.charAt(j))));
        j++;
      }
      out.append(sub >= 0 ? "_{" : "^{").append(run).append('}');
      i = j - 1;
    }
    return out == null ? text : out.toString();
  }

  /** Splits at top-level commas and semicolons. */
  private static List<String> segments(String s) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    StringBuilder cur = new StringBuilder();
    for (char ch : s.toCharArray()) {
      if (ch == '(' || ch == '{' || ch == '[') {
        depth++;
      } else if (ch == ')' || ch == '}' || ch == ']') {
        depth--;
      }
      if (ch == ';' || ch == ',' && depth <= 0) {
        out.add(cur.toString());
        cur.setLength(0);
        if (ch == ';') {
          depth = 0;
        }
      } else {
        cur.append(ch);
      }
    }
    out.add(cur.toString());
    return out;
  }

  /** A recursive-descent reader over one statement. */
  private static final class Cursor {
    final String s;
    int pos;
    int depth;

    Cursor(String s) {
      this.s = s;
    }

    void skipSpace() {
      while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
        pos++;
      }
    }

    boolean eat(char ch) {
      skipSpace();
      if (pos < s.length() && s.charAt(pos) == ch) {
        pos++;
        return true;
      }
      return false;
    }

    char peek() {
      skipSpace();
      return pos < s.length() ? s.charAt(pos) : '\0';
    }

    Expr expr() {
      if (++depth > 200) {
        throw new IllegalArgumentException("the formula is nested too deeply");
      }
      Expr e = term();
      while (true) {
        if (eat('+')) {
          e = new Expr.Bin('+', e, term());
        } else if (eat('-')) {
          e = new Expr.Bin('-', e, term());
        } else {
          depth--;
          return e;
        }
      }
    }

    Expr term() {
      Expr e = unary();
      while (true) {
        char ch = peek();
        if (ch == '*') {
          pos++;
          e = new Expr.Bin('*', e, unary());
        } else if (ch == '/') {
          pos++;
          e = new Expr.Bin('/', e, unary());
        } else if (Character.isLetterOrDigit(ch)
            || ch == '('
            || ch == '{'
            || ch == '['
            || ch == '…') {
          e = new Expr.Bin('*', e, unary());
        } else {
          return e;
        }
      }
    }

    Expr unary() {
      if (eat('-')) {
        return new Expr.Neg(unary());
      }
      if (eat('+')) {
        return unary();
      }
      Expr e = primary();
      if (eat('^')) {
        e = new Expr.Bin('^', e, primary());
      }
      return e;
    }

    Expr primary() {
      char ch = peek();
      if (ch == '(' || ch == '{' || ch == '[') {
        pos++;
        Expr e = expr();
        if (!eat(ch == '(' ? ')' : ch == '{' ? '}' : ']')) {
          throw new IllegalArgumentException("a bracket is not closed");
        }
        return e;
      }
      if (ch == '…') {
        pos++;
        return new Expr.Sym(ELLIPSIS, null);
      }
      if (Character.isDigit(ch)) {
        int start = pos;
        while (pos < s.length() && (Character.isDigit(s.charAt(pos)) || s.charAt(pos) == '.')) {
          pos++;
        }
        try {
          return new Expr.Num(Double.parseDouble(s.substring(start, pos)));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(
              "cannot read the number '" + s.substring(start, pos) + "'");
        }
      }
      if (Character.isLetter(ch)) {
        int start = pos;
        while (pos < s.length() && Character.isLetter(s.charAt(pos))) {
          pos++;
        }
        String word = s.substring(start, pos);
        String lower = word.toLowerCase(Locale.ROOT);
        if (word.length() >= 3 || FUNCTIONS.contains(word) && next() == '(') {
          if (!FUNCTIONS.contains(lower)) {
            throw new IllegalArgumentException("unknown word '" + word + "'");
          }
          skipSpace();
          if (pos < s.length()
              && s.charAt(pos) == '_') { // "σ_h(…)", "f_{out}(…)": the index names the function
            index(word);
            skipSpace();
          }
          if (pos >= s.length() || "({[".indexOf(s.charAt(pos)) < 0) {
            throw new IllegalArgumentException(word + " needs its argument in brackets");
          }
          return new Expr.Call(lower, primary());
        }
        pos = start + 1; // "Wx" is W times x
        String base = word.substring(0, 1);
        return new Expr.Sym(base, index(base));
      }
      throw new IllegalArgumentException(
          ch == '\0' ? "the formula ends too early" : "unexpected '" + ch + "'");
    }

    private char next() {
      int p = pos;
      while (p < s.length() && Character.isWhitespace(s.charAt(p))) {
        p++;
      }
      return p < s.length() ? s.charAt(p) : '\0';
    }

    /**
     * The step index after a symbol: {@code _5}, {@code _{t-1}}, {@code 5}, {@code (5)} for x and
     * h.
     */
    private String index(String base) {
      if (pos < s.length() && s.charAt(pos) == '_') {
        pos++;
        while (pos < s.length() && s.charAt(pos) == ' ') {
          pos++;
        }
        if (pos < s.length() && (s.charAt(pos) == '{' || s.charAt(pos) == '(')) {
          return bracketedIndex(true);
        }
        if (pos < s.length() && Character.isLetterOrDigit(s.charAt(pos))) {
          int start = pos;
          if (Character.isDigit(s.charAt(pos))) {
            while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
              pos++;
            }
          } else {
            pos++;
          }
          return s.substring(start, pos);
        }
        throw new IllegalArgumentException("an index after _ is missing");
      }
      if (pos < s.length() && Character.isDigit(s.charAt(pos))) {
        int start = pos;
        while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
          pos++;
        }
        return s.substring(start, pos);
      }
      if ("xhyo".contains(base) && pos < s.length() && s.charAt(pos) == '(') {
        int save = pos;
        String idx = bracketedIndex(false);
        if (idx != null) {
          return idx;
        }
        pos = save;
      }
      return null;
    }

    private String bracketedIndex(boolean required) {
      char open = s.charAt(pos);
      char close = open == '{' ? '}' : ')';
      int end = s.indexOf(close, pos);
      if (end < 0) {
        if (required) {
          throw new IllegalArgumentException("an index bracket is not closed");
        }
        return null;
      }
      String inner = s.substring(pos + 1, end).replace("(", "").replace(")", "");
      Matcher m = INDEX.matcher(inner);
      if (!m.matches()) {
        if (required) {
          throw new IllegalArgumentException("cannot read the index '" + inner + "'");
        }
        return null;
      }
      pos = end + 1;
      String idx = m.group(1).replaceAll("\\s", "");
      return idx.length() == 1 || STEP_OFFSET.matcher(idx).lookingAt()
          ? idx.replace('T', 't').replace('N', 'n')
          : idx;
    }
  }
}
