package korrektor.grade;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Student-facing text in one language, from the bundles {@code korrektor/i18n/messages*.properties}
 * (UTF-8). Every text a student reads — item hints, feedback pages, Moodle comments, the self-check
 * page — comes from one {@code Messages}, so one output never mixes languages. Placeholders are
 * {@code {0}}, {@code {1}}, … replaced literally (no MessageFormat quoting rules).
 */
public final class Messages {
  private static final String BUNDLE = "korrektor.i18n.messages";
  private static final ConcurrentHashMap<String, Messages> CACHE = new ConcurrentHashMap<>();

  /** English is the base bundle; the system's default locale never takes part in the choice. */
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final String language;
  private final ResourceBundle bundle;

  private Messages(String language) {
    this.language = language;
    this.bundle =
        ResourceBundle.getBundle(
            BUNDLE, Locale.forLanguageTag(language), Messages.class.getClassLoader(), NO_FALLBACK);
  }

  /** The messages of a language ({@code en}, {@code de}). */
  public static Messages of(String language) {
    return CACHE.computeIfAbsent(language == null ? "en" : language, Messages::new);
  }

  /** English. */
  public static Messages english() {
    return of("en");
  }

  public String language() {
    return language;
  }

  /** The text of {@code key} with {@code {i}} replaced by {@code args[i]}. */
  public String get(String key, Object... args) {
    String t;
    try {
      t = bundle.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalArgumentException("no message '" + key + "' for language " + language, e);
    }
    if (args.length == 0) {
      return t;
    }
    StringBuilder b = new StringBuilder(t.length() + 32);
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      int close = c == '{' ? t.indexOf('}', i) : -1;
      if (close > i + 1 && t.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
        int n = Integer.parseInt(t.substring(i + 1, close));
        b.append(n < args.length ? String.valueOf(args[n]) : t.substring(i, close + 1));
        i = close;
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** Whether the bundle has {@code key}. */
  public boolean has(String key) {
    return bundle.containsKey(key);
  }

  /** {@code a}, {@code a and b}, {@code a, b and c} in this language. */
  public String list(List<String> items) {
    if (items.isEmpty()) {
      return "";
    }
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + " "
        + get("list.and")
        + " "
        + items.get(items.size() - 1);
  }

  /** A verdict as shown to a student ({@code richtig} for {@code correct}). */
  public String verdict(String id) {
    String key = "verdict." + id;
    return has(key) ? get(key) : id;
  }

  /** A status as shown to a student. */
  public String status(String id) {
    String key = "status." + id;
    return has(key) ? get(key) : id;
  }
}
