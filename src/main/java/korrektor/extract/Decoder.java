package korrektor.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import korrektor.rubric.ItemKeys;

/**
 * Settles what the layouts left open, for a whole submission at once: which quantity an ambiguous
 * symbol means ({@code o}: the output, or Olah's output gate), which quantity a column without a
 * name holds, whether rows in the sheet's order are the sheet's quantities, whether steps are
 * counted from 0. Every combination of choices is a reading of the submission; the one under which
 * the student's own values form the most consistent forward pass ({@link ModelEvidence}) wins, a
 * coherent notation (one family for every symbol used) breaking what the values leave equal. When
 * two readings still explain the values equally well, the items they disagree on go to review
 * naming both. A number claimed by two layouts for different items keeps the reading with the
 * stronger evidence; with equal evidence it is read by neither and is left for review.
 */
final class Decoder {
  /**
   * At most this many combinations are tried one by one; beyond, each choice is settled in turn.
   */
  private static final int EXHAUSTIVE = 256;

  private final ModelEvidence evidence;
  private final Map<String, Integer> dimensions;
  private final Map<String, Map<String, String>> families;
  private final int stepCount;

  /** One choice the layouts left open, and how it was settled. */
  record Decision(
      String choice,
      List<String> options,
      List<Integer> scores,
      int chosen,
      boolean tie,
      String why) {}

  /** The submission's values, read. */
  record Result(
      List<Candidate> candidates,
      Map<String, String> ambiguous,
      List<Decision> decisions,
      Set<Num> used,
      List<String> notes) {}

  Decoder(
      ModelEvidence evidence,
      Map<String, Integer> dimensions,
      Map<String, Map<String, String>> families,
      int stepCount) {
    this.evidence = evidence;
    this.dimensions = Map.copyOf(dimensions);
    this.families = families;
    this.stepCount = stepCount;
  }

  Result decode(List<Reading> all) {
    List<String> notes = new ArrayList<>();
    List<Reading> readings = claims(all, notes);
    Map<String, List<String>> choices = new LinkedHashMap<>();
    for (Reading r : readings) {
      if (r.senseChoice() != null) {
        choices.putIfAbsent(r.senseChoice(), optionsOf(r));
      }
      if (r.baseChoice() != null) {
        choices.putIfAbsent(
            r.baseChoice(),
            List.of("steps as written (step 0 is the initial state)", "steps counted from 0"));
      }
    }
    List<String> keys = new ArrayList<>(choices.keySet());
    if (keys.isEmpty() || evidence.isEmpty()) {
      Map<String, Integer> first = new HashMap<>();
      keys.forEach(k -> first.put(k, 0));
      List<Candidate> candidates = resolve(readings, first);
      List<Decision> decisions = new ArrayList<>();
      for (String k : keys) {
        decisions.add(
            new Decision(
                k,
                choices.get(k),
                List.of(),
                0,
                false,
                "no model to check the values against: the first reading"));
      }
      return new Result(candidates, Map.of(), decisions, used(readings, first), notes);
    }
    List<Map<String, Integer>> assignments = enumerate(keys, choices);
    Map<Map<String, Integer>, Double> scores = new HashMap<>();
    double best = Double.NEGATIVE_INFINITY;
    for (Map<String, Integer> a : assignments) {
      double s = score(readings, a);
      scores.put(a, s);
      best = Math.max(best, s);
    }
    List<Map<String, Integer>> winners = new ArrayList<>();
    for (Map<String, Integer> a : assignments) {
      if (scores.get(a) >= best - 1e-9) {
        winners.add(a);
      }
    }
    Map<String, Integer> chosen = winners.get(0);
    List<Candidate> candidates = resolve(readings, chosen);
    Map<String, String> ambiguous = new LinkedHashMap<>();
    if (winners.size() > 1) {
      ambiguities(readings, choices, winners, ambiguous);
    }
    List<Decision> decisions = new ArrayList<>();
    for (String k : keys) {
      List<Integer> perOption = new ArrayList<>();
      for (int o = 0; o < choices.get(k).size(); o++) {
        final int option = o;
        double bestForOption =
            scores.entrySet().stream()
                .filter(e -> e.getKey().get(k) == option)
                .mapToDouble(Map.Entry::getValue)
                .max()
                .orElse(Double.NaN);
        perOption.add(
            Double.isNaN(bestForOption)
                ? Integer.MIN_VALUE
                : (int) Math.round(bestForOption * 100));
      }
      boolean tie = winners.stream().map(w -> w.get(k)).distinct().count() > 1;
      decisions.add(
          new Decision(
              k,
              choices.get(k),
              perOption,
              chosen.get(k),
              tie,
              why(readings, chosen, k, choices.get(k), tie)));
    }
    return new Result(candidates, ambiguous, decisions, used(readings, chosen), notes);
  }

