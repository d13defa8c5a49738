package korrektor.rubric;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import korrektor.reference.ModelSpec;

/**
 * Warnings about a valid rubric that grades, but maybe not as its author meant: conventions and
 * mistakes a student's values cannot tell apart (from the reference or from each other), one-letter
 * aliases that prose uses for other things, and text that YAML's double quotes turned into control
 * characters ({@code "\tilde{h}"} is a tab and {@code ilde{h}}).
 */
final class RubricLint {
  /**
   * One-letter variables of prose, with what each usually means: "n = 4 steps" under a step heading
   * reads as a labelled value. (Articles and pronouns, 'a' and 'I', are not read as labels in
   * prose; Olah's 'i' is left out as it is an LSTM's usual input gate.)
   */
  static final Map<String, String> PROSE_LETTERS =
      Map.ofEntries(
          Map.entry("j", "an index ('j = 2')"),
          Map.entry("k", "an index or a count ('k = 3')"),
          Map.entry("m", "a size ('m = 2 inputs')"),
          Map.entry("n", "a count ('n = 4 steps')"),
          Map.entry("N", "a count ('N = 4')"),
          Map.entry("d", "a dimension ('d = 2')"),
          Map.entry("t", "the step ('t = 2')"),
          Map.entry("T", "the number of steps ('T = 4')"),
          Map.entry("x", "the input ('x = 0.5')"),
          Map.entry("X", "the input ('X = [1, 0.5]')"));

  private RubricLint() {}

  /**
   * Warns about variants that predict the same values as the reference or as each other: the
   * collisions {@code solve --all-variants} lists ({@link Predictions#collisions()}), automatic
   * mistakes included.
   */
  static void collisions(Checker c, ModelSpec model, List<Question> questions) {
    for (int qi = 0; qi < questions.size(); qi++) {
      Question q = questions.get(qi);
      for (int pi = 0; pi < q.parts().size(); pi++) {
        Part part = q.parts().get(pi);
        if (part.kind() != PartKind.VALUES) {
          continue;
        }
        String pp = "/questions/" + qi + "/parts/" + pi;
        String where = q.id() + "/" + part.id();
        Predictions predictions = Predictions.of(model, part, true);
        for (Predictions.Collision col : predictions.collisions()) {
          Predictions.Prediction second = col.second();
          String at =
              pointer(
                  pp,
                  part,
                  second.kind() == Predictions.Kind.AUTOMATIC
                      ? col.first().variant()
                      : second.variant());
          if (col.first().kind() == Predictions.Kind.REFERENCE) {
            c.warning(
                at,
                kind(second)
                    + " '"
                    + second.name()
                    + "' predicts the reference's values for every graded item of "
                    + where
                    + " (to "
                    + Predictions.DECIMALS
                    + " decimals), so it never applies",
                "check its change; korrektor solve --rubric FILE --variant "
                    + second.name()
                    + " shows its values");
          } else if (col.everywhere()) {
            Predictions.Prediction first = col.first();
            c.warning(
                at,
                kind(first)
                    + " '"
                    + first.name()
                    + "' and "
                    + kind(second)
                    + " '"
                    + second.name()
                    + "' predict the same values for every graded item of "
                    + where
                    + " (to "
                    + Predictions.DECIMALS
                    + " decimals): a student's values cannot tell them apart",
                second.kind() == Predictions.Kind.AUTOMATIC
                    ? "the rubric's "
                        + kind(first)
                        + " is tried first, so the automatic one never applies here; "
                        + "fine if both mean the same, else change a parameter so that they differ"
                    : first.kind() == Predictions.Kind.CONVENTION
                            && second.kind() == Predictions.Kind.MISTAKE
                        ? "the convention always wins, so the mistake never applies; keep one of them"
                        : "keep one of them; the first listed is always the one named");
          } else {
            Predictions.Prediction first = col.first();
            String items =
                col.items().stream().map(Predictions.Item::key).collect(Collectors.joining(", "));
            c.warning(
                at,
                kind(first)
                    + " '"
                    + first.name()
                    + "' and "
                    + kind(second)
                    + " '"
                    + second.name()
                    + "' predict the same value for "
                    + items
                    + " (to "
                    + Predictions.DECIMALS
                    + " decimals), where both differ from the reference: there a student's value cannot tell them apart",
                "korrektor solve --rubric FILE --all-variants shows both side by side");
          }
        }
      }
    }
  }

  private static String kind(Predictions.Prediction p) {
    return switch (p.kind()) {
      case CONVENTION -> "convention";
      case AUTOMATIC -> "automatic mistake";
      default -> "mistake";
    };
  }

  private static String pointer(String pp, Part part, Variant v) {
    int k = part.policy().conventions().indexOf(v);
    if (k >= 0) {
      return pp + "/conventions/" + k + "/name";
    }
    return pp + "/mistakes/" + part.policy().mistakes().indexOf(v) + "/name";
  }

