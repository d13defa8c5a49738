package korrektor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import korrektor.document.Cell;
import korrektor.document.Document;
import korrektor.document.Format;
import korrektor.document.Grid;
import korrektor.document.Location;
import korrektor.document.TextLine;
import korrektor.extract.AnswerSegmenter.How;
import korrektor.extract.AnswerSegmenter.Placed;
import korrektor.extract.AnswerSegmenter.Target;
import org.junit.jupiter.api.Test;

/** Where the answers to a sheet's text parts are, in documents as students write them. */
class AnswerSegmenterTest {
  private static final Map<String, List<String>> SHEET9 = new LinkedHashMap<>();
  private static final List<Target> TARGETS = new ArrayList<>();

  static {
    SHEET9.put("16", List.of("a", "b", "c", "d", "e"));
    SHEET9.put("17", List.of("forward", "plot", "same-output"));
    for (String p : SHEET9.get("16")) {
      TARGETS.add(new Target("16", p, List.of()));
    }
    TARGETS.add(new Target("17", "same-output", List.of("same", "t = 1", "t=1", "t = 3", "t=3")));
  }

  /** A stand-in for the grader's affinity: the words each part's answer is likely to use. */
  private static final AnswerSegmenter.Affinity AFFINITY =
      (t, text) -> {
        String s = text.toLowerCase(Locale.ROOT);
        return switch (t.part()) {
          case "a" -> s.contains("f(") && s.contains("x") ? 2 : 0;
          case "b" -> s.contains("gru") || s.contains("parameter") ? 1.5 : 0;
          case "c" ->
              s.contains("clip") || s.contains("threshold")
                  ? 1.5
                  : s.contains("exploding") ? 0.5 : 0;
          case "d" ->
              s.contains("small") || s.contains("vanishing gradient is")
                  ? 1.5
                  : s.contains("vanish") ? 0.5 : 0;
          case "e" -> s.contains("gate") ? 1.5 : 0;
          default -> s.startsWith("no") || s.startsWith("nein") ? 2.5 : 0;
        };
      };

