package korrektor.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import korrektor.document.Document;
import korrektor.document.Format;
import korrektor.document.Location;
import korrektor.document.TextLine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SheetChecksTest {

  private static SheetChecks.Checks check(String text, String name) {
    List<TextLine> lines =
        text.lines().map(l -> TextLine.plain(l, Location.ofLine("a.txt", 0, 1))).toList();
    Document d = new Document("a.txt", Format.TEXT, List.of(), lines, List.of(), 0, List.of());
    return SheetChecks.check(List.of(d), name, "271001");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Name: Jörg Krause | Joerg Krause | true",
        "Krause, Joerg | Joerg Krause | true",
        "J. Krause | Joerg Krause | true",
        "Matrikelnummer 271001 | Joerg Krause | true",
        "Die Werte sind lange stabil | Felix Lange | false",
        "Blatt 9 | Anna Becker | false"
      })
  void findsTheStudentsName(String text, String name, boolean present) {
    assertThat(check(text, name).namePresent()).isEqualTo(present);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Worked with: Tom Berger | Tom Berger",
        "zusammen mit Paula Meier und Jan Ott. | Paula Meier;Jan Ott",
        "Gruppe: Anna Becker, Ben Weber (271002) | Ben Weber",
        "Group members:\\n- Lea Hahn\\n- Max Roth | Lea Hahn;Max Roth",
        "I worked with a learning rate of 0.1 | ''"
      })
  void findsDeclaredPartners(String text, String partners) {
    List<String> want = partners.isEmpty() ? List.of() : List.of(partners.split(";"));
    assertThat(check(text.replace("\\n", "\n"), "Anna Becker").partners()).isEqualTo(want);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"WORKED WITH Tom Berger | Tom Berger", "Zusammen MIT Paula Meier. | Paula Meier"})
  void findsPartnersWhateverTheCase(String text, String partners) {
    assertThat(check(text, "Anna Becker").partners()).isEqualTo(List.of(partners.split(";")));
  }

  @org.junit.jupiter.api.Test
  void normalisesAsciiTextTheSameWayWithoutTheUnicodePath() {
    java.util.Random random = new java.util.Random(7);
    String alphabet = "aZ09 ,.;:-_()[]/\\t\"'!?Kk";
    for (int n = 0; n < 5_000; n++) {
      StringBuilder s = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertThat(SheetChecks.normalizeAscii(s.toString()))
          .as("'%s'", s)
          .isEqualTo(SheetChecks.normalizeUnicode(s.toString()));
    }
  }

  @org.junit.jupiter.api.Test
  void findsTheIdOnlyAsAWholeNumber() {
    assertThat(check("Matrikel: 9271001", "Joerg Krause").namePresent()).isFalse();
    assertThat(check("Matrikel: 2710012", "Joerg Krause").namePresent()).isFalse();
    assertThat(check("Matrikel:271001.", "Joerg Krause").namePresent()).isTrue();
  }
}
