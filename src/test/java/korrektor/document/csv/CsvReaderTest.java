package korrektor.document.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import korrektor.document.Cell;
import korrektor.document.Document;
import korrektor.document.Grid;
import korrektor.document.ReadLimits;
import korrektor.document.text.TextDecoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReaderTest {

  @TempDir Path dir;
  private final CsvReader reader = new CsvReader();

  private Document read(String name, byte[] bytes) throws Exception {
    Path file = Files.write(dir.resolve(name), bytes);
    return reader.read(file, name, ReadLimits.DEFAULT);
  }

  @Test
  void readsGermanWindows1252CsvWithDecimalCommasUntouched() throws Exception {
    String csv = "Zeitschritt;Ausgabe hä;Zelle c\r\n1;0,544;-0,3907\r\n2;0,612;0,1234\r\n";
    Document doc = read("lstm.csv", csv.getBytes(TextDecoder.WINDOWS_1252));

    Grid grid = doc.grids().get(0);
    assertThat(grid.name()).isNull();
    assertThat(grid.at(0, 1).orElseThrow().text()).isEqualTo("Ausgabe hä");
    Cell c = grid.at(1, 2).orElseThrow();
    assertThat(c.text()).isEqualTo("-0,3907");
    assertThat(c.number()).isNull();
    assertThat(c.location().toString()).isEqualTo("lstm.csv!C2");
    assertThat(grid.rowCount()).isEqualTo(3);
    assertThat(grid.columnCount()).isEqualTo(3);
    assertThat(doc.problems()).isEmpty();
  }

  @Test
  void readsUtf8CsvWithByteOrderMark() throws Exception {
    byte[] body = "h,c\n0.5,0.25\n".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);

    Grid grid = read("bom.csv", bytes).grids().get(0);

    assertThat(grid.at(0, 0).orElseThrow().text()).isEqualTo("h");
    assertThat(grid.at(1, 1).orElseThrow().text()).isEqualTo("0.25");
  }

  @Test
  void honoursSepLineAndDoesNotCountItAsARow() throws Exception {
    Grid grid =
        read("s.csv", "sep=;\na;b\n1,5;2\n".getBytes(StandardCharsets.UTF_8)).grids().get(0);

    assertThat(grid.at(0, 0).orElseThrow().text()).isEqualTo("a");
    assertThat(grid.at(1, 0).orElseThrow().text()).isEqualTo("1,5");
  }

  @Test
  void readsQuotedFieldsRaggedRowsAndKeepsBlankLinesAsEmptyRows() throws Exception {
    String csv = "name,value\n\"h, step 1\",\" 0.5 \"\n\nc,0.25,extra\nlonely\n";
    Grid grid = read("q.csv", csv.getBytes(StandardCharsets.UTF_8)).grids().get(0);

    assertThat(grid.at(1, 0).orElseThrow().text()).isEqualTo("h, step 1");
    assertThat(grid.at(1, 1).orElseThrow().text()).isEqualTo("0.5");
    assertThat(grid.row(2)).isEmpty();
    assertThat(grid.at(3, 2).orElseThrow().text()).isEqualTo("extra");
    assertThat(grid.at(3, 2).orElseThrow().location().toString()).isEqualTo("q.csv!C4");
    assertThat(grid.at(4, 0).orElseThrow().text()).isEqualTo("lonely");
  }

  @Test
  void readsTabSeparatedValues() throws Exception {
    Grid grid =
        read("t.csv", "t\th\n1\t0,5\n2\t0,7\n".getBytes(StandardCharsets.UTF_8)).grids().get(0);

    assertThat(grid.row(2)).extracting(Cell::text).containsExactly("2", "0,7");
  }

  @Test
  void stopsAtTheCellLimitWithAWarning() throws Exception {
    Path file = Files.writeString(dir.resolve("big.csv"), "1,2,3\n4,5,6\n");
    Document doc = reader.read(file, "big.csv", new ReadLimits(1000, 1, 4, 10));

    assertThat(doc.grids().get(0).cells()).hasSize(4);
    assertThat(doc.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("only the first 4 cells"));
  }
}
