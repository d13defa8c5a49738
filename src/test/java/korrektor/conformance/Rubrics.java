package korrektor.conformance;

import java.nio.file.Path;
import java.util.List;

/** The rubrics the suite answers: sheet 9, the 2-unit RNN, and sheet 9's LSTM over 12 inputs. */
final class Rubrics {
  /** How often each rubric is drawn (sheet 9 most, as in real courses). */
  static final double[] WEIGHTS = {0.5, 0.25, 0.25};

  private Rubrics() {}

  static List<RubricCase> all() {
    return List.of(sheet09(), rnn2(), lstm12());
  }

  static RubricCase sheet09() {
    return RubricCase.load("sheet09", Path.of("rubrics/sheet09.yaml"));
  }

  static RubricCase rnn2() {
    return RubricCase.load("rnn2", Path.of("rubrics/rnn2.yaml"));
  }

  static RubricCase lstm12() {
    return RubricCase.load(
        "lstm12", Path.of("src/test/resources/korrektor/conformance/lstm12.yaml"));
  }
}
