package korrektor.conformance;

import java.util.List;

/**
 * One file of a generated submission.
 *
 * @param name the file name the student gave it ({@code lstm_final.pdf})
 * @param format the format to write
 * @param blocks what it holds
 */
record SubmissionFile(String name, OutFormat format, List<Block> blocks) {

  SubmissionFile {
    blocks = List.copyOf(blocks);
  }
}
