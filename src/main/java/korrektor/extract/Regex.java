package korrektor.extract;

import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Compiled patterns, cached by their text: {@code String.matches/replaceAll/split} compile their
 * pattern on every call, which dominated extraction time on large batches.
 */
final class Regex {
  private static final ConcurrentHashMap<String, Pattern> CACHE = new ConcurrentHashMap<>();

  private Regex() {}

  static Pattern of(String regex) {
    return CACHE.computeIfAbsent(regex, Pattern::compile);
  }

  static boolean matches(String text, String regex) {
    return of(regex).matcher(text).matches();
  }

  static String replaceAll(String text, String regex, String replacement) {
    return of(regex).matcher(text).replaceAll(replacement);
  }

  static String replaceFirst(String text, String regex, String replacement) {
    return of(regex).matcher(text).replaceFirst(replacement);
  }

  static String[] split(String text, String regex) {
    return of(regex).split(text);
  }
}
