package korrektor.rubric;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML document as a Jackson tree, plus the line and column of every key and value, addressed by
 * JSON pointer ({@code /questions/1/parts/0/points}), so that validation can point at the offending
 * spot.
 *
 * <p>Anchors and aliases ({@code &conv} … {@code *conv}) and merge keys ({@code <<: *base}) are
 * resolved here, as Jackson's tree reader leaves an alias as the text of its name. What an alias
 * brings in keeps the lines where it is written: a problem inside shared text is reported at the
 * anchored text, the alias itself (a list where a number belongs) at the alias.
 */
final class LocatedYaml {
  private static final YAMLFactory FACTORY = new YAMLFactory();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** The YAML merge key: {@code <<: *base} copies base's keys the mapping does not give itself. */
  static final String MERGE = "<<";

  private final JsonNode root;
  private final Map<String, int[]> keys;
  private final Map<String, int[]> values;
  private final List<String> lines;

  private LocatedYaml(
      JsonNode root, Map<String, int[]> keys, Map<String, int[]> values, String text) {
    this.root = root;
    this.keys = keys;
    this.values = values;
    this.lines = text.lines().toList();
  }

  /**
   * Parses YAML text; syntax errors (and an alias with no anchor before it) throw with their
   * location.
   */
  static LocatedYaml parse(String text) throws JsonProcessingException {
    Builder b = new Builder();
    JsonNode root = null;
    try (YAMLParser p = (YAMLParser) FACTORY.createParser(text)) {
      p.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
      if (p.nextToken() != null) {
        root = b.value(p, "");
      }
    } catch (JsonProcessingException e) {
      throw e;
    } catch (IOException e) {
      throw new IllegalStateException("reading from a string cannot fail", e);
    }
    return new LocatedYaml(root, b.keys, b.values, text);
  }

  /** Builds the tree from the parser's tokens, resolving anchors, aliases and merge keys. */
  private static final class Builder {
    final Map<String, int[]> keys = new HashMap<>();
    final Map<String, int[]> values = new HashMap<>();

    /** Anchor name → the pointer of the anchored node, whose positions the aliases copy. */
    private final Map<String, String> anchorAt = new HashMap<>();

    private final Map<String, JsonNode> anchored = new HashMap<>();

    /**
     * The value whose first token is the parser's current token; leaves the parser on its last
     * token.
     */
    JsonNode value(YAMLParser p, String pointer) throws IOException {
      values.putIfAbsent(pointer, position(p.currentTokenLocation()));
      if (p.isCurrentAlias()) {
        return alias(p, pointer);
      }
      String anchor = p.getCurrentAnchor();
      JsonNode node =
          switch (p.currentToken()) {
            case START_OBJECT -> mapping(p, pointer);
            case START_ARRAY -> sequence(p, pointer);
            case VALUE_STRING -> NODES.textNode(p.getText());
            case VALUE_NUMBER_INT ->
                switch (p.getNumberType()) {
                  case INT -> NODES.numberNode(p.getIntValue());
                  case LONG -> NODES.numberNode(p.getLongValue());
                  default -> NODES.numberNode(p.getBigIntegerValue());
                };
            case VALUE_NUMBER_FLOAT ->
                p.getNumberType() == JsonParser.NumberType.BIG_DECIMAL
                    ? NODES.numberNode(p.getDecimalValue())
                    : NODES.numberNode(p.getDoubleValue());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_EMBEDDED_OBJECT -> NODES.pojoNode(p.getEmbeddedObject());
            default -> NODES.nullNode();
          };
      if (anchor != null) {
        anchorAt.put(anchor, pointer);
        anchored.put(anchor, node);
      }
      return node;
    }

    private JsonNode alias(YAMLParser p, String pointer) throws IOException {
      String name = p.getText();
      String from = anchorAt.get(name);
      if (from == null) {
        throw new JsonParseException(
            p,
            "found undefined alias *" + name + ": no anchor &" + name + " before it",
            p.currentTokenLocation());
      }
      copyPositions(from, pointer);
      return anchored.get(name).deepCopy();
    }

    /** What is written under {@code from} also stands under {@code to}, at the same lines. */
    private void copyPositions(String from, String to) {
      for (Map<String, int[]> m : List.of(keys, values)) {
        List<Map.Entry<String, int[]>> inside =
            m.entrySet().stream().filter(e -> e.getKey().startsWith(from + "/")).toList();
        for (Map.Entry<String, int[]> e : inside) {
          m.putIfAbsent(to + e.getKey().substring(from.length()), e.getValue());
        }
      }
    }

    private JsonNode mapping(YAMLParser p, String pointer) throws IOException {
      Map<String, JsonNode> own = new LinkedHashMap<>();
      int mergeAt = -1;
      List<String> mergeFrom = new ArrayList<>();
      List<JsonNode> merged = new ArrayList<>();
      for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
        String key = p.currentName();
        String at = pointer + "/" + Checker.escape(key);
        keys.putIfAbsent(at, position(p.currentTokenLocation()));
        p.nextToken();
        JsonNode v = value(p, at);
        if (MERGE.equals(key) && mergeable(v)) {
          mergeAt = own.size();
          if (v.isObject()) {
            mergeFrom.add(at);
            merged.add(v);
          } else {
            for (int i = 0; i < v.size(); i++) {
              mergeFrom.add(at + "/" + i);
              merged.add(v.get(i));
            }
          }
          continue;
        }
        own.put(key, v);
      }
      ObjectNode out = NODES.objectNode();
      List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(own.entrySet());
      for (int i = 0; i <= entries.size(); i++) {
        if (i == mergeAt) {
          // the merge's keys stand where << stands; the mapping's own keys win, then the first
          // source
          for (int k = 0; k < merged.size(); k++) {
            for (var it = merged.get(k).fields(); it.hasNext(); ) {
              var e = it.next();
              if (!own.containsKey(e.getKey()) && !out.has(e.getKey())) {
                out.set(e.getKey(), e.getValue().deepCopy());
                String from = mergeFrom.get(k) + "/" + Checker.escape(e.getKey());
                String to = pointer + "/" + Checker.escape(e.getKey());
                copyPosition(keys, from, to);
                copyPosition(values, from, to);
                copyPositions(from, to);
              }
            }
          }
        }
        if (i < entries.size()) {
          out.set(entries.get(i).getKey(), entries.get(i).getValue());
        }
      }
      return out;
    }

    /**
     * A merge key's value: a mapping, or a list of mappings; anything else stays a key named {@code
     * <<}.
     */
    private static boolean mergeable(JsonNode v) {
      if (v.isObject()) {
        return true;
      }
      if (!v.isArray() || v.isEmpty()) {
        return false;
      }
      for (JsonNode n : v) {
        if (!n.isObject()) {
          return false;
        }
      }
      return true;
    }

    private static void copyPosition(Map<String, int[]> m, String from, String to) {
      int[] at = m.get(from);
      if (at != null) {
        m.putIfAbsent(to, at);
      }
    }

    private JsonNode sequence(YAMLParser p, String pointer) throws IOException {
      ArrayNode out = NODES.arrayNode();
      for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
        out.add(value(p, pointer + "/" + out.size()));
      }
      return out;
    }
  }

  private static int[] position(JsonLocation l) {
    return new int[] {Math.max(0, l.getLineNr()), Math.max(0, l.getColumnNr())};
  }

  /**
   * The source from where the key ({@code key}) or value at {@code pointer} starts to the end of
   * its line; empty when unknown.
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
