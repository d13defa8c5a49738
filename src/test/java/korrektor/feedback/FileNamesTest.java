package korrektor.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FileNamesTest {
  @Test
  void keepsOrdinaryNames() {
    assertThat(FileNames.of("271001_Anna Becker", "student")).isEqualTo("271001_Anna_Becker");
    assertThat(FileNames.of("271001_Jörg Müller", "student")).isEqualTo("271001_Jörg_Müller");
  }

  @Test
  void dropsControlCharactersSeparatorsAndLeadingDashes() {
    assertThat(FileNames.of("-rf /\n..", "student")).isEqualTo("rf_..");
    assertThat(FileNames.of("x\u0000y/z", "student")).isEqualTo("x_y_z");
    assertThat(FileNames.of("\n\n", "student")).isEqualTo("student");
  }

  @Test
  void boundsLongNamesAndKeepsThemApart() {
    String a = FileNames.of("271001_" + "ä".repeat(300) + "a", "student");
    String b = FileNames.of("271001_" + "ä".repeat(300) + "b", "student");
    assertThat(a.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(FileNames.MAX_BYTES);
    assertThat(a).isNotEqualTo(b).startsWith("271001_ää");
  }
}
