package korrektor.grade;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import korrektor.document.Document;
import korrektor.document.Problem;
import korrektor.extract.AnswerSegmenter;
import korrektor.extract.Candidate;
import korrektor.extract.Extraction;
import korrektor.extract.Extractor;
import korrektor.extract.Paragraphs;
import korrektor.grade.ItemResult.Judgement;
import korrektor.grade.ItemResult.Reading;
import korrektor.grade.ItemResult.Target;
import korrektor.grade.text.AnswerAffinity;
import korrektor.grade.text.TextGrade;
import korrektor.grade.text.TextGrader;
import korrektor.reference.QuantityRef;
import korrektor.rubric.Part;
import korrektor.rubric.PartKind;
import korrektor.rubric.Question;
import korrektor.rubric.Rubric;

/**
 * Grades one submission (the documents of one student) against a rubric: every values item by
 * tolerance, plots and free text for review. Pure: documents in, {@link Grading} out.
 */
public final class Grader {
  private final Rubric rubric;
  private final Expectations expected;
  private final Extractor extractor;
  private final Feedback feedback;
  private final Map<String, Variants> variants = new java.util.HashMap<>();
  private final List<AnswerSegmenter.Target> textTargets;
  private final Map<String, List<String>> partsByQuestion = new LinkedHashMap<>();

  public Grader(Rubric rubric) {
    this.textTargets = AnswerAffinity.targets(rubric);
    rubric
        .questions()
        .forEach(q -> partsByQuestion.put(q.id(), q.parts().stream().map(Part::id).toList()));
    this.rubric = rubric;
    this.expected = Expectations.of(rubric);
    this.feedback = new Feedback(rubric);
    List<korrektor.reference.ReferenceModel> models = new ArrayList<>();
    for (Question q : rubric.questions()) {
      for (Part p : q.parts()) {
        if (p.kind() == PartKind.VALUES) {
          Variants v = Variants.of(rubric.model(), p);
          variants.put(q.id() + "/" + p.id(), v);
          if (models.isEmpty()) {
            models.addAll(v.models());
          }
        }
      }
    }
    this.extractor =
        new Extractor(
            rubric.quantities().values(),
            expected.dimensions(),
            expected.steps(),
            rubric.vocabulary(),
            models,
            givens(rubric),
            scalarInputs(rubric),
            onlyStep(rubric));
  }

  /** Quantities the sheet asks at one step only (the output at the last step), with that step. */
  private static Map<String, Integer> onlyStep(Rubric rubric) {
    Map<String, java.util.Set<Integer>> asked = new java.util.HashMap<>();
    for (Question q : rubric.questions()) {
      for (Part p : q.parts()) {
        if (p.kind() == PartKind.VALUES) {
          for (String quantity : p.quantities()) {
            asked
                .computeIfAbsent(quantity, k -> new java.util.TreeSet<>())
                .addAll(p.steps(quantity));
          }
        }
      }
    }
    Map<String, Integer> out = new java.util.HashMap<>();
    asked.forEach(
        (quantity, steps) -> {
          if (steps.size() == 1) {
            out.put(quantity, steps.iterator().next());
          }
        });
    return out;
  }

  /** The inputs x_1..x_T when each is one number; else none. */
  private static double[] scalarInputs(Rubric rubric) {
    if (rubric.model() == null
        || rubric.model().inputs().stream().anyMatch(m -> m.values().length != 1)) {
      return new double[0];
    }
    return rubric.model().inputs().stream().mapToDouble(m -> m.values()[0]).toArray();
  }

  /**
   * The sheet's own numbers: parameters, inputs and initial states (a student restating them wrote
   * no answer).
   */
  private static double[] givens(Rubric rubric) {
    if (rubric.model() == null) {
      return new double[0];
    }
    List<Double> out = new ArrayList<>();
    rubric
        .model()
        .parameters()
        .values()
        .forEach(
            unit ->
                unit.values()
                    .forEach(
                        m -> {
                          for (double d : m.values()) {
                            out.add(d);
                          }
                        }));
    rubric
        .model()
        .inputs()
        .forEach(
            m -> {
              for (double d : m.values()) {
                out.add(d);
              }
            });
    rubric
        .model()
        .initial()
        .values()
        .forEach(
            m -> {
              for (double d : m.values()) {
                out.add(d);
              }
            });
    return out.stream().mapToDouble(Double::doubleValue).toArray();
  }

  public Rubric rubric() {
    return rubric;
  }

  /**
   * What the grader reads in a submission's documents, before grading (for {@code extract
   * --explain}).
   */
  public Extraction read(List<Document> documents) {
    return extractor.read(documents);
  }

