package korrektor.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;

/**
 * What a student sees of a self-check: per question what was found, what is fine and what to look
 * at again, with hints. It holds the student's own values and never an expected value unless the
 * rubric reveals them ({@code expectedShown}); the console, JSON and HTML views all render it.
 *
 * @param file the file's name as handed in
 * @param sheet the sheet's title
 * @param expectedShown whether expected values are included (rubric {@code reveal: after-deadline})
 * @param outcome fine, look-again or unreadable
 * @param problems remarks about the file (unreadable, no name on the sheet, …)
 * @param score points of the parts graded automatically
 * @param maxScore points of the sheet
 * @param pendingPoints points a tutor grades (plots, free text, unsure values)
 * @param questions per question, in sheet order
 * @param language the language of the page and the hints ({@code en}, {@code de})
 */
@JsonPropertyOrder({
  "file",
  "sheet",
  "outcome",
  "expectedShown",
  "problems",
  "score",
  "maxScore",
  "pendingPoints",
  "questions"
})
public record SelfCheckReport(
    String file,
    String sheet,
    boolean expectedShown,
    Outcome outcome,
    List<String> problems,
    double score,
    double maxScore,
    double pendingPoints,
    List<QuestionCheck> questions,
    String language) {

  public SelfCheckReport {
    problems = List.copyOf(problems);
    questions = List.copyOf(questions);
    language = language == null ? "en" : language;
  }

  /** A report in English. */
  public SelfCheckReport(
      String file,
      String sheet,
      boolean expectedShown,
      Outcome outcome,
      List<String> problems,
      double score,
      double maxScore,
      double pendingPoints,
      List<QuestionCheck> questions) {
    this(
        file,
        sheet,
        expectedShown,
        outcome,
        problems,
        score,
        maxScore,
        pendingPoints,
        questions,
        "en");
  }

  /** The whole file's state. */
  public enum Outcome {
    /** Everything the check can grade is fine, and nothing is wrong with the file. */
    FINE,
    /** Something to look at again. */
    LOOK_AGAIN,
    /** The file could not be read. */
    UNREADABLE;

    @JsonValue
    public String id() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /** One item's state, in the student's words. */
  public enum State {
    /** Correct, or an accepted way of computing it. */
    FINE,
    /** Wrong, missing, ambiguous or explained by a mistake: worth another look. */
    LOOK_AGAIN,
    /** Found; a tutor grades it (plots, free-text answers). */
    FOUND;

    @JsonValue
    public String id() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** "fine", "look again", "found". */
    public String words() {
      return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** The state in a language ("sieh noch einmal hin"). */
    public String words(korrektor.grade.Messages msg) {
      return msg.get("check.state." + name().toLowerCase(Locale.ROOT));
    }
  }

  /**
   * One question.
   *
   * @param id as on the sheet
   * @param title the question's title
   * @param state look-again if any item is, else fine if any item is, else found
   * @param valuesAsked values the check grades automatically
   * @param valuesFound of those, values found in the file
   * @param valuesFine of those, values that are fine
   * @param items every item
   */
  public record QuestionCheck(
      String id,
      String title,
      State state,
      int valuesAsked,
      int valuesFound,
      int valuesFine,
      List<ItemCheck> items) {
    public QuestionCheck {
      items = List.copyOf(items);
    }
  }

  /**
   * One item.
   *
   * @param part the part's id
   * @param item what it is: "h at t=2", or the part's title
   * @param state fine, look-again or found
   * @param yourValue the value as the student wrote it, or null
   * @param where where it was found in the file, or null
   * @param hint a sentence for the student
   * @param expected the expected value, only when the rubric reveals it
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ItemCheck(
      String part,
      String item,
      State state,
      String yourValue,
      String where,
      String hint,
      String expected) {}
}
