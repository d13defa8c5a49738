package korrektor.reference;

import java.util.Locale;
import java.util.Optional;

/** The reference models Korrektor can run. */
public enum ModelType {
  LSTM,
  RNN,
  GRU;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ModelType> parse(String s) {
    for (ModelType t : values()) {
      if (t.id().equalsIgnoreCase(s.trim())) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
