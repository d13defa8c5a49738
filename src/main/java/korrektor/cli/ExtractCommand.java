package korrektor.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import korrektor.document.Document;
import korrektor.document.DocumentReaders;
import korrektor.document.ReadLimits;
import korrektor.extract.Candidate;
import korrektor.extract.Extractor;
import korrektor.grade.Expectations;
import korrektor.rubric.Rubric;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code korrektor extract FILE --rubric R}: shows what Korrektor reads in a file, value by value, with locations. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Shows the values found in one file, with where each came from and how it was recognised.")
final class ExtractCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  @Mixin RubricOption rubric = new RubricOption();

  @Parameters(paramLabel = "FILE", description = "A submission file.")
  Path file;

  @Option(names = "--text", description = "Also print the document's text lines and cells as read.")
  boolean text;

  @Override
  public Integer call() {
    Rubric r = rubric.load(spec);
    if (r == null) {
      return 2;
    }
    var out = spec.commandLine().getOut();
    Document d = DocumentReaders.standard().read(file, file.getFileName().toString(), ReadLimits.DEFAULT);
    out.println(d.fileName() + ": " + d.format().description() + (d.pageCount() > 0 ? ", " + d.pageCount() + " pages" : ""));
    d.problems().forEach(p -> out.println("  " + p));
    d.figures().forEach(f -> out.println("  figure: " + f.description() + " at " + f.location()));
    if (text) {
      d.grids().forEach(g -> g.cells().forEach(c -> out.println("  cell " + c.location() + ": " + c.text()
          + (c.isNumeric() ? " = " + c.number() : ""))));
      d.lines().forEach(l -> out.println("  line " + l.location() + ": " + l.text()));
    }
    Expectations e = Expectations.of(r);
    List<Candidate> found = new Extractor(r.quantities().values(), e.dimensions(), e.steps()).extract(d).candidates();
    for (Candidate c : found) {
      out.printf("  %-14s %-12s %-8s %s%n", c.key(), c.number().raw(), c.evidence().name().toLowerCase(java.util.Locale.ROOT), c.location());
    }
    out.println(found.size() + " values found");
    return d.isReadable() ? 0 : 1;
  }
}
