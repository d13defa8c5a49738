package korrektor.batch;

import static korrektor.lms.MoodleFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import korrektor.document.archive.SafeUnzip;
import korrektor.lms.MoodleFixtures;
import korrektor.result.MoodleId;
import korrektor.result.Student;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MoodleSubmissionFinderTest {
  @TempDir Path dir;

  private Path write(String relative, String content) throws IOException {
    Path p = dir.resolve("in").resolve(relative);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, content);
  }

  private static Submission of(List<Submission> all, String id) {
    return all.stream()
        .filter(s -> s.student().id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + id + " in " + all));
  }

  @Test
  void findsMoodle41And3xFoldersFlatFilesAndOnlineText() throws IOException {
    write("Anna Becker_101_assignsubmission_file/lstm.xlsx", "x");
    write("Ben Roth_102_assignsubmission_file_/sub/a.csv", "x");
    write("Cem Arslan_103_assignsubmission_file_blatt_9.pdf", "x");
    write("Dora Weiß_104_assignsubmission_onlinetext/onlinetext.html", "<p>h</p>");
    List<Submission> found = SubmissionFinder.find(dir.resolve("in"));
    assertThat(found).extracting(s -> s.student().id()).containsExactly("101", "102", "103", "104");
    assertThat(of(found, "101").student())
        .isEqualTo(new Student("101", "Anna Becker", new MoodleId("Anna Becker", 101)));
    assertThat(of(found, "102").files())
        .singleElement()
        .satisfies(p -> assertThat(p.toString()).endsWith("sub/a.csv"));
    assertThat(of(found, "103").files())
        .singleElement()
        .satisfies(p -> assertThat(p.getFileName().toString()).endsWith("blatt_9.pdf"));
    assertThat(of(found, "104").files())
        .singleElement()
        .satisfies(p -> assertThat(p.getFileName().toString()).isEqualTo("onlinetext.html"));
  }

  @Test
  void gathersAllEntriesOfOneStudent() throws IOException {
    write("Anna Becker_101_assignsubmission_file/a.csv", "x");
    write("Anna Becker_101_assignsubmission_file/b.pdf", "x");
    write("Anna Becker_101_assignsubmission_onlinetext/onlinetext.html", "x");
    write("Anna Becker_101_assignsubmission_file_c.xlsx", "x");
    List<Submission> found = SubmissionFinder.find(dir.resolve("in"));
    assertThat(found).singleElement().satisfies(s -> assertThat(s.files()).hasSize(4));
  }

  @Test
  void namesBlindAndTeamSubmissions() throws IOException {
    write("Participant_88_assignsubmission_file/a.csv", "x");
    write("Team Rot_42_assignsubmission_file/a.csv", "x");
    write("Default group_assignsubmission_file/a.csv", "x");
    List<Submission> found = SubmissionFinder.find(dir.resolve("in"));
    assertThat(of(found, "88").student().name()).isEqualTo("Participant 88");
    assertThat(of(found, "42").student().moodle()).isEqualTo(new MoodleId("Team Rot", 42));
    assertThat(of(found, "Default group").student().moodle().defaultGroup()).isTrue();
  }

  @Test
  void keepsReadingPlainFolders() throws IOException {
    write("271001_Anna_Becker.xlsx", "x");
    write("271012_Lukas_Zimmermann/a.csv", "x");
    List<Submission> found = SubmissionFinder.find(dir.resolve("in"));
    assertThat(found)
        .extracting(Submission::student)
        .containsExactly(
            new Student("271001", "Anna Becker"), new Student("271012", "Lukas Zimmermann"));
  }

  @Test
  void unpacksAZipBesideTheOutputAndChargesARefusedEntryToItsStudentOnly() throws IOException {
    Map<String, byte[]> m = new LinkedHashMap<>();
    m.put("Anna Becker_101_assignsubmission_file/a.csv", text("x"));
    m.put("Mia Evil_107_assignsubmission_file/../../../evil.sh", text("rm -rf"));
    m.put("Mia Evil_107_assignsubmission_file/ok.csv", text("x"));
    m.put("Bo Big_108_assignsubmission_file/bomb.csv", MoodleFixtures.zeros(4 << 20));
    m.put("../stray.txt", text("x"));
    m.put("/etc/cron.d/evil", text("x"));
    Path zip = MoodleFixtures.zip(dir.resolve("download.zip"), m);
    Path target = dir.resolve("out/submissions");
    SubmissionFinder.Unpacked u = SubmissionFinder.fromZip(zip, target, SafeUnzip.Limits.DEFAULT);
    assertThat(u.folder()).isEqualTo(target);
    assertThat(of(u.submissions(), "101").refused()).isEmpty();
    assertThat(of(u.submissions(), "107").refused())
        .singleElement()
        .satisfies(r -> assertThat(r).contains("outside the folder"));
    assertThat(of(u.submissions(), "108").refused())
        .singleElement()
        .satisfies(r -> assertThat(r).contains("zip bomb"));
    assertThat(u.unattributed())
        .hasSize(2)
        .anySatisfy(r -> assertThat(r).contains("../stray.txt"))
        .anySatisfy(r -> assertThat(r).contains("/etc/cron.d/evil").contains("absolute path"));
    assertThat(u.submissions())
        .extracting(s -> s.student().id())
        .containsExactlyInAnyOrder("101", "107", "108");
    assertThat(dir.resolve("evil.sh")).doesNotExist();
    assertThat(dir.resolve("stray.txt")).doesNotExist();

    // A re-run replaces the folder it made, and refuses to clear one it did not make.
    assertThat(SubmissionFinder.fromZip(zip, target, SafeUnzip.Limits.DEFAULT).submissions())
        .hasSize(3);
    Files.createDirectories(dir.resolve("mine"));
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> SubmissionFinder.fromZip(zip, dir.resolve("mine"), SafeUnzip.Limits.DEFAULT))
        .hasMessageContaining("not made by Korrektor");
  }
}
