package korrektor.document;

/**
 * Bounds a reader keeps to, so that a hostile file costs only itself.
 *
 * @param maxFileBytes largest file read at all
 * @param maxPages pages of a PDF read at most (the rest is skipped with a warning)
 * @param maxCells cells of a workbook read at most
 * @param maxLines text lines kept at most
 */
public record ReadLimits(long maxFileBytes, int maxPages, int maxCells, int maxLines) {

  /** Generous for real exercise sheets, small enough to stop bombs. */
  public static final ReadLimits DEFAULT = new ReadLimits(50L << 20, 50, 200_000, 20_000);

  public ReadLimits {
    if (maxFileBytes <= 0 || maxPages <= 0 || maxCells <= 0 || maxLines <= 0) {
      throw new IllegalArgumentException("read limits must be positive");
    }
  }
}
