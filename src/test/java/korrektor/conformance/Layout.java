package korrektor.conformance;

import java.util.List;

/** A way of laying answers out on the page (reading-cases §3); one family in the reports. */
interface Layout {

  /** The family name in reports and in {@code -Dconformance.only}. */
  String id();

  /** Whether a student would write this layout in the format. */
  boolean supports(OutFormat format);

  /** Whether the steps may be counted from 0 here (only where the whole sequence is visible). */
  default boolean countsFromZero() {
    return false;
  }

  /** Whether single values may be left out (a layout of bare numbers in a stated order may not). */
  default boolean allowsOmission() {
    return true;
  }

  /**
   * Whether the layout writes numbers its own way (code printing floats), not in the student's
   * style.
   */
  default boolean ownNumbers() {
    return false;
  }

  /** The blocks holding the answers. */
  List<Block> render(Pen pen);
}
