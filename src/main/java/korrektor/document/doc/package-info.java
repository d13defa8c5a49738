/** Reads Word 97-2003 documents (.doc, POI HWPF): paragraphs, tables, pictures and embedded charts. */
package korrektor.document.doc;
