package korrektor.conformance;

/** Counts for one family: documents, slots written and found, wrong-slot, false-correct, review. */
final class Tally {
  int docs;
  int failedDocs;
  int unreadable;
  int written;
  int found;
  int wrongSlot;
  int falseCorrect;
  int review;
  int silent;
  double seconds;

  void add(Outcome o) {
    docs++;
    seconds += o.seconds();
    failedDocs += o.failed() ? 1 : 0;
    unreadable += o.unreadable().isEmpty() ? 0 : 1;
    for (SlotResult s : o.slots()) {
      written += s.written() != null ? 1 : 0;
      found += s.hit() ? 1 : 0;
      wrongSlot += s.wrongSlot() ? 1 : 0;
      falseCorrect += s.falseCorrect() ? 1 : 0;
      review += s.review() ? 1 : 0;
      silent += s.silentMiss() ? 1 : 0;
    }
  }

  /** Mean milliseconds to write, read and grade one document. */
  double millisPerDoc() {
    return docs == 0 ? 0 : 1000 * seconds / docs;
  }

  double recall() {
    return written == 0 ? 100 : 100.0 * found / written;
  }
}
