package korrektor.reference;

import java.util.Arrays;

/** A small dense matrix, row-major; scalars are 1×1 and vectors are n×1 (column vectors). */
public final class Matrix {
  private final int rows;
  private final int columns;
  private final double[] data;

  private Matrix(int rows, int columns, double[] data) {
    if (rows <= 0 || columns <= 0 || data.length != rows * columns) {
      throw new IllegalArgumentException(
          "a matrix needs rows*columns values: " + rows + "x" + columns + " with " + data.length);
    }
    this.rows = rows;
    this.columns = columns;
    this.data = data.clone();
  }

  public static Matrix scalar(double value) {
    return new Matrix(1, 1, new double[] {value});
  }

  /** A column vector. */
  public static Matrix column(double... values) {
    return new Matrix(values.length, 1, values);
  }

  /** A matrix from rows; all rows must have the same length. */
  public static Matrix of(double[][] rowsData) {
    int r = rowsData.length;
    int c = r == 0 ? 0 : rowsData[0].length;
    double[] d = new double[r * c];
    for (int i = 0; i < r; i++) {
      if (rowsData[i].length != c) {
        throw new IllegalArgumentException(
            "row " + (i + 1) + " has " + rowsData[i].length + " values, row 1 has " + c);
      }
      System.arraycopy(rowsData[i], 0, d, i * c, c);
    }
    return new Matrix(r, c, d);
  }

  public int rows() {
    return rows;
  }

  public int columns() {
    return columns;
  }

  public double get(int row, int column) {
    return data[row * columns + column];
  }

  /** The values as a flat array (a copy), row-major; for column vectors the vector itself. */
  public double[] values() {
    return data.clone();
  }

  public boolean isScalar() {
    return rows == 1 && columns == 1;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Matrix m
        && m.rows == rows
        && m.columns == columns
        && Arrays.equals(m.data, data);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * rows + columns) + Arrays.hashCode(data);
  }

  @Override
  public String toString() {
    if (isScalar()) {
      return Double.toString(data[0]);
    }
    StringBuilder s = new StringBuilder("[");
    for (int i = 0; i < rows; i++) {
      if (i > 0) {
        s.append(", ");
      }
      s.append(Arrays.toString(Arrays.copyOfRange(data, i * columns, (i + 1) * columns)));
    }
    return s.append(']').toString();
  }
}
