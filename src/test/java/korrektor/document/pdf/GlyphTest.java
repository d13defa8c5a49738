package korrektor.document.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GlyphTest {

  @Test
  void splitsLigatures() {
    assertThat(Glyph.normalise("\uFB01nal \uFB03ce")).isEqualTo("final ffice");
  }

  @Test
  void keepsUnicodeMinusSign() {
    assertThat(Glyph.normalise("\u22120.3907")).isEqualTo("\u22120.3907");
  }
}
