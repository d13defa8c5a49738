package korrektor.integrity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who in the class gave the same value for an item as a given student, at the precision of the less
 * precise of the two ({@code 0.391} agrees with {@code 0.3907}). Sets larger than a cap are not
 * built: a value that many students share is common and proves nothing.
 */
final class Agreement {
  private final Map<String, Column> columns = new HashMap<>();
  private final Map<Long, BitSet> cache = new ConcurrentHashMap<>();
  private final List<Fingerprint> prints;
  private final int cap;

  /** One item's values over the class, sorted. */
  private record Column(
      int index, double[] values, int[] decimals, int[] students, double widest) {}

  Agreement(List<Fingerprint> prints, int cap) {
    this.prints = prints;
    this.cap = cap;
    Map<String, List<int[]>> byItem = new HashMap<>();
    for (int s = 0; s < prints.size(); s++) {
      List<Fingerprint.Value> values = prints.get(s).values();
      for (int v = 0; v < values.size(); v++) {
        byItem.computeIfAbsent(values.get(v).item(), k -> new ArrayList<>()).add(new int[] {s, v});
      }
    }
    int index = 0;
    for (Map.Entry<String, List<int[]>> e : byItem.entrySet()) {
      List<int[]> refs = e.getValue();
      refs.sort((x, y) -> Double.compare(value(x).value(), value(y).value()));
      double[] values = new double[refs.size()];
      int[] decimals = new int[refs.size()];
      int[] students = new int[refs.size()];
      int fewest = Integer.MAX_VALUE;
      for (int i = 0; i < refs.size(); i++) {
        Fingerprint.Value v = value(refs.get(i));
        values[i] = v.value();
        decimals[i] = v.decimals();
        students[i] = refs.get(i)[0];
        fewest = Math.min(fewest, v.decimals());
      }
      columns.put(e.getKey(), new Column(index++, values, decimals, students, tolerance(fewest)));
    }
  }

  private Fingerprint.Value value(int[] ref) {
    return prints.get(ref[0]).values().get(ref[1]);
  }

  static double tolerance(int decimals) {
    return 0.51 * Math.pow(10, -decimals) + 1e-12;
  }

  /**
   * The students whose value for the item agrees with the student's; null when more than the cap
   * do.
   */
  BitSet of(int student, Fingerprint.Value v) {
    Column c = columns.get(v.item());
    if (c == null) {
      return null;
    }
    long key = (long) c.index() * prints.size() + student;
    BitSet cached = cache.get(key);
    if (cached != null) {
      return cached.isEmpty() ? null : cached;
    }
    BitSet out = new BitSet();
    int from = lowerBound(c.values(), v.value() - c.widest());
    int count = 0;
    for (int i = from; i < c.values().length && c.values()[i] <= v.value() + c.widest(); i++) {
      if (Math.abs(c.values()[i] - v.value())
          <= tolerance(Math.min(v.decimals(), c.decimals()[i]))) {
        out.set(c.students()[i]);
        if (++count > cap) {
          out.clear();
          break;
        }
      }
    }
    cache.put(key, out);
    return out.isEmpty() ? null : out;
  }

  private static int lowerBound(double[] a, double x) {
    int i = Arrays.binarySearch(a, x);
    if (i < 0) {
      return -i - 1;
    }
    while (i > 0 && a[i - 1] == x) {
      i--;
    }
    return i;
  }
}
