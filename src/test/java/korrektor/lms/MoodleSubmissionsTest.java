package korrektor.lms;

import static org.assertj.core.api.Assertions.assertThat;

import korrektor.result.MoodleId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoodleSubmissionsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {
        // name                                              | label          | number  | plugin
        // | file
        "Anna Becker_1234567_assignsubmission_file            | Anna Becker    | 1234567 | file       | ''",
        "Anna Becker_1234567_assignsubmission_file_           | Anna Becker    | 1234567 | file       | ''",
        "Anna Becker_1234567_assignsubmission_file_lstm_v2.pdf | Anna Becker    | 1234567 | file       | lstm_v2.pdf",
        "Anna Becker_1234567_assignsubmission_onlinetext      | Anna Becker    | 1234567 | onlinetext | ''",
        "Anna Becker_1234567_assignsubmission_onlinetext_onlinetext.html | Anna Becker | 1234567 | onlinetext | onlinetext.html",
        "Participant_88_assignsubmission_file                 | Participant    | 88      | file       | ''",
        "Team Rot_42_assignsubmission_file                    | Team Rot       | 42      | file       | ''",
        "Default group_assignsubmission_file                  | Default group  | null    | file       | ''",
        "José Müller-Lüdenscheidt_7_assignsubmission_file     | José Müller-Lüdenscheidt | 7 | file | ''",
      })
  void readsMoodleNames(String name, String label, Integer number, String plugin, String file) {
    var e = MoodleSubmissions.parse(name).orElseThrow();
    assertThat(e.id()).isEqualTo(new MoodleId(label, number));
    assertThat(e.plugin()).isEqualTo(plugin);
    assertThat(e.file()).isEqualTo(file);
  }

  @ParameterizedTest
  @CsvSource({
    "271001_Anna_Becker.xlsx",
    "assignsubmission_file",
    "Anna_assignsubmission_",
    "notes.txt"
  })
  void ignoresOtherNames(String name) {
    assertThat(MoodleSubmissions.parse(name)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void tellsBlindMarkingAndDefaultGroupApart() {
    assertThat(new MoodleId("Participant", 88).blind()).isTrue();
    assertThat(new MoodleId("Participant", 88).displayName()).isEqualTo("Participant 88");
    assertThat(new MoodleId("Anna Becker", 88).blind()).isFalse();
    assertThat(new MoodleId("Default group", null).defaultGroup()).isTrue();
  }
}
