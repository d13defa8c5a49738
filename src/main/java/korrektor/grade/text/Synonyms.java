package korrektor.grade.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Words an answer may use in place of a phrase's word ({@code tiny} for {@code small}, {@code
 * Fehlersignal} for {@code gradient}), shipped in {@code korrektor/grade/text/synonyms.yaml}. Works
 * on stemmed tokens: each variant, one word or several, is replaced by its group's first word.
 */
final class Synonyms {
  private static final String RESOURCE = "/korrektor/grade/text/synonyms.yaml";

  /** A variant's tokens and the tokens it reads as. */
  private record Rule(List<String> variant, List<String> canonical) {}

  private static final Map<String, List<String>> SINGLE = new HashMap<>();
  private static final List<Rule> MULTI = new ArrayList<>();

  static {
    try (InputStream in = Synonyms.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the jar");
      }
      JsonNode groups = new ObjectMapper(new YAMLFactory()).readTree(in).path("groups");
      for (JsonNode g : groups) {
        List<String> canonical = Words.plainTokens(g.get(0).asText());
        for (int i = 1; i < g.size(); i++) {
          List<String> variant = Words.plainTokens(g.get(i).asText());
          if (variant.isEmpty() || variant.equals(canonical)) {
            continue;
          }
          if (variant.size() == 1) {
            SINGLE.put(variant.get(0), canonical);
          } else {
            MULTI.add(new Rule(variant, canonical));
          }
        }
      }
      MULTI.sort(Comparator.comparingInt((Rule r) -> r.variant().size()).reversed());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  private Synonyms() {}

  /** The tokens with every variant replaced by its group's first word. */
  static List<String> apply(List<String> tokens) {
    List<String> out = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      Rule hit = null;
      for (Rule r : MULTI) {
        if (startsAt(tokens, i, r.variant())) {
          hit = r;
          break;
        }
      }
      if (hit != null) {
        out.addAll(hit.canonical());
        i += hit.variant().size() - 1;
        continue;
      }
      List<String> single = SINGLE.get(tokens.get(i));
      if (single != null) {
        out.addAll(single);
      } else {
        out.add(tokens.get(i));
      }
    }
    return out;
  }

  private static boolean startsAt(List<String> tokens, int at, List<String> words) {
    if (at + words.size() > tokens.size()) {
      return false;
    }
    for (int k = 0; k < words.size(); k++) {
      if (!tokens.get(at + k).equals(words.get(k))) {
        return false;
      }
    }
    return true;
  }
}
