package korrektor.result;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvCellsTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '~',
      value = {
        "=HYPERLINK(\"http://x\")|'=HYPERLINK(\"http://x\")",
        "+1+1|'+1+1",
        "-2+3|'-2+3",
        "@SUM(A1)|'@SUM(A1)",
        "Anna Becker|Anna Becker",
        "-0.5|-0.5",
        "+3|+3",
        "1e-3|1e-3"
      })
  void neutralisesFormulasAndKeepsNumbers(String cell, String written) {
    assertThat(CsvCells.text(cell)).isEqualTo(written);
  }

  @Test
  void neutralisesLeadingTabAndCarriageReturn() {
    assertThat(CsvCells.text("\t=1")).isEqualTo("'\t=1");
    assertThat(CsvCells.text("\r=1")).isEqualTo("'\r=1");
  }

  @Test
  void cutsCellsLongerThanASpreadsheetKeepsAndPointsToResultsJson() {
    String cut = CsvCells.text("x".repeat(400_000));
    assertThat(cut)
        .hasSize(CsvCells.MAX_CHARS)
        .endsWith("… (cut: 400000 characters; the whole text is in results.json)");
  }
}
