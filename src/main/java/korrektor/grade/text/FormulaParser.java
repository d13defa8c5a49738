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
 * {@code \sigma(Wx_5+Uh_4)}, {@code h₅ = tanh(W·x₅ + U·h₄)}) into statements. Prose around the
 * formulas is skipped; what cannot be read is reported, never thrown.
 */
public final class FormulaParser {
  /** Activation names; a single-letter function ({@code f}, {@code g}) must be followed by a bracket. */
  static final Set<String> FUNCTIONS = Set.of("f", "g", "σ", "φ", "ϕ", "tanh", "sigma", "sigmoid", "relu", "act",
      "softmax", "phi", "sig");
  private static final Pattern INDEX = Pattern.compile("\\s*(\\d+|[tT](?:\\s*[-+]\\s*\\d+)?|[ktT]|0)\\s*");

  /** One statement: the names on the left ({@code y = h_5 = …}) and the expression. */
  public record Statement(List<String> names, Expr value) {
    public Statement {
      names = List.copyOf(names);
    }
  }

  /** The statements read, what could not be read, and whether the text elides terms ({@code …}). */
  public record Result(List<Statement> statements, List<String> problems, boolean ellipsis) {
    public Result {
      statements = List.copyOf(statements);
      problems = List.copyOf(problems);
    }
  }

  private FormulaParser() {}

  public static Result parse(String text) {
    String s = prepare(text);
    boolean ellipsis = s.contains("…");
    List<Statement> out = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (String segment : segments(s)) {
      if (segment.isBlank() || !segment.matches(".*[A-Za-zσφϕ].*")) {
        continue;
      }
      long missing = segment.chars().filter(ch -> ch == '(').count() - segment.chars().filter(ch -> ch == ')').count();
      if (missing > 0 && missing <= 2) {
        segment = segment + ")".repeat((int) missing); // students often miscount closing brackets at the end
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
        out.add(statement(sides));
      } catch (IllegalArgumentException e) {
        if (segment.matches(".*[(=+].*")) {
          problems.add("cannot read '" + segment.strip() + "': " + e.getMessage());
        }
      }
    }
    return new Result(out, problems, ellipsis);
  }

  private static Statement statement(List<Expr> sides) {
    List<String> names = new ArrayList<>();
    Expr value = null;
    for (Expr e : sides) {
      if (e instanceof Expr.Sym sym && (value == null || sides.indexOf(e) < sides.size() - 1)) {
        names.add(sym.key());
      } else if (value == null) {
        value = e;
      }
    }
    if (value == null) {
      value = sides.get(sides.size() - 1);
      names.remove(names.size() - 1);
    }
    return new Statement(names, value);
  }

  /** LaTeX and Unicode to plain notation; prose words become statement breaks. */
  static String prepare(String text) {
    String s = Text.normalize(text);
    s = s.replace("\\left", "").replace("\\right", "").replaceAll("\\\\[Bb]ig[lr]?", "")
        .replace("\\sigma", "σ").replace("\\varphi", "φ").replace("\\phi", "φ").replace("\\tanh", " tanh ")
        .replace("\\operatorname", "").replaceAll("\\\\(?:mathbf|mathrm|boldsymbol|bm|vec|text|mathit)\\s*", "")
        .replaceAll("\\\\(?:cdots|ldots|dots|dotsb|cdot\\s*\\\\cdot\\s*\\\\cdot)", "…").replace("...", "…")
        .replaceAll("\\\\(?:cdot|times|ast)", "*").replace("·", "*").replace("×", "*").replace("⋅", "*")
        .replace("∗", "*").replace("$", " ").replaceAll("\\\\[,;:! ]", " ").replaceAll("\\\\[()\\[\\]]", " ")
        .replace("\\", " ").replace("ŷ", "y").replace(":=", "=");
    // "h^{(4)}", "h^(4)" is a step index, not a power
    s = s.replaceAll("\\^\\s*\\{\\s*\\(([^(){}]*)\\)\\s*\\}", "_{$1}").replaceAll("\\^\\s*\\(([^()]*)\\)", "_{$1}");
    // sentence-ending full stops, not decimal points
    s = s.replaceAll("\\.(?!\\d)", " ; ");
    s = s.replaceAll("(?i)(?<![A-Za-z])(?:is|of|to|at|in|we|it|as|by|be|an|or|so|if|on|da|es|zu|im|am|um|ja|no)(?![A-Za-z_\\d])", " ; ");
    // prose words (three or more letters that are no function name) end a statement
    Matcher m = Pattern.compile("[A-Za-zÄÖÜäöüß]{3,}").matcher(s);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String w = m.group();
      m.appendReplacement(b, FUNCTIONS.contains(w.toLowerCase(Locale.ROOT)) ? w : " ; ");
    }
    m.appendTail(b);
    return b.toString().replace(':', ';').replace('\n', ';');
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
      if ((ch == ';' || ch == ',' && depth <= 0)) {
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
      Expr e = term();
      while (true) {
        if (eat('+')) {
          e = new Expr.Bin('+', e, term());
        } else if (eat('-')) {
          e = new Expr.Bin('-', e, term());
        } else {
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
        } else if (Character.isLetterOrDigit(ch) || ch == '(' || ch == '{' || ch == '[' || ch == '…') {
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
        return new Expr.Num(0);
      }
      if (Character.isDigit(ch)) {
        int start = pos;
        while (pos < s.length() && (Character.isDigit(s.charAt(pos)) || s.charAt(pos) == '.')) {
          pos++;
        }
        return new Expr.Num(Double.parseDouble(s.substring(start, pos)));
      }
      if (Character.isLetter(ch)) {
        int start = pos;
        while (pos < s.length() && Character.isLetter(s.charAt(pos))) {
          pos++;
        }
        String word = s.substring(start, pos);
        if (word.length() >= 3 || FUNCTIONS.contains(word) && next() == '(') {
          if (!FUNCTIONS.contains(word.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("unknown word '" + word + "'");
          }
          skipSpace();
          if (pos >= s.length() || "({[".indexOf(s.charAt(pos)) < 0) {
            throw new IllegalArgumentException(word + " needs its argument in brackets");
          }
          return new Expr.Call(word.toLowerCase(Locale.ROOT), primary());
        }
        pos = start + 1; // "Wx" is W times x
        String base = word.substring(0, 1);
        return new Expr.Sym(base, index(base));
      }
      throw new IllegalArgumentException(ch == '\0' ? "the formula ends too early" : "unexpected '" + ch + "'");
    }

    private char next() {
      int p = pos;
      while (p < s.length() && Character.isWhitespace(s.charAt(p))) {
        p++;
      }
      return p < s.length() ? s.charAt(p) : '\0';
    }

    /** The step index after a symbol: {@code _5}, {@code _{t-1}}, {@code 5}, {@code (5)} for x and h. */
    private String index(String base) {
      if (pos < s.length() && s.charAt(pos) == '_') {
        pos++;
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
      if ((base.equals("x") || base.equals("h")) && pos < s.length() && s.charAt(pos) == '(') {
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
      return m.group(1).replaceAll("\\s", "").replace('T', 't');
    }
  }
}
