package korrektor.extract;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Results of a pure function kept by argument, for values that repeat across students (header
 * cells, rubric phrases, reference values). Thread-safe; once {@code limit} entries are kept, new
 * arguments are computed but not kept, so a batch of unusual inputs cannot grow it without bound.
 *
 * @param <K> the argument
 * @param <V> the result, never null
 */
public final class BoundedMemo<K, V> {
  private final ConcurrentHashMap<K, V> kept = new ConcurrentHashMap<>();
  private final int limit;

  public BoundedMemo(int limit) {
    this.limit = limit;
  }

  /**
   * The result for {@code key}: kept, or computed by {@code function} (and kept while there is
   * room).
   */
  public V get(K key, Function<? super K, ? extends V> function) {
    V known = kept.get(key);
    if (known != null) {
      return known;
    }
    V value = function.apply(key);
    if (kept.size() < limit) {
      kept.putIfAbsent(key, value);
    }
    return value;
  }
}
