package korrektor.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import korrektor.document.Location;
import korrektor.extract.Paragraphs.Paragraph;

/**
 * Finds the answers to a sheet's text parts in a submission's paragraphs. An answer is placed by
 * its label ({@code 16 a)}, {@code (b)}, {@code 16.3}, a list number under a question's heading,
 * the question restated: {@code t=1 vs t=3:}), by its place (a question's heading followed by as
 * many unlabelled paragraphs as the question has parts) or by its content (an unlabelled paragraph
 * that fits one part clearly, in the order of the sheet). What no part claims is returned with its
 * location, so that a part without an answer can tell "nothing written" from "written where
 * Korrektor could not place it".
 */
public final class AnswerSegmenter {
  /** Affinity at or above which an unlabelled paragraph is placed by its content. */
  public static final double PLACE = 1.0;

  /** Affinity at or above which an unclaimed paragraph could be a part's answer. */
  public static final double COULD_BE = 0.5;

  private static final int MAX_EXTRA_PARAGRAPHS = 2;
  private static final String FOREIGN = "\u0000foreign";
  private static final int MAX_CHARS = 2_000;

  /**
   * A text part to find.
   *
   * @param question the question's id ({@code 16})
   * @param part the part's id ({@code a}, {@code same-output})
   * @param keywords words that name the part when it has no letter ({@code same}, {@code t=1})
   */
  public record Target(String question, String part, List<String> keywords) {
    public Target {
      keywords = List.copyOf(keywords);
    }

    boolean lettered() {
      return part.length() == 1 && Character.isLetter(part.charAt(0));
    }
  }

  /** How well a text fits a part: 0 not at all, {@value #PLACE} clearly, more is better. */
  public interface Affinity {
    double of(Target target, String text);
  }

  /** How an answer was placed. */
  public enum How {
    LABEL,
    ORDER,
    CONTENT
  }

  /** An answer placed for a part. */
  public record Placed(Target target, String text, Location location, How how) {}

  /** A paragraph of prose no part claims, with the question whose section it is in (or null). */
  public record Unclaimed(String text, Location location, String question) {}

  /** The answers placed and the prose left over. */
  public record Result(List<Placed> placed, List<Unclaimed> unclaimed) {
    public Result {
      placed = List.copyOf(placed);
      unclaimed = List.copyOf(unclaimed);
    }

    public Optional<Placed> of(Target t) {
      return placed.stream().filter(p -> p.target().equals(t)).findFirst();
    }
  }

  /** A paragraph, or a piece of one split at an inner label, with its label and section. */
  private record Unit(
      String text, Location location, int document, Labels.Head head, String question) {
    String body() {
      return head == null ? text : text.substring(Math.min(head.end(), text.length())).strip();
    }
  }

  private final List<Target> targets;
  private final Map<String, List<String>> partsByQuestion;
  private final Set<String> letters = new LinkedHashSet<>();
  private final Affinity affinity;

  private AnswerSegmenter(
      List<Target> targets, Map<String, List<String>> partsByQuestion, Affinity affinity) {
    this.targets = targets;
    this.partsByQuestion = partsByQuestion;
    this.affinity = affinity;
    partsByQuestion
        .values()
        .forEach(
            parts ->
                parts.stream()
                    .filter(p -> p.length() == 1 && Character.isLetter(p.charAt(0)))
                    .map(p -> p.toLowerCase(Locale.ROOT))
                    .forEach(letters::add));
  }

  /**
   * Places the answers to {@code targets} in {@code paragraphs}.
   *
   * @param partsByQuestion every question's parts in the sheet's order (all kinds), for headings
   *     and for list numbers that count parts
   */
  public static Result segment(
      List<Paragraph> paragraphs,
      List<Target> targets,
      Map<String, List<String>> partsByQuestion,
      Affinity affinity) {
    return new AnswerSegmenter(targets, partsByQuestion, affinity).run(paragraphs);
  }

