package korrektor.document.rtf;

import static korrektor.document.ListFixtures.lines;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import korrektor.document.Cell;
import korrektor.document.Document;
import korrektor.document.ListFixtures;
import korrektor.document.ReadLimits;
import korrektor.document.read.DocumentReaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RtfListNumberingTest {

  @TempDir Path dir;

  private Document rtf(String content) throws Exception {
    Path file = Files.write(dir.resolve("a.rtf"), content.getBytes(StandardCharsets.ISO_8859_1));
    return DocumentReaders.standard().read(file, "a.rtf", ReadLimits.DEFAULT);
  }

  @Test
  void theListTextTheWriterRenderedGoesBeforeEachParagraph() throws Exception {
    Document d = ListFixtures.read(dir, "letters.rtf");

    assertThat(d.problems()).isEmpty();
    assertThat(lines(d))
        .containsExactly(
            "Question 16",
            "a) The input gate is g(1) = 0.5769.",
            "b) The forget gate is f(1) = 0.5436.",
            "(i) it keeps about half of the old cell state",
            "(ii) it is close to 0.5 because the weights are small",
            "b.ii.1 the weights are drawn from N(0, 0.1)",
            "c) The output gate is q(1) = 0.6177.",
            "d) The cell state is s(1) = 0.4225.",
            "e) The hidden state is h(1) = 0.2610.",
            "Question 17",
            "a) The output is y(1) = 0.5757.",
            "b) The output is y(2) = 0.7218.",
            "Question 18",
            "c) starts at c) on purpose");
  }

  @Test
  void wordListNumberStyleThroughLibreOfficeKeepsNumbersAndBullets() throws Exception {
    Document d = ListFixtures.read(dir, "list-styles.rtf");

    assertThat(lines(d))
        .containsExactly(
            "Question 16",
            "1. The input gate is g(1) = 0.5769.",
            "2. The forget gate is f(1) = 0.5436.",
            "3. The output gate is q(1) = 0.6177.",
            "4. The cell state is s(1) = 0.4225.",
            "5. The hidden state is h(1) = 0.2610.",
            "Remarks",
            "• values rounded to four places", // \u61623, Symbol's bullet in the private use area
            "• computed by hand",
            "1. A second list",
            "End.");
    assertThat(d.grids().get(0).at(0, 1)).map(Cell::text).hasValue("6. in a cell");
    assertThat(d.grids().get(0).linesBefore()).isEqualTo(10);
  }

  @Test
  void htmlListsThroughLibreOfficeKeepStartsAndItemValues() throws Exception {
    Document d = ListFixtures.read(dir, "question16.rtf");

    assertThat(lines(d))
        .containsSubsequence(
            "a. The input gate is g(1) = 0.5769.",
            "i. it keeps about half of the old cell state",
            "3. third step",
            "7. seventh step",
            "8. eighth step",
            "II. second part",
            "• a bullet",
            "End.");
  }

  @Test
  void wordAndWordPadLabelsInSymbolFontsAndOldStyleNumbering() throws Exception {
    Document d =
        rtf(
            "{\\rtf1\\ansi{\\fonttbl{\\f0 Times;}{\\f3\\fcharset2 Symbol;}}"
                + "\\pard\\plain Question 16\\par"
                + "\\pard\\plain\\ls1\\ilvl0{\\listtext\\pard\\plain\\ltrpar \\f0 a)\\tab}The input gate\\par"
                + "\\pard\\plain\\ls2\\ilvl0{\\listtext\\pard\\plain \\f3\\'b7\\tab}a bullet\\par"
                + "\\pard\\plain{\\pntext\\f3\\'b7\\tab}{\\*\\pn\\pnlvlblt\\pnf3{\\pntxtb\\'b7}}WordPad's bullet\\par"
                + "\\pard\\plain{\\pntext 3.\\par\\tab}a break inside a label is no break\\par}");

    assertThat(lines(d))
        .containsExactly(
            "Question 16",
            "a) The input gate",
            "• a bullet",
            "• WordPad's bullet",
            "3. a break inside a label is no break");
  }
}
