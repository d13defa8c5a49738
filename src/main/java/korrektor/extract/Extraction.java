package korrektor.extract;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
    return candidates.stream().collect(Collectors.groupingBy(Candidate::key, java.util.LinkedHashMap::new, Collectors.toList()));
  }
}
