package korrektor.reference;

import java.util.List;

/** Creates and validates models by type. (Implementation to be filled in.) */
final class Models {
  private Models() {}

  static ReferenceModel create(ModelSpec spec) {
    throw new UnsupportedOperationException("not yet");
  }

  static List<String> validate(ModelSpec spec) {
    return List.of();
  }
}