  private Result run(List<Paragraph> paragraphs) {
    List<Unit> units = units(paragraphs);
    Map<Target, Placed> placed = new LinkedHashMap<>();
    List<Unit> pool = new ArrayList<>();
    Target current = null;
    StringBuilder answer = new StringBuilder();
    Location at = null;
    int extra = 0;
    for (int i = 0; i < units.size(); i++) {
      Unit u = units.get(i);
      boolean newDocument = i > 0 && units.get(i - 1).document() != u.document();
      Target labelled = u.head() == null ? null : resolve(u);
      if (u.head() != null || newDocument) {
        close(placed, current, answer, at);
        current = null;
        answer.setLength(0);
        extra = 0;
      }
      if (labelled != null) {
        if (placed.containsKey(labelled)) {
          continue; // a second answer to the same part (a draft, a copy): the first counts
        }
        current = labelled;
        at = u.location();
        String body = u.body();
        if (!body.isEmpty() && !body.endsWith("?")) {
          answer.append(body);
        }
        continue;
      }
      if (u.head() != null) {
        continue; // a heading, or a label of a part that is no text part
      }
      if (current != null
          && answer.isEmpty()
          && !looksLikeCode(u.text())
          && !mostlyNumbers(u.text())) {
        answer.append(u.text()); // the label stood on a line of its own
        at = u.location();
        continue;
      }
      if (current != null
          && extra < MAX_EXTRA_PARAGRAPHS
          && answer.length() < MAX_CHARS
          && continues(current, u, placed)) {
        answer.append('\n').append(u.text());
        extra++;
        continue;
      }
      close(placed, current, answer, at);
      current = null;
      answer.setLength(0);
      if (!looksLikeCode(u.text())
          && !isQuestion(u.text())
          && !looksLikeLegend(u.text())
          && !mostlyNumbers(u.text())) {
        pool.add(u);
      }
    }
    close(placed, current, answer, at);
    List<Unit> left = placeUnlabelled(pool, placed);
    List<Unclaimed> unclaimed = new ArrayList<>();
    for (Unit u : left) {
      if (words(u.text()) >= 3) {
        unclaimed.add(new Unclaimed(u.text(), u.location(), u.question()));
      }
    }
    return new Result(new ArrayList<>(placed.values()), unclaimed);
  }

  private static void close(
      Map<Target, Placed> placed, Target current, StringBuilder answer, Location at) {
    if (current != null && !placed.containsKey(current)) {
      placed.put(current, new Placed(current, answer.toString().strip(), at, How.LABEL));
    }
  }

  /**
   * Whether an unlabelled paragraph after a labelled answer belongs to it rather than to another
   * part.
   */
  private boolean continues(Target current, Unit u, Map<Target, Placed> placed) {
    if (u.question() != null && !u.question().equals(current.question())
        || looksLikeCode(u.text())
        || mostlyNumbers(u.text())
        || looksLikeLegend(u.text())) {
      return false;
    }
    double own = affinity.of(current, u.text());
    for (Target t : targets) {
      if (!t.equals(current) && !placed.containsKey(t) && affinity.of(t, u.text()) > own) {
        return false;
      }
    }
    return own > 0 || words(u.text()) >= 3 && !mostlyNumbers(u.text());
  }

