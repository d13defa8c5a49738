package korrektor.extract;

import java.util.List;
import korrektor.document.Location;

/**
 * One piece of a document that the readers look at on its own: a text line or a cell. Its text is
 * the student's writing without decoration ({@link Markup#plain}); when the line is a row of a
 * table in text (tabs, pipes, wide gaps, CSV), the fields are joined with tabs and each number
 * belongs to one field.
 *
 * @param document index of the document in the submission
 * @param index index of the unit in its document (lines in reading order, then cells)
 * @param text the plain text (fields joined by tabs)
 * @param fields the fields of a table row, or one field: the whole text
 * @param numbers every number written in the unit, in order
 * @param location where the unit is
 * @param part the part of the document the unit belongs to ({@code cell 3} of a notebook, a sheet,
 *     a page), so that context (a step heading, a legend) does not leak between parts
 * @param row whether the fields are the cells of a table row (else they are blocks of text set
 *     apart by wide gaps, or one field)
 */
record Unit(
    int document,
    int index,
    String text,
    List<Field> fields,
    List<Num> numbers,
    Location location,
    String part,
    boolean row) {

  Unit {
    fields = List.copyOf(fields);
    numbers = List.copyOf(numbers);
  }

  /**
   * A field of a table row.
   *
   * @param text the field's plain text
   * @param x the field's horizontal centre: points for PDF lines, the field's index otherwise
   * @param left the field's left edge (points) or index
   * @param right the field's right edge (points) or index
   * @param numbers the numbers written in this field
   */
  record Field(String text, double x, double left, double right, List<Num> numbers) {
    Field {
      numbers = List.copyOf(numbers);
    }
  }

  /**
   * Identity: a unit is one place in one document (its records would hash their whole text and
   * fields).
   */
  @Override
  public boolean equals(Object o) {
    return this == o;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }

  boolean isRow() {
    return row && fields.size() > 1;
  }
}
