package korrektor.grade;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import korrektor.reference.QuantityRef;
import korrektor.reference.ReferenceModel;
import korrektor.rubric.Rubric;
import korrektor.rubric.RubricReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every hint ("It is computed from …") names exactly the inputs of its equation in the rubric's
 * model: for every rubric shipped, every quantity and step, in English and German. The input x is
 * named only where the equation reads it (never for h or output of an LSTM).
 */
class HintInputsTest {
  private static final Pattern REF = Pattern.compile("(?<![\\w])([A-Za-z_~̃]+)\\((\\d+)\\)");

  static Stream<String> rubrics() throws Exception {
    try (Stream<Path> s = Files.list(Path.of("rubrics"))) {
      return s
          .filter(p -> p.toString().endsWith(".yaml"))
          .map(Path::toString)
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rubrics")
  void everyHintNamesExactlyTheInputsOfItsEquation(String file) throws Exception {
    Rubric base = RubricReader.read(Path.of(file));
    if (base.model() == null) {
      return;
    }
    ReferenceModel model = ReferenceModel.of(base.model());
    int checked = 0;
    for (String language : Rubric.LANGUAGES) {
      Feedback feedback = new Feedback(base.withLanguage(language));
      for (int t = 1; t <= model.steps(); t++) {
        for (String q : model.quantities()) {
          QuantityRef target = new QuantityRef(q, t);
          List<QuantityRef> inputs = model.inputsOf(target);
          String hint = feedback.wrong(feedback.what(q, 0, t), "0.1", 0.5, inputs);
          assertThat(named(hint))
              .as("%s %s: %s", file, target, hint)
              .isEqualTo(new LinkedHashSet<>(inputs));
          if (inputs.stream().noneMatch(r -> r.quantity().equals("x"))) {
            assertThat(hint).as(hint).doesNotContain("input x", "Eingabe x");
          }
          checked++;
        }
      }
    }
    assertThat(checked).isPositive();
  }

  /** The quantities with steps a hint names after "computed from" / "aus". */
  private static Set<QuantityRef> named(String hint) {
    int from = Math.max(hint.indexOf("computed from"), hint.indexOf(" aus "));
    assertThat(from).as("a hint that names its inputs: " + hint).isPositive();
    Set<QuantityRef> out = new LinkedHashSet<>();
    Matcher m = REF.matcher(hint.substring(from));
    while (m.find()) {
      out.add(new QuantityRef(m.group(1), Integer.parseInt(m.group(2))));
    }
    return out;
  }
}
