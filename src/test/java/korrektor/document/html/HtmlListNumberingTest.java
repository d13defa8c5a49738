package korrektor.document.html;

import static korrektor.document.ListFixtures.lines;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import korrektor.document.Cell;
import korrektor.document.Document;
import korrektor.document.ListFixtures;
import korrektor.document.ReadLimits;
import korrektor.document.read.DocumentReaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlListNumberingTest {

  @TempDir Path dir;

  private Document html(String body) throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("onlinetext.html"),
            "<!DOCTYPE html><html><body>" + body + "</body></html>");
    return DocumentReaders.standard().read(file, "onlinetext.html", ReadLimits.DEFAULT);
  }

  @Test
  void listItemsStartWithTheMarkersABrowserShows() throws Exception {
    Document d = ListFixtures.read(dir, "question16.html");

    assertThat(d.problems()).isEmpty();
    assertThat(lines(d))
        .containsExactly(
            "Name: Lea Hahn",
            "Question 16",
            "a. The input gate is g(1) = 0.5769.",
            "b. The forget gate is f(1) = 0.5436.",
            "i. it keeps about half of the old cell state",
            "ii. it is close to 0.5 because the weights are small",
            "c. The output gate is q(1) = 0.6177.", // the item's text is in a <p>
            "d. The cell state is s(1) = 0.4225.",
            "e. The hidden state is h(1) = 0.2610.",
            "Question 17",
            "3. third step",
            "7. seventh step",
            "8. eighth step",
            "3. three left",
            "2. two left",
            "1. one left",
            "I. first part",
            "II. second part",
            "A. Moodle's editor writes the type as a style",
            "• a bullet",
            "• another bullet",
            "End.");
    assertThat(d.lines().get(2).location().toString()).isEqualTo("question16.html l.3");
  }

  @Test
  void listsInTableCellsKeepTheirMarkers() throws Exception {
    Document d = ListFixtures.read(dir, "question16.html");

    assertThat(d.grids().get(0).at(1, 1))
        .map(Cell::text)
        .hasValue("a. h(1) = 0.2610 b. s(1) = 0.4225");
  }

  @Test
  void anItemWhoseFirstTextIsInANestedListShowsBothMarkersOnThatLine() throws Exception {
    Document d =
        html(
            "<ol><li><ol type=\"a\"><li>nested first</li><li>nested second</li></ol></li><li>outer</li></ol>");

    assertThat(lines(d)).containsExactly("1. a. nested first", "b. nested second", "2. outer");
  }

  @Test
  void itemTypesStylesAndValuesOverrideTheListsOwn() throws Exception {
    Document d =
        html(
            "<ol type=\"a\"><li>a</li><li type=\"1\">two</li><li value=\"x\">c</li>"
                + "<li style=\"list-style-type: none\">no marker</li></ol>"
                + "<ul style=\"list-style-type: decimal\"><li>numbered bullet list</li></ul>"
                + "<ol style=\"list-style: lower-roman inside\"><li>roman</li></ol>"
                + "<ol style=\"list-style-type:none\"><li>none at all</li></ol>"
                + "<li>an item outside any list</li>");

    assertThat(lines(d))
        .containsExactly(
            "a. a",
            "2. two",
            "c. c",
            "no marker",
            "1. numbered bullet list",
            "i. roman",
            "none at all",
            "• an item outside any list");
  }

  @Test
  void anItemWithoutTextAddsNoLine() throws Exception {
    Document d =
        html(
            "<p>Question 16</p><ol type=\"a\"><li>first</li><li></li><li> </li><li>fourth</li></ol><p>End.</p>");

    assertThat(lines(d)).containsExactly("Question 16", "a. first", "d. fourth", "End.");
  }
}