  private static List<String> optionsOf(Reading r) {
    List<String> out = new ArrayList<>();
    for (String s : r.senses()) {
      out.add(s.isEmpty() ? "not an answer" : s);
    }
    return out;
  }

  /**
   * One reading per number: where layouts read the same number as different items, the strongest
   * evidence wins; readings of equal strength that disagree are dropped with a note.
   */
  private static List<Reading> claims(List<Reading> all, List<String> notes) {
    Map<Num, List<Reading>> byNum = new LinkedHashMap<>();
    for (Reading r : all) {
      byNum.computeIfAbsent(r.number(), n -> new ArrayList<>()).add(r);
    }
    List<Reading> out = new ArrayList<>();
    for (var e : byNum.entrySet()) {
      List<Reading> rs = e.getValue();
      int strongest = rs.stream().mapToInt(r -> r.evidence().ordinal()).min().orElse(0);
      List<Reading> top = new ArrayList<>();
      Set<String> meanings = new LinkedHashSet<>();
      for (Reading r : rs) {
        if (r.evidence().ordinal() == strongest) {
          top.add(r);
          meanings.add(r.senses() + "@" + r.step() + "#" + r.component() + "/" + r.baseChoice());
        }
      }
      if (meanings.size() == 1) {
        out.add(top.get(0));
      } else {
        notes.add(
            e.getKey().token().raw()
                + " ("
                + e.getKey().location()
                + ") can be read as "
                + String.join(" or ", top.stream().map(r -> describe(r)).distinct().toList())
                + "; a tutor decides");
      }
    }
    return out;
  }

  private static String describe(Reading r) {
    String q = r.senses().stream().filter(s -> !s.isEmpty()).findFirst().orElse("?");
    return ItemKeys.format(q, r.component(), r.step()) + " (" + r.layout() + ")";
  }

  private static List<Map<String, Integer>> enumerate(
      List<String> keys, Map<String, List<String>> choices) {
    long product = 1;
    for (String k : keys) {
      product *= choices.get(k).size();
      if (product > EXHAUSTIVE) {
        break;
      }
    }
    List<Map<String, Integer>> out = new ArrayList<>();
    if (product <= EXHAUSTIVE) {
      out.add(new LinkedHashMap<>());
      for (String k : keys) {
        List<Map<String, Integer>> next = new ArrayList<>();
        for (Map<String, Integer> a : out) {
          for (int o = 0; o < choices.get(k).size(); o++) {
            Map<String, Integer> b = new LinkedHashMap<>(a);
            b.put(k, o);
            next.add(b);
          }
        }
        out = next;
      }
      return out;
    }
    // too many: each choice on its own, the others at their first option
    Map<String, Integer> base = new LinkedHashMap<>();
    keys.forEach(k -> base.put(k, 0));
    out.add(base);
    for (String k : keys) {
      for (int o = 1; o < choices.get(k).size(); o++) {
        Map<String, Integer> b = new LinkedHashMap<>(base);
        b.put(k, o);
        out.add(b);
      }
    }
    return out;
  }

  /** The model's fit, less conflicts, plus a little for a coherent notation. */
  private double score(List<Reading> readings, Map<String, Integer> a) {
    List<Candidate> c = resolve(readings, a);
    ModelEvidence.Fit fit = evidence.fit(ModelEvidence.valuesOf(c, dimensions));
    int conflicts = conflicts(c);
    return fit.score() - 2.0 * conflicts + 0.5 * coherence(readings, a);
  }

  private static int conflicts(List<Candidate> candidates) {
    Map<String, List<Candidate>> by = new HashMap<>();
    for (Candidate c : candidates) {
      by.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(c);
    }
    int n = 0;
    for (List<Candidate> list : by.values()) {
      for (int i = 1; i < list.size(); i++) {
        if (!agree(list.get(0), list.get(i))) {
          n++;
          break;
        }
      }
    }
    return n;
  }

  static boolean agree(Candidate a, Candidate b) {
    int n = Math.min(a.number().decimals(), b.number().decimals());
    return Math.abs(a.value() - b.value()) < 0.51 * Math.pow(10, -n) + 1e-12;
  }

