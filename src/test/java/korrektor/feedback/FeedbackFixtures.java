package korrektor.feedback;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import korrektor.checks.SheetChecks;
import korrektor.grade.Grading;
import korrektor.grade.ItemResult;
import korrektor.grade.Verdict;
import korrektor.result.Student;
import korrektor.result.SubmissionResult;
import korrektor.rubric.Reveal;
import korrektor.rubric.Rubric;
import korrektor.rubric.RubricReader;

/**
 * Submissions made in code for the feedback tests: every verdict, a tutor override with a comment,
 * hostile text, and names with umlauts and accents. The expected values are sheet 9's reference
 * (rubrics/sheet09.yaml); student values are chosen by hand.
 */
final class FeedbackFixtures {
  static final String[] QUANTITIES = {"g", "f", "q", "candidate", "s", "h", "output"};

  /** The reference of sheet 9, rows t = 1..3 (as printed by korrektor solve). */
  static final double[][] EXPECTED = {
    {0.57689, 0.54364, 0.61775, 0.73243, 0.42253, 0.26102, 0.57568},
    {0.54282, 0.55065, 0.61735, 0.73713, 0.63279, 0.39065, 0.72177},
    {0.54805, 0.57253, 0.64501, 0.74002, 0.76786, 0.49528, 0.81403}
  };

  static final String NAME = "Zoë Müller-Ångström";
  static final String ID = "271099";

  private FeedbackFixtures() {}

  static Rubric rubric(Reveal reveal) throws Exception {
    Rubric r = RubricReader.read(Path.of("rubrics/sheet09.yaml"));
    return r.withReveal(reveal);
  }

  /**
   * A submission with every verdict. With {@code allOff} every value is off the reference by 0.1234
   * (so no value the student wrote equals an expected one), otherwise most values are correct.
   */
  static SubmissionResult everyVerdict(boolean allOff) {
    List<ItemResult> items = new ArrayList<>();
    items.add(
        text(
            "a",
            Verdict.REVIEW,
            "y = f(W f(W x1)) <script>alert('x')</script> & more",
            2,
            0,
            null,
            null));
    items.add(text("b", Verdict.MISSING, null, 2, 0, null, null));
    items.add(
        text(
            "c",
            Verdict.REVIEW,
            "Clipping rescales the gradient",
            2,
            1.5,
            Boolean.TRUE,
            "good, but why? (Jürgen)"));
    items.add(text("d", Verdict.MISSING, null, 2, 0, null, null));
    items.add(text("e", Verdict.MISSING, null, 2, 0, null, null));
    Verdict[] cycle =
        allOff
            ? new Verdict[] {
              Verdict.WRONG,
              Verdict.FOLLOW_THROUGH,
              Verdict.MISCONCEPTION,
              Verdict.REVIEW,
              Verdict.ALTERNATIVE,
              Verdict.MISSING
            }
            : new Verdict[] {
              Verdict.CORRECT,
              Verdict.CORRECT,
              Verdict.CORRECT,
              Verdict.WRONG,
              Verdict.FOLLOW_THROUGH,
              Verdict.MISCONCEPTION,
              Verdict.CORRECT,
              Verdict.REVIEW,
              Verdict.ALTERNATIVE,
              Verdict.MISSING
            };
    int k = 0;
    for (int t = 1; t <= 3; t++) {
      for (int q = 0; q < QUANTITIES.length; q++) {
        Verdict v = cycle[k++ % cycle.length];
        double e = EXPECTED[t - 1][q];
        double max = q < 4 ? 0.25 : 0.5;
        Double found =
            v == Verdict.MISSING ? null : v == Verdict.CORRECT ? round4(e) : round4(e + 0.1234);
        String text = found == null ? null : String.format(Locale.ROOT, "%.4f", found);
        String source =
            found == null ? null : "Blatt 9 – Lösung.xlsx!Tabelle1!" + (char) ('B' + q) + (t + 2);
        double points =
            switch (v) {
              case CORRECT, FOLLOW_THROUGH, ALTERNATIVE -> max;
              case MISCONCEPTION -> max / 2;
              default -> 0;
            };
        String what = QUANTITIES[q] + " at t=" + t;
        String feedback =
            switch (v) {
              case CORRECT -> what + ": " + text + " is correct.";
              case WRONG ->
                  what
                      + ": "
                      + text
                      + " is not right. It is computed from h("
                      + (t - 1)
                      + ") and the input x.";
              case FOLLOW_THROUGH ->
                  what
                      + ": "
                      + text
                      + " follows correctly from your own s("
                      + t
                      + ") (follow-through, full credit).";
              case MISCONCEPTION ->
                  what
                      + ": "
                      + text
                      + " — your values match tanh as the candidate activation (50 % credit)";
              case ALTERNATIVE ->
                  what + ": " + text + " matches the accepted convention 'no-forget'.";
              case REVIEW ->
                  what + ": " + text + " is just outside the tolerance; a tutor checks it.";
              case MISSING ->
                  "No value found for " + what + ". Label each value with its quantity and step.";
              case PARTIAL -> what + ": partly right.";
            };
        String reason =
            v == Verdict.REVIEW
                ? "just outside the tolerance: " + text + " vs " + FeedbackView.value(e)
                : null;
        String mistake =
            v == Verdict.MISCONCEPTION
                ? "auto:candidate=tanh"
                : v == Verdict.ALTERNATIVE ? "no-forget" : null;
        items.add(
            new ItemResult(
                "17",
                "forward",
                QUANTITIES[q],
                null,
                t,
                v,
                found,
                text,
                e,
                points,
                max,
                source,
                null,
                feedback,
                reason,
                mistake,
                null,
                null));
      }
    }
    items.add(text("plot", Verdict.REVIEW, "chart in Blatt 9 – Lösung.xlsx", 1, 0, null, null));
    items.add(text("same-output", Verdict.MISSING, null, 1.5, 0, null, null));
    return result(new Student(ID, NAME), items);
  }

