package korrektor.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import korrektor.rubric.Diagnostic;
import korrektor.rubric.Rubric;
import korrektor.rubric.RubricReader;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The shared {@code --rubric FILE} option; loading prints every diagnostic. */
final class RubricOption {
  @Option(
      names = {"-r", "--rubric"},
      required = true,
      paramLabel = "FILE",
      description = "The rubric (YAML), e.g. rubrics/sheet09.yaml.")
  Path file;

  /**
   * The text the rubric was loaded from (after {@link #load}), for a grading process that parses it
   * again.
   */
  String text;

  /** Loads the rubric, printing diagnostics to err; null when it has errors. */
  Rubric load(CommandLine.Model.CommandSpec spec) {
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      text = null; // RubricReader.check says what is wrong with the file
    }
    return text == null
        ? load(file, spec)
        : report(RubricReader.parse(text, file.toString()), file, spec);
  }

  /** Loads a rubric file, printing diagnostics to the command's err; null when it has errors. */
  static Rubric load(Path file, CommandLine.Model.CommandSpec spec) {
    return report(RubricReader.check(file), file, spec);
  }

  private static Rubric report(
      RubricReader.Result r, Path file, CommandLine.Model.CommandSpec spec) {
    for (Diagnostic d : r.diagnostics()) {
      spec.commandLine().getErr().println(d);
    }
    if (r.rubricOrNull() == null) {
      spec.commandLine()
          .getErr()
          .println(
              "The rubric has errors; fix them and run again (check it with: korrektor rubric check "
                  + file
                  + ").");
    }
    return r.rubricOrNull();
  }
}