  /**
   * The unlabelled paragraphs placed by their place (a heading followed by as many paragraphs as
   * the question has open parts) or by their content; returns what is left.
   */
  private List<Unit> placeUnlabelled(List<Unit> pool, Map<Target, Placed> placed) {
    Map<String, List<Unit>> bySection = new LinkedHashMap<>();
    for (Unit u : pool) {
      if (u.question() != null) {
        bySection.computeIfAbsent(u.question(), k -> new ArrayList<>()).add(u);
      }
    }
    List<Unit> byPlace = new ArrayList<>();
    for (Map.Entry<String, List<Unit>> e : bySection.entrySet()) {
      List<String> parts = partsByQuestion.getOrDefault(e.getKey(), List.of());
      Target only = parts.size() == 1 ? target(e.getKey(), parts.get(0)) : null;
      if (only != null && !placed.containsKey(only)) {
        // a question without sub-parts: its answer is the prose under its heading
        StringBuilder text = new StringBuilder();
        Location at = null;
        for (Unit u : e.getValue()) {
          if (words(u.text()) >= 3 && text.length() < MAX_CHARS) {
            text.append(text.isEmpty() ? "" : "\n").append(u.text());
            at = at == null ? u.location() : at;
            byPlace.add(u);
          }
        }
        if (at != null) {
          placed.put(only, new Placed(only, text.toString(), at, How.ORDER));
        }
        continue;
      }
      List<Target> open =
          targets.stream()
              .filter(t -> t.question().equals(e.getKey()) && !placed.containsKey(t))
              .toList();
      List<Unit> prose =
          e.getValue().stream()
              .filter(u -> words(u.text()) >= 1 && !mostlyNumbers(u.text()))
              .toList();
      boolean noneLabelled =
          targets.stream()
              .filter(t -> t.question().equals(e.getKey()))
              .noneMatch(placed::containsKey);
      if (noneLabelled && open.size() > 1 && prose.size() == open.size()) {
        for (int k = 0; k < open.size(); k++) {
          placed.put(
              open.get(k),
              new Placed(open.get(k), prose.get(k).text(), prose.get(k).location(), How.ORDER));
          byPlace.add(prose.get(k));
        }
      }
    }
    List<Unit> rest = new ArrayList<>(pool);
    rest.removeAll(byPlace);
    return byContent(rest, placed);
  }