  /**
   * How well one notation family explains the symbols chosen: for the best family, the symbols it
   * maps as chosen less twice those it maps otherwise, over the symbols used (at most 1).
   */
  private double coherence(List<Reading> readings, Map<String, Integer> a) {
    if (families.isEmpty()) {
      return 0;
    }
    Map<String, String> chosen = new HashMap<>();
    for (Reading r : readings) {
      String q = r.quantity(r.senseChoice() == null ? 0 : a.getOrDefault(r.senseChoice(), 0));
      if (q != null && r.symbol().length() <= 3) {
        chosen.putIfAbsent(r.symbol(), q);
      }
    }
    if (chosen.isEmpty()) {
      return 0;
    }
    double best = 0;
    for (Map<String, String> family : families.values()) {
      int agree = 0;
      int disagree = 0;
      for (var e : chosen.entrySet()) {
        String f = family.get(e.getKey());
        if (f == null) {
          f = familyLookup(family, e.getKey());
        }
        if (f == null) {
          continue;
        }
        if (f.equals(e.getValue())) {
          agree++;
        } else {
          disagree++;
        }
      }
      best = Math.max(best, (agree - 2.0 * disagree) / chosen.size());
    }
    return best;
  }

  /** A family's symbols are written as the student might ({@code C̃}); compare them normalised. */
  private static String familyLookup(Map<String, String> family, String symbol) {
    for (var e : family.entrySet()) {
      if (Text.normalize(e.getKey()).equals(symbol)) {
        return e.getValue();
      }
    }
    return null;
  }

  /** The candidates a combination of choices gives: one per number, at steps 1..T. */
  private List<Candidate> resolve(List<Reading> readings, Map<String, Integer> a) {
    List<Candidate> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Reading r : readings) {
      String q = r.quantity(r.senseChoice() == null ? 0 : a.getOrDefault(r.senseChoice(), 0));
      int step = r.step(r.baseChoice() == null ? 0 : a.getOrDefault(r.baseChoice(), 0));
      if (q == null || step < 1 || step > stepCount || !validComponent(q, r.component())) {
        continue;
      }
      Candidate c =
          new Candidate(
              q, r.component(), step, r.number().token(), r.number().location(), r.evidence());
      if (seen.add(c.key() + "|" + System.identityHashCode(r.number()))) {
        out.add(c);
      }
    }
    out.sort(Comparator.comparingInt((Candidate c) -> c.evidence().ordinal()));
    return out;
  }

  private Set<Num> used(List<Reading> readings, Map<String, Integer> a) {
    Set<Num> out = new HashSet<>();
    for (Reading r : readings) {
      String q = r.quantity(r.senseChoice() == null ? 0 : a.getOrDefault(r.senseChoice(), 0));
      int step = r.step(r.baseChoice() == null ? 0 : a.getOrDefault(r.baseChoice(), 0));
      if (q != null && step >= 0 && step <= stepCount && validComponent(q, r.component())) {
        out.add(r.number());
      }
    }
    return out;
  }

  /** A component the quantity has: 0 for a scalar, 1..n for a vector of n (an item that exists). */
  private boolean validComponent(String quantity, int component) {
    int dim = dimensions.getOrDefault(quantity, 1);
    return dim == 1 ? component == 0 : component >= 1 && component <= dim;
  }

  /**
   * Items read differently by readings that explain the values equally well: review, naming both.
   */
  private void ambiguities(
      List<Reading> readings,
      Map<String, List<String>> choices,
      List<Map<String, Integer>> winners,
      Map<String, String> out) {
    Map<String, Integer> first = winners.get(0);
    for (Map<String, Integer> other : winners.subList(1, winners.size())) {
      for (String k : choices.keySet()) {
        if (first.get(k).equals(other.get(k))) {
          continue;
        }
        String reason =
            k
                + ": "
                + choices.get(k).get(first.get(k))
                + " and "
                + choices.get(k).get(other.get(k))
                + " explain the values equally well";
        for (Map<String, Integer> a : List.of(first, other)) {
          for (Candidate c : resolve(readings, a)) {
            boolean involved =
                readings.stream()
                    .anyMatch(
                        r ->
                            (k.equals(r.senseChoice()) || k.equals(r.baseChoice()))
                                && r.number().token() == c.number());
            if (involved) {
              out.putIfAbsent(c.key(), reason);
            }
          }
        }
      }
    }
  }

  private String why(
      List<Reading> readings,
      Map<String, Integer> chosen,
      String k,
      List<String> options,
      boolean tie) {
    ModelEvidence.Fit fit =
        evidence.fit(ModelEvidence.valuesOf(resolve(readings, chosen), dimensions));
    String base =
        "with "
            + options.get(chosen.get(k))
            + ", "
            + fit.consistent()
            + " of "
            + (fit.consistent() + fit.inconsistent())
            + " values that can be recomputed from the student's own values agree with the model";
    return tie ? base + "; another reading explains them equally well" : base;
  }
}
