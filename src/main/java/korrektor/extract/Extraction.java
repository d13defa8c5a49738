package korrektor.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What was read in a submission: every candidate value, the items whose reading is ambiguous, what
 * became of every number written (coverage), how each open choice was settled, and notes.
 *
 * @param candidates all candidates, strongest evidence first
 * @param notes remarks for the tutor (e.g. a number two layouts read differently)
 * @param ambiguous item key → why its reading is ambiguous (two readings explain the values equally
 *     well)
 * @param coverage what became of every number
 * @param decisions how each choice the layouts left open was settled, for explanations
 * @param readings every reading the layouts proposed, for explanations
 */
public record Extraction(
    List<Candidate> candidates,
    List<String> notes,
    Map<String, String> ambiguous,
    Coverage coverage,
    List<Decision> decisions,
    List<String> readings) {

  /**
   * One open choice and how it was settled.
   *
   * @param choice what was open ({@code symbol o}, {@code column 4 of Sheet1})
   * @param options the options
   * @param scores per option, the best fit (×100) of the student's values under it
   * @param chosen the option taken
   * @param tie whether another option explains the values equally well
   * @param why a sentence on the evidence
   */
  public record Decision(
      String choice,
      List<String> options,
      List<Integer> scores,
      int chosen,
      boolean tie,
      String why) {
    public Decision {
      options = List.copyOf(options);
      scores = List.copyOf(scores);
    }
  }

  public Extraction {
    candidates = List.copyOf(candidates);
    notes = List.copyOf(notes);
    ambiguous = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(ambiguous));
    coverage = coverage == null ? Coverage.EMPTY : coverage;
    decisions = List.copyOf(decisions);
    readings = List.copyOf(readings);
  }

  /** Candidates and notes only. */
  public Extraction(List<Candidate> candidates, List<String> notes) {
    this(candidates, notes, Map.of(), Coverage.EMPTY, List.of(), List.of());
  }

  /** Candidates grouped by item key. */
  public Map<String, List<Candidate>> byItem() {
    Map<String, List<Candidate>> out = new LinkedHashMap<>();
    for (Candidate c : candidates) {
      out.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(c);
    }
    return out;
  }
}
