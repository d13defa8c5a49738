/** CSV files (Commons CSV): one grid of text cells, delimiter and charset sniffed from content. */
package korrektor.document.csv;
