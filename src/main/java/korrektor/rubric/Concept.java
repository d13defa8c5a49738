package korrektor.rubric;

import java.util.List;

/**
 * A concept a good free-text answer names, with the phrasings that count for it.
 *
 * @param name short name shown in feedback ({@code fewer parameters})
 * @param phrases phrasings in any language ({@code fewer parameters}, {@code weniger Parameter});
 *     matched after normalising case, punctuation, word forms and small typos; {@code *} ends a
 *     word prefix ({@code explo*})
 * @param points points the concept earns
 */
public record Concept(String name, List<String> phrases, double points) {
  public Concept {
    phrases = List.copyOf(phrases);
  }
}