  private static ItemResult text(
      String part,
      Verdict v,
      String found,
      double max,
      double points,
      Boolean overridden,
      String comment) {
    String q = part.length() == 1 ? "16" : "17";
    String feedback =
        v == Verdict.MISSING
            ? "No answer found for " + q + " " + part + "."
            : "A tutor reads your answer.";
    return new ItemResult(
        q,
        part,
        null,
        null,
        null,
        v,
        null,
        found,
        null,
        points,
        max,
        found == null ? null : "Blatt 9 – Lösung.xlsx!Tabelle1!A" + (part.charAt(0) - 'a' + 12),
        null,
        feedback,
        v == Verdict.REVIEW ? "free-text answers are graded by a tutor" : null,
        null,
        overridden,
        comment);
  }

  /** A result with totals computed from the items, as the grader would. */
  static SubmissionResult result(Student student, List<ItemResult> items) {
    Map<String, Double> perQuestion = new LinkedHashMap<>();
    perQuestion.put("16", 0.0);
    perQuestion.put("17", 0.0);
    items.forEach(i -> perQuestion.merge(i.question(), i.points(), Double::sum));
    perQuestion.replaceAll((k, v) -> Math.round(v * 1e6) / 1e6);
    double score = Math.round(items.stream().mapToDouble(ItemResult::points).sum() * 1e6) / 1e6;
    double pending =
        items.stream()
            .filter(i -> i.verdict() == Verdict.REVIEW && !Boolean.TRUE.equals(i.overridden()))
            .mapToDouble(ItemResult::maxPoints)
            .sum();
    return new SubmissionResult(
        student,
        List.of("Blatt 9 – Lösung.xlsx"),
        Grading.Status.NEEDS_REVIEW,
        List.of("Blatt 9 – Lösung.xlsx: the sheet 'Notizen' holds no numbers; it was skipped."),
        score,
        20,
        pending,
        perQuestion,
        items,
        new SheetChecks.Checks(false, true, List.of("Łukasz Wróbel", "Ana Núñez")));
  }

  /** A submission none of whose files could be read. */
  static SubmissionResult error(String id, String name) {
    return new SubmissionResult(
        new Student(id, name),
        List.of(id + "_x.xlsx"),
        Grading.Status.ERROR,
        List.of(
            id
                + "_x.xlsx: error: This .xlsx file is damaged (truncated zip). Save it again and hand it in."),
        0,
        20,
        0,
        Map.of(),
        List.of(),
        null);
  }

  private static double round4(double v) {
    return Math.round(v * 1e4) / 1e4;
  }
}
