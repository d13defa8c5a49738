package korrektor.document.spreadsheet;

/**
 * One {@code <c>} element of a worksheet as the file stores it, before conversion.
 *
 * @param row 0-based row
 * @param column 0-based column
 * @param type the {@code t} attribute ({@code n} when absent)
 * @param style the {@code s} attribute, -1 when absent
 * @param formula whether the cell has an {@code <f>} (a normal or shared formula)
 * @param value the text of {@code <v>}, null when there is none
 * @param inlineSet whether the cell has an {@code <is>}
 * @param inline the text of {@code <is>}, null when it has none
 */
record RawCell(
    int row,
    int column,
    String type,
    int style,
    boolean formula,
    String value,
    boolean inlineSet,
    String inline) {}
