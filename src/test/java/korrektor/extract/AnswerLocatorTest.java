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
