package korrektor.document.doc;

import static korrektor.document.ListFixtures.lines;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import korrektor.document.Cell;
import korrektor.document.Document;
import korrektor.document.ListFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocListNumberingTest {

  @TempDir Path dir;

  @Test
  void wordListNumberStyleGivesEachParagraphItsNumber() throws Exception {
    Document d = ListFixtures.read(dir, "list-styles.doc");

    assertThat(d.problems()).isEmpty();
    assertThat(lines(d))
        .containsExactly(
            "Question 16",
            "1. The input gate is g(1) = 0.5769.",
            "2. The forget gate is f(1) = 0.5436.",
            "3. The output gate is q(1) = 0.6177.",
            "4. The cell state is s(1) = 0.4225.",
            "5. The hidden state is h(1) = 0.2610.",
            "Remarks",
            "• values rounded to four places",
            "• computed by hand",
            "1. A second list",
            "End.");
    assertThat(d.grids().get(0).at(0, 1)).map(Cell::text).hasValue("6. in a cell");
  }

  @Test
  void lettersRomanSubitemsAndMultiLevelNumbersAsTheFileDefinesThem() throws Exception {
    Document d = ListFixtures.read(dir, "letters.doc");

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
            "a) The output is y(2) = 0.7218.", // LibreOffice wrote this item into a list of its own
            "Question 18",
            "c) starts at c) on purpose");
    assertThat(d.lines().get(5).location().toString()).isEqualTo("letters.doc l.6");
  }

  @Test
  void htmlListsThroughLibreOfficeKeepTheNumbersItShows() throws Exception {
    Document d = ListFixtures.read(dir, "question16.doc");

    assertThat(lines(d))
        .containsSubsequence(
            "Question 16",
            "a. The input gate is g(1) = 0.5769.",
            "ii. it is close to 0.5 because the weights are small",
            "e. The hidden state is h(1) = 0.2610.",
            "3. third step",
            "7. seventh step",
            "4. eighth step",
            "I. first part",
            "A. Moodle's editor writes the type as a style",
            "• another bullet",
            "End.");
    assertThat(d.grids().get(0).at(1, 1))
        .map(Cell::text)
        .hasValue("a. h(1) = 0.2610 b. s(1) = 0.4225");
  }
}
