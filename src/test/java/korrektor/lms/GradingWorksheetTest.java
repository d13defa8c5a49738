package korrektor.lms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class GradingWorksheetTest {

  @Test
  void readsAnEnglishWorksheetWithBom() {
    GradingWorksheet w =
        GradingWorksheet.read(
            MoodleFixtures.englishWorksheet(
                MoodleFixtures.englishRow(101, "Anna Becker", "", "Yes", "-", "")));
    assertThat(w.bom()).isTrue();
    assertThat(w.separator()).isEqualTo(',');
    assertThat(w.language()).isEqualTo(WorksheetLanguage.ENGLISH);
    assertThat(w.participant(w.rows().get(0))).isEqualTo(101);
    assertThat(w.cell(w.rows().get(0), "Full name")).isEqualTo("Anna Becker");
  }

  @Test
  void readsAGermanWorksheetWithSemicolonsAndWritesItBackTheSameWay() {
    String text =
        "ID;Vollständiger Name;E-Mail-Adresse;Status;Bewertung;Bestwertung;Bewertung kann geändert werden;"
            + "Zuletzt geändert (Bewertung);Feedback als Kommentar\n"
            + "Teilnehmer/in1234567;Max Mustermann;max@example.org;Abgegeben;;20,00;Ja;-;\n";
    GradingWorksheet w = GradingWorksheet.read(text);
    assertThat(w.separator()).isEqualTo(';');
    assertThat(w.language()).isEqualTo(WorksheetLanguage.GERMAN);
    assertThat(w.bom()).isFalse();
    assertThat(w.participant(w.rows().get(0))).isEqualTo(1234567);
    assertThat(w.text()).isEqualTo(text);
  }

  @Test
  void padsAndCutsRowsToTheHeadersLength() {
    GradingWorksheet w =
        GradingWorksheet.read(
            "Identifier,Grade,Last modified (grade)\nParticipant 1,5\nParticipant 2,6,-,extra\n");
    assertThat(w.rows())
        .containsExactly(List.of("Participant 1", "5", ""), List.of("Participant 2", "6", "-"));
  }

  @Test
  void neverWritesAFieldEndingInABackslash() {
    GradingWorksheet w =
        GradingWorksheet.read(
            "Identifier,Grade,Last modified (grade)\n\"Participant 1\",5,\"C:\\\"\n");
    assertThat(w.text()).doesNotContain("\\\"").doesNotContain("\\\n");
  }

  @Test
  void namesTheColumnsItNeedsWhenTheyAreMissing() {
    assertThatThrownBy(() -> GradingWorksheet.read("Name,Points\nAnna,5\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[Identifier, Grade, Last modified (grade)]")
        .hasMessageContaining("found [Name, Points]");
  }
}
