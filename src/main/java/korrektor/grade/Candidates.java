package korrektor.grade;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import korrektor.extract.Candidate;

/** Groups the values found for one item and picks the one to grade. */
final class Candidates {
  private Candidates() {}

  /**
   * Groups candidates whose values agree within the rounding of the less precise one; strongest
   * evidence first, then the largest group.
   */
  static List<List<Candidate>> agreeingGroups(List<Candidate> found) {
    List<List<Candidate>> groups = new ArrayList<>();
    for (Candidate c : found) {
      List<Candidate> home = null;
      for (List<Candidate> g : groups) {
        if (agree(g.get(0), c)) {
          home = g;
          break;
        }
      }
      if (home != null) {
        home.add(c);
      } else {
        home = new ArrayList<>();
        home.add(c);
        groups.add(home);
      }
    }
    if (groups.size() > 1) {
      groups.sort(STRONGEST_THEN_LARGEST);
    }
    return groups;
  }

  private static final Comparator<List<Candidate>> STRONGEST_THEN_LARGEST =
      Comparator.<List<Candidate>>comparingInt(Candidates::strongestEvidence)
          .thenComparing(Comparator.<List<Candidate>>comparingInt(List::size).reversed());

  private static int strongestEvidence(List<Candidate> group) {
    int strongest = 9;
    for (Candidate c : group) {
      strongest = Math.min(strongest, c.evidence().ordinal());
    }
    return strongest;
  }

  static boolean agree(Candidate a, Candidate b) {
    int n = Math.min(a.number().decimals(), b.number().decimals());
    return Math.abs(a.value() - b.value()) < 0.51 * Math.pow(10, -n) + 1e-12;
  }

  /** The strongest evidence, then the most decimals. */
  static Candidate representative(List<Candidate> group) {
    Candidate best = group.get(0);
    for (int i = 1; i < group.size(); i++) {
      if (REPRESENTATIVE.compare(group.get(i), best) < 0) {
        best = group.get(i);
      }
    }
    return best;
  }

  private static final Comparator<Candidate> REPRESENTATIVE =
      Comparator.<Candidate>comparingInt(c -> c.evidence().ordinal())
          .thenComparing(Comparator.<Candidate>comparingInt(c -> c.number().decimals()).reversed());
}
