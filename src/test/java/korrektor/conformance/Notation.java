package korrektor.conformance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How one student names the quantities (reading-cases §1), resolved for one document: a word, a
 * symbol, or both per quantity, and a description in the student's language.
 *
 * @param id the family name in reports ({@code olah}, {@code words-de})
 * @param names quantity id → its name in this document
 * @param contextual true when a letter means something else in another family ({@code o}, {@code
 *     c}, {@code C}): readable only together with the family's other letters or descriptions
 */
record Notation(String id, Map<String, Name> names, boolean contextual) {

  Notation {
    names = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(names));
  }

  /**
   * One quantity's name.
   *
   * @param word a word or phrase ({@code input gate}), or null
   * @param symbol a letter ({@code s̃}), or null
   * @param latex the symbol in LaTeX ({@code \tilde{s}}), or null
   * @param description what it is, in the document's language ({@code output gate})
   */
  record Name(String word, String symbol, String latex, String description) {

    boolean hasSymbol() {
      return symbol != null;
    }
  }

  Name name(String quantity) {
    Name n = names.get(quantity);
    if (n == null) {
      throw new IllegalArgumentException("notation " + id + " has no name for " + quantity);
    }
    return n;
  }

  /** True when every quantity has a symbol (so step markers like {@code h_2} apply). */
  boolean symbolic() {
    return names.values().stream().allMatch(Name::hasSymbol);
  }

  /** A legend line: {@code i = input gate, f = forget gate, …}. */
  String legend(List<String> quantities) {
    StringBuilder b = new StringBuilder();
    for (String q : quantities) {
      Name n = name(q);
      if (n.hasSymbol()) {
        b.append(b.length() == 0 ? "" : ", ")
            .append(n.symbol())
            .append(" = ")
            .append(n.description());
      }
    }
    return b.toString();
  }
}