  private static Document text(Format format, String... lines) {
    List<TextLine> out = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      out.add(TextLine.plain(lines[i], Location.ofLine("answers.txt", 0, i + 1)));
    }
    return new Document("answers.txt", format, List.of(), out, List.of(), 0, List.of());
  }

  private static AnswerSegmenter.Result segment(Document... docs) {
    return AnswerSegmenter.segment(Paragraphs.of(List.of(docs)), TARGETS, SHEET9, AFFINITY);
  }

  private static Optional<String> answer(AnswerSegmenter.Result r, String part) {
    return r.placed().stream()
        .filter(p -> p.target().part().equals(part))
        .map(Placed::text)
        .findFirst();
  }

  private static Optional<How> how(AnswerSegmenter.Result r, String part) {
    return r.placed().stream()
        .filter(p -> p.target().part().equals(part))
        .map(Placed::how)
        .findFirst();
  }

  @Test
  void readsTheLabelsStudentsWrite() {
    var r =
        segment(
            text(
                Format.TEXT,
                "Aufgabe 16",
                "a) h5 = f(W x5 + U h4)",
                "**(b)** GRUs have fewer parameters.",
                "16 c: Clipping caps the gradient.",
                "- d. The gradient becomes very small.",
                "16.5 Gates decide what is kept.",
                "t=1 vs. t=3: Nein, weil der Zustand anders ist."));

    assertThat(answer(r, "a")).contains("h5 = f(W x5 + U h4)");
    assertThat(answer(r, "b")).contains("GRUs have fewer parameters.");
    assertThat(answer(r, "c")).contains("Clipping caps the gradient.");
    assertThat(answer(r, "d")).contains("The gradient becomes very small.");
    assertThat(answer(r, "e")).contains("Gates decide what is kept.");
    assertThat(answer(r, "same-output")).contains("Nein, weil der Zustand anders ist.");
    assertThat(r.placed()).allMatch(p -> p.how() == How.LABEL);
  }

  @Test
  void takesTheAnswerFromTheLineBelowALabelThatStandsAlone() {
    var r = segment(text(Format.DOCX, "a)", "h5 = f(W x5 + U f(W x4))", "b)", "GRUs are cheaper."));

    assertThat(answer(r, "a")).contains("h5 = f(W x5 + U f(W x4))");
    assertThat(answer(r, "b")).contains("GRUs are cheaper.");
  }

  @Test
  void splitsAParagraphAtLabelsInsideIt() {
    var r =
        segment(
            text(
                Format.ODT,
                "a) y = f(U x5 + W h4) und h4 usw. genauso 16b Weniger Gewichte, also schneller. "
                    + "16c Man begrenzt die Norm des Gradienten."));

    assertThat(answer(r, "a")).contains("y = f(U x5 + W h4) und h4 usw. genauso");
    assertThat(answer(r, "b")).contains("Weniger Gewichte, also schneller.");
    assertThat(answer(r, "c")).contains("Man begrenzt die Norm des Gradienten.");
  }

  @Test
  void countsAListsNumbersAsTheQuestionsParts() {
    var r =
        segment(
            text(
                Format.DOCX,
                "Question 16",
                "1. h5 = f(W x5 + U h4)",
                "2. GRUs are cheaper.",
                "Question 17",
                "1. g(1) = 0.5769",
                "2. f(1) = 0.5436",
                "3. q(1) = 0.6177"));

    assertThat(answer(r, "b")).contains("GRUs are cheaper.");
    assertThat(answer(r, "same-output")).isEmpty(); // Q17's parts are no lettered list
  }

  @Test
  void placesUnlabelledParagraphsByTheirPlaceUnderTheHeading() {
    var r =
        segment(
            text(
                Format.DOCX,
                "Q16",
                "y = f(W f(U x1) + U x2)",
                "Fewer parameters.",
                "It rescales the gradient.",
                "I forgot this one.",
                "Nothing about it either."));

    assertThat(answer(r, "d")).contains("I forgot this one.");
    assertThat(how(r, "d")).contains(How.ORDER);
  }

  @Test
  void placesUnlabelledParagraphsByTheirContentInTheSheetsOrder() {
    var r =
        segment(
            text(
                Format.DOCX,
                "Isabel García",
                "Notation: i = input gate, o = output gate, c = cell state",
                "GRUs have fewer parameters and train faster.",
                "Gates let the gradient flow over many steps.",
                "No, y3 is bigger than y1: the state carries the earlier inputs."));

    assertThat(answer(r, "b")).contains("GRUs have fewer parameters and train faster.");
    assertThat(answer(r, "e")).contains("Gates let the gradient flow over many steps.");
    assertThat(answer(r, "same-output"))
        .contains("No, y3 is bigger than y1: the state carries the earlier inputs.");
    assertThat(how(r, "e")).contains(How.CONTENT);
    assertThat(r.unclaimed()).noneMatch(u -> u.text().startsWith("Notation"));
  }

  @Test
  void keepsAnswersInTheirQuestionsSection() {
    var r =
        segment(
            text(
                Format.DOCX,
                "Question 16",
                "a) h5 = f(W x5 + U h4)",
                "Question 17",
                "The GRU has fewer parameters than my LSTM here."));

    assertThat(answer(r, "b")).isEmpty();
    assertThat(r.unclaimed()).extracting(AnswerSegmenter.Unclaimed::question).containsExactly("17");
  }

  @Test
  void takesAGatesValueNamedLikeAQuestionForNoOtherSheetsHeading() {
    assertThat(Labels.foreignHeading("• q1 = 0.6177", SHEET9.keySet())).isFalse();
    assertThat(Labels.foreignHeading("q 2 → 0.6173", SHEET9.keySet())).isFalse();
    assertThat(Labels.foreignHeading("Q1: Backpropagation", SHEET9.keySet())).isTrue();
    assertThat(Labels.foreignHeading("Aufgabe 3", SHEET9.keySet())).isTrue();
  }

  @Test
  void readsALetterUnderAQuestionWithoutThatPartAsTheStudentsOwnSubHeading() {
    var r =
        segment(
            text(
                Format.TEXT,
                "## Aufgabe 17",
                "b) Output:",
                "y = 0.5757",
                "## Aufgabe 16",
                "b) The GRU merges the gates and so has fewer parameters."));

    assertThat(answer(r, "b")).hasValueSatisfying(t -> assertThat(t).startsWith("The GRU merges"));
  }

  @Test
  void neverTakesValuesCodeLegendsOrTheSheetsQuestionsForAnAnswer() {
    var r =
        segment(
            text(
                Format.TEXT,
                "input gate 0.5769",
                "forget gate 0.5436",
                "output gate 0.6177",
                "",
                "def step(x, h):",
                "    g = sig(0.1 + 0.3*x - 0.3*h)",
                "    return g",
                "",
                "i = input gate (g), o = output gate (q), C~ = candidate",
                "",
                "What are the main contributions of LSTMs and GRUs to RNNs?"));

    assertThat(r.placed()).isEmpty();
    assertThat(r.unclaimed()).isEmpty();
  }

  @Test
  void readsAnswersInASpreadsheetsRows() {
    List<Cell> cells =
        List.of(
            new Cell(0, 0, "a", null, Location.ofCell("a.xlsx", "Q16", 0, 0)),
            new Cell(
                0, 1, "h5 = f(U*x5 + W*f(U*x4))", null, Location.ofCell("a.xlsx", "Q16", 0, 1)),
            new Cell(1, 0, "16 c)", null, Location.ofCell("a.xlsx", "Q16", 1, 0)),
            new Cell(
                1,
                1,
                "Clipping rescales the gradient above a threshold.",
                null,
                Location.ofCell("a.xlsx", "Q16", 1, 1)),
            new Cell(2, 0, "forget gate", null, Location.ofCell("a.xlsx", "Q16", 2, 0)),
            new Cell(2, 1, "0.5436", 0.5436, Location.ofCell("a.xlsx", "Q16", 2, 1)));
    Document sheet =
        new Document(
            "a.xlsx",
            Format.XLSX,
            List.of(new Grid("Q16", cells)),
            List.of(),
            List.of(),
            0,
            List.of());

    var r = segment(sheet);

    assertThat(answer(r, "a")).contains("h5 = f(U*x5 + W*f(U*x4))");
    assertThat(answer(r, "c")).contains("Clipping rescales the gradient above a threshold.");
    assertThat(r.placed()).hasSize(2);
  }

  @Test
  void meetsTheFinalVersionsAnswersBeforeADraftsOnes() {
    Document draft =
        new Document(
            "sheet9_draft.txt",
            Format.TEXT,
            List.of(),
            List.of(
                TextLine.plain("b) GRUs are better.", Location.ofLine("sheet9_draft.txt", 0, 1))),
            List.of(),
            0,
            List.of());
    Document last =
        new Document(
            "sheet9_final.txt",
            Format.TEXT,
            List.of(),
            List.of(
                TextLine.plain(
                    "b) GRUs have fewer parameters.", Location.ofLine("sheet9_final.txt", 0, 1))),
            List.of(),
            0,
            List.of());

    assertThat(answer(segment(draft, last), "b")).contains("GRUs have fewer parameters.");
  }

  @Test
  void keepsTheSentenceAfterATableApartFromIt() {
    var r =
        segment(
            text(
                Format.PDF,
                "Question 17",
                "t g f q",
                "1 0.5769 0.5436 0.6177",
                "2 0.5428 0.5507 0.6173",
                "No. Same input, but the state from steps 1 and 2 enters step 3."));

    assertThat(answer(r, "same-output"))
        .contains("No. Same input, but the state from steps 1 and 2 enters step 3.");
  }

  @Test
  void findsTheAnswerOfAQuestionWithoutSubPartsUnderItsHeading() {
    Map<String, List<String>> sheet = new LinkedHashMap<>();
    sheet.put("1", List.of("values"));
    sheet.put("2", List.of("answer"));
    sheet.put("3", List.of("plot"));
    List<Target> targets = List.of(new Target("2", "answer", List.of()));
    Document d =
        text(
            Format.TEXT,
            "Question 1",
            "t z r h",
            "1 0.4502 0.4750 0.3986 0.5737",
            "## Aufgabe 2",
            "What does the update gate decide?",
            "It decides how much of the previous hidden state is kept",
            "and how much is replaced by the candidate.",
            "## Aufgabe 3",
            "Plot attached.");

    var r = AnswerSegmenter.segment(Paragraphs.of(List.of(d)), targets, sheet, (t, s) -> 0);

    assertThat(r.placed())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.text())
                  .isEqualTo(
                      "It decides how much of the previous hidden state is kept\n"
                          + "and how much is replaced by the candidate.");
              assertThat(p.location().line()).isEqualTo(6);
            });
  }

  @Test
  void findsTheAnswerOnTheHeadingsOwnLineAndNotUnderAnotherQuestion() {
    Map<String, List<String>> sheet = new LinkedHashMap<>();
    sheet.put("1", List.of("a"));
    sheet.put("2", List.of("a"));
    List<Target> targets =
        List.of(new Target("1", "a", List.of()), new Target("2", "a", List.of()));

    var r =
        AnswerSegmenter.segment(
            Paragraphs.of(
                List.of(
                    text(
                        Format.TEXT,
                        "Q2: The update gate decides how much of the old state survives.",
                        "Question 16",
                        "Unrelated text here."))),
            targets,
            sheet,
            (t, s) -> 0);

    assertThat(r.placed())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.target().question()).isEqualTo("2");
              assertThat(p.text())
                  .isEqualTo("The update gate decides how much of the old state survives.");
            });
  }

  @Test
  void takesTheLinesBelowAShortHeadingNamedInThePartsLabels() {
    Map<String, List<String>> sheet = Map.of("16", List.of("a"));
    List<Target> targets = List.of(new Target("16", "a", List.of("Frage zur GRU")));

    var r =
        AnswerSegmenter.segment(
            Paragraphs.of(
                List.of(
                    text(
                        Format.DOCX,
                        "Frage zur GRU:",
                        "Das Update-Gate entscheidet, wie viel vom alten Zustand bleibt."))),
            targets,
            sheet,
            (t, s) -> 0);

    assertThat(r.placed())
        .singleElement()
        .extracting(Placed::text)
        .isEqualTo("Das Update-Gate entscheidet, wie viel vom alten Zustand bleibt.");
  }

  @Test
  void takesNoValueLinesBelowAStepHeadingForAnAnswer() {
    var r =
        segment(
            text(
                Format.TEXT,
                "t = 1",
                "g = 0.5769, f = 0.5436",
                "q = 0.6177",
                "t = 3",
                "g = 0.5481"));

    assertThat(answer(r, "same-output")).isEmpty();
  }

  @Test
  void leavesProseNoPartClaimsForTheGraderToWeigh() {
    var r =
        segment(
            text(
                Format.DOCX,
                "Question 16",
                "a) h5 = f(W x5 + U h4)",
                "Question 17",
                "I also wondered about vanishing gradients, see my notes."));

    assertThat(r.unclaimed())
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.question()).isEqualTo("17");
              assertThat(u.location().line()).isEqualTo(4);
            });
  }
}