  /**
   * Warns about a one-letter symbol of a shipped notation family that prose also uses ({@code n},
   * PyTorch's candidate); a family the rubric replaces, or a letter it lists as an alias, is left
   * to the other checks.
   */
  static void familyLetters(
      Checker c,
      String pointer,
      Vocabulary shipped,
      Map<String, Map<String, String>> own,
      Map<String, QuantityDef> quantities) {
    java.util.Set<String> aliases = new java.util.HashSet<>();
    quantities.values().forEach(q -> q.aliases().forEach(a -> aliases.add(a.strip())));
    for (var family : shipped.notations().entrySet()) {
      if (own.containsKey(family.getKey())) {
        continue;
      }
      family
          .getValue()
          .forEach(
              (symbol, quantity) -> {
                String why = PROSE_LETTERS.get(symbol);
                if (why != null && quantities.containsKey(quantity) && !aliases.contains(symbol)) {
                  c.warning(
                      pointer,
                      "the shipped notation family '"
                          + family.getKey()
                          + "' reads '"
                          + symbol
                          + "' as "
                          + quantity
                          + ", and prose also uses '"
                          + symbol
                          + "' for "
                          + why
                          + ": under a step heading such text is read as "
                          + quantity,
                      "keep it if your students write these letters; else switch the family off with notations: {"
                          + family.getKey()
                          + ": {}}; try it: korrektor rubric try --rubric FILE $'Step 2:\\n"
                          + symbol
                          + " = 4 steps'");
                }
              });
    }
  }

  /** Warns about a one-letter alias that prose also uses, and about LaTeX in an alias. */
  static void alias(Checker c, String pointer, String alias, String quantity) {
    if (alias.indexOf('\\') >= 0) {
      String symbol =
          alias
              .replaceAll("\\\\(?:wide)?tilde\\s*\\{?\\s*([A-Za-z])\\s*}?", "$1~")
              .replaceAll("\\\\(?:wide)?hat\\s*\\{?\\s*([A-Za-z])\\s*}?", "$1\u0302");
      c.warning(
          pointer,
          "alias '"
              + alias
              + "' of "
              + quantity
              + " is LaTeX: a student's LaTeX is read as the symbol it shows"
              + " before aliases are matched, so this alias never matches",
          "write the symbol instead: '"
              + java.text.Normalizer.normalize(symbol, java.text.Normalizer.Form.NFC)
              + "'");
      return;
    }
    String why = PROSE_LETTERS.get(alias.strip());
    if (why != null) {
      c.warning(
          pointer,
          "alias '"
              + alias.strip()
              + "' of "
              + quantity
              + " is one letter that prose also uses for "
              + why
              + "; a label needs a step or a step heading, but text like that may still be read as "
              + quantity,
          "try it: korrektor rubric try --rubric FILE \""
              + alias.strip()
              + " = 4 steps\"; or leave the alias out");
    }
  }

  /**
   * Warns about text that double quotes turned into control characters: YAML reads {@code \t},
   * {@code \b}, {@code \f}, {@code \v}, {@code \a}, {@code \e}, {@code \r}, {@code \0} (and {@code
   * \n}) as escapes, so {@code "\tilde{h}"} is a tab followed by {@code ilde{h}}.
   */
  static void escapes(Checker c, LocatedYaml yaml, JsonNode node, String pointer) {
    if (node == null) {
      return;
    }
    if (node.isTextual()) {
      checkText(c, yaml, pointer, node.asText(), false);
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        escapes(c, yaml, node.get(i), pointer + "/" + i);
      }
    } else if (node.isObject()) {
      for (var it = node.fields(); it.hasNext(); ) {
        var e = it.next();
        String p = pointer + "/" + Checker.escape(e.getKey());
        checkText(c, yaml, p, e.getKey(), true);
        escapes(c, yaml, e.getValue(), p);
      }
    }
  }

  private static void checkText(
      Checker c, LocatedYaml yaml, String pointer, String text, boolean key) {
    String control = null;
    for (int i = 0; i < text.length() && control == null; i++) {
      control =
          switch (text.charAt(i)) {
            case '\t' -> "\\t (a tab)";
            case '\b' -> "\\b (a backspace)";
            case '\f' -> "\\f (a form feed)";
            case '\u000B' -> "\\v (a vertical tab)";
            case '\u0007' -> "\\a (a bell)";
            case '\u001B' -> "\\e (an escape)";
            case '\r' -> "\\r (a carriage return)";
            case '\u0000' -> "\\0 (a null)";
            case '\n' ->
                yaml.startsDoubleQuoted(pointer, key) && yaml.source(pointer, key).contains("\\n")
                    ? "\\n (a line break)"
                    : null;
            default -> null;
          };
    }
    if (control != null) {
      String shown = text.replace("\t", "⇥").replace("\n", "⏎");
      String message =
          (key ? "key" : "text")
              + " '"
              + shown
              + "' holds "
              + control
              + ": in double quotes YAML reads a backslash and the letter after it as an escape";
      String hint =
          "write LaTeX in single quotes, e.g. '\\tilde{h}' (or double the backslash: \"\\\\tilde{h}\")";
      if (key) {
        c.warningAtKey(pointer, message, hint);
      } else {
        c.warning(pointer, message, hint);
      }
    }
  }
}
