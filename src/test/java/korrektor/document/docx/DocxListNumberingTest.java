package korrektor.document.docx;

import static korrektor.document.ListFixtures.lines;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import korrektor.document.Cell;
import korrektor.document.Document;
import korrektor.document.ListFixtures;
import korrektor.document.ReadLimits;
import korrektor.document.formats.TestPackages;
import korrektor.document.read.DocumentReaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocxListNumberingTest {

  private static final String W =
      "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

  @TempDir Path dir;

  @Test
  void wordListNumberStyleGivesEachParagraphItsNumber() throws Exception {
    Document d = ListFixtures.read(dir, "list-styles.docx");

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
    assertThat(d.lines().get(1).location().toString()).isEqualTo("list-styles.docx l.2");
  }

  @Test
  void numberingGoesOnInTableCellsAsWordShowsIt() throws Exception {
    Document d = ListFixtures.read(dir, "list-styles.docx");

    assertThat(d.grids().get(0).at(0, 1)).map(Cell::text).hasValue("6. in a cell");
    assertThat(d.grids().get(0).linesBefore()).isEqualTo(10);
  }

  @Test
  void ownNumberingDefinitionGivesLettersRomanSubitemsAndRestarts() throws Exception {
    Document d = ListFixtures.read(dir, "letters.docx");

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
            "a) The output is y(1) = 0.5757.", // w:startOverride 1 on a second w:num of the same
            // list
            "b) The output is y(2) = 0.7218.",
            "Question 18",
            "c) starts at c) on purpose"); // w:startOverride 3
  }

  @Test
  void libreOfficeDocxFromHtmlListsKeepsTheirStartsAndItemValues() throws Exception {
    Document d = ListFixtures.read(dir, "question16.docx");

    assertThat(lines(d))
        .containsExactly(
            "Name: Lea Hahn",
            "Question 16",
            "a. The input gate is g(1) = 0.5769.",
            "b. The forget gate is f(1) = 0.5436.",
            "i. it keeps about half of the old cell state",
            "ii. it is close to 0.5 because the weights are small",
            "c. The output gate is q(1) = 0.6177.",
            "d. The cell state is s(1) = 0.4225.",
            "e. The hidden state is h(1) = 0.2610.",
            "Question 17",
            "3. third step",
            "7. seventh step",
            "8. eighth step",
            "1. three left", // LibreOffice does not read reversed lists
            "2. two left",
            "3. one left",
            "I. first part",
            "II. second part",
            "A. Moodle's editor writes the type as a style",
            "• a bullet",
            "• another bullet",
            "End.");
    assertThat(d.grids().get(0).at(1, 1))
        .map(Cell::text)
        .hasValue("a. h(1) = 0.2610 b. s(1) = 0.4225");
  }

  @Test
  void followsListStyleLinksRestartLimitsLegalNumbersAndLevelsNamedByStyle() throws Exception {
    String numbering =
        "<w:numbering "
            + W
            + ">"
            // a list style: abstract 1 points at the style ListStyle, whose w:num 2 holds the
            // levels
            + "<w:abstractNum w:abstractNumId=\"1\"><w:numStyleLink w:val=\"ListStyle\"/></w:abstractNum>"
            + "<w:abstractNum w:abstractNumId=\"2\"><w:styleLink w:val=\"ListStyle\"/>"
            + lvl(0, "upperLetter", "%1.", "")
            + "</w:abstractNum>"
            // level 1 never restarts; level 2 shows legal numbers
            + "<w:abstractNum w:abstractNumId=\"3\">"
            + lvl(0, "upperRoman", "%1.", "")
            + lvl(1, "lowerLetter", "%2)", "<w:lvlRestart w:val=\"0\"/>")
            + lvl(2, "decimal", "%1.%3", "<w:isLgl/>")
            + "</w:abstractNum>"
            // level 1 is the one for paragraphs of style Sub
            + "<w:abstractNum w:abstractNumId=\"4\">"
            + lvl(0, "decimal", "%1.", "")
            + lvl(1, "decimalZero", "Step %2:", "<w:pStyle w:val=\"Sub\"/>")
            + "</w:abstractNum>"
            + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"1\"/></w:num>"
            + "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"2\"/></w:num>"
            + "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"3\"/></w:num>"
            + "<w:num w:numId=\"4\"><w:abstractNumId w:val=\"4\"/></w:num>"
            + "<w:num w:numId=\"5\"><w:abstractNumId w:val=\"99\"/></w:num>"
            + "</w:numbering>";
    String styles =
        "<w:styles "
            + W
            + ">"
            + "<w:style w:type=\"numbering\" w:styleId=\"ListStyle\"><w:pPr><w:numPr><w:numId w:val=\"2\"/></w:numPr></w:pPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Sub\"><w:pPr><w:numPr><w:numId w:val=\"4\"/></w:numPr></w:pPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"SubAnswer\"><w:basedOn w:val=\"Sub\"/></w:style>"
            + "</w:styles>";
    String body =
        p(1, 0, "linked")
            + p(3, 0, "one")
            + p(3, 1, "first")
            + p(3, 0, "two")
            + p(3, 1, "second")
            + p(3, 2, "legal")
            + styled("Sub", "by style")
            + styled("SubAnswer", "by a style based on it")
            + "<w:p><w:pPr><w:pStyle w:val=\"Sub\"/><w:numPr><w:numId w:val=\"0\"/></w:numPr></w:pPr>"
            + "<w:r><w:t>numbering taken away</w:t></w:r></w:p>"
            + p(5, 0, "unknown abstract numbering")
            + p(42, 0, "unknown list")
            + p(3, 12, "no such level");
    Document d = read(TestPackages.docx(dir.resolve("a.docx"), document(body), numbering, styles));

    assertThat(d.problems()).isEmpty();
    assertThat(lines(d))
        .containsExactly(
            "A. linked",
            "I. one",
            "a) first",
            "II. two",
            "b) second",
            "2.1 legal",
            "Step 01: by style",
            "Step 02: by a style based on it",
            "numbering taken away",
            "unknown abstract numbering",
            "unknown list",
            "no such level");
  }

  @Test
  void listsOfOneAbstractNumberingShareTheirCountersUnlessAnOverrideRestartsThem()
      throws Exception {
    String numbering =
        "<w:numbering "
            + W
            + "><w:abstractNum w:abstractNumId=\"1\">"
            + lvl(0, "lowerLetter", "%1)", "")
            + "</w:abstractNum>"
            + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"1\"/></w:num>"
            + "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>"
            + "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"1\"/><w:lvlOverride w:ilvl=\"0\">"
            + "<w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>"
            + "<w:num w:numId=\"4\"><w:abstractNumId w:val=\"1\"/><w:lvlOverride w:ilvl=\"0\">"
            + lvl(0, "upperRoman", "%1.", "")
            + "</w:lvlOverride></w:num></w:numbering>";
    Document d =
        read(
            TestPackages.docx(
                dir.resolve("a.docx"),
                document(
                    p(1, 0, "one")
                        + p(1, 0, "two")
                        + p(2, 0, "another w:num goes on")
                        + p(3, 0, "a start override restarts")
                        + p(3, 0, "once")
                        + p(1, 0, "the first w:num goes on from there")
                        + p(4, 0, "a redefined level restarts")),
                numbering,
                null));

    assertThat(lines(d))
        .containsExactly(
            "a) one",
            "b) two",
            "c) another w:num goes on",
            "a) a start override restarts",
            "b) once",
            "c) the first w:num goes on from there",
            "I. a redefined level restarts");
  }

  @Test
  void levelsWithoutANumberShowNothingOrABullet() throws Exception {
    String numbering =
        "<w:numbering "
            + W
            + "><w:abstractNum w:abstractNumId=\"1\">"
            + lvl(0, "none", "", "")
            + lvl(1, "bullet", "o", "")
            + lvl(2, "none", "Remark:", "")
            + "</w:abstractNum>"
            + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"1\"/></w:num></w:numbering>";
    Document d =
        read(
            TestPackages.docx(
                dir.resolve("a.docx"),
                document(
                    p(1, 0, "no number") + p(1, 1, "a bullet in Courier") + p(1, 2, "text only")),
                numbering,
                null));

    assertThat(lines(d)).containsExactly("no number", "• a bullet in Courier", "Remark: text only");
  }

  @Test
  void brokenNumberingLeavesTheTextAsItIs() throws Exception {
    String numbering =
        "<w:numbering "
            + W
            + "><w:abstractNum w:abstractNumId=\"1\">"
            + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"many\"/><w:numFmt w:val=\"lowerLetter\"/><w:lvlText w:val=\"%1)\"/></w:lvl>"
            + "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"klingon\"/><w:lvlText w:val=\"%2.\"/></w:lvl>"
            + "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"1\"/></w:num></w:numbering>";
    Document d =
        read(
            TestPackages.docx(
                dir.resolve("a.docx"),
                document(p(1, 0, "start is no number") + p(1, 1, "unknown format")),
                numbering,
                null));

    assertThat(d.problems()).isEmpty();
    assertThat(lines(d)).containsExactly("start is no number", "unknown format");
  }

  private static Document read(Path file) {
    return DocumentReaders.standard().read(file, file.getFileName().toString(), ReadLimits.DEFAULT);
  }

  private static String document(String body) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document "
        + W
        + "><w:body>"
        + body
        + "</w:body></w:document>";
  }

  private static String lvl(int level, String format, String text, String more) {
    return "<w:lvl w:ilvl=\""
        + level
        + "\"><w:start w:val=\"1\"/><w:numFmt w:val=\""
        + format
        + "\"/>"
        + more
        + "<w:lvlText w:val=\""
        + text
        + "\"/></w:lvl>";
  }

  private static String p(int numId, int level, String text) {
    return "<w:p><w:pPr><w:numPr><w:ilvl w:val=\""
        + level
        + "\"/><w:numId w:val=\""
        + numId
        + "\"/></w:numPr></w:pPr>"
        + "<w:r><w:t>"
        + text
        + "</w:t></w:r></w:p>";
  }

  private static String styled(String style, String text) {
    return "<w:p><w:pPr><w:pStyle w:val=\""
        + style
        + "\"/></w:pPr><w:r><w:t>"
        + text
        + "</w:t></w:r></w:p>";
  }
}
