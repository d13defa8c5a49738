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

  /** The recurrent units this model's parameters are grouped in (besides {@code output}). */
  public java.util.List<String> units() {
    return Models.schemaOf(this).units();
  }

  /** The activation roles a rubric may set. */
  public java.util.List<String> roles() {
    return Models.schemaOf(this).roles();
  }

  /** The textbook activation of a role when the rubric names none. */
  public Activation defaultActivation(String role) {
    return switch (this) {
      case LSTM -> role.equals("state") ? Activation.TANH : Activation.SIGMOID;
      case RNN -> role.equals("hidden") ? Activation.TANH : Activation.SIGMOID;
      case GRU -> role.equals("candidate") ? Activation.TANH : Activation.SIGMOID;
    };
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
