package korrektor.conformance;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every number a generated submission contains: per slot the text written and its value, and every
 * other number (distractors) with its kind, so that a value found for a slot can be explained.
 *
 * @param slots slot → what the student wrote for it
 * @param noise the other numbers
 */
record Truth(Map<Slot, Written> slots, List<Noise> noise) {

  /** A number that is no answer. */
  record Noise(String kind, Written written) {}

  Truth {
    slots = Collections.unmodifiableMap(new TreeMap<>(slots));
    noise = List.copyOf(noise);
  }

  /** Collects the numbers of all files. */
  static Truth of(List<SubmissionFile> files) {
    Map<Slot, Written> slots = new TreeMap<>();
    List<Noise> noise = new ArrayList<>();
    for (SubmissionFile f : files) {
      for (Block b : f.blocks()) {
        for (Line l : Block.lines(b)) {
          for (Piece.Num n : l.numbers()) {
            if (n.role() instanceof Piece.SlotValue s) {
              Written before = slots.putIfAbsent(s.slot(), n.written());
              if (before != null && !before.matches(n.written().value())) {
                throw new IllegalStateException(
                    s.slot()
                        + " written twice with different values: "
                        + before.text()
                        + " and "
                        + n.written().text());
              }
            } else {
              noise.add(new Noise(((Piece.Distractor) n.role()).kind(), n.written()));
            }
          }
        }
      }
    }
    return new Truth(slots, noise);
  }

  /**
   * Why a value that is not the slot's could have been found: another slot's, a distractor's, or
   * unexplained.
   */
  String explain(double found, Slot slot) {
    for (Map.Entry<Slot, Written> e : slots.entrySet()) {
      if (!e.getKey().equals(slot) && e.getValue().matches(found)) {
        return "other-slot " + e.getKey();
      }
    }
    for (Noise n : noise) {
      if (n.written().matches(found)) {
        return n.kind();
      }
    }
    Written w = slots.get(slot);
    if (w != null
        && (w.matches(found / 100)
            || w.matches(found * 100)
            || w.matches(-found)
            || found == Math.rint(found)
                && w.text()
                    .replaceAll("\\D", "")
                    .replaceFirst("^0+", "")
                    .equals(Long.toString(Math.abs((long) found))))) {
      return "misread " + w.text();
    }
    return "unexplained";
  }
}
