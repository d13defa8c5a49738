package korrektor.document.ooxml;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * The process-wide zip limits POI applies to every OOXML package (xlsx, docx): a part that inflates
 * more than 100x, or to more than 256 MB, or a package of more than 2000 parts is a bomb, not an
 * exercise sheet.
 */
public final class OoxmlLimits {
  static {
    ZipSecureFile.setMinInflateRatio(0.01);
    ZipSecureFile.setMaxEntrySize(256L << 20);
    ZipSecureFile.setMaxFileCount(2000);
  }

  private OoxmlLimits() {}

  /** Makes sure the limits are set (they are set once, when this class is first used). */
  public static void apply() {
    // the static initialiser has run
  }
}
