package korrektor.rubric;

import java.util.List;

/**
 * A quantity students report, with the names they use for it.
 *
 * @param id canonical id, as the reference model names it (e.g. {@code h})
 * @param name a human name for feedback (e.g. "hidden state")
 * @param aliases labels students write (the id is always one); matched case-sensitively when one or
 *     two characters long (so {@code h} and {@code H} may differ), case-insensitively otherwise
 */
public record QuantityDef(String id, String name, List<String> aliases) {

  public QuantityDef {
    aliases = List.copyOf(aliases);
  }
}
