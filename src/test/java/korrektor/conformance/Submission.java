package korrektor.conformance;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A generated submission: its files, the family chosen in every dimension, the trace it writes, and
 * the truth (every number it contains).
 *
 * @param index its number in the run (with the seed, enough to make it again)
 * @param rubric the rubric it answers
 * @param trace what the student computed
 * @param dims dimension → family ({@code layout → key-value}, {@code format → pdf}, …)
 * @param files its files
 * @param truth every number in the files
 */
record Submission(
    int index,
    RubricCase rubric,
    StudentTrace trace,
    Map<String, String> dims,
    List<SubmissionFile> files,
    Truth truth) {

  Submission {
    dims = Collections.unmodifiableMap(new LinkedHashMap<>(dims));
    files = List.copyOf(files);
  }

  String id() {
    return String.format(
        "%05d-%s-%s-%s", index, rubric.name(), dims.get("layout"), dims.get("format"));
  }
}
