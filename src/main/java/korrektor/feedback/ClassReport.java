package korrektor.feedback;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import korrektor.grade.Grading;
import korrektor.grade.ItemResult;
import korrektor.grade.Verdict;
import korrektor.result.SubmissionResult;
import korrektor.rubric.Rubric;

/**
 * Writes {@code report.html}, the tutors' view of a whole batch: the score distribution, per item
 * the share of each verdict, the most frequent mistakes and wrong items with who made them, the
 * review queue and the errors. One self-contained page (charts as inline SVG), deterministic. It is
 * for tutors, so it shows everything whatever the rubric's reveal policy.
 */
public final class ClassReport {
  /** The verdict groups of the per-item chart and table, in display order. */
  static final Map<String, Color> GROUPS = new LinkedHashMap<>();

  static {
    GROUPS.put("correct", Charts.VERDICT_COLOURS.get(Verdict.CORRECT));
    GROUPS.put("partial", Charts.VERDICT_COLOURS.get(Verdict.PARTIAL));
    GROUPS.put("follow-through", Charts.VERDICT_COLOURS.get(Verdict.FOLLOW_THROUGH));
    GROUPS.put("alternative", Charts.VERDICT_COLOURS.get(Verdict.ALTERNATIVE));
    GROUPS.put("mistake", Charts.VERDICT_COLOURS.get(Verdict.MISCONCEPTION));
    GROUPS.put("wrong", Charts.VERDICT_COLOURS.get(Verdict.WRONG));
    GROUPS.put("missing", Charts.VERDICT_COLOURS.get(Verdict.MISSING));
    GROUPS.put("review", Charts.VERDICT_COLOURS.get(Verdict.REVIEW));
  }

  private static final int TOP = 10;

  private ClassReport() {}

  public static String render(Rubric rubric, List<SubmissionResult> results) {
    List<SubmissionResult> graded =
        results.stream().filter(s -> s.status() != Grading.Status.ERROR).toList();
    Html h = new Html();
    h.open("main").newline();
    summary(h, rubric, results, graded);
    scores(h, rubric, results, graded);
    items(h, graded);
    mistakes(h, graded);
    review(h, results);
    errors(h, results);
    h.element(
            "footer",
            "Korrektor class report for tutors: it shows expected values whatever the rubric's reveal "
                + "policy ("
                + rubric.reveal().id()
                + "). Do not hand it to students.")
        .newline();
    h.close("main").newline();
    return Html.page(rubric.title() + " — class report", h.toString());
  }

  private static void summary(
      Html h, Rubric rubric, List<SubmissionResult> all, List<SubmissionResult> graded) {
    h.open("header", "id", "summary", "class", "card").newline();
    h.element("p", "Class report", "class", "sheet").newline();
    h.element("h1", rubric.title()).newline();
    double[] scores = graded.stream().mapToDouble(SubmissionResult::score).sorted().toArray();
    h.open("div", "class", "stats").newline();
    stat(h, "submissions", String.valueOf(all.size()));
    stat(h, "graded", String.valueOf(count(all, Grading.Status.GRADED)));
    stat(h, "need review", String.valueOf(count(all, Grading.Status.NEEDS_REVIEW)));
    stat(h, "errors", String.valueOf(count(all, Grading.Status.ERROR)));
    stat(
        h,
        "mean score",
        scores.length == 0
            ? "–"
            : num(java.util.Arrays.stream(scores).average().orElse(0))
                + " / "
                + num(rubric.maxScore()));
    stat(
        h,
        "median score",
        scores.length == 0 ? "–" : num(median(scores)) + " / " + num(rubric.maxScore()));
    stat(h, "items to review", String.valueOf(queue(all).size()));
    h.close("div").newline().close("header").newline();
  }

  private static void stat(Html h, String label, String value) {
    h.open("div").element("b", value).text(label).close("div").newline();
  }

  private static void scores(
      Html h, Rubric rubric, List<SubmissionResult> all, List<SubmissionResult> graded) {
    h.open("section", "id", "scores").newline().element("h2", "Score distribution").newline();
    Figure f =
        Charts.scoreDistribution(
            graded.stream().map(SubmissionResult::score).toList(), rubric.maxScore());
    h.open("figure")
        .raw(f.svg("scores-"))
        .newline()
        .element(
            "figcaption",
            "Submissions per points range ("
                + graded.size()
                + " graded; submissions with errors "
                + "left out). Points under review count 0 until a tutor decides.")
        .close("figure")
        .newline();
    h.element("h3", "Scores").newline();
    table(
        h,
        "students",
        List.of("id", "name", "score", "pending", "status", "feedback"),
        all.stream()
            .map(
                s ->
                    List.of(
                        s.student().id(),
                        s.student().name(),
                        num(s.score()) + " / " + num(s.maxScore()),
                        num(s.pendingPoints()),
                        s.status().id(),
                        "feedback/" + MarkdownFeedback.baseName(s) + ".html"))
            .toList(),
        5);
    h.close("section").newline();
  }

