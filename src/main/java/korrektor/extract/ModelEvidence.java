package korrektor.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import korrektor.reference.QuantityRef;
import korrektor.reference.ReferenceModel;

/**
 * How well a student's own values form a forward pass: each value is recomputed from the student's
 * own values of its inputs (and the sheet's inputs and initial states) with the rubric's model and
 * with each of its variants (accepted conventions, anticipated mistakes), as follow-through does.
 * This is how a tutor reads notation — which reading makes the student's numbers a consistent
 * computation — and never a comparison with the reference values: a student whose values are all
 * wrong in the same way fits the variant that explains them.
 */
final class ModelEvidence {
  /**
   * A value is consistent with its equation within its own rounding and this slack for carried
   * rounding.
   */
  private static final double SLACK = 0.0015;

  private final List<ReferenceModel> models;

  /**
   * @param models the rubric's model first, then its variants; empty: no evidence (every fit is 0)
   */
  ModelEvidence(List<ReferenceModel> models) {
    this.models = List.copyOf(models);
  }

  static ModelEvidence none() {
    return new ModelEvidence(List.of());
  }

  boolean isEmpty() {
    return models.isEmpty();
  }

  /**
   * A student's value of one quantity at one step: components (NaN where not given) and decimals
   * written.
   */
  record Value(double[] components, int[] decimals) {}

  /** The fit under the best model, with its counts. */
  record Fit(int consistent, int inconsistent, int model) {
    int score() {
      return consistent - inconsistent;
    }
  }

  /** The best fit of the values over the model and its variants (ties: the earlier model). */
  Fit fit(Map<QuantityRef, Value> values) {
    Fit best = new Fit(0, 0, -1);
    for (int m = 0; m < models.size(); m++) {
      Fit f = fit(models.get(m), values, m);
      if (best.model() < 0 || f.score() > best.score()) {
        best = f;
      }
    }
    return best;
  }

  private static Fit fit(ReferenceModel model, Map<QuantityRef, Value> values, int index) {
    int ok = 0;
    int bad = 0;
    List<String> computed = model.quantities();
    for (var e : values.entrySet()) {
      QuantityRef target = e.getKey();
      if (!computed.contains(target.quantity())
          || target.step() < 1
          || target.step() > model.steps()) {
        continue;
      }
      Map<QuantityRef, double[]> own = new HashMap<>();
      boolean complete = true;
      for (QuantityRef in : model.inputsOf(target)) {
        if (in.step() == 0 || in.quantity().equals("x")) {
          continue; // given by the sheet
        }
        Value v = values.get(in);
        if (v == null
            || hasNaN(v.components())
            || v.components().length != model.dimension(in.quantity())) {
          complete = false;
          break;
        }
        own.put(in, v.components());
      }
      if (!complete) {
        continue;
      }
      double[] predicted = model.evaluate(target, own);
      Value v = e.getValue();
      if (v.components().length != predicted.length) {
        continue;
      }
      boolean consistent = true;
      boolean any = false;
      for (int c = 0; c < predicted.length; c++) {
        if (Double.isNaN(v.components()[c])) {
          continue;
        }
        any = true;
        double tol = 0.6 * Math.pow(10, -Math.min(6, Math.max(0, v.decimals()[c]))) + SLACK;
        if (Math.abs(predicted[c] - v.components()[c]) > tol) {
          consistent = false;
        }
      }
      if (!any) {
        continue;
      }
      if (consistent) {
        ok++;
      } else {
        bad++;
      }
    }
    return new Fit(ok, bad, index);
  }

  private static boolean hasNaN(double[] v) {
    for (double d : v) {
      if (Double.isNaN(d)) {
        return true;
      }
    }
    return false;
  }

  /** The values of resolved candidates, as the model sees them (the first value found per item). */
  static Map<QuantityRef, Value> valuesOf(
      List<Candidate> candidates, Map<String, Integer> dimensions) {
    Map<QuantityRef, Value> out = new HashMap<>();
    for (Candidate c : candidates) {
      QuantityRef ref = new QuantityRef(c.quantity(), c.step());
      int dim = dimensions.getOrDefault(c.quantity(), 1);
      Value v =
          out.computeIfAbsent(
              ref,
              r -> {
                double[] comps = new double[dim];
                java.util.Arrays.fill(comps, Double.NaN);
                return new Value(comps, new int[dim]);
              });
      int k = Math.max(0, c.component() - 1);
      if (k < dim && Double.isNaN(v.components()[k])) {
        v.components()[k] = c.value();
        v.decimals()[k] = c.number().decimals();
      }
    }
    return out;
  }

  /**
   * A short description of a model for explanations: "the rubric's model" or the variant's index.
   */
  static List<String> names(List<String> variantNames) {
    List<String> out = new ArrayList<>();
    out.add("the rubric's model");
    out.addAll(variantNames);
    return out;
  }
}