  /**
   * Places paragraphs by their content: the best fitting pair first, a paragraph only in its own
   * question's section (or anywhere when it is in none), and among equal fits the one that keeps
   * the sheet's order within a file; returns the paragraphs not placed.
   */
  private List<Unit> byContent(List<Unit> units, Map<Target, Placed> placed) {
    int n = units.size();
    List<Target> open =
        new ArrayList<>(targets.stream().filter(t -> !placed.containsKey(t)).toList());
    double[][] score = new double[n][open.size()];
    for (int i = 0; i < n; i++) {
      Unit u = units.get(i);
      for (int j = 0; j < open.size(); j++) {
        Target t = open.get(j);
        boolean inSection = u.question() == null || u.question().equals(t.question());
        boolean enough = words(u.text()) >= 3 || t.keywords().size() > 0 || !t.lettered();
        double a =
            inSection && (enough || affinity.of(t, u.text()) >= 2) ? affinity.of(t, u.text()) : 0;
        score[i][j] = a >= PLACE ? a : 0;
      }
    }
    boolean[] used = new boolean[n];
    boolean[] filled = new boolean[open.size()];
    Map<Integer, Integer> unitOf = new LinkedHashMap<>();
    while (true) {
      int bi = -1;
      int bj = -1;
      double best = 0;
      for (int i = 0; i < n; i++) {
        if (used[i]) {
          continue;
        }
        for (int j = 0; j < open.size(); j++) {
          if (filled[j] || score[i][j] <= 0) {
            continue;
          }
          double v = score[i][j] + (inOrder(i, j, unitOf, units) ? 0.2 : 0);
          if (v > best) {
            best = v;
            bi = i;
            bj = j;
          }
        }
      }
      if (bi < 0) {
        break;
      }
      used[bi] = true;
      filled[bj] = true;
      unitOf.put(bj, bi);
      placed.put(
          open.get(bj),
          new Placed(open.get(bj), units.get(bi).text(), units.get(bi).location(), How.CONTENT));
    }
    List<Unit> left = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (!used[i]) {
        left.add(units.get(i));
      }
    }
    return left;
  }

  /**
   * Whether placing unit i on target j keeps the sheet's order with the pairs placed in the same
   * file.
   */
  private static boolean inOrder(int i, int j, Map<Integer, Integer> unitOf, List<Unit> units) {
    for (Map.Entry<Integer, Integer> e : unitOf.entrySet()) {
      Unit other = units.get(e.getValue());
      if (other.document() != units.get(i).document()) {
        continue;
      }
      if (e.getKey() < j != e.getValue() < i) {
        return false;
      }
    }
    return true;
  }

  /**
   * The target a label names, or null (a heading, another kind of part, a letter no question has).
   */
  private Target resolve(Unit u) {
    Labels.Head h = u.head();
    String q = h.question() != null ? h.question() : u.question();
    String part = null;
    if (h.letter() != null) {
      if (h.question() == null
          && q != null
          && partsByQuestion.containsKey(q)
          && !hasPart(q, h.letter())) {
        return null; // "b) Output:" under question 1, which has no part b: the student's own
        // sub-heading
      }
      if (q == null || !hasPart(q, h.letter())) {
        q = onlyQuestionWith(h.letter());
      }
      part = h.letter();
    } else if (h.index() > 0 && q != null) {
      List<String> parts = partsByQuestion.getOrDefault(q, List.of());
      part = h.index() <= parts.size() ? parts.get(h.index() - 1) : null;
    } else if (h.part() != null) {
      q = h.question();
      part = h.part();
    }
    if (q == null || part == null) {
      return null;
    }
    for (Target t : targets) {
      if (t.question().equals(q) && t.part().equalsIgnoreCase(part)) {
        return t;
      }
    }
    return null;
  }

  private Target target(String question, String part) {
    for (Target t : targets) {
      if (t.question().equals(question) && t.part().equals(part)) {
        return t;
      }
    }
    return null;
  }

  private boolean hasPart(String question, String letter) {
    return partsByQuestion.getOrDefault(question, List.of()).stream()
        .anyMatch(p -> p.equalsIgnoreCase(letter));
  }

  private String onlyQuestionWith(String letter) {
    String found = null;
    for (Map.Entry<String, List<String>> e : partsByQuestion.entrySet()) {
      if (e.getValue().stream().anyMatch(p -> p.equalsIgnoreCase(letter))) {
        if (found != null) {
          return null;
        }
        found = e.getKey();
      }
    }
    return found;
  }

  /**
   * The paragraphs cut at inner labels, each with the label it starts with and the section it is
   * in.
   */
  private List<Unit> units(List<Paragraph> paragraphs) {
    Set<String> questions = partsByQuestion.keySet();
    List<Unit> out = new ArrayList<>();
    String section = null;
    int document = -1;
    for (Paragraph p : paragraphs) {
      if (p.document() != document) {
        document = p.document();
        section = null;
      }
      java.util.ArrayDeque<String> pieces = new java.util.ArrayDeque<>();
      for (String block : byLabelledLines(p.text(), questions)) {
        int from = 0;
        for (int cut : Labels.inline(block, questions, letters)) {
          pieces.add(block.substring(from, cut));
          from = cut;
        }
        pieces.add(block.substring(from));
      }
      while (!pieces.isEmpty()) {
        String text = pieces.poll().strip();
        if (text.isEmpty()) {
          continue;
        }
        // a numbered list counts the parts only of a question whose parts are lettered (a, b, c, …)
        List<String> sectionParts =
            section == null ? List.of() : partsByQuestion.getOrDefault(section, List.of());
        boolean lettered =
            sectionParts.size() > 1 && sectionParts.stream().allMatch(x -> x.length() == 1);
        Labels.Head head =
            Labels.read(text, questions, letters, lettered ? sectionParts.size() : 0);
        if (head == null) {
          head = keywordHead(text, section);
        }
        if (head == null && Labels.foreignHeading(text, questions)) {
          section = FOREIGN; // another sheet's question: nothing under it is this sheet's
        }
        if (head != null && head.isHeading()) {
          // a question's heading: what follows it on its line, unless a short title, is an answer
          // of its own
          section = head.question();
          String rest = text.substring(Math.min(head.end(), text.length()));
          int newline = rest.indexOf('\n');
          String firstLine = newline < 0 ? rest : rest.substring(0, newline);
          boolean title =
              !firstLine.isBlank()
                      && words(firstLine) <= 8
                      && !firstLine.strip().matches(".*[.?!=].*")
                      && !firstLine.strip().startsWith("(")
                  || firstLine.strip().matches("\\(.*\\)");
          String answerPart = title ? (newline < 0 ? "" : rest.substring(newline + 1)) : rest;
          out.add(
              new Unit(
                  text.substring(0, text.length() - answerPart.length()).strip(),
                  p.location(),
                  p.document(),
                  head,
                  section));
          if (!answerPart.isBlank()) {
            pieces.addFirst(answerPart);
          }
          continue;
        }
        if (head != null && head.part() != null) {
          section = head.question();
        } else if (head != null && head.letter() != null) {
          String q =
              head.question() != null
                  ? head.question()
                  : section != null
                          && (hasPart(section, head.letter())
                              || partsByQuestion.containsKey(section))
                      ? section
                      : onlyQuestionWith(head.letter());
          section = q != null ? q : section;
        }
        out.add(new Unit(text, p.location(), p.document(), head, section));
      }
    }
    return out;
  }

  /**
   * A short line that names a part by its own words and stands as a heading over the answer: the
   * line is one of the part's keywords ({@code Same output?}), or starts with a keyword of two
   * words or more ({@code Frage zur GRU}).
   */
  private Labels.Head keywordLine(String text) {
    if (text.indexOf('\n') >= 0 || words(text) > 6) {
      return null;
    }
    String line = text.replaceAll("^[\\s#*>_-]+|[\\s*_:?.!]+$", "").toLowerCase(Locale.ROOT);
    for (Target t : targets) {
      for (String k : t.keywords()) {
        String key = k.toLowerCase(Locale.ROOT).strip();
        boolean twoWords = words(key) >= 2;
        boolean wordy =
            key.replaceAll("[^\\p{L}]", "").length() >= 3; // not "t = 1", a step's heading
        if (wordy && (line.equals(key) || twoWords && line.startsWith(key))) {
          return new Labels.Head(t.question(), null, 0, text.length(), t.part());
        }
      }
    }
    return null;
  }

  /**
   * A paragraph cut before each of its lines that starts with a label or a heading, and after a
   * heading line.
   */
  private List<String> byLabelledLines(String text, Set<String> questions) {
    if (text.indexOf('\n') < 0) {
      return List.of(text);
    }
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean afterHeading = false;
    for (String line : text.split("\n")) {
      Labels.Head h = Labels.read(line, questions, letters, 0);
      boolean starts = h != null && (!cur.isEmpty());
      if ((starts || afterHeading) && !cur.isEmpty()) {
        out.add(cur.toString());
        cur.setLength(0);
      }
      if (!cur.isEmpty()) {
        cur.append('\n');
      }
      cur.append(line);
      afterHeading =
          h != null
              && h.question() != null
              && h.letter() == null
              && h.index() == 0
              && line.substring(Math.min(h.end(), line.length())).isBlank();
    }
    if (!cur.isEmpty()) {
      out.add(cur.toString());
    }
    return out;
  }

  /**
   * A part named by the question restated ({@code Is the output at t=1 the same as at t=3? No, …},
   * {@code t=1 vs t=3: …}): two of its keywords before a {@code ?} or {@code :} near the start.
   */
  private Labels.Head keywordHead(String text, String section) {
    Labels.Head line = keywordLine(text);
    if (line != null) {
      return line;
    }
    int end = -1;
    for (int i = 0; i < Math.min(text.length(), 160); i++) {
      char c = text.charAt(i);
      if (c == '?' || c == ':') {
        end = i + 1;
        while (end < text.length()
            && end < 200
            && text.charAt(end) != '\n'
            && (text.charAt(end) == ' '
                || text.startsWith("Why?", end)
                || text.startsWith("Warum?", end)
                || text.startsWith("Why ?", end))) {
          end +=
              text.startsWith("Why?", end) || text.startsWith("Why ?", end)
                  ? 4
                  : text.startsWith("Warum?", end) ? 6 : 1;
        }
        break;
      }
    }
    if (end < 0) {
      return null;
    }
    String head = text.substring(0, end).toLowerCase(Locale.ROOT);
    if (words(head) > 18) {
      return null;
    }
    for (Target t : targets) {
      if (t.lettered() || t.keywords().isEmpty()) {
        continue;
      }
      int hits = 0;
      for (String k : t.keywords()) {
        if (head.contains(k.toLowerCase(Locale.ROOT))) {
          hits++;
        }
      }
      if (hits >= 2 || hits == 1 && words(head) <= 4 && head.strip().endsWith("?")) {
        return new Labels.Head(
            t.question(), null, 0, end, t.part()); // "t=1 vs t=3:", "Same output?"
      }
    }
    return null;
  }

  private static final java.util.regex.Pattern CODE_LINE =
      java.util.regex.Pattern.compile(
          "^\\s*(?:import |from \\w+ import|def |class |return\\b|print\\(|for .+ in .+:|if .+:|while .+:|else:|elif |"
              + "plt\\.|np\\.|pd\\.|torch\\.|#include|%|//|\\$ |>>> |In \\[\\d*]|Out\\[\\d*]|\\w+\\[[^\\]]*]\\s*=|"
              + "[\\w.]+\\s*=\\s*(?:\\[|\\{|np\\.|sig|max\\(|round\\(|\\d+\\s*$|\\d+(?:\\.\\d+)?\\s*[;#]?$)|.*;\\s*$|.*[{}]\\s*$)");
  private static final java.util.regex.Pattern QUESTION_START =
      java.util.regex.Pattern.compile(
          "(?iu)^\\W*(?:what|why|how|which|write down|explain|describe|consider|compute|calculate|"
              + "was|warum|wie|welche|erkl(?:ä|ae)r\\w*|beschreib\\w*|berechne\\w*|schreib\\w* (?:sie )?(?:die|den|das))\\b");

  /**
   * Whether a paragraph is program code (a notebook's or a script's lines), not an answer in words.
   */
  static boolean looksLikeCode(String text) {
    String[] lines = text.split("\n");
    int code = 0;
    for (String l : lines) {
      if (CODE_LINE.matcher(l).find()) {
        code++;
      }
    }
    return code * 2 >= lines.length && code > 0;
  }

  private static final java.util.regex.Pattern LEGEND_PAIR =
      java.util.regex.Pattern.compile(
          "(?<![\\p{L}\\d])[\\p{L}][\\p{L}~_\\d]{0,3}\\s*(?:=|:)\\s*\\p{L}{2,}");
  private static final java.util.regex.Pattern LEGEND_START =
      java.util.regex.Pattern.compile(
          "(?iu)^\\W*(?:notation|legend|legende|bezeichnung(?:en)?|symbols|symbole|columns|spalten|each row|jede zeile)\\b");

  /**
   * Whether a paragraph says what symbols or columns mean ("i = input gate, o = output gate"), not
   * an answer.
   */
  static boolean looksLikeLegend(String text) {
    if (LEGEND_START.matcher(text).find()) {
      return true;
    }
    java.util.regex.Matcher m = LEGEND_PAIR.matcher(text);
    int pairs = 0;
    while (m.find()) {
      pairs++;
    }
    return pairs >= 2 && !text.contains("?");
  }

  /** Whether a paragraph is a question (the sheet's, copied), not an answer. */
  static boolean isQuestion(String text) {
    String t = text.strip();
    boolean oneSentence = !t.matches("(?s).*[.!:]\\s+\\S.*");
    return t.endsWith("?") || QUESTION_START.matcher(t).find() && oneSentence;
  }

  static int words(String s) {
    int n = 0;
    boolean inWord = false;
    for (int i = 0; i < s.length(); i++) {
      boolean letter = Character.isLetter(s.charAt(i));
      if (letter && !inWord) {
        n++;
      }
      inWord = letter;
    }
    return n;
  }

  /** Whether numbers outweigh words (a line of values, not prose). */
  static boolean mostlyNumbers(String s) {
    int numbers = Numbers.findAll(s).size();
    if (numbers >= 4 && numbers * 2 > words(s)) {
      return true;
    }
    String[] lines = s.split("\n");
    int valueLines = 0;
    for (String l : lines) {
      if (VALUE_LINE.matcher(l).matches()) {
        valueLines++;
      }
    }
    return valueLines >= 2 && valueLines * 2 >= lines.length
        || lines.length == 1 && valueLines == 1;
  }

  /** "forget gate 0.5436", "h(2) = 0.3907": a name and a value. */
  private static final java.util.regex.Pattern VALUE_LINE =
      java.util.regex.Pattern.compile(
          "\\s*[\\p{L}][\\p{L}\\d\\s_~()\\[\\]^]{0,30}(?:[:=≈]\\s*)?[-+−]?\\d*[.,]?\\d+\\s*");
}