  private static void items(Html h, List<SubmissionResult> graded) {
    Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
    for (SubmissionResult s : graded) {
      for (ItemResult i : s.items()) {
        counts
            .computeIfAbsent(i.id(), k -> new LinkedHashMap<>())
            .merge(group(i.verdict()), 1, Integer::sum);
      }
    }
    h.open("section", "id", "items").newline().element("h2", "Verdicts per item").newline();
    if (counts.isEmpty()) {
      h.element("p", "No graded submissions.").close("section").newline();
      return;
    }
    int n = graded.size();
    Map<String, Map<String, Double>> shares = new LinkedHashMap<>();
    counts.forEach(
        (item, c) -> {
          Map<String, Double> m = new LinkedHashMap<>();
          c.forEach((g, k) -> m.put(g, 100.0 * k / n));
          shares.put(item, m);
        });
    h.open("figure")
        .raw(Charts.itemShares(shares, GROUPS).svg("items-"))
        .newline()
        .element(
            "figcaption",
            "Share of the "
                + n
                + " graded submissions per verdict; mistake = a named mistake "
                + "(misconception), alternative = an accepted convention.")
        .close("figure")
        .newline();
    List<String> heads = new ArrayList<>(List.of("item"));
    heads.addAll(GROUPS.keySet());
    List<List<String>> rows = new ArrayList<>();
    counts.forEach(
        (item, c) -> {
          List<String> row = new ArrayList<>(List.of(item));
          GROUPS.keySet().forEach(g -> row.add(percent(c.getOrDefault(g, 0), n)));
          rows.add(row);
        });
    table(h, "item-shares", heads, rows, -1);
    h.close("section").newline();
  }

  private static void mistakes(Html h, List<SubmissionResult> graded) {
    h.open("section", "id", "mistakes").newline().element("h2", "Most frequent mistakes").newline();
    Map<String, List<String>> named = new TreeMap<>();
    Map<String, List<String>> wrong = new LinkedHashMap<>();
    for (SubmissionResult s : graded) {
      for (ItemResult i : s.items()) {
        if (i.mistake() != null && i.verdict() == Verdict.MISCONCEPTION) {
          named
              .computeIfAbsent(i.mistake(), k -> new ArrayList<>())
              .add(who(s) + " (" + i.id() + ")");
        }
        if (i.verdict() == Verdict.WRONG || i.verdict() == Verdict.MISCONCEPTION) {
          wrong.computeIfAbsent(i.id(), k -> new ArrayList<>()).add(who(s));
        }
      }
    }
    h.element("h3", "Named mistakes").newline();
    if (named.isEmpty()) {
      h.element("p", "No value was explained by a named mistake.").newline();
    } else {
      table(
          h,
          "named-mistakes",
          List.of("mistake", "count", "who (item)"),
          top(named).stream()
              .map(
                  e ->
                      List.of(
                          e.getKey(),
                          String.valueOf(e.getValue().size()),
                          String.join(", ", e.getValue())))
              .toList(),
          -1);
    }
    h.element("h3", "Items most often wrong").newline();
    if (wrong.isEmpty()) {
      h.element("p", "No item was wrong.").newline();
    } else {
      table(
          h,
          "wrong-items",
          List.of("item", "count", "who"),
          top(wrong).stream()
              .map(
                  e ->
                      List.of(
                          e.getKey(),
                          String.valueOf(e.getValue().size()),
                          String.join(", ", new java.util.TreeSet<>(e.getValue()))))
              .toList(),
          -1);
    }
    h.close("section").newline();
  }

  private static List<Map.Entry<String, List<String>>> top(Map<String, List<String>> m) {
    return m.entrySet().stream()
        .sorted(Comparator.<Map.Entry<String, List<String>>>comparingInt(e -> -e.getValue().size()))
        .limit(TOP)
        .toList();
  }

