package korrektor.reference;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The nonlinearities a rubric can name. */
public enum Activation {
  SIGMOID("sigmoid", "σ"),
  TANH("tanh", "tanh"),
  RELU("relu", "ReLU"),
  IDENTITY("identity", "identity");

  private final String id;
  private final String symbol;

  Activation(String id, String symbol) {
    this.id = id;
    this.symbol = symbol;
  }

  public double apply(double x) {
    return switch (this) {
      case SIGMOID -> 1.0 / (1.0 + Math.exp(-x));
      case TANH -> Math.tanh(x);
      case RELU -> Math.max(0.0, x);
      case IDENTITY -> x;
    };
  }

  /** The name used in rubrics, e.g. {@code sigmoid}. */
  public String id() {
    return id;
  }

  /** The name used in feedback, e.g. {@code σ}. */
  public String symbol() {
    return symbol;
  }

  /** Parses a rubric name; accepts {@code sigma}, {@code logistic}, {@code linear} too. */
  public static Optional<Activation> parse(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT);
    return switch (n) {
      case "sigmoid", "sigma", "σ", "logistic" -> Optional.of(SIGMOID);
      case "tanh" -> Optional.of(TANH);
      case "relu" -> Optional.of(RELU);
      case "identity", "linear", "none" -> Optional.of(IDENTITY);
      default -> Optional.empty();
    };
  }

  /** The valid rubric names, for messages. */
  public static String names() {
    return Arrays.stream(values()).map(Activation::id).collect(Collectors.joining(", "));
  }
}
