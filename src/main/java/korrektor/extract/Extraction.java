package korrektor.extract;

import java.util.List;
import java.util.Map;

/**
 * What was found in a submission: every candidate value, and notes on what could not be used.
 *
 * @param candidates all candidates, in document order
 * @param notes remarks for the tutor (e.g. a table whose steps had to be assumed)
 */
public record Extraction(List<Candidate> candidates, List<String> notes) {

  public Extraction {
    candidates = List.copyOf(candidates);
    notes = List.copyOf(notes);
  }

  /** Candidates grouped by item key. */
  public Map<String, List<Candidate>> byItem() {
    Map<String, List<Candidate>> out = new java.util.LinkedHashMap<>();
    for (Candidate c : candidates) {
      out.computeIfAbsent(c.key(), k -> new java.util.ArrayList<>()).add(c);
    }
    return out;
  }
}
