package korrektor.conformance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Sums outcomes per family of every dimension and prints the tables of the report. */
final class Scoreboard {
  static final List<String> REPORTED =
      List.of(
          "layout",
          "format",
          "rubric",
          "notation",
          "labels",
          "steps",
          "numbers",
          "trace",
          "lang",
          "context");

  private final Tally total = new Tally();
  private final Map<String, Map<String, Tally>> byDimension = new TreeMap<>();
  private final List<Outcome> outcomes = new ArrayList<>();

  synchronized void add(Outcome o) {
    outcomes.add(o);
    total.add(o);
    for (String dim : REPORTED) {
      String value = o.submission().dims().get(dim);
      if (dim.equals("steps")) {
        value = value.replace(" from-0", "");
      }
      if (dim.equals("numbers")) {
        value = value.replaceAll("@\\d+$", "");
      }
      if (dim.equals("context")) {
        for (String c : value.split("\\+")) {
          byDimension
              .computeIfAbsent(dim, k -> new TreeMap<>())
              .computeIfAbsent(c, k -> new Tally())
              .add(o);
        }
        continue;
      }
      byDimension
          .computeIfAbsent(dim, k -> new TreeMap<>())
          .computeIfAbsent(value, k -> new Tally())
          .add(o);
    }
    if (o.submission().dims().get("steps").endsWith("from-0")) {
      byDimension
          .computeIfAbsent("steps", k -> new TreeMap<>())
          .computeIfAbsent("(counted from 0)", k -> new Tally())
          .add(o);
    }
  }

  Tally total() {
    return total;
  }

  synchronized List<Outcome> outcomes() {
    List<Outcome> out = new ArrayList<>(outcomes);
    out.sort(Comparator.comparingInt(o -> o.submission().index()));
    return out;
  }

  /** The report: totals, then one table per dimension. */
  String render() {
    StringBuilder b = new StringBuilder();
    b.append(table("total", Map.of("all", total)));
    for (String dim : REPORTED) {
      Map<String, Tally> m = byDimension.get(dim);
      if (m != null) {
        b.append('\n').append(table(dim, m));
      }
    }
    b.append('\n').append(wrongSources());
    return b.toString();
  }

  private static String table(String dim, Map<String, Tally> rows) {
    StringBuilder b = new StringBuilder();
    String head =
        String.format(
            Locale.ROOT,
            "%-22s %6s %6s %8s %8s %8s %7s %7s %7s %7s %6s %6s%n",
            dim,
            "docs",
            "failed",
            "written",
            "found",
            "recall%",
            "wrong",
            "f-corr",
            "review",
            "silent",
            "unread",
            "ms/doc");
    b.append(head).append("-".repeat(head.length() - 1)).append('\n');
    rows.forEach(
        (k, t) ->
            b.append(
                String.format(
                    Locale.ROOT,
                    "%-22s %6d %6d %8d %8d %8.2f %7d %7d %7d %7d %6d %6.0f%n",
                    k.length() > 22 ? k.substring(0, 22) : k,
                    t.docs,
                    t.failedDocs,
                    t.written,
                    t.found,
                    t.recall(),
                    t.wrongSlot,
                    t.falseCorrect,
                    t.review,
                    t.silent,
                    t.unreadable,
                    t.millisPerDoc())));
    return b.toString();
  }

  /** Where wrong-slot values came from, counted. */
  private String wrongSources() {
    Map<String, Integer> counts = new TreeMap<>();
    for (Outcome o : outcomes()) {
      for (SlotResult s : o.slots()) {
        if (s.wrongSlot()) {
          String e = s.explanation();
          String kind =
              e.startsWith("other-slot") ? "other-slot" : e.startsWith("misread") ? "misread" : e;
          counts.merge(kind, 1, Integer::sum);
        }
      }
    }
    StringBuilder b = new StringBuilder("wrong-slot values came from:");
    if (counts.isEmpty()) {
      b.append(" (none)");
    }
    counts.forEach((k, v) -> b.append(' ').append(k).append('=').append(v));
    return b.append('\n').toString();
  }
}
