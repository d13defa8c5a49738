package korrektor.web;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import korrektor.batch.DecisionFile;
import korrektor.batch.ReviewQueue;
import korrektor.grade.ItemResult;
import korrektor.grade.Points;
import korrektor.integrity.SimilarityReport;
import korrektor.result.SubmissionResult;
import korrektor.rubric.Rubric;
import korrektor.submission.IntegrityPolicy;
import korrektor.submission.Overrides;

/**
 * What {@code korrektor review} holds while a tutor decides: the batch as graded (no override), the
 * decisions file, and the results with every decision applied, the same way {@code grade} applies
 * overrides.csv. Every decision is written to the file before it counts; undo takes the last one
 * back. Thread-safe: one decision at a time.
 */
public final class ReviewSession {
  /** Writes every output as {@code grade} does (overrides.csv applied); returns what it printed. */
  @FunctionalInterface
  public interface Publisher {
    String publish() throws IOException;
  }

  /** A student's item (or integrity decision) a decision is about. */
  public record Key(String student, String item) {}

  private final Rubric rubric;
  private final List<SubmissionResult> graded;
  private final List<SimilarityReport.Pair> pairs;
  private final DecisionFile decisions;
  private final Publisher publisher;
  private final Evidence evidence;
  private final Deque<Map<String, DecisionFile.Decision>> undo = new ArrayDeque<>();
  private List<SubmissionResult> current;
  private List<String> problems = List.of();
  private String published = "";

  /**
   * @param graded the batch as graded, before any override
   * @param pairs the similarity report's pairs (flagged ones become integrity decisions)
   * @param root the folder the results' file names are relative to
   */
  public ReviewSession(
      Rubric rubric,
      List<SubmissionResult> graded,
      List<SimilarityReport.Pair> pairs,
      Path root,
      Path overridesFile,
      Publisher publisher)
      throws IOException {
    this.rubric = rubric;
    this.graded = List.copyOf(graded);
    this.pairs = pairs.stream().filter(p -> p.flagged() && !p.declared()).toList();
    this.decisions = DecisionFile.open(overridesFile);
    this.publisher = publisher;
    this.evidence = new Evidence(root);
    reapply();
  }

  /** The results with overrides.csv applied as {@code grade} applies it. */
  public synchronized List<SubmissionResult> results() {
    return current;
  }

  private void reapply() throws IOException {
    List<String> report = new ArrayList<>();
    Overrides o =
        java.nio.file.Files.exists(decisions.file())
            ? Overrides.read(decisions.file())
            : Overrides.none();
    current = korrektor.submission.SubmissionGrader.decide(graded, o, rubric.policies(), report);
    problems = List.copyOf(report);
  }

