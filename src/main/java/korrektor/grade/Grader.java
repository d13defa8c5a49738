package korrektor.grade;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import korrektor.document.Document;
import korrektor.document.Problem;
import korrektor.extract.AnswerLocator;
import korrektor.extract.Candidate;
import korrektor.extract.Extraction;
import korrektor.extract.Extractor;
import korrektor.rubric.ItemKeys;
import korrektor.rubric.Part;
import korrektor.rubric.PartKind;
import korrektor.rubric.Question;
import korrektor.rubric.Reveal;
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

  public Grader(Rubric rubric) {
    this.rubric = rubric;
    this.expected = Expectations.of(rubric);
    this.extractor = new Extractor(rubric.quantities().values(), expected.dimensions(), expected.steps());
    this.feedback = new Feedback(rubric);
  }

  public Rubric rubric() {
    return rubric;
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
    List<Candidate> candidates = new ArrayList<>();
    List<AnswerLocator.Answer> text = new ArrayList<>();
    boolean figures = false;
    for (Document d : readable) {
      Extraction e = extractor.extract(d);
      candidates.addAll(e.candidates());
      messages.addAll(e.notes());
      text.addAll(AnswerLocator.textOf(d));
      figures |= !d.figures().isEmpty();
    }
    Map<String, List<Candidate>> byItem = new Extraction(candidates, List.of()).byItem();
    List<ItemResult> items = new ArrayList<>();
    for (Question q : rubric.questions()) {
      for (Part p : q.parts()) {
        switch (p.kind()) {
          case VALUES -> values(q, p, byItem, items);
          case PLOT -> items.add(plot(q, p, readable, figures));
          case TEXT -> items.add(text(q, p, text));
        }
      }
    }
    boolean partlyUnreadable = readable.size() < documents.size();
    return total(items, messages, partlyUnreadable);
  }

  private void values(Question q, Part p, Map<String, List<Candidate>> byItem, List<ItemResult> out) {
    for (int t : p.steps()) {
      for (String quantity : p.quantities()) {
        int dim = expected.dimension(quantity);
        for (int c = 0; c < dim; c++) {
          int component = dim > 1 ? c + 1 : 0;
          String key = ItemKeys.format(quantity, component, t);
          double e = expected.get(q.id(), p.id(), key);
          double max = p.itemPoints().get(quantity);
          out.add(valueItem(q, p, quantity, component, t, e, max, byItem.getOrDefault(key, List.of())));
        }
      }
    }
  }

  private ItemResult valueItem(Question q, Part p, String quantity, int component, int step, double e, double max, List<Candidate> found) {
    Integer comp = component > 0 ? component : null;
    if (found.isEmpty()) {
      return new ItemResult(q.id(), p.id(), quantity, comp, step, Verdict.MISSING, null, null, e, 0, max, null, null,
          feedback.value(quantity, component, step, Verdict.MISSING, null, e), null);
    }
    List<List<Candidate>> groups = agreeingGroups(found);
    Candidate best = representative(groups.get(0));
    boolean ok = ToleranceCheck.accepts(p.tolerance(), best.number(), e);
    List<String> others = new ArrayList<>();
    boolean sameVerdict = true;
    for (List<Candidate> g : groups.subList(1, groups.size())) {
      Candidate o = representative(g);
      others.add(o.number().raw() + " (" + o.location() + ")");
      sameVerdict &= ToleranceCheck.accepts(p.tolerance(), o.number(), e) == ok;
    }
    if (!sameVerdict) {
      String reason = "different values found for " + ItemKeys.format(quantity, component, step) + ": "
          + best.number().raw() + " (" + best.location() + ") and " + String.join(", ", others);
      return new ItemResult(q.id(), p.id(), quantity, comp, step, Verdict.REVIEW, best.value(), best.number().raw(), e, 0, max,
          best.location().toString(), others, feedback.value(quantity, component, step, Verdict.REVIEW, best, e), reason);
    }
    Verdict v = ok ? Verdict.CORRECT : Verdict.WRONG;
    return new ItemResult(q.id(), p.id(), quantity, comp, step, v, best.value(), best.number().raw(), e, ok ? max : 0, max,
        best.location().toString(), others.isEmpty() ? null : others, feedback.value(quantity, component, step, v, best, e), null);
  }

  /** Groups candidates whose values agree within the rounding of the less precise one; the largest group, then the strongest evidence, first. */
  private static List<List<Candidate>> agreeingGroups(List<Candidate> found) {
    List<List<Candidate>> groups = new ArrayList<>();
    for (Candidate c : found) {
      Optional<List<Candidate>> home = groups.stream().filter(g -> agree(g.get(0), c)).findFirst();
      if (home.isPresent()) {
        home.get().add(c);
      } else {
        groups.add(new ArrayList<>(List.of(c)));
      }
    }
    groups.sort(Comparator.<List<Candidate>>comparingInt(g -> g.stream().mapToInt(c -> c.evidence().ordinal()).min().orElse(9))
        .thenComparing(Comparator.<List<Candidate>>comparingInt(List::size).reversed()));
    return groups;
  }

  private static boolean agree(Candidate a, Candidate b) {
    int n = Math.min(a.number().decimals(), b.number().decimals());
    return Math.abs(a.value() - b.value()) < 0.51 * Math.pow(10, -n) + 1e-12;
  }

  private static Candidate representative(List<Candidate> group) {
    return group.stream()
        .min(Comparator.<Candidate>comparingInt(c -> c.evidence().ordinal()).thenComparing(Comparator.<Candidate>comparingInt(c -> c.number().decimals()).reversed()))
        .orElseThrow();
  }

  private ItemResult plot(Question q, Part p, List<Document> docs, boolean figures) {
    if (!figures) {
      return new ItemResult(q.id(), p.id(), null, null, null, Verdict.MISSING, null, null, null, 0, p.points(), null, null,
          "No plot found: none of your files holds a chart, an image or a drawing.", null);
    }
    String where = docs.stream().flatMap(d -> d.figures().stream()).map(f -> f.description() + " (" + f.location() + ")")
        .findFirst().orElse("");
    return new ItemResult(q.id(), p.id(), null, null, null, Verdict.REVIEW, null, null, null, 0, p.points(), where, null,
        "A plot was found; a tutor checks it.", "plots are checked by a tutor: " + where);
  }

  private ItemResult text(Question q, Part p, List<AnswerLocator.Answer> text) {
    Optional<AnswerLocator.Answer> a = AnswerLocator.locate(text, q.id(), p.id(), p.labels());
    if (a.isPresent()) {
      return new ItemResult(q.id(), p.id(), null, null, null, Verdict.REVIEW, null, a.get().text(), null, 0, p.points(),
          a.get().location().toString(), null, "Your answer was found; a tutor grades it.",
          "free-text answers are graded by a tutor");
    }
    if (AnswerLocator.hasProse(text)) {
      return new ItemResult(q.id(), p.id(), null, null, null, Verdict.REVIEW, null, null, null, 0, p.points(), null, null,
          "No answer labelled " + q.id() + " " + p.id() + " was found; a tutor looks for it.",
          "answer not located: the submission has text, but no label for " + q.id() + " " + p.id());
    }
    return new ItemResult(q.id(), p.id(), null, null, null, Verdict.MISSING, null, null, null, 0, p.points(), null, null,
        "No answer found for " + q.id() + " " + p.id() + ".", null);
  }

  private Grading total(List<ItemResult> items, List<String> messages, boolean partlyUnreadable) {
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
    boolean review = partlyUnreadable || items.stream().anyMatch(i -> i.verdict() == Verdict.REVIEW);
    return new Grading(review ? Grading.Status.NEEDS_REVIEW : Grading.Status.GRADED, messages, round(score),
        rubric.maxScore(), round(pending), perQuestion, items);
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

  boolean reveals() {
    return rubric.reveal() != Reveal.STUDENT;
  }
}
