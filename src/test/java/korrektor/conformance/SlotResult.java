package korrektor.conformance;

import korrektor.grade.ItemResult;
import korrektor.grade.Verdict;

/**
 * How the reader and grader did on one slot of one submission.
 *
 * @param slot the slot
 * @param written what the student wrote for it, or null
 * @param item the grader's item for it, or null when there is none
 * @param hit the value found is the value written
 * @param wrongSlot a value was found that the student did not write for this slot
 * @param falseCorrect verdict {@code correct} although the written value is not within tolerance of
 *     the reference, or nothing was written
 * @param explanation where a wrong value came from ({@code other-slot h@2}, {@code parameter}), or
 *     null
 */
record SlotResult(
    Slot slot,
    Written written,
    ItemResult item,
    boolean hit,
    boolean wrongSlot,
    boolean falseCorrect,
    String explanation) {

  static SlotResult judge(
      Slot slot, Written written, ItemResult item, Truth truth, RubricCase rubric) {
    Double found = item == null ? null : item.found();
    boolean hit = written != null && written.matches(found);
    boolean wrong = found != null && !hit;
    boolean correct = item != null && item.verdict() == Verdict.CORRECT;
    double expected = rubric.reference().value(slot.quantity(), slot.step())[slot.index()];
    boolean falseCorrect =
        correct
            && (written == null || !ToleranceJudge.accepts(rubric.tolerance(), written, expected));
    return new SlotResult(
        slot, written, item, hit, wrong, falseCorrect, wrong ? truth.explain(found, slot) : null);
  }

  boolean review() {
    return item != null && item.verdict() == Verdict.REVIEW;
  }

  /** Written, but the item is {@code missing}: the number was dropped without a word. */
  boolean silentMiss() {
    return written != null && !hit && (item == null || item.verdict() == Verdict.MISSING);
  }

  boolean failed() {
    return written != null && !hit || wrongSlot || falseCorrect;
  }
}