  /**
   * Gives {@code points} (empty for an integrity decision: the rubric's policy) to every key, with
   * a comment; writes overrides.csv, then applies it.
   *
   * @throws IllegalArgumentException when a key names no review item or the points are not a number
   *     in 0..max
   */
  public synchronized void decide(List<Key> keys, String points, String comment)
      throws IOException {
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("no item chosen");
    }
    String p = points == null ? "" : points.strip().replace(',', '.');
    String c = comment == null ? "" : comment.replaceAll("[\\r\\n]+", " ").strip();
    Map<String, DecisionFile.Decision> changes = new LinkedHashMap<>();
    Map<String, DecisionFile.Decision> before = new LinkedHashMap<>();
    for (Key k : keys) {
      if (k.item().startsWith(IntegrityPolicy.PREFIX)) {
        if (!IntegrityPolicy.ITEMS.contains(k.item()) || find(k.student()) == null) {
          throw new IllegalArgumentException(
              "no integrity decision " + k.item() + " for " + k.student());
        }
        if (!p.isEmpty()) {
          number(p, Double.MAX_VALUE);
        }
        // one integrity decision per student: the others for this student are taken back
        for (String other : IntegrityPolicy.ITEMS) {
          DecisionFile.Decision d = new DecisionFile.Decision(k.student(), other, p, c);
          before.putIfAbsent(d.key(), decisions.get(k.student(), other));
          changes.put(d.key(), other.equals(k.item()) ? d : null);
        }
        continue;
      }
      ItemResult i = item(k);
      if (i == null) {
        throw new IllegalArgumentException(
            "no review item " + k.item() + " for student " + k.student());
      }
      number(p, i.maxPoints());
      DecisionFile.Decision d = new DecisionFile.Decision(k.student(), k.item(), p, c);
      before.putIfAbsent(d.key(), decisions.get(k.student(), k.item()));
      changes.put(d.key(), d);
    }
    decisions.apply(changes);
    undo.push(before);
    reapply();
  }

  private static void number(String p, double max) {
    double v;
    try {
      if (!p.matches("\\d+(\\.\\d*)?|\\.\\d+")) {
        throw new NumberFormatException();
      }
      v = Double.parseDouble(p);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("points '" + p + "' is not a number; give e.g. 0.5");
    }
    if (v > max + 1e-9) {
      throw new IllegalArgumentException(
          p + " points is more than the item's " + Points.format(max));
    }
  }

  /** Takes the last decision back (the rows it replaced come back); false when there is none. */
  public synchronized boolean undo() throws IOException {
    if (undo.isEmpty()) {
      return false;
    }
    decisions.apply(undo.peek());
    undo.pop();
    reapply();
    return true;
  }

  /** Rewrites every output as {@code grade} would, with every decision. */
  public synchronized String publish() throws IOException {
    published = publisher.publish();
    reapply();
    return published;
  }

  /** The evidence fragment of a student's item, or null when there is no such review item. */
  public String evidence(String student, String item) {
    SubmissionResult s = find(student);
    ItemResult i = item(new Key(student, item));
    return s == null || i == null ? null : evidence.render(s, i);
  }

  private SubmissionResult find(String student) {
    return graded.stream().filter(s -> s.student().id().equals(student)).findFirst().orElse(null);
  }

  private ItemResult item(Key k) {
    SubmissionResult s = find(k.student());
    if (s == null) {
      return null;
    }
    return s.items().stream()
        .filter(i -> i.id().equals(k.item()) && i.verdict() == korrektor.grade.Verdict.REVIEW)
        .findFirst()
        .orElse(null);
  }

  /** Everything the page shows, as a tree of maps and lists for JSON. */
  public synchronized Map<String, Object> view() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("title", rubric.title());
    List<Map<String, Object>> groups = new ArrayList<>();
    Map<String, Integer> reasons = new LinkedHashMap<>();
    int n = 0;
    for (ReviewQueue.Group g : ReviewQueue.of(current)) {
      Map<String, Object> m = new LinkedHashMap<>();
      ItemResult first = g.entries().get(0).result();
      m.put("id", "g" + n++);
      m.put("item", g.item());
      m.put("answer", g.answer());
      m.put("reason", g.reason().id());
      m.put("why", first.reason());
      m.put("expected", first.expected() == null ? null : Points.format(first.expected()));
      m.put("maxPoints", Points.format(first.maxPoints()));
      m.put("buttons", buttons(first.maxPoints()));
      m.put("open", g.open());
      List<Map<String, Object>> entries = new ArrayList<>();
      for (ReviewQueue.Entry e : g.entries()) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("student", e.student());
        x.put("name", e.name());
        x.put("decided", e.decided());
        x.put("points", e.decided() ? Points.format(e.result().points()) : null);
        x.put("comment", e.result().comment());
        entries.add(x);
      }
      m.put("entries", entries);
      groups.add(m);
      reasons.merge(g.reason().id(), g.entries().size(), Integer::sum);
    }
    List<Map<String, Object>> integrity = new ArrayList<>();
    for (SimilarityReport.Pair p : pairs) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", "i" + integrity.size());
      m.put("left", p.left().id());
      m.put("leftName", p.left().name());
      m.put("right", p.right().id());
      m.put("rightName", p.right().name());
      m.put("score", Math.round(p.score() * 100) / 100.0);
      m.put("decision", integrityDecision(p.left().id()));
      m.put("rightDecision", integrityDecision(p.right().id()));
      List<Map<String, String>> ev = new ArrayList<>();
      for (korrektor.integrity.Evidence e : p.evidence()) {
        ev.add(
            Map.of(
                "kind",
                e.kind().id(),
                "what",
                String.valueOf(e.what()),
                "left",
                String.valueOf(e.left()),
                "right",
                String.valueOf(e.right())));
      }
      m.put("evidence", ev);
      integrity.add(m);
    }
    if (!integrity.isEmpty()) {
      reasons.put(ReviewQueue.Reason.INTEGRITY.id(), integrity.size());
    }
    v.put("groups", groups);
    v.put("integrity", integrity);
    v.put("reasons", reasons);
    List<Map<String, Object>> students = new ArrayList<>();
    for (SubmissionResult s : current) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", s.student().id());
      m.put("name", s.student().name());
      m.put("score", Points.format(s.score()));
      m.put("max", Points.format(s.maxScore()));
      m.put("pending", Points.format(s.pendingPoints()));
      students.add(m);
    }
    v.put("students", students);
    v.put("problems", problems);
    v.put("canUndo", !undo.isEmpty());
    v.put("published", published);
    return v;
  }

  private String integrityDecision(String student) {
    for (String item : IntegrityPolicy.ITEMS) {
      if (decisions.get(student, item) != null) {
        return item.substring(IntegrityPolicy.PREFIX.length());
      }
    }
    return null;
  }

  /** The point buttons: 0 to the item's points in the rubric's quarter steps. */
  static List<String> buttons(double max) {
    TreeSet<Double> steps = new TreeSet<>();
    for (int q = 0; q <= 4; q++) {
      steps.add(max * q / 4);
    }
    return steps.stream().map(Points::format).toList();
  }
}
