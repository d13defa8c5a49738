package korrektor.conformance;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one student computed: a value for every quantity at every step (step 0: the initial states),
 * and for each graded slot whether that value is within the rubric's tolerance of the reference (so
 * that a {@code correct} verdict on it can be judged).
 *
 * @param kind the family of the trace ({@code reference}, {@code slip}, {@code round2}, {@code
 *     mistake})
 * @param detail what exactly differs ({@code g@2 0.5428→0.6428}, {@code tanh-candidate})
 * @param values every value, by slot
 * @param correct for each graded slot: within tolerance of the reference at the precision the trace
 *     carries ({@code roundedTo} decimals, else full precision)
 * @param roundedTo decimals every value was rounded to while computing, or -1
 */
record StudentTrace(
    String kind,
    String detail,
    Map<Slot, Double> values,
    Map<Slot, Boolean> correct,
    int roundedTo) {

  StudentTrace {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    correct = Collections.unmodifiableMap(new LinkedHashMap<>(correct));
  }

  /** The student's value of a slot. */
  double value(Slot slot) {
    Double v = values.get(slot);
    if (v == null) {
      throw new IllegalArgumentException("no value for " + slot + " in trace " + kind);
    }
    return v;
  }

  /** Whether the trace's value of a graded slot is within tolerance of the reference. */
  boolean isCorrect(Slot slot) {
    return correct.getOrDefault(slot, false);
  }

  String label() {
    return detail.isEmpty() ? kind : kind + " " + detail;
  }
}
