package korrektor.reference;

import java.util.List;
import java.util.Map;

/**
 * The value of every named quantity at every step of a forward pass (step 0 holds initial states).
 */
public interface Trace {

  List<String> quantities();

  int steps();

  /** The value of a quantity at a step; throws IllegalArgumentException for unknown names/steps. */
  double[] value(String quantity, int step);

  /** All values, keyed by reference, for follow-through look-ups. */
  Map<QuantityRef, double[]> asMap();
}
