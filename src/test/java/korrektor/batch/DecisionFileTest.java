package korrektor.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import korrektor.submission.Overrides;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecisionFileTest {
  @TempDir Path dir;

  private static Map<String, DecisionFile.Decision> one(
      String student, String item, String points, String comment) {
    DecisionFile.Decision d = new DecisionFile.Decision(student, item, points, comment);
    Map<String, DecisionFile.Decision> m = new HashMap<>();
    m.put(d.key(), d);
    return m;
  }

  @Test
  void keepsTheTutorsRowsByteForByteAndAddsItsOwnBelowTheMarker() throws Exception {
    Path f = dir.resolve("overrides.csv");
    String mine = "student;item;points;comment\r\n271004;16/a;1,5;\"formula, fine\"\r\n# a note";
    Files.writeString(f, mine, StandardCharsets.UTF_8);
    DecisionFile d = DecisionFile.open(f);
    d.apply(one("271008", "17/forward/s@2", "0.25", "sign slip, half"));
    assertThat(Files.readString(f))
        .isEqualTo(
            mine
                + "\n"
                + DecisionFile.MARKER
                + "\n"
                + "271008;17/forward/s@2;0.25;sign slip, half\n");
    assertThat(Overrides.read(f).problems()).isEmpty();
    List<String> report = new ArrayList<>();
    Overrides.read(f).apply(List.of(), report);
    assertThat(report).hasSize(2).allSatisfy(r -> assertThat(r).contains("no item"));
  }

  @Test
  void replacesItsOwnDecisionAndRemovesItOnUndo() throws Exception {
    Path f = dir.resolve("overrides.csv");
    Files.writeString(f, Overrides.HEADER + "\n");
    DecisionFile d = DecisionFile.open(f);
    d.apply(one("1", "16/a", "1", ""));
    d.apply(one("2", "16/a", "0", ""));
    d.apply(one("1", "16/a", "0.5", "second look"));
    assertThat(Files.readString(f))
        .endsWith(DecisionFile.MARKER + "\n2,16/a,0,\n1,16/a,0.5,second look\n");
    Map<String, DecisionFile.Decision> clear = new HashMap<>();
    clear.put(new DecisionFile.Decision("2", "16/a", "", "").key(), null);
    d.apply(clear);
    assertThat(Files.readString(f))
        .isEqualTo(Overrides.HEADER + "\n" + DecisionFile.MARKER + "\n1,16/a,0.5,second look\n");
    // a file reopened (the page started again) knows the page's rows
    assertThat(DecisionFile.open(f).get("1", "16/a").points()).isEqualTo("0.5");
  }

  @Test
  void writesAFileOverridesReadsWithoutProblems() throws Exception {
    Path f = dir.resolve("overrides.csv");
    Files.writeString(f, ""); // emptied by hand: the header comes back before the marker
    DecisionFile.open(f).apply(one("1", "integrity:none", "", "declared partners"));
    Overrides o = Overrides.read(f);
    assertThat(o.problems()).isEmpty();
    List<String> report = new ArrayList<>();
    o.apply(List.of(), report);
    assertThat(report).singleElement().asString().contains("integrity:none").contains("'1'");
  }

  @Test
  void keepsRowsTheTutorAddedWhileThePageWasOpen() throws Exception {
    Path f = dir.resolve("overrides.csv");
    Files.writeString(f, Overrides.HEADER + "\n");
    DecisionFile d = DecisionFile.open(f);
    d.apply(one("1", "16/a", "1", ""));
    String now = Files.readString(f);
    Files.writeString(
        f, now.replace(Overrides.HEADER + "\n", Overrides.HEADER + "\n3,16/b,2,by hand\n"));
    d.apply(one("2", "16/a", "0", ""));
    assertThat(Files.readString(f))
        .startsWith(Overrides.HEADER + "\n3,16/b,2,by hand\n" + DecisionFile.MARKER)
        .endsWith("1,16/a,1,\n2,16/a,0,\n");
  }
}