  private static void review(Html h, List<SubmissionResult> results) {
    h.open("section", "id", "review").newline().element("h2", "Review queue").newline();
    List<List<String>> rows = new ArrayList<>();
    for (SubmissionResult s : results) {
      for (ItemResult i : s.items()) {
        if (i.verdict() == Verdict.REVIEW && !Boolean.TRUE.equals(i.overridden())) {
          rows.add(
              List.of(
                  s.student().id(),
                  s.student().name(),
                  i.id(),
                  nz(i.foundText()),
                  nz(i.source()),
                  num(i.maxPoints()),
                  korrektor.grade.ReviewReason.of(i).label(),
                  nz(i.reason())));
        }
      }
    }
    List<ItemResult> items = results.stream().flatMap(s -> s.items().stream()).toList();
    java.util.Map<korrektor.grade.ReviewReason, Integer> budget =
        korrektor.grade.ReviewReason.count(items);
    if (rows.isEmpty()) {
      h.element("p", "Nothing to review.").newline();
    } else {
      h.element(
              "p",
              rows.size()
                  + " of "
                  + items.size()
                  + " items ("
                  + share(rows.size(), items.size())
                  + ") need a tutor. Record decisions in overrides.csv (student,item,points,comment) and run grade again.",
              "class",
              "muted")
          .newline();
      h.element("h3", "Review budget by reason").newline();
      table(
          h,
          "review-budget",
          List.of("reason", "items", "share of all items"),
          budget.entrySet().stream()
              .map(
                  e ->
                      List.of(
                          e.getKey().label(),
                          String.valueOf(e.getValue()),
                          share(e.getValue(), items.size())))
              .toList(),
          -1);
      h.element("h3", "Items").newline();
      table(
          h,
          "review-queue",
          List.of("id", "student", "item", "found", "where", "max points", "reason", "why"),
          rows,
          -1);
    }
    h.close("section").newline();
  }

  /** {@code n} as a share of {@code of}, one decimal: "12.5 %". */
  private static String share(int n, int of) {
    return of == 0 ? "0 %" : String.format(java.util.Locale.ROOT, "%.1f %%", 100.0 * n / of);
  }

  private static void errors(Html h, List<SubmissionResult> results) {
    h.open("section", "id", "errors").newline().element("h2", "Errors").newline();
    List<List<String>> rows = new ArrayList<>();
    for (SubmissionResult s : results) {
      if (s.status() == Grading.Status.ERROR || !s.messages().isEmpty()) {
        rows.add(
            List.of(
                s.student().id(),
                s.student().name(),
                s.status().id(),
                s.messages().isEmpty()
                    ? "no file could be read"
                    : String.join("\n", s.messages())));
      }
    }
    if (rows.isEmpty()) {
      h.element("p", "Every file could be read.").newline();
    } else {
      table(h, "error-list", List.of("id", "student", "status", "problems"), rows, -1);
    }
    h.close("section").newline();
  }

  /** A table; column {@code linkColumn} (or none for -1) holds relative links. */
  private static void table(
      Html h, String id, List<String> heads, List<List<String>> rows, int linkColumn) {
    h.open("div", "class", "scroll")
        .open("table", "id", id, "class", "cards")
        .newline()
        .open("thead")
        .open("tr");
    heads.forEach(c -> h.element("th", c, "scope", "col"));
    h.close("tr").close("thead").newline().open("tbody").newline();
    for (List<String> row : rows) {
      h.open("tr");
      for (int c = 0; c < row.size(); c++) {
        if (c == linkColumn) {
          h.open("td", "data-label", heads.get(c))
              .element("a", "open", "href", row.get(c))
              .close("td");
        } else {
          String cls =
              switch (heads.get(c)) {
                case "where" -> "where";
                case "item", "found", "why", "problems" -> "wrap";
                default -> null;
              };
          h.element("td", row.get(c), "data-label", heads.get(c), "class", cls);
        }
      }
      h.close("tr").newline();
    }
    h.close("tbody").close("table").close("div").newline();
  }

  private static String group(Verdict v) {
    return switch (v) {
      case CORRECT -> "correct";
      case PARTIAL -> "partial";
      case FOLLOW_THROUGH -> "follow-through";
      case ALTERNATIVE -> "alternative";
      case MISCONCEPTION -> "mistake";
      case WRONG -> "wrong";
      case MISSING -> "missing";
      case REVIEW -> "review";
    };
  }

  private static List<ItemResult> queue(List<SubmissionResult> all) {
    return all.stream()
        .flatMap(s -> s.items().stream())
        .filter(i -> i.verdict() == Verdict.REVIEW && !Boolean.TRUE.equals(i.overridden()))
        .toList();
  }

  private static long count(List<SubmissionResult> all, Grading.Status st) {
    return all.stream().filter(s -> s.status() == st).count();
  }

  private static double median(double[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static String who(SubmissionResult s) {
    return s.student().name() + " (" + s.student().id() + ")";
  }

  private static String percent(int k, int n) {
    return k == 0 ? "" : Math.round(100.0 * k / n) + " % (" + k + ")";
  }

  private static String num(double v) {
    return FeedbackView.num(Math.round(v * 100) / 100.0);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
