package korrektor.document.archive;

import static korrektor.lms.MoodleFixtures.text;
import static korrektor.lms.MoodleFixtures.zeros;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import korrektor.lms.MoodleFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeUnzipTest {
  @TempDir Path dir;

  private SafeUnzip.Result unzip(Map<String, byte[]> entries, SafeUnzip.Limits limits)
      throws IOException {
    Path zip = MoodleFixtures.zip(dir.resolve("in.zip"), entries);
    return SafeUnzip.unzip(zip, dir.resolve("out/target"), limits);
  }

  private static Map<String, byte[]> withGood(String badName, byte[] bad) {
    Map<String, byte[]> m = new LinkedHashMap<>();
    m.put("A_1_assignsubmission_file/a.csv", text("a"));
    m.put(badName, bad);
    m.put("B_2_assignsubmission_file/b.csv", text("b"));
    return m;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "A_1_assignsubmission_file/../../evil.txt",
        "../evil.txt",
        "/etc/evil.txt",
        "C:/evil.txt",
        "A_1_assignsubmission_file\\..\\..\\evil.txt",
        "A_1_assignsubmission_file/sub/../../../evil.txt"
      })
  void refusesEntriesThatEscapeTheTarget(String name) throws IOException {
    SafeUnzip.Result r = unzip(withGood(name, text("pwned")), SafeUnzip.Limits.DEFAULT);
    assertThat(r.refused())
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.entry()).isEqualTo(name);
              assertThat(x.reason()).containsAnyOf("outside the folder", "absolute path");
            });
    assertThat(r.files()).hasSize(2);
    assertThat(dir.resolve("evil.txt")).doesNotExist();
    assertThat(dir.resolve("out/evil.txt")).doesNotExist();
    assertThat(Files.readString(dir.resolve("out/target/B_2_assignsubmission_file/b.csv")))
        .isEqualTo("b");
  }

  @Test
  void anEntryNameTooLongForTheFileSystemCostsOnlyThatEntry() throws IOException {
    String longName = "A_1_assignsubmission_file/" + "x".repeat(300) + ".csv";
    SafeUnzip.Result r = unzip(withGood(longName, text("long")), SafeUnzip.Limits.DEFAULT);
    assertThat(r.refused())
        .singleElement()
        .satisfies(x -> assertThat(x.reason()).contains("name is too long"));
    assertThat(r.files()).hasSize(2);
  }

  @Test
  void aFileBesideAFolderOfTheSameNameCostsOnlyThatEntry() throws IOException {
    Map<String, byte[]> m = new LinkedHashMap<>();
    m.put("A_1_assignsubmission_file/x/inner.csv", text("inner"));
    m.put("A_1_assignsubmission_file/x", text("clash"));
    m.put("B_2_assignsubmission_file/b.csv", text("b"));
    SafeUnzip.Result r = unzip(m, SafeUnzip.Limits.DEFAULT);
    assertThat(r.refused())
        .singleElement()
        .satisfies(x -> assertThat(x.reason()).contains("a file and a folder"));
    assertThat(r.files()).hasSize(2);
    assertThat(Files.readString(dir.resolve("out/target/A_1_assignsubmission_file/x/inner.csv")))
        .isEqualTo("inner");
  }

  @Test
  void refusesSymbolicLinks() throws IOException {
    Path zip =
        MoodleFixtures.zip(
            dir.resolve("in.zip"), withGood("A_1_assignsubmission_file/link", text("/etc/passwd")));
    MoodleFixtures.markSymlink(zip, "A_1_assignsubmission_file/link");
    SafeUnzip.Result r = SafeUnzip.unzip(zip, dir.resolve("t"), SafeUnzip.Limits.DEFAULT);
    assertThat(r.refused())
        .singleElement()
        .satisfies(x -> assertThat(x.reason()).contains("symbolic link"));
    assertThat(dir.resolve("t/A_1_assignsubmission_file/link")).doesNotExist();
    assertThat(r.files()).hasSize(2);
  }

  @Test
  void refusesAZipBombByItsRatioWhileInflating() throws IOException {
    SafeUnzip.Result r =
        unzip(
            withGood("A_1_assignsubmission_file/bomb.csv", zeros(4 << 20)),
            SafeUnzip.Limits.DEFAULT);
    assertThat(r.refused())
        .singleElement()
        .satisfies(x -> assertThat(x.reason()).contains("zip bomb"));
    assertThat(dir.resolve("out/target/A_1_assignsubmission_file/bomb.csv")).doesNotExist();
    assertThat(r.files()).hasSize(2);
  }

  @Test
  void boundsEachEntryAndTheTotalSize() throws IOException {
    SafeUnzip.Limits small = new SafeUnzip.Limits(100, 150, 100, 1000, 1 << 20);
    Map<String, byte[]> m = new LinkedHashMap<>();
    m.put("big.csv", zeros(101));
    m.put("a.csv", zeros(80));
    m.put("b.csv", zeros(80));
    SafeUnzip.Result r = unzip(m, small);
    assertThat(r.refused())
        .extracting(SafeUnzip.Refusal::entry)
        .containsExactly("big.csv", "b.csv");
    assertThat(r.refused().get(0).reason()).contains("more than 100 bytes");
    assertThat(r.refused().get(1).reason()).contains("in all");
  }

  @Test
  void boundsTheNumberOfEntries() throws IOException {
    Map<String, byte[]> m = new LinkedHashMap<>();
    for (int i = 0; i < 5; i++) {
      m.put("f" + i + ".csv", text("x"));
    }
    SafeUnzip.Result r = unzip(m, new SafeUnzip.Limits(100, 1000, 3, 100, 0));
    assertThat(r.files()).hasSize(3);
    assertThat(r.refused())
        .extracting(SafeUnzip.Refusal::entry)
        .containsExactly("f3.csv", "f4.csv");
  }

  @Test
  void refusesADuplicateEntryAndKeepsTheFirst() throws IOException {
    // ZipOutputStream refuses duplicates, so the second name differs only by a "./" that unpacking
    // drops.
    Map<String, byte[]> m = new LinkedHashMap<>();
    m.put("a/x.csv", text("first"));
    m.put("a/./x.csv", text("second"));
    SafeUnzip.Result r = unzip(m, SafeUnzip.Limits.DEFAULT);
    assertThat(r.refused())
        .singleElement()
        .satisfies(x -> assertThat(x.reason()).contains("twice"));
    assertThat(Files.readString(dir.resolve("out/target/a/x.csv"))).isEqualTo("first");
  }

  @Test
  void saysWhatToDoWhenTheFileIsNoZip() throws IOException {
    Path notZip = Files.writeString(dir.resolve("x.zip"), "not a zip");
    assertThatThrownBy(() -> SafeUnzip.unzip(notZip, dir.resolve("t"), SafeUnzip.Limits.DEFAULT))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("not a readable zip")
        .hasMessageContaining("Download it again");
  }
}