  public Expectations expectations() {
    return expected;
  }

  public Grading grade(List<Document> documents) {
    List<String> messages = new ArrayList<>();
    List<Document> readable = new ArrayList<>();
    for (Document d : documents) {
      for (Problem p : d.problems()) {
        messages.add(p.toString());
      }
      if (d.isReadable()) {
        readable.add(d);
      }
    }
    if (readable.isEmpty()) {
      if (documents.isEmpty()) {
        messages.add("no files found for this student");
      }
      return error(messages);
    }
    boolean figures = false;
    Extraction extraction = extractor.read(readable);
    messages.addAll(extraction.notes());
    for (Document d : readable) {
      figures |= !d.figures().isEmpty();
    }
    AnswerAffinity affinity =
        new AnswerAffinity(rubric); // keeps what it matched for this submission only
    List<String> textless = textless(readable);
    AnswerSegmenter.Result answers =
        AnswerSegmenter.segment(Paragraphs.of(readable), textTargets, partsByQuestion, affinity);
    Map<String, List<Candidate>> byItem = extraction.byItem();
    List<ItemResult> items = new ArrayList<>();
    Map<QuantityRef, double[]> earlier = new java.util.LinkedHashMap<>();
    for (Question q : rubric.questions()) {
      for (Part p : q.parts()) {
        switch (p.kind()) {
          case VALUES -> {
            ValuesGrader values =
                new ValuesGrader(q, p, variants.get(q.id() + "/" + p.id()), expected, feedback);
            items.addAll(
                values.grade(byItem, extraction.ambiguous(), extraction.coverage(), earlier));
            values.read().forEach(earlier::putIfAbsent);
          }
          case PLOT -> items.add(plot(q, p, readable, figures));
          case TEXT -> items.add(text(q, p, answers, affinity, textless));
        }
      }
    }
    boolean partlyUnreadable = readable.size() < documents.size();
    return total(capFollowThrough(items), messages, partlyUnreadable, extraction.coverage());
  }

  private ItemResult plot(Question q, Part p, List<Document> docs, boolean figures) {
    if (!figures) {
      return ItemResult.of(
          Target.part(q.id(), p.id()),
          Reading.NOTHING,
          null,
          p.points(),
          Judgement.of(Verdict.MISSING, 0, Messages.of(rubric.language()).get("fb.noPlot")));
    }
    String where =
        docs.stream()
            .flatMap(d -> d.figures().stream())
            .map(f -> f.description() + " (" + f.location() + ")")
            .findFirst()
            .orElse("");
    if (p.review() == Part.Review.NEVER) {
      return ItemResult.of(
          Target.part(q.id(), p.id()),
          Reading.at(where),
          null,
          p.points(),
          Judgement.of(Verdict.CORRECT, p.points(), "A plot was found: " + where + "."));
    }
    return ItemResult.of(
        Target.part(q.id(), p.id()),
        Reading.at(where),
        null,
        p.points(),
        Judgement.review(
            "A plot was found; a tutor checks it.", ReviewReason.PLOT.prefix() + ": " + where));
  }

  private ItemResult text(
      Question q,
      Part p,
      AnswerSegmenter.Result answers,
      AnswerAffinity affinity,
      List<String> textless) {
    AnswerSegmenter.Target target = new AnswerSegmenter.Target(q.id(), p.id(), p.labels());
    Optional<AnswerSegmenter.Placed> a = answers.of(target);
    if (a.isPresent() && !a.get().text().isBlank()) {
      AnswerSegmenter.Placed placed = a.get();
      TextGrade g =
          TextGrader.grade(p, placed.text(), rubric.reveal() != korrektor.rubric.Reveal.STUDENT);
      Verdict v =
          switch (g.verdict()) {
            case CORRECT -> Verdict.CORRECT;
            case PARTIAL -> Verdict.PARTIAL;
            case WRONG -> Verdict.WRONG;
            case REVIEW -> Verdict.REVIEW;
            case MISSING -> Verdict.MISSING;
          };
      String how =
          switch (placed.how()) {
            case LABEL -> "";
            case ORDER ->
                " (The answer has no label; it was taken by its place after the question's heading.)";
            case CONTENT -> " (The answer has no label; it was taken by its content.)";
          };
      return ItemResult.of(
          Target.part(q.id(), p.id()),
          Reading.text(placed.text(), placed.location().toString()),
          null,
          p.points(),
          new Judgement(v, g.points(), g.feedback() + how, g.reason()));
    }
    for (AnswerSegmenter.Unclaimed u : answers.unclaimed()) {
      if ((u.question() == null || u.question().equals(q.id()))
          && affinity.of(target, u.text()) >= AnswerSegmenter.COULD_BE) {
        String quote = u.text().length() > 200 ? u.text().substring(0, 200) + "…" : u.text();
        return ItemResult.of(
            Target.part(q.id(), p.id()),
            Reading.text(u.text(), u.location().toString()),
            null,
            p.points(),
            Judgement.review(
                "No answer labelled "
                    + q.id()
                    + " "
                    + p.id()
                    + " was found; text that could be it is there, and a tutor checks it.",
                ReviewReason.UNPLACED_TEXT.prefix()
                    + " to "
                    + q.id()
                    + " "
                    + p.id()
                    + ": '"
                    + quote.replace('\n', ' ')
                    + "' at "
                    + u.location()));
      }
    }
    if (!textless.isEmpty()) {
      String where = String.join(", ", textless);
      return ItemResult.of(
          Target.part(q.id(), p.id()),
          Reading.at(where),
          null,
          p.points(),
          Judgement.review(
              "No answer for "
                  + q.id()
                  + " "
                  + p.id()
                  + " was found in the text; "
                  + where
                  + " has no text to read (a scan "
                  + "or a photo?), so a tutor reads it.",
              ReviewReason.SCAN.prefix() + where + " has no text layer: it may be in the scan"));
    }
    return ItemResult.of(
        Target.part(q.id(), p.id()),
        Reading.NOTHING,
        null,
        p.points(),
        Judgement.of(Verdict.MISSING, 0, feedback.noAnswer(q.id(), p.id())));
  }

