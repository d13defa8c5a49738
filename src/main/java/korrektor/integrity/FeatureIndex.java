package korrektor.integrity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An inverted index from features to the submissions that have them, with each feature's class
 * frequency. Candidate pairs come only from rare features, so a class of 1,000 is not compared pair
 * by pair: common values (the correct ones, mostly) never make two students a candidate.
 */
final class FeatureIndex {
  private final Map<String, int[]> postings;
  private final int size;

  private FeatureIndex(Map<String, int[]> postings, int size) {
    this.postings = postings;
    this.size = size;
  }

  static FeatureIndex of(List<Set<String>> features) {
    Map<String, List<Integer>> lists = new HashMap<>();
    for (int i = 0; i < features.size(); i++) {
      for (String f : features.get(i)) {
        lists.computeIfAbsent(f, k -> new ArrayList<>(2)).add(i);
      }
    }
    Map<String, int[]> postings = new HashMap<>(lists.size() * 2);
    lists.forEach((k, v) -> postings.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
    return new FeatureIndex(postings, features.size());
  }

  int size() {
    return size;
  }

  /** How many submissions have the feature. */
  int frequency(String feature) {
    int[] p = postings.get(feature);
    return p == null ? 0 : p.length;
  }

  /** The submissions that have the feature, ascending. */
  int[] posting(String feature) {
    int[] p = postings.get(feature);
    return p == null ? new int[0] : p;
  }

  /**
   * How unlikely it is that two students share a feature by chance: {@code ln((N−1)/(df−1))}, the
   * log of how many others a student would have to meet to find one with it. 0 when everyone has
   * it.
   */
  double rarity(String feature) {
    int df = frequency(feature);
    if (df < 2 || size < 3) {
      return 0;
    }
    return Math.max(0, Math.log((size - 1.0) / (df - 1.0)));
  }

  /**
   * Candidate pairs: two submissions that share rare features (each in at most {@code maxShared}
   * submissions) whose summed rarity reaches {@code minWeight}, or share a rare feature that {@code
   * always} accepts (an identical file). Keys are {@code i * N + j} with {@code i < j}.
   */
  Map<Long, Double> candidates(
      int maxShared, double minWeight, java.util.function.Predicate<String> always) {
    Map<Long, Double> weight = new HashMap<>();
    postings.forEach(
        (feature, p) -> {
          if (p.length < 2 || p.length > maxShared) {
            return;
          }
          double w = always.test(feature) ? Double.POSITIVE_INFINITY : rarity(feature);
          for (int a = 0; a < p.length; a++) {
            for (int b = a + 1; b < p.length; b++) {
              weight.merge((long) p[a] * size + p[b], w, Double::sum);
            }
          }
        });
    weight.values().removeIf(w -> w < minWeight);
    return weight;
  }
}
