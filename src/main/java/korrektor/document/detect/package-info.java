/**
 * Format detection from a file's content (magic bytes, zip entries, OLE2 streams, text shape), used
 * by the reader registry and by readers that open nested files (zips, embedded workbooks).
 */
package korrektor.document.detect;
