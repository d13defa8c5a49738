package korrektor.document.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineBuilderTest {

  /** Glyphs of one string, each 0.5 em wide, starting at x. */
  private static List<Glyph> run(String text, double x, double y, double size) {
    List<Glyph> glyphs = new ArrayList<>();
    for (char c : text.toCharArray()) {
      glyphs.add(new Glyph(String.valueOf(c), x, y, size / 2, size, size * 0.28));
      x += size / 2;
    }
    return glyphs;
  }

  @Test
  void attachesSubscriptBelowTheBaselineToItsLine() {
    List<Glyph> glyphs = new ArrayList<>(run("s", 100, 200, 10));
    glyphs.addAll(run("t", 105, 203, 7)); // subscript, lowered by 3 pt
    glyphs.addAll(run("=0.5", 112, 200, 10));
    glyphs.addAll(run("next", 100, 214, 10));

    List<LineBuilder.Line> lines = LineBuilder.build(glyphs);

    assertThat(lines).extracting(LineBuilder.Line::text).containsExactly("s t =0.5", "next");
  }

  @Test
  void splitsWordsAtGapsButNotBetweenTouchingLetters() {
    List<Glyph> glyphs = new ArrayList<>(run("0.544", 100, 200, 10));
    glyphs.addAll(run("0,3907", 100 + 25 + 3, 200, 10));

    assertThat(LineBuilder.build(glyphs))
        .extracting(LineBuilder.Line::text)
        .containsExactly("0.544 0,3907");
  }

  @Test
  void ordersLinesTopToBottomWhateverTheGlyphOrder() {
    List<Glyph> glyphs = new ArrayList<>(run("second", 100, 230, 10));
    glyphs.addAll(run("first", 100, 200, 10));

    assertThat(LineBuilder.build(glyphs))
        .extracting(LineBuilder.Line::text)
        .containsExactly("first", "second");
  }
}
