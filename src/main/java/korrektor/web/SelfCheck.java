package korrektor.web;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import korrektor.batch.BatchGrader;
import korrektor.batch.IsolatedGrader;
import korrektor.batch.IsolatedReader;
import korrektor.batch.Submission;
import korrektor.batch.SubmissionFinder;
import korrektor.document.Document;
import korrektor.document.Format;
import korrektor.document.ReadLimits;
import korrektor.grade.Grader;
import korrektor.grade.Grading;
import korrektor.grade.ItemResult;
import korrektor.grade.Messages;
import korrektor.grade.StudentText;
import korrektor.grade.Verdict;
import korrektor.result.Student;
import korrektor.result.SubmissionResult;
import korrektor.rubric.Part;
import korrektor.rubric.PartKind;
import korrektor.rubric.Question;
import korrektor.rubric.Rubric;
import korrektor.web.SelfCheckReport.ItemCheck;
import korrektor.web.SelfCheckReport.QuestionCheck;
import korrektor.web.SelfCheckReport.State;

/**
 * Grades one student file in student mode and turns the result into a {@link SelfCheckReport}.
 * Thread-safe: the server shares one instance between requests.
 */
public final class SelfCheck implements AutoCloseable {
  private final Rubric rubric;
  private final boolean reveal;
  private final Grader grader;
  private final BatchGrader.FileReader reader;
  private final IsolatedGrader isolated;

  /**
   * A self-check against the rubric, reading and grading files in this process with the given
   * reader.
   */
  public SelfCheck(Rubric rubric, BatchGrader.FileReader reader) {
    this.reveal = StudentMode.reveals(rubric);
    this.rubric = StudentMode.of(rubric);
    this.grader = new Grader(this.rubric);
    this.reader = reader;
    this.isolated = null;
  }

  private SelfCheck(
      Rubric rubric,
      String rubricText,
      String rubricSource,
      ReadLimits limits,
      IsolatedReader.Options options,
      int concurrent) {
    this.reveal = StudentMode.reveals(rubric);
    this.rubric = StudentMode.of(rubric);
    this.grader = new Grader(this.rubric);
    this.reader = null;
    this.isolated =
        new IsolatedGrader(
            rubricText, rubricSource, this.rubric.reveal(), grader, limits, options, concurrent);
  }

  /**
   * A self-check that reads and grades every file in a grading process of its own, with the file
   * time limit and memory of {@code options} (what {@code serve} does): a hostile upload costs that
   * process, never the server. {@link #close} stops the processes.
   *
   * @param rubricText the rubric's YAML, which {@code rubric} was read from
   */
  public static SelfCheck isolated(
      Rubric rubric,
      String rubricText,
      String rubricSource,
      ReadLimits limits,
      IsolatedReader.Options options,
      int concurrent) {
    return new SelfCheck(rubric, rubricText, rubricSource, limits, options, concurrent);
  }

  /** Stops the grading processes of an isolated self-check. */
  @Override
  public void close() {
    if (isolated != null) {
      isolated.close();
    }
  }

  /**
   * The rubric as graded: reveal forced to student unless the rubric reveals after the deadline.
   */
  public Rubric rubric() {
    return rubric;
  }

  /**
   * Checks one file. A file named like {@code 271001_Anna_Becker.pdf} also gets the name check (is
   * the student's name on the sheet); the file's name is what every location shows.
   */
  public SelfCheckReport check(Path file) {
    return check(file, Long.MAX_VALUE);
  }

  /**
   * The same, answered by {@code deadlineNanos} ({@link System#nanoTime}) at the latest: an
   * isolated check stops its grading process then, whatever the file's own limit.
   */
  public SelfCheckReport check(Path file, long deadlineNanos) {
    return check(List.of(file), deadlineNanos);
  }

