/**
 * Reads Word 97-2003 documents (.doc, POI HWPF): paragraphs with their list numbers, tables,
 * pictures and embedded charts.
 */
package korrektor.document.doc;
