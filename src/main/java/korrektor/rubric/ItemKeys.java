package korrektor.rubric;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses and prints item keys: {@code h@2} or, for a vector component, {@code h[1]@2} (1-based).
 */
public final class ItemKeys {
  private static final Pattern KEY = Pattern.compile("([A-Za-z][\\w-]*)(?:\\[(\\d+)])?@(\\d+)");

  private ItemKeys() {}

  /** A parsed key; {@code component} is 0 for scalars, else 1-based. */
  public record Key(String quantity, int component, int step) {}

  public static Optional<Key> parse(String s) {
    Matcher m = KEY.matcher(s.trim());
    if (!m.matches()) {
      return Optional.empty();
    }
    int component = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    return Optional.of(new Key(m.group(1), component, Integer.parseInt(m.group(3))));
  }

  public static String format(String quantity, int component, int step) {
    return quantity + (component > 0 ? "[" + component + "]" : "") + "@" + step;
  }
}
