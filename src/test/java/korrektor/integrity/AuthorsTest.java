package korrektor.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import korrektor.document.Cell;
import korrektor.document.Document;
import korrektor.document.Format;
import korrektor.document.Grid;
import korrektor.document.Location;
import korrektor.document.TextLine;
import org.junit.jupiter.api.Test;

class AuthorsTest {

  private static Document lines(String... texts) {
    List<TextLine> lines = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      lines.add(TextLine.plain(texts[i], Location.ofLine("a.pdf", 1, i + 1)));
    }
    return new Document("a.pdf", Format.PDF, List.of(), lines, List.of(), 1, List.of());
  }

  private static Document row(String... texts) {
    List<Cell> cells = new ArrayList<>();
    for (int c = 0; c < texts.length; c++) {
      cells.add(new Cell(0, c, texts[c], null, Location.ofCell("a.xlsx", "S", 0, c)));
    }
    return new Document(
        "a.xlsx", Format.XLSX, List.of(new Grid("S", cells)), List.of(), List.of(), 1, List.of());
  }

  @Test
  void namesTheOtherAuthorsOfALabelledLineThatAlsoNamesTheStudent() {
    Document d =
        lines("Exercise sheet 9", "Names: Anna Becker, Ben Wolf und Clara Vogel (Gruppe 3)");

    assertThat(Authors.others(List.of(d), "Anna Becker"))
        .containsExactly("Ben Wolf", "Clara Vogel");
  }

  @Test
  void readsALabelCellWithBlanksBeforeItAndTheNamesInTheCellsBesideIt() {
    Document d = row("  Gruppenmitglieder", "Anna Becker", "Ben Wolf");

    assertThat(Authors.others(List.of(d), "Anna Becker")).containsExactly("Ben Wolf");
  }

  @Test
  void countsAnInitialAndTheLastNameAsTheStudent() {
    Document d = lines("Autoren: A. Becker, Ben Wolf");

    assertThat(Authors.others(List.of(d), "Anna Becker")).containsExactly("Ben Wolf");
  }

  @Test
  void namesNoOneWhenTheSheetDoesNotNameTheStudentOrNamesNoAuthors() {
    assertThat(Authors.others(List.of(lines("Names: Ben Wolf, Clara Vogel")), "Anna Becker"))
        .isEmpty();
    assertThat(
            Authors.others(List.of(lines("Anna Becker and Ben Wolf", "h = 0.42")), "Anna Becker"))
        .isEmpty();
    assertThat(Authors.others(List.of(row("0.42", "Anna Becker", "Ben Wolf")), "Anna Becker"))
        .isEmpty();
  }
}