  /**
   * Checks several files handed in together (a {@code values.csv} with a {@code plot.png}) as one
   * submission, as {@code grade} reads a student's folder. The first file named like {@code
   * 271001_Anna_Becker} gives the name check.
   */
  public SelfCheckReport check(List<Path> files, long deadlineNanos) {
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no file to check");
    }
    List<String> names = files.stream().map(f -> f.getFileName().toString()).toList();
    Student student = null;
    for (String name : names) {
      String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
      Student s = SubmissionFinder.student(stem);
      if (!s.id().equals(stem)) {
        student = s;
        break;
      }
    }
    boolean named = student != null;
    String first = names.get(0);
    if (!named) {
      student =
          SubmissionFinder.student(
              first.contains(".") ? first.substring(0, first.lastIndexOf('.')) : first);
    }
    List<String> notes = new ArrayList<>();
    SubmissionResult result;
    List<Path> absolute = files.stream().map(Path::toAbsolutePath).toList();
    Path root = absolute.get(0).getParent();
    if (isolated != null) {
      result =
          isolated.grade(root, new Submission(student, absolute), !named, deadlineNanos).result();
    } else if (named) {
      result = new BatchGrader(grader, reader, 1).gradeOne(root, new Submission(student, absolute));
    } else {
      List<Document> docs = new ArrayList<>();
      for (int k = 0; k < files.size(); k++) {
        try {
          docs.add(reader.read(files.get(k), names.get(k)));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
          docs.add(
              Document.unreadable(
                  names.get(k),
                  Format.UNKNOWN,
                  "could not be read; hand in a PDF, xlsx or CSV file"));
        }
      }
      result = SubmissionResult.of(student, names, grader.grade(docs));
    }
    if (!named && result.status() != Grading.Status.ERROR) {
      notes.add(Messages.of(rubric.language()).get("check.nameYourFile", extension(first)));
    }
    return report(String.join(", ", names), result, notes);
  }

  private SelfCheckReport report(String file, SubmissionResult r, List<String> notes) {
    Messages msg = Messages.of(rubric.language());
    String labelHint = msg.get("fb.labelHint").strip();
    String answerHint = msg.get("check.noAnswerHint");
    boolean answerHintNeeded = false;
    List<String> problems =
        new ArrayList<>(
            r.messages().stream()
                .map(StudentText::of)
                .flatMap(java.util.Optional::stream)
                .toList());
    long valuesFound =
        r.items().stream()
            .filter(i -> i.quantity() != null && i.verdict() != Verdict.MISSING)
            .count();
    boolean noValues = valuesFound == 0 && r.items().stream().anyMatch(i -> i.quantity() != null);
    boolean labelHintNeeded = false;
    List<QuestionCheck> questions = new ArrayList<>();
    for (Question q : rubric.questions()) {
      List<ItemCheck> items = new ArrayList<>();
      int asked = 0;
      int found = 0;
      int fine = 0;
      for (ItemResult i : r.items()) {
        if (!i.question().equals(q.id())) {
          continue;
        }
        Part p = q.parts().stream().filter(x -> x.id().equals(i.part())).findFirst().orElseThrow();
        if (p.kind() == PartKind.VALUES) {
          asked++;
          found += i.verdict() == Verdict.MISSING ? 0 : 1;
        }
        ItemCheck item = item(p, i);
        // the "label each value" hint is said once for the whole page, not once per missing value
        if (item.hint() != null && item.hint().contains(labelHint)) {
          labelHintNeeded = true;
          String hint = item.hint().replace(labelHint, "").strip();
          item =
              new ItemCheck(
                  item.part(),
                  item.item(),
                  item.state(),
                  item.yourValue(),
                  item.where(),
                  noValues && i.verdict() == Verdict.MISSING ? null : hint,
                  item.expected());
        }
        if (item.hint() != null && item.hint().contains(answerHint)) {
          answerHintNeeded = true;
          item =
              new ItemCheck(
                  item.part(),
                  item.item(),
                  item.state(),
                  item.yourValue(),
                  item.where(),
                  item.hint().replace(answerHint, "").strip(),
                  item.expected());
        }
        fine += p.kind() == PartKind.VALUES && item.state() == State.FINE ? 1 : 0;
        if (noValues && p.kind() == PartKind.VALUES && i.verdict() == Verdict.MISSING) {
          continue; // "0 of 21 values found" and one note say it; 21 identical lines would not
        }
        items.add(item);
      }
      State state =
          items.stream().anyMatch(i -> i.state() == State.LOOK_AGAIN) || found < asked
              ? State.LOOK_AGAIN
              : items.stream().anyMatch(i -> i.state() == State.FINE) ? State.FINE : State.FOUND;
      questions.add(new QuestionCheck(q.id(), q.title(), state, asked, found, fine, items));
    }
    if (noValues) {
      problems.add(0, msg.get("check.noValuesHint", file));
    } else if (labelHintNeeded) {
      problems.add(labelHint);
    }
    if (answerHintNeeded) {
      problems.add(answerHint);
    }
    SelfCheckReport.Outcome outcome;
    if (r.status() == Grading.Status.ERROR) {
      outcome = SelfCheckReport.Outcome.UNREADABLE;
      questions = List.of();
      problems.removeIf(
          p ->
              p.startsWith(msg.get("check.noValuesHint", file))
                  || p.equals(labelHint)
                  || p.equals(answerHint));
    } else if (!problems.isEmpty()
        || questions.stream().anyMatch(q -> q.state() == State.LOOK_AGAIN)) {
      outcome = SelfCheckReport.Outcome.LOOK_AGAIN;
    } else {
      outcome = SelfCheckReport.Outcome.FINE;
    }
    problems.addAll(notes);
    return new SelfCheckReport(
        file,
        rubric.title(),
        reveal,
        outcome,
        problems,
        r.score(),
        r.maxScore(),
        r.pendingPoints(),
        questions,
        rubric.language());
  }

  private ItemCheck item(Part p, ItemResult i) {
    State state =
        switch (i.verdict()) {
          case CORRECT, ALTERNATIVE, FOLLOW_THROUGH -> State.FINE;
          case WRONG, MISSING, MISCONCEPTION, PARTIAL -> State.LOOK_AGAIN;
          // a plot or a text answer that was located is for a tutor; an unsure or ambiguous value
          // is worth another look
          case REVIEW ->
              p.kind() != PartKind.VALUES && i.source() != null ? State.FOUND : State.LOOK_AGAIN;
        };
    String what =
        i.quantity() == null
            ? p.title()
            : Messages.of(rubric.language())
                .get(
                    "item.at",
                    i.quantity() + (i.component() != null ? "[" + i.component() + "]" : ""),
                    i.step());
    String value = p.kind() == PartKind.VALUES ? i.foundText() : null;
    String expected = reveal && i.expected() != null ? number(i.expected()) : null;
    String hint = i.feedback() == null ? null : StudentText.of(i.feedback()).orElse(null);
    return new ItemCheck(p.id(), what, state, value, i.source(), hint, expected);
  }

  private static String number(double v) {
    return String.format(Locale.ROOT, "%.5f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
  }

  private static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(dot).toLowerCase(Locale.ROOT) : ".pdf";
  }
}
