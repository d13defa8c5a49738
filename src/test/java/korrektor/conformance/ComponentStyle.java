package korrektor.conformance;

/** How a student marks a vector component: {@code h[1]}, {@code h_1}, {@code h₁}, {@code h1}. */
enum ComponentStyle {
  BRACKET,
  UNDERSCORE,
  UNICODE,
  /** {@code h1}: only where the step is given elsewhere (a table's step column). */
  CONCAT;

  String marker(int component) {
    String c = Integer.toString(component);
    return switch (this) {
      case BRACKET -> "[" + c + "]";
      case UNDERSCORE -> "_" + c;
      case UNICODE -> StepStyle.subscript(c);
      case CONCAT -> c;
    };
  }
}
