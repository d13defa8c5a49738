package korrektor.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Keeps the worst failing submissions of each layout family under {@code
 * target/conformance-failures/<family>/<id>/}: the files as graded and {@code truth.txt} beside
 * them (every slot: written, found, verdict, source, why).
 */
final class FailureArchive {

  private FailureArchive() {}

  /**
   * Writes the first {@code perFamily} worst failures of each family again and keeps them; returns
   * their folders.
   */
  static List<Path> keep(
      Scoreboard board, ConformanceRun run, Generator generator, Path out, int perFamily)
      throws IOException {
    Map<String, List<Outcome>> byFamily = new LinkedHashMap<>();
    for (Outcome o : board.outcomes()) {
      if (o.failed()) {
        byFamily
            .computeIfAbsent(o.submission().dims().get("layout"), k -> new ArrayList<>())
            .add(o);
      }
    }
    ConformanceRun.delete(out);
    List<Path> kept = new ArrayList<>();
    for (Map.Entry<String, List<Outcome>> e : byFamily.entrySet()) {
      List<Outcome> worst = new ArrayList<>(e.getValue());
      worst.sort(
          Comparator.comparingInt(Outcome::badness)
              .reversed()
              .thenComparingInt(o -> o.submission().index()));
      for (Outcome o : worst.subList(0, Math.min(perFamily, worst.size()))) {
        Path dir = out.resolve(e.getKey()).resolve(o.submission().id());
        Submission again = generator.generate(o.submission().index());
        Outcome repeated = run.run(again, dir, true);
        Files.writeString(dir.resolve("truth.txt"), describe(repeated), StandardCharsets.UTF_8);
        kept.add(dir);
      }
    }
    return kept;
  }

  /** A submission's truth next to what was found, slot by slot. */
  static String describe(Outcome o) {
    Submission s = o.submission();
    StringBuilder b = new StringBuilder();
    b.append("submission ").append(s.id()).append('\n');
    s.dims().forEach((k, v) -> b.append("  ").append(k).append(": ").append(v).append('\n'));
    b.append("  trace: ").append(s.trace().label()).append('\n');
    o.variants().forEach(v -> b.append("  file ").append(v).append('\n'));
    o.unreadable().forEach(u -> b.append("  UNREADABLE ").append(u).append('\n'));
    o.messages().forEach(m -> b.append("  message: ").append(m).append('\n'));
    b.append('\n')
        .append(
            String.format(
                Locale.ROOT,
                "%-12s %-16s %-14s %-12s %-14s %-15s %s%n",
                "slot",
                "written",
                "found",
                "ok",
                "verdict",
                "source",
                "why"));
    for (SlotResult r : o.slots()) {
      String ok =
          r.hit()
              ? "hit"
              : r.wrongSlot() ? "WRONG-SLOT" : r.written() != null ? "MISSED" : "not written";
      if (r.falseCorrect()) {
        ok += " FALSE-CORRECT";
      }
      b.append(
          String.format(
              Locale.ROOT,
              "%-12s %-16s %-14s %-12s %-14s %-15s %s%n",
              r.slot().key(),
              r.written() == null ? "-" : r.written().text(),
              r.item() == null || r.item().found() == null
                  ? "-"
                  : r.item().foundText() + " (" + r.item().found() + ")",
              ok,
              r.item() == null ? "(no item)" : r.item().verdict().id(),
              r.item() == null || r.item().source() == null ? "" : r.item().source(),
              (r.explanation() == null ? "" : r.explanation() + " ")
                  + (r.item() == null || r.item().reason() == null ? "" : r.item().reason())));
    }
    b.append("\nother numbers in the files:\n");
    s.truth()
        .noise()
        .forEach(
            n ->
                b.append("  ")
                    .append(n.kind())
                    .append(' ')
                    .append(n.written().text())
                    .append('\n'));
    return b.toString();
  }
}