  /**
   * The files whose answers Korrektor cannot read as text: a PDF without a text layer (a scan), and
   * images when no file of the submission has text at all (photos of a handwritten sheet).
   */
  private static List<String> textless(List<Document> documents) {
    boolean anyText =
        documents.stream().anyMatch(d -> !d.lines().isEmpty() || !d.grids().isEmpty());
    List<String> out = new ArrayList<>();
    for (Document d : documents) {
      boolean scan =
          d.format() == korrektor.document.Format.PDF
              && d.lines().isEmpty()
              && !d.figures().isEmpty();
      boolean photo = d.format() == korrektor.document.Format.IMAGE && !anyText;
      if (scan || photo) {
        out.add(d.fileName());
      }
    }
    return out;
  }

  /** Keeps follow-through credit within each question's cap, taking it off the last items first. */
  private List<ItemResult> capFollowThrough(List<ItemResult> items) {
    List<ItemResult> out = new ArrayList<>(items);
    for (Question q : rubric.questions()) {
      if (q.followThroughCap() == null) {
        continue;
      }
      double total = 0;
      for (int k = 0; k < out.size(); k++) {
        ItemResult i = out.get(k);
        if (!i.question().equals(q.id()) || i.verdict() != Verdict.FOLLOW_THROUGH) {
          continue;
        }
        double allowed = Math.max(0, Math.min(i.points(), q.followThroughCap() - total));
        total += allowed;
        if (allowed < i.points()) {
          out.set(
              k,
              i.judged(
                  i.verdict(),
                  round(allowed),
                  i.feedback()
                      + " Follow-through credit in question "
                      + q.id()
                      + " is capped at "
                      + q.followThroughCap()
                      + " points.",
                  i.reason(),
                  i.mistake()));
        }
      }
    }
    return out;
  }

  private Grading total(
      List<ItemResult> items,
      List<String> messages,
      boolean partlyUnreadable,
      korrektor.extract.Coverage coverage) {
    Map<String, Double> perQuestion = new LinkedHashMap<>();
    double score = 0;
    double pending = 0;
    for (ItemResult i : items) {
      perQuestion.merge(i.question(), i.points(), Double::sum);
      score += i.points();
      if (i.verdict() == Verdict.REVIEW) {
        pending += i.maxPoints();
      }
    }
    boolean review =
        partlyUnreadable || items.stream().anyMatch(i -> i.verdict() == Verdict.REVIEW);
    return new Grading(
        review ? Grading.Status.NEEDS_REVIEW : Grading.Status.GRADED,
        messages,
        round(score),
        rubric.maxScore(),
        round(pending),
        perQuestion,
        items,
        coverage);
  }

  private Grading error(List<String> messages) {
    List<ItemResult> none = List.of();
    Map<String, Double> perQuestion = new LinkedHashMap<>();
    rubric.questions().forEach(q -> perQuestion.put(q.id(), 0.0));
    return new Grading(Grading.Status.ERROR, messages, 0, rubric.maxScore(), 0, perQuestion, none);
  }

  static double round(double v) {
    return Math.round(v * 1e6) / 1e6;
  }
}
