package korrektor.integrity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import korrektor.result.Student;

/**
 * Finds pairs and clusters of students whose work is suspiciously alike, strongest first, each with
 * its evidence. It only shows: a tutor decides, and records a decision in overrides.csv.
 */
public final class SimilarityReport {

  /**
   * How the report is made. Scores are in units of ln(N−1): 1 is as strong as one value only the
   * two students of a pair gave, so the same thresholds fit a class of 20 and of 1,000.
   *
   * @param listScore pairs scoring at least this are listed
   * @param flagScore pairs scoring at least this are flagged and joined into clusters
   * @param maxShared a feature (or value) more than this many students share never makes a
   *     candidate pair and counts as common (0: {@code max(3, 2·√N)})
   * @param candidateScore summed rarity of shared rare features a pair needs to be compared
   */
  public record Options(double listScore, double flagScore, int maxShared, double candidateScore) {
    public static final Options DEFAULT = new Options(1.0, 1.6, 0, 1.0);

    public Options {
      if (listScore < 0 || flagScore < listScore || maxShared < 0 || candidateScore < 0) {
        throw new IllegalArgumentException(
            "need 0 <= listScore <= flagScore, maxShared >= 0, candidateScore >= 0");
      }
    }
  }

  /**
   * One pair of students.
   *
   * @param left the first student (by order in the class)
   * @param right the second
   * @param score summed evidence
   * @param flagged scored at least the flag score and not declared partners
   * @param declared one of them names the other as partner on the sheet: shown, never flagged
   * @param evidence the reasons, strongest first
   */
  public record Pair(
      Student left,
      Student right,
      double score,
      boolean flagged,
      boolean declared,
      List<Evidence> evidence) {
    public Pair {
      evidence = List.copyOf(evidence);
    }
  }

  /**
   * Students joined by flagged pairs (a cluster has at least two), with its strongest pair's score.
   */
  public record Cluster(List<Student> students, double score) {
    public Cluster {
      students = List.copyOf(students);
    }
  }

  /**
   * The report.
   *
   * @param students class size
   * @param comparisons pairs scored (the rest were never compared)
   * @param pairs listed pairs, flagged ones first, then by score
   * @param clusters clusters of flagged pairs, strongest first
   */
  public record Report(int students, long comparisons, List<Pair> pairs, List<Cluster> clusters) {
    public Report {
      pairs = List.copyOf(pairs);
      clusters = List.copyOf(clusters);
    }
  }

  private SimilarityReport() {}

  /** The two students' ids of a pair, for look-ups. */
  public static Set<String> idsOf(Pair p) {
    return Set.of(p.left().id(), p.right().id());
  }

  public static Report of(List<Fingerprint> prints) {
    return of(prints, Options.DEFAULT);
  }

  public static Report of(List<Fingerprint> prints, Options options) {
    int n = prints.size();
    List<Set<String>> features = prints.stream().map(Features::of).toList();
    FeatureIndex index = FeatureIndex.of(features);
    int maxShared =
        options.maxShared() > 0
            ? options.maxShared()
            : (int) Math.max(3, Math.ceil(2 * Math.sqrt(n)));
    double unit = Math.log(Math.max(2, n - 1.0));
    Map<Long, Double> candidates =
        index.candidates(
            maxShared, options.candidateScore() * unit - 1e-9, f -> f.startsWith("f:"));
    Set<Long> declared = declared(prints);
    Set<Long> toScore = new HashSet<>(candidates.keySet());
    toScore.addAll(declared);

    PairScorer scorer = new PairScorer(prints, index, maxShared);
    List<Pair> pairs = new ArrayList<>();
    for (long key : toScore) {
      int a = (int) (key / n);
      int b = (int) (key % n);
      PairScorer.Scored s = scorer.score(a, b);
      boolean isDeclared = declared.contains(key);
      if (s.score() >= options.listScore() || isDeclared) {
        pairs.add(
            new Pair(
                prints.get(a).student(),
                prints.get(b).student(),
                s.score(),
                !isDeclared && s.score() >= options.flagScore(),
                isDeclared,
                s.evidence()));
      }
    }
    pairs.sort(
        Comparator.comparing((Pair p) -> !p.flagged())
            .thenComparing(p -> -p.score())
            .thenComparing(p -> p.left().id())
            .thenComparing(p -> p.right().id()));
    return new Report(n, toScore.size(), pairs, clusters(prints, pairs));
  }

  /** Pairs where one names the other as partner (by name, in any order of first and last name). */
  private static Set<Long> declared(List<Fingerprint> prints) {
    int n = prints.size();
    Map<String, List<Integer>> byName = new HashMap<>();
    Map<String, List<Integer>> byLast = new HashMap<>();
    for (int i = 0; i < n; i++) {
      String name = Normalize.words(prints.get(i).student().name());
      byName.computeIfAbsent(Normalize.name(name), k -> new ArrayList<>()).add(i);
      String[] w = name.split(" ");
      byLast.computeIfAbsent(w[w.length - 1], k -> new ArrayList<>()).add(i);
    }
    Set<Long> out = new HashSet<>();
    for (int i = 0; i < n; i++) {
      for (String partner : prints.get(i).partners()) {
        List<Integer> who = byName.get(Normalize.name(partner));
        if (who == null) {
          String[] w = Normalize.words(partner).split(" ");
          List<Integer> last = byLast.get(w[w.length - 1]);
          who = last != null && last.size() == 1 ? last : List.of();
        }
        for (int j : who) {
          if (j != i) {
            out.add((long) Math.min(i, j) * n + Math.max(i, j));
          }
        }
      }
    }
    return out;
  }

  private static List<Cluster> clusters(List<Fingerprint> prints, List<Pair> pairs) {
    Map<String, Integer> id = new HashMap<>();
    for (int i = 0; i < prints.size(); i++) {
      id.put(prints.get(i).student().id(), i);
    }
    int[] parent = new int[prints.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    Map<Integer, Double> best = new HashMap<>();
    for (Pair p : pairs) {
      if (p.flagged()) {
        int a = find(parent, id.get(p.left().id()));
        int b = find(parent, id.get(p.right().id()));
        parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
    for (Pair p : pairs) {
      if (p.flagged()) {
        best.merge(find(parent, id.get(p.left().id())), p.score(), Math::max);
      }
    }
    Map<Integer, List<Student>> members = new TreeMap<>();
    for (int i = 0; i < prints.size(); i++) {
      int root = find(parent, i);
      if (best.containsKey(root)) {
        members.computeIfAbsent(root, k -> new ArrayList<>()).add(prints.get(i).student());
      }
    }
    List<Cluster> out = new ArrayList<>();
    members.forEach((root, list) -> out.add(new Cluster(list, best.get(root))));
    out.sort(
        Comparator.comparing((Cluster c) -> -c.score())
            .thenComparing(c -> c.students().get(0).id()));
    return out;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
