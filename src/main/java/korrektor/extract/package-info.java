/**
 * Reads the values a student wrote out of {@link korrektor.document.Document}s, in one pipeline for
 * every format: units and tables ({@code Units}, {@code TextTables}), layouts that propose readings
 * with their evidence ({@code TableReader}, {@code HeaderlessReader}, {@code PhraseReader}), a
 * {@code Decoder} that settles notation, unnamed columns and step base by the student's own values
 * ({@code ModelEvidence}), and {@link korrektor.extract.Coverage} of every number written. The
 * words around values are data ({@link korrektor.rubric.Vocabulary}). Pure: no I/O.
 */
package korrektor.extract;
