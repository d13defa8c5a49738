package korrektor.integrity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import korrektor.result.Student;

/** Crafted classes of fingerprints: honest students, shared slips, copies. */
final class Classes {
  static final String[] QUANTITIES = {"g", "f", "q", "candidate", "s", "h", "output"};

  /** The sheet 9 solution, steps 1..3 by quantity. */
  static final double[][] SOLUTION = {
    {0.57689, 0.54364, 0.61775, 0.73243, 0.42253, 0.26102, 0.57568},
    {0.54282, 0.55065, 0.61735, 0.73713, 0.63279, 0.39065, 0.72177},
    {0.54805, 0.57253, 0.64501, 0.74002, 0.76786, 0.49528, 0.81403}
  };

  private Classes() {}

  static double[][] solution() {
    double[][] v = new double[3][];
    for (int i = 0; i < 3; i++) {
      v[i] = SOLUTION[i].clone();
    }
    return v;
  }

  /**
   * A student's values written with {@code decimals} digits; values differing from the solution are
   * wrong.
   */
  static Fingerprint student(
      String id, String name, double[][] values, int decimals, List<String> partners) {
    List<Fingerprint.Value> out = new ArrayList<>();
    for (int t = 0; t < 3; t++) {
      for (int q = 0; q < QUANTITIES.length; q++) {
        double v = values[t][q];
        String text = String.format(Locale.ROOT, "%." + decimals + "f", v);
        double written = Double.parseDouble(text);
        boolean correct =
            Math.abs(written - SOLUTION[t][q]) < 0.51 * Math.pow(10, -Math.min(decimals, 5)) + 1e-9;
        out.add(
            new Fingerprint.Value(
                "17/forward/" + QUANTITIES[q] + "@" + (t + 1),
                text,
                written,
                correct ? "correct" : "wrong",
                correct,
                decimals,
                false));
      }
    }
    return new Fingerprint(new Student(id, name), List.of(), out, List.of(), Map.of(), partners);
  }

  static Fingerprint honest(int n, Random random) {
    double[][] v = solution();
    if (random.nextInt(3) == 0) { // a personal slip, carried into the later steps of that quantity
      int t = random.nextInt(3);
      int q = random.nextInt(QUANTITIES.length);
      double slip = 1 + (random.nextInt(2) == 0 ? -1 : 1) * (0.05 + random.nextDouble() * 0.3);
      for (int s = t; s < 3; s++) {
        v[s][q] *= slip;
      }
    }
    return student(
        String.valueOf(100000 + n),
        "Student" + n + " Honest" + n,
        v,
        2 + random.nextInt(3),
        List.of());
  }

  /** A copy of {@code original}'s values (re-rounded to {@code decimals}). */
  static Fingerprint copyOf(Fingerprint original, String id, String name, int decimals) {
    double[][] v = new double[3][QUANTITIES.length];
    for (Fingerprint.Value x : original.values()) {
      String[] parts = x.item().split("[/@]");
      int q = List.of(QUANTITIES).indexOf(parts[2]);
      v[Integer.parseInt(parts[3]) - 1][q] = x.value();
    }
    return student(id, name, v, decimals, List.of());
  }
}
