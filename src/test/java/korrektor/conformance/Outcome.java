package korrektor.conformance;

import java.util.List;

/**
 * One graded submission compared with its truth.
 *
 * @param submission what was generated
 * @param variants each file's writer variation ({@code pdf times rules})
 * @param slots the result per graded slot
 * @param unreadable files the reader could not read, with its message
 * @param messages the grading's messages
 * @param seconds time to write, read and grade
 */
record Outcome(
    Submission submission,
    List<String> variants,
    List<SlotResult> slots,
    List<String> unreadable,
    List<String> messages,
    double seconds) {

  Outcome {
    variants = List.copyOf(variants);
    slots = List.copyOf(slots);
    unreadable = List.copyOf(unreadable);
    messages = List.copyOf(messages);
  }

  boolean failed() {
    return !unreadable.isEmpty() || slots.stream().anyMatch(SlotResult::failed);
  }

  /**
   * How bad it is, for picking the worst examples: wrong and false-correct weigh more than misses.
   */
  int badness() {
    int b = unreadable.size() * 50;
    for (SlotResult s : slots) {
      b += s.falseCorrect() ? 1000 : 0;
      b += s.wrongSlot() ? 20 : 0;
      b += s.written() != null && !s.hit() ? 1 : 0;
    }
    return b;
  }
}
