package korrektor.document.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import korrektor.document.Document;
import korrektor.document.Figure;
import korrektor.document.Problem;
import korrektor.document.ReadLimits;
import korrektor.document.TextLine;
import korrektor.document.Word;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfReaderTest {

  @TempDir Path dir;
  private final PdfReader reader = new PdfReader();

  @Test
  void keepsRaisedSmallerScriptAsItsOwnWordOnTheSameLine() throws Exception {
    Document doc =
        reader.read(PdfFixtures.answerSheet(dir.resolve("a.pdf")), "a.pdf", ReadLimits.DEFAULT);

    TextLine first = doc.lines().get(0);
    assertThat(first.text()).isEqualTo("f = 0.544 h (2) = 0.3907");
    Word h = first.words().get(3);
    Word script = first.words().get(4);
    assertThat(h.text()).isEqualTo("h");
    assertThat(script.text()).isEqualTo("(2)");
    assertThat(script.fontSize()).isLessThan(h.fontSize());
    assertThat(script.y()).isLessThan(h.y()); // raised: y grows downwards
    assertThat(first.location().toString()).isEqualTo("a.pdf p.1 l.1");
    assertThat(doc.pageCount()).isEqualTo(1);
    assertThat(doc.problems()).isEmpty();
  }

  @Test
  void readsTableRowsAsLinesWithWordsAtColumnPositions() throws Exception {
    Document doc =
        reader.read(PdfFixtures.answerSheet(dir.resolve("a.pdf")), "a.pdf", ReadLimits.DEFAULT);

    assertThat(doc.lines())
        .extracting(TextLine::text)
        .containsExactly(
            "f = 0.544 h (2) = 0.3907", "t h c", "1 0.5440 -0.3907", "2 0.6120 0.1234");
    List<Word> row = doc.lines().get(2).words();
    assertThat(row).extracting(Word::x).containsExactly(72.0, 172.0, 272.0);
    assertThat(row.get(1).y())
        .isCloseTo(
            org.apache.pdfbox.pdmodel.common.PDRectangle.A4.getHeight() - 622,
            org.assertj.core.data.Offset.offset(0.01));
    assertThat(doc.lines().get(3).location().toString()).isEqualTo("a.pdf p.1 l.4");
  }

  @Test
  void doesNotTakeTableRulesForADrawing() throws Exception {
    Document doc =
        reader.read(PdfFixtures.answerSheet(dir.resolve("a.pdf")), "a.pdf", ReadLimits.DEFAULT);

    assertThat(doc.figures()).isEmpty();
  }

  @Test
  void reportsEmbeddedImageAsFigureWithItsPixelSize() throws Exception {
    Document doc =
        reader.read(
            PdfFixtures.withImage(dir.resolve("p.pdf"), false), "p.pdf", ReadLimits.DEFAULT);

    assertThat(doc.figures())
        .containsExactly(
            new Figure(
                Figure.Kind.IMAGE,
                "image 640x480 on page 1",
                korrektor.document.Location.ofLine("p.pdf", 1, 0)));
    assertThat(doc.problems()).isEmpty();
  }

  @Test
  void reportsVectorPlotAsDrawing() throws Exception {
    Document doc =
        reader.read(PdfFixtures.withVectorPlot(dir.resolve("v.pdf")), "v.pdf", ReadLimits.DEFAULT);

    assertThat(doc.figures())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(Figure.Kind.DRAWING);
              assertThat(f.description())
                  .startsWith("drawing of 62 path segments")
                  .endsWith("on page 1");
            });
  }

  @Test
  void warnsThatAPageFilledByAnImageWithoutTextIsAScan() throws Exception {
    Document doc =
        reader.read(PdfFixtures.withImage(dir.resolve("s.pdf"), true), "s.pdf", ReadLimits.DEFAULT);

    assertThat(doc.isReadable()).isTrue();
    assertThat(doc.problems())
        .extracting(Problem::message)
        .containsExactly(
            "page 1 has no text layer (a scan?)",
            "no text layer: this looks like a scan; a tutor has to read it");
    assertThat(doc.problems())
        .extracting(Problem::kind)
        .containsExactly(Problem.Kind.NO_TEXT_LAYER, Problem.Kind.NO_TEXT_LAYER);
  }

  @Test
  void skipsPagesBeyondTheLimitWithAWarning() throws Exception {
    ReadLimits limits = new ReadLimits(1 << 20, 2, 100, 100);
    Document doc = reader.read(PdfFixtures.pages(dir.resolve("m.pdf"), 4), "m.pdf", limits);

    assertThat(doc.pageCount()).isEqualTo(4);
    assertThat(doc.lines()).extracting(TextLine::text).containsExactly("page 1", "page 2");
    assertThat(doc.lines().get(1).location().toString()).isEqualTo("m.pdf p.2 l.1");
    assertThat(doc.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
              assertThat(p.message()).contains("only the first 2 were read");
            });
  }

  @Test
  void refusesPasswordProtectedPdfWithMessage() throws Exception {
    Document doc =
        reader.read(PdfFixtures.encrypted(dir.resolve("e.pdf")), "e.pdf", ReadLimits.DEFAULT);

    assertThat(doc.isReadable()).isFalse();
    assertThat(doc.problems().get(0).message())
        .isEqualTo("This PDF is password-protected. Hand it in without a password.");
  }
}
