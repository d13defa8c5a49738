/**
 * The entry point for reading any student file: {@link korrektor.document.read.DocumentReaders}
 * holds one reader per format, detects the format and turns every failure into a document with a
 * problem. It depends on every format subpackage; none of them depends on it.
 */
package korrektor.document.read;
