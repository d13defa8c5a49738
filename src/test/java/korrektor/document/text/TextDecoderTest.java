package korrektor.document.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

  @Test
  void fallsBackToWindows1252WhenBytesAreNotUtf8() {
    byte[] bytes = "Größe 0,5 €".getBytes(TextDecoder.WINDOWS_1252);

    TextDecoder.Decoded decoded = TextDecoder.decode(bytes);

    assertThat(decoded.text()).isEqualTo("Größe 0,5 €");
    assertThat(decoded.charset()).isEqualTo(TextDecoder.WINDOWS_1252);
  }

  @Test
  void readsUtf8AndDropsByteOrderMark() {
    byte[] bytes = "\uFEFFGröße \u22120,5".getBytes(StandardCharsets.UTF_8);

    assertThat(TextDecoder.decode(bytes).text()).isEqualTo("Größe \u22120,5");
  }

  @Test
  void acceptsUtf8CharacterCutAtTheEndOfAPrefix() {
    byte[] bytes = "aä".getBytes(StandardCharsets.UTF_8);

    assertThat(TextDecoder.decode(bytes, bytes.length - 1, true).charset())
        .isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void tellsBinaryFromText() {
    assertThat(TextDecoder.looksLikeText("a\tb\r\nc")).isTrue();
    assertThat(TextDecoder.looksLikeText("a\u0000b")).isFalse();
  }
}
