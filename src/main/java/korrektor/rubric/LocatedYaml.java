package korrektor.rubric;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A YAML document as a Jackson tree, plus the line and column of every key and value, addressed
 * by JSON pointer ({@code /questions/1/parts/0/points}), so that validation can point at the
 * offending spot.
 */
final class LocatedYaml {
  private static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory());

  private final JsonNode root;
  private final Map<String, int[]> keys;
  private final Map<String, int[]> values;
  private final java.util.List<String> lines;

  private LocatedYaml(JsonNode root, Map<String, int[]> keys, Map<String, int[]> values, String text) {
    this.root = root;
    this.keys = keys;
    this.values = values;
    this.lines = text.lines().toList();
  }

  /** Parses YAML text; syntax errors throw with Jackson's location. */
  static LocatedYaml parse(String text) throws JsonProcessingException {
    Map<String, int[]> keys = new HashMap<>();
    Map<String, int[]> values = new HashMap<>();
    try (JsonParser p = MAPPER.getFactory().createParser(text)) {
      p.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        String pointer = p.getParsingContext().pathAsPointer().toString();
        int[] where = position(p.currentTokenLocation());
        if (t == JsonToken.FIELD_NAME) {
          keys.putIfAbsent(pointer, where);
        } else if (t != JsonToken.END_OBJECT && t != JsonToken.END_ARRAY) {
          values.putIfAbsent(pointer, where);
        }
      }
    } catch (JsonProcessingException e) {
      throw e;
    } catch (IOException e) {
      throw new IllegalStateException("reading from a string cannot fail", e);
    }
    JsonNode root = MAPPER.readTree(text);
    return new LocatedYaml(root, keys, values, text);
  }

  private static int[] position(JsonLocation l) {
    return new int[] {Math.max(0, l.getLineNr()), Math.max(0, l.getColumnNr())};
  }

  /**
   * The source from where the key ({@code key}) or value at {@code pointer} starts to the end of its
   * line; empty when unknown.
   */
  String source(String pointer, boolean key) {
    int[] at = key ? keys.get(pointer) : values.get(pointer);
    if (at == null || at[0] < 1 || at[0] > lines.size()) {
      return "";
    }
    String line = lines.get(at[0] - 1);
    return line.substring(Math.min(line.length(), Math.max(0, at[1] - 1)));
  }

  /** Whether the key or value at {@code pointer} is written in double quotes. */
  boolean startsDoubleQuoted(String pointer, boolean key) {
    return source(pointer, key).startsWith("\"");
  }

  JsonNode root() {
    return root;
  }

  /** Where the key of the member at {@code pointer} stands, or its value, or {0,0}. */
  int[] keyPosition(String pointer) {
    int[] k = keys.get(pointer);
    return k != null ? k : valuePosition(pointer);
  }

  /** Where the value at {@code pointer} stands, or its key, or the nearest parent's position. */
  int[] valuePosition(String pointer) {
    for (String p = pointer; ; p = p.substring(0, Math.max(0, p.lastIndexOf('/')))) {
      int[] v = values.get(p);
      if (v == null) {
        v = keys.get(p);
      }
      if (v != null) {
        return v;
      }
      if (p.isEmpty()) {
        return new int[] {0, 0};
      }
    }
  }
}
