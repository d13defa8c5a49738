package korrektor.reference;

import java.util.List;

/** Creates and validates models by type. */
final class Models {
  private Models() {}

  /**
   * Builds the model a spec describes.
   *
   * @throws IllegalArgumentException listing every problem when the spec is invalid
   */
  static ReferenceModel create(ModelSpec spec) {
    List<String> problems = validate(spec);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "invalid " + spec.type().id() + " model:\n  " + String.join("\n  ", problems));
    }
    return switch (spec.type()) {
      case LSTM -> LstmModel.create(spec);
      case RNN -> RnnModel.create(spec);
      case GRU -> GruModel.create(spec);
    };
  }

  /** Checks a spec against its type; returns messages, empty when valid. */
  static List<String> validate(ModelSpec spec) {
    List<String> problems =
        new java.util.ArrayList<>(SpecValidator.validate(spec, schema(spec.type())));
    problems.addAll(Forms.validate(spec));
    return problems;
  }

  static ModelSchema schemaOf(ModelType type) {
    return schema(type);
  }

  private static ModelSchema schema(ModelType type) {
    return switch (type) {
      case LSTM -> LstmModel.SCHEMA;
      case RNN -> RnnModel.SCHEMA;
      case GRU -> GruModel.SCHEMA;
    };
  }
}
