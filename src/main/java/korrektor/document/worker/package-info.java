/**
 * The child-process side of isolated reading: reads one file with {@link
 * korrektor.document.read.DocumentReaders} and writes the {@link korrektor.document.Document} as
 * JSON.
 */
package korrektor.document.worker;
