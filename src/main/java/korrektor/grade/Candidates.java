package korrektor.grade;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import korrektor.extract.Candidate;

/** Groups the values found for one item and picks the one to grade. */
final class Candidates {
  private Candidates() {}

  /** Groups candidates whose values agree within the rounding of the less precise one; strongest evidence first, then the largest group. */
  static List<List<Candidate>> agreeingGroups(List<Candidate> found) {
    List<List<Candidate>> groups = new ArrayList<>();
    for (Candidate c : found) {
      Optional<List<Candidate>> home = groups.stream().filter(g -> agree(g.get(0), c)).findFirst();
      if (home.isPresent()) {
        home.get().add(c);
      } else {
        groups.add(new ArrayList<>(List.of(c)));
      }
    }
    groups.sort(Comparator.<List<Candidate>>comparingInt(g -> g.stream().mapToInt(c -> c.evidence().ordinal()).min().orElse(9))
        .thenComparing(Comparator.<List<Candidate>>comparingInt(List::size).reversed()));
    return groups;
  }

  static boolean agree(Candidate a, Candidate b) {
    int n = Math.min(a.number().decimals(), b.number().decimals());
    return Math.abs(a.value() - b.value()) < 0.51 * Math.pow(10, -n) + 1e-12;
  }

  /** The strongest evidence, then the most decimals. */
  static Candidate representative(List<Candidate> group) {
    return group.stream()
        .min(Comparator.<Candidate>comparingInt(c -> c.evidence().ordinal())
            .thenComparing(Comparator.<Candidate>comparingInt(c -> c.number().decimals()).reversed()))
        .orElseThrow();
  }
}
