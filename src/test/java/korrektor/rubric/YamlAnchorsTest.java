package korrektor.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * YAML anchors, aliases and merge keys in a rubric, with problems reported where they are written.
 */
class YamlAnchorsTest {
  private static final String MODEL =
      """
      id: x
      model:
        type: gru
        inputs: [1.0, 0.5]
        parameters:
          z: {U: 0.6, W: 0.5, b: -0.8}
          r: {U: -0.4, W: 0.8, b: 0.3}
          candidate: {U: 1.2, W: -0.6, b: 0.2}
          output: {V: 2.0, c: -0.5}
      """;

  private static RubricReader.Result parse(String questions) {
    return RubricReader.parse(MODEL + questions, "r.yaml");
  }

  private static List<String> errors(RubricReader.Result r) {
    return r.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::toString).toList();
  }

  @Test
  void sharesConventionsBetweenPartsThroughAnAnchorAndAnAlias() {
    RubricReader.Result r =
        parse(
            """
        questions:
          - id: "1"
            parts:
              - id: a
                kind: values
                items: {h: 0.5}
                conventions: &conv
                  - {name: z-keeps-previous, message: "accepted", change: {forms: {update: previous}}}
              - id: b
                kind: values
                items: {output: 0.5}
                conventions: *conv
        """);

    assertThat(errors(r)).isEmpty();
    List<Part> parts = r.rubricOrNull().questions().get(0).parts();
    assertThat(parts)
        .allSatisfy(
            p ->
                assertThat(p.policy().conventions())
                    .singleElement()
                    .extracting(Variant::name)
                    .isEqualTo("z-keeps-previous"));
  }

  @Test
  void mergesSharedKeysIntoAPartWhereThePartsOwnKeysWin() {
    RubricReader.Result r =
        parse(
            """
        shared:
          values: &values
            kind: values
            items: {h: 0.5}
            followThrough: {credit: 0.5}
        questions:
          - id: "1"
            parts:
              - <<: *values
                id: a
              - <<: *values
                id: b
                items: {output: 0.25}
        """);

    assertThat(errors(r)).isEmpty();
    List<Part> parts = r.rubricOrNull().questions().get(0).parts();
    assertThat(parts.get(0).itemPoints()).containsExactly(java.util.Map.entry("h", 0.5));
    assertThat(parts.get(1).itemPoints()).containsExactly(java.util.Map.entry("output", 0.25));
    assertThat(parts).allSatisfy(p -> assertThat(p.policy().followThroughCredit()).isEqualTo(0.5));
  }

  @Test
  void reportsAProblemInSharedTextOnceAtTheLineWhereItIsWritten() {
    RubricReader.Result r =
        parse(
            """
        questions:
          - id: "1"
            parts:
              - id: a
                kind: values
                items: {h: 0.5}
                mistakes: &mistakes
                  - name: no-reset
                    message: "r is missing"
                    credit: 2
                    change: {drop: [reset]}
              - id: b
                kind: values
                items: {output: 0.5}
                mistakes: *mistakes
        """);

    // line 19 (9 lines of model, then 10): "credit: 2" under the anchor, not the alias's line 23
    assertThat(errors(r))
        .singleElement()
        .asString()
        .startsWith("r.yaml:19:21: error:")
        .contains("credit");
  }

  @Test
  void reportsAnAliasOfTheWrongKindAtTheAlias() {
    RubricReader.Result r =
        parse(
            """
        questions:
          - id: "1"
            parts:
              - id: a
                kind: values
                items: {h: 0.5}
                conventions: &conv
                  - {name: z-keeps-previous, message: "accepted", change: {forms: {update: previous}}}
              - id: b
                kind: values
                items: *conv
        """);

    assertThat(errors(r))
        .singleElement()
        .asString()
        .startsWith("r.yaml:20:16: error: items must be a mapping");
  }

  @Test
  void namesTheAnchorAnAliasLacks() {
    RubricReader.Result r =
        parse(
            """
        questions:
          - id: "1"
            parts:
              - id: a
                kind: values
                items: {h: 0.5}
                conventions: *conv
        """);

    assertThat(r.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.line()).isEqualTo(16);
              assertThat(d.message()).contains("undefined alias *conv").contains("no anchor &conv");
              assertThat(d.hint()).contains("conventions: &conv");
            });
  }

  @Test
  void refusesAMergeKeyThatIsNoMapping() {
    RubricReader.Result r =
        parse(
            """
        questions:
          - id: "1"
            parts:
              - <<: 3
                id: a
                kind: values
                items: {h: 0.5}
        """);

    assertThat(errors(r)).singleElement().asString().contains("a merge key '<<' takes a mapping");
  }

  static Stream<Path> shippedRubrics() throws java.io.IOException {
    return Files.list(Path.of("rubrics")).filter(p -> p.toString().endsWith(".yaml")).sorted();
  }

  @ParameterizedTest
  @MethodSource("shippedRubrics")
  void readsAShippedRubricAsJacksonsTreeReaderDoes(Path rubric) throws Exception {
    String text = Files.readString(rubric, StandardCharsets.UTF_8);

    // SnakeYAML's own loader resolves anchors, aliases and merge keys as the YAML spec says
    Object loaded = new org.yaml.snakeyaml.Yaml().load(text);
    assertThat(LocatedYaml.parse(text).root()).isEqualTo(new ObjectMapper().valueToTree(loaded));
  }
}
