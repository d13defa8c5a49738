package korrektor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import korrektor.document.Location;
import org.junit.jupiter.api.Test;

class AnswerLocatorTest {
  private static List<AnswerLocator.Answer> lines(String... texts) {
    List<AnswerLocator.Answer> out = new java.util.ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      out.add(new AnswerLocator.Answer(texts[i], Location.ofLine("a.pdf", 1, i + 1)));
    }
    return out;
  }

  @Test
  void picksTheLineNamingMostKeywordsNotAnotherPartsAnswer() {
    var text = lines(
        "a) y = f(W f(W f(U x1) + U x2) + U x3), the same W and U at every step.",
        "t=1: g=0.5769, f=0.5436, q=0.6177, h=0.2610, output=0.5757 t=3: g=0.5481",
        "The output at t = 1 (0.5757) is not the same as at t = 3 (0.8140), because the state remembers.");

    var a = AnswerLocator.locate(text, "17", "same-output", List.of("same", "t = 1", "t=1", "t = 3", "t=3"));

    assertThat(a).isPresent();
    assertThat(a.get().location().line()).isEqualTo(3);
  }

  @Test
  void findsNothingWhenOnlyValueLinesMentionTheSteps() {
    var text = lines("t=1: g=0.5769, f=0.5436, q=0.6177 t=3: g=0.5481, f=0.5725, q=0.6450");

    assertThat(AnswerLocator.locate(text, "17", "same-output", List.of("t=1", "t=3"))).isEmpty();
  }

  @Test
  void findsTheAnswerOfAQuestionWithoutSubPartsOnTheLinesBelowItsHeading() {
    var text = lines(
        "Question 1",
        "t z r h",
        "1 0.4502 0.4750 0.3986 0.5737",
        "## Aufgabe 2",
        "What does the update gate decide?",
        "It decides how much of the previous hidden state is kept",
        "and how much is replaced by the candidate.",
        "## Aufgabe 3",
        "Plot attached.");

    var a = AnswerLocator.locate(text, "2", "answer", List.of(), true);

    assertThat(a).isPresent();
    assertThat(a.get().text()).isEqualTo("It decides how much of the previous hidden state is kept"
        + " and how much is replaced by the candidate.");
    assertThat(a.get().location().line()).isEqualTo(4);
  }

  @Test
  void findsTheAnswerOnTheHeadingsOwnLine() {
    var text = lines("Q2: The update gate decides how much of the old state survives.", "Q3: see plot");

    assertThat(AnswerLocator.locate(text, "2", "a", List.of(), true).map(AnswerLocator.Answer::text))
        .contains("The update gate decides how much of the old state survives.");
  }

  @Test
  void prefersAHeadingWithAWordOverABareNumberInAList() {
    var text = lines("Question 1: forward pass", "1. first I computed z", "2. then r and the candidate",
        "**Frage 2**", "z keeps the old state when it is close to one.");

    assertThat(AnswerLocator.locate(text, "2", "a", List.of(), true).map(AnswerLocator.Answer::text))
        .contains("z keeps the old state when it is close to one.");
  }

  @Test
  void doesNotTakeQuestion16ForQuestion1() {
    var text = lines("Question 16", "The gate keeps the old state in general.");

    assertThat(AnswerLocator.locate(text, "1", "a", List.of(), true)).isEmpty();
  }

  @Test
  void takesTheLinesBelowAShortHeadingNamedInTheLabels() {
    var text = lines("Aufgabe 16", "Das Update-Gate entscheidet, wie viel vom alten Zustand bleibt.");

    var a = AnswerLocator.locate(text, "16", "a", List.of("Question 16", "Aufgabe 16"));

    assertThat(a.map(AnswerLocator.Answer::text)).contains("Das Update-Gate entscheidet, wie viel vom alten Zustand bleibt.");
  }

  @Test
  void takesNoValueLinesBelowAStepHeadingForAnAnswer() {
    var text = lines("t = 1", "g = 0.5769, f = 0.5436", "q = 0.6177", "t = 3", "g = 0.5481");

    assertThat(AnswerLocator.locate(text, "17", "same-output", List.of("same", "t = 1", "t = 3"))).isEmpty();
  }

  @Test
  void countsWordsAsWhitespaceSplitDoes() {
    for (String s : List.of("a", " a", "a ", "a  b", "\ta b\nc", "  a b c d ", "x\u00A0y z", "ä ö ü ß")) {
      assertThat(AnswerLocator.words(s)).as("'%s'", s).isEqualTo(s.split("\\s+").length);
    }
  }

  @Test
  void skipsOnlyLinesTheLabelPatternCannotMatch() {
    java.util.Random random = new java.util.Random(11);
    String[] pieces = {" ", "  ", "#", "##", "*", "**", "-", "(", ")", ".", ":", "a", "A", "b", "16", "17", "Q", "q",
        "Question", "Aufgabe", "frage", "x", "h(1)", "0.5", "\t", "é"};
    int matched = 0;
    for (String[] qp : new String[][] {{"16", "a"}, {"16", "b"}, {"17", "a"}, {"Q1", "c"}}) {
      var label = AnswerLocator.partLabel(qp[0], qp[1]);
      for (int n = 0; n < 50_000; n++) {
        StringBuilder line = new StringBuilder();
        for (int k = random.nextInt(6) + 1; k > 0; k--) {
          line.append(pieces[random.nextInt(pieces.length)]);
        }
        String s = line.toString();
        if (label.matcher(s).lookingAt()) {
          matched++;
          assertThat(AnswerLocator.mayStartWithLabel(s, qp[0], qp[1])).as("'%s' for %s %s", s, qp[0], qp[1]).isTrue();
        }
      }
    }
    assertThat(matched).as("lines the patterns matched").isGreaterThan(500);
  }
}
