package korrektor.document.odt;

import static korrektor.document.ListFixtures.lines;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipOutputStream;
import korrektor.document.Cell;
import korrektor.document.Document;
import korrektor.document.ListFixtures;
import korrektor.document.ReadLimits;
import korrektor.document.formats.TestPackages;
import korrektor.document.read.DocumentReaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OdtListNumberingTest {

  private static final String NAMESPACES =
      " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
          + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
          + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
          + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\"";

  /** Level 1 a), level 2 (i) shown as 1.a-style "a.i)", by the standard attributes only. */
  private static final String LETTERS =
      "<text:list-style style:name=\"Letters\">"
          + "<text:list-level-style-number text:level=\"1\" style:num-format=\"a\" style:num-suffix=\")\"/>"
          + "<text:list-level-style-number text:level=\"2\" style:num-format=\"i\" style:num-prefix=\"(\""
          + " style:num-suffix=\")\" text:display-levels=\"2\"/></text:list-style>";

  private static final String NUMBERS =
      "<text:list-style style:name=\"Numbers\">"
          + "<text:list-level-style-number text:level=\"1\" style:num-format=\"1\" style:num-suffix=\".\" text:start-value=\"4\"/>"
          + "<text:list-level-style-bullet text:level=\"2\" text:bullet-char=\"\"/></text:list-style>";

  @TempDir Path dir;

  @Test
  void writerListsFromWordListStylesNumberEachItem() throws Exception {
    Document d = ListFixtures.read(dir, "list-styles.odt");

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
    assertThat(d.grids().get(0).at(0, 1))
        .map(Cell::text)
        .hasValue("6. in a cell"); // text:continue-list
  }

  @Test
  void lettersWithSuffixesNestedRomanLevelsAndItemStartValues() throws Exception {
    Document d = ListFixtures.read(dir, "letters.odt");

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
    assertThat(d.lines().get(13).location().toString()).isEqualTo("letters.odt l.14");
  }

  @Test
  void htmlListsLibreOfficeImportedKeepTheirNumbers() throws Exception {
    Document d = ListFixtures.read(dir, "question16.odt");

    assertThat(lines(d))
        .containsSubsequence(
            "Question 16",
            "a. The input gate is g(1) = 0.5769.",
            "i. it keeps about half of the old cell state",
            "c. The output gate is q(1) = 0.6177.",
            "e. The hidden state is h(1) = 0.2610.",
            "3. third step",
            "7. seventh step",
            "8. eighth step",
            "1. three left",
            "I. first part",
            "A. Moodle's editor writes the type as a style",
            "• a bullet",
            "End.");
    assertThat(d.grids().get(0).at(1, 1))
        .map(Cell::text)
        .hasValue("a. h(1) = 0.2610 b. s(1) = 0.4225");
  }

  @Test
  void standardAttributesContinuedListsHeadersAndStyleOverrides() throws Exception {
    Document d =
        read(
            odt(
                LETTERS,
                NUMBERS,
                "<text:p>Question 16</text:p>"
                    + "<text:list text:style-name=\"Letters\"><text:list-item><text:p>first</text:p></text:list-item>"
                    + "<text:list-header><text:p>a header has no number</text:p></text:list-header>"
                    + "<text:list-item><text:p>second</text:p><text:p>its second paragraph has none</text:p>"
                    + "<text:list><text:list-item><text:p>deeper</text:p></text:list-item></text:list></text:list-item></text:list>"
                    + "<text:p>between</text:p>"
                    + "<text:list text:style-name=\"Letters\" text:continue-numbering=\"true\"><text:list-item><text:p>third</text:p>"
                    + "</text:list-item><text:list-item text:style-override=\"Numbers\"><text:p>overridden</text:p></text:list-item>"
                    + "</text:list>"
                    + "<text:list><text:list-item><text:p text:style-name=\"InList\">style from the paragraph</text:p></text:list-item>"
                    + "<text:list-item><text:list><text:list-item><text:p text:style-name=\"InList\">a bullet below</text:p>"
                    + "</text:list-item></text:list></text:list-item></text:list>"
                    + "<text:list text:style-name=\"Unknown\"><text:list-item><text:p>unknown style</text:p></text:list-item></text:list>"));

    assertThat(d.problems()).isEmpty();
    assertThat(lines(d))
        .containsExactly(
            "Question 16",
            "a) first",
            "a header has no number",
            "b) second",
            "its second paragraph has none",
            "(b.i) deeper",
            "between",
            "c) third",
            "4. overridden",
            "4. style from the paragraph",
            "• a bullet below",
            "unknown style");
  }

  @Test
  void numberedParagraphsCountInTheirListAndKeepAGivenNumber() throws Exception {
    Document d =
        read(
            odt(
                LETTERS,
                "",
                "<text:numbered-paragraph text:list-id=\"L\" text:style-name=\"Letters\">"
                    + "<text:p>first</text:p></text:numbered-paragraph>"
                    + "<text:numbered-paragraph text:list-id=\"L\" text:style-name=\"Letters\"><text:p>second</text:p>"
                    + "</text:numbered-paragraph>"
                    + "<text:numbered-paragraph text:list-id=\"L\"><text:number>Q3:</text:number><text:p>given</text:p>"
                    + "</text:numbered-paragraph>"));

    assertThat(lines(d)).containsExactly("a) first", "b) second", "Q3: given");
  }

  @Test
  void headingsTakeTheOutlineNumbering() throws Exception {
    String outline =
        "<text:outline-style style:name=\"Outline\">"
            + "<text:outline-level-style text:level=\"1\" style:num-format=\"1\" style:num-prefix=\"Question \"/>"
            + "<text:outline-level-style text:level=\"2\" style:num-format=\"a\" style:num-suffix=\")\"/></text:outline-style>";
    Document d =
        read(
            odt(
                outline,
                "",
                "<text:h text:outline-level=\"1\">LSTM</text:h>"
                    + "<text:h text:outline-level=\"2\">gates</text:h><text:h text:outline-level=\"2\">states</text:h>"
                    + "<text:h text:outline-level=\"1\">GRU</text:h><text:h text:outline-level=\"1\" text:is-list-header=\"true\">"
                    + "Notes</text:h><text:p>text</text:p>"));

    assertThat(lines(d))
        .containsExactly(
            "Question 1 LSTM", "a) gates", "b) states", "Question 2 GRU", "Notes", "text");
  }

  @Test
  void aStylesPartThatCannotBeReadLeavesTheTextAsItIs() throws Exception {
    Path file = dir.resolve("a.odt");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      TestPackages.entry(zip, "mimetype", "application/vnd.oasis.opendocument.text");
      TestPackages.entry(
          zip,
          "styles.xml",
          "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaa\">]><x>&a;</x>");
      TestPackages.entry(
          zip,
          "content.xml",
          content(
              "",
              "<text:list text:style-name=\"Letters\"><text:list-item>"
                  + "<text:p>no style, no number</text:p></text:list-item></text:list>"));
    }
    Document d = read(file);

    assertThat(d.problems()).isEmpty();
    assertThat(lines(d)).containsExactly("no style, no number");
  }

  private static Document read(Path file) {
    return DocumentReaders.standard().read(file, file.getFileName().toString(), ReadLimits.DEFAULT);
  }

  /** An .odt with common styles in styles.xml, automatic styles and a body in content.xml. */
  private Path odt(String commonStyles, String automaticStyles, String body) throws IOException {
    Path file = dir.resolve("a.odt");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      TestPackages.entry(zip, "mimetype", "application/vnd.oasis.opendocument.text");
      TestPackages.entry(
          zip,
          "styles.xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-styles"
              + NAMESPACES
              + "><office:styles>"
              + commonStyles
              + "<style:style style:name=\"InList\" style:family=\"paragraph\" style:parent-style-name=\"Base\"/>"
              + "<style:style style:name=\"Base\" style:family=\"paragraph\" style:list-style-name=\"Numbers\"/>"
              + "</office:styles></office:document-styles>");
      TestPackages.entry(zip, "content.xml", content(automaticStyles, body));
    }
    return file;
  }

  private static String content(String automaticStyles, String body) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content"
        + NAMESPACES
        + ">"
        + "<office:automatic-styles>"
        + automaticStyles
        + "</office:automatic-styles>"
        + "<office:body><office:text>"
        + body
        + "</office:text></office:body></office:document-content>";
  }
}
