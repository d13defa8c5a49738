package korrektor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import korrektor.document.Cell;
import korrektor.document.Document;
import korrektor.document.Format;
import korrektor.document.Grid;
import korrektor.document.Location;
import korrektor.rubric.RubricReader;
import org.junit.jupiter.api.Test;

/**
 * A sheet of 100,000 cells (a student who pasted a log, or a hostile file within the cell limit) is
 * read in one pass over rows, not once per cell: this test would run for many minutes with the
 * quadratic look-ups it guards against.
 */
class LargeGridTest {
  @Test
  void extractsFromAHundredThousandCellsAndStillFindsTheTable() throws Exception {
    var rubric = RubricReader.read(Path.of("rubrics/sheet09.yaml"));
    String f = "big.xlsx";
    List<Cell> cells = new ArrayList<>();
    String[] header = {"t", "g", "f", "q", "candidate", "s", "h", "output"};
    for (int c = 0; c < header.length; c++) {
      cells.add(new Cell(0, c, header[c], null, Location.ofCell(f, "S", 0, c)));
    }
    for (int t = 1; t <= 3; t++) {
      cells.add(new Cell(t, 0, Integer.toString(t), (double) t, Location.ofCell(f, "S", t, 0)));
      for (int c = 1; c < header.length; c++) {
        cells.add(new Cell(t, c, "0.5", 0.5, Location.ofCell(f, "S", t, c)));
      }
    }
    for (int r = 10; r < 10 + 2000; r++) {
      for (int c = 0; c < 50; c++) {
        String text = c % 7 == 0 ? "g" : "x" + c;
        cells.add(new Cell(r, c, text, null, Location.ofCell(f, "S", r, c)));
      }
    }
    Document d =
        new Document(
            f, Format.XLSX, List.of(new Grid("S", cells)), List.of(), List.of(), 0, List.of());

    var found = new Extractor(rubric.quantities().values(), Map.of(), 3).extract(d).candidates();

    assertThat(found)
        .anySatisfy(
            c -> {
              assertThat(c.key()).isEqualTo("h@2");
              assertThat(c.location().toString()).isEqualTo("big.xlsx!S!G3");
            });
  }
}
