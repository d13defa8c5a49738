package korrektor.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import korrektor.document.Document;
import korrektor.document.ReadLimits;
import korrektor.document.read.DocumentReaders;
import korrektor.extract.Candidate;
import korrektor.extract.Coverage;
import korrektor.extract.Extraction;
import korrektor.grade.Grader;
import korrektor.rubric.Rubric;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code korrektor extract FILE --rubric R}: shows what Korrektor reads in a file, value by value,
 * with locations.
 */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description =
        "Shows the values found in one file, with where each came from and how it was recognised.")
final class ExtractCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  @Mixin RubricOption rubric = new RubricOption();

  @Parameters(paramLabel = "FILE", description = "A submission file.")
  Path file;

  @Option(names = "--text", description = "Also print the document's text lines and cells as read.")
  boolean text;

  @Option(
      names = "--explain",
      description =
          "Also show every reading the layouts proposed, how open choices "
              + "(notation, unnamed columns, steps counted from 0) were settled and why, and what became of every number.")
  boolean explain;

  @Override
  public Integer call() {
    Rubric r = rubric.load(spec);
    if (r == null) {
      return 2;
    }
    var out = spec.commandLine().getOut();
    Document d =
        DocumentReaders.standard().read(file, file.getFileName().toString(), ReadLimits.DEFAULT);
    out.println(
        d.fileName()
            + ": "
            + d.format().description()
            + (d.pageCount() > 0 ? ", " + d.pageCount() + " pages" : ""));
    d.problems().forEach(p -> out.println("  " + p));
    d.figures().forEach(f -> out.println("  figure: " + f.description() + " at " + f.location()));
    if (text) {
      d.grids()
          .forEach(
              g ->
                  g.cells()
                      .forEach(
                          c ->
                              out.println(
                                  "  cell "
                                      + c.location()
                                      + ": "
                                      + c.text()
                                      + (c.isNumeric() ? " = " + c.number() : ""))));
      d.lines().forEach(l -> out.println("  line " + l.location() + ": " + l.text()));
    }
    Extraction x = new Grader(r).read(d.isReadable() ? List.of(d) : List.of());
    List<Candidate> found = x.candidates();
    if (explain) {
      out.println("readings proposed (" + x.readings().size() + "):");
      x.readings().forEach(s -> out.println("  " + s));
      out.println("choices settled (" + x.decisions().size() + "):");
      for (Extraction.Decision dec : x.decisions()) {
        out.println(
            "  "
                + dec.choice()
                + ": "
                + dec.options().get(dec.chosen())
                + (dec.tie() ? " (TIE: review)" : ""));
        for (int k = 0; k < dec.options().size(); k++) {
          String score =
              k < dec.scores().size() && dec.scores().get(k) != Integer.MIN_VALUE
                  ? String.format(java.util.Locale.ROOT, "%.2f", dec.scores().get(k) / 100.0)
                  : "-";
          out.println("    option " + dec.options().get(k) + ": fit " + score);
        }
        out.println("    " + dec.why());
      }
      x.ambiguous().forEach((k, why) -> out.println("  ambiguous " + k + ": " + why));
      x.notes().forEach(n -> out.println("  note: " + n));
      out.println("values chosen:");
    }
    for (Candidate c : found) {
      out.printf(
          "  %-14s %-12s %-8s %s%n",
          c.key(),
          c.number().raw(),
          c.evidence().name().toLowerCase(java.util.Locale.ROOT),
          c.location());
    }
    out.println(found.size() + " values found");
    Coverage cov = x.coverage();
    out.println(
        "numbers: "
            + cov.numbers()
            + " written, "
            + cov.attributed()
            + " read as values, "
            + cov.distractors()
            + " set aside (parameters, steps, calculations, ...), "
            + cov.unexplained().size()
            + " unexplained");
    cov.unexplained()
        .forEach(u -> out.println("  unexplained " + u.text() + " at " + u.location()));
    return d.isReadable() ? 0 : 1;
  }
}
